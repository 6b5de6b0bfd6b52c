/**
 * The only classes of the catalogue that touch the database: datasets, organisations and groups,
 * resources and their file versions, tags and region codes, stored and found (JPQL and SQL live
 * here). They check nothing about who asks.
 */
package id.terbuka.catalog.persistence;
