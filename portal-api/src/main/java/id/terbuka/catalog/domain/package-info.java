/**
 * The catalogue's domain: the JPA-mapped entities (datasets, resources, organisations and groups,
 * tags, file versions), the input rules and their messages ({@code DatasetRules}, {@code
 * ResourceRules}), licences, {@code DatasetAccess} (the one visibility rule, also as search
 * permission labels) and {@code CatalogDicts} (CKAN's dict shapes). The services' decisions live
 * here too, so that they are tested without a server: the refusals and their words ({@code
 * DatasetPermissions}, {@code GroupAccess}), request shapes ({@code ObjectReference}, {@code
 * GroupInput}), the group list's filter, order and page ({@code GroupListing}), autocomplete
 * entries ({@code DatasetCompletion}) and what an upload does to its resource ({@code
 * ResourceUploads}). No database access, no HTTP.
 */
package id.terbuka.catalog.domain;
