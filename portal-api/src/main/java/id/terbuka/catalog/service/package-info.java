/**
 * The catalogue's use cases: datasets, resources, organisations and groups with their permission
 * checks ({@code Actor}, {@code DatasetAccess}), activities and index outbox rows in the change's
 * transaction; which file a download serves; a publisher's overview; {@code package_search} on the
 * search port ({@code DatasetSearch}), the search documents the outbox drain writes ({@code
 * SearchDocumentWriter}, {@code searchsync}'s port), full reindex and drift check. No HTTP types.
 */
package id.terbuka.catalog.service;
