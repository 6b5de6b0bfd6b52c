/**
 * The catalogue's domain: the JPA-mapped entities (datasets, resources, organisations and groups,
 * tags, file versions), the input rules and their messages ({@code DatasetRules}, {@code
 * ResourceRules}), licences, {@code DatasetAccess} (the one visibility rule, also as search
 * permission labels) and {@code CatalogDicts} (CKAN's dict shapes). No database access, no HTTP.
 */
package id.terbuka.catalog.domain;
