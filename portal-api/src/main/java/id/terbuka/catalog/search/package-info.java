/**
 * Dataset search: building index documents (with the rendered dataset dict, so searches answer from
 * Solr alone) and writing them for the outbox drain ({@link
 * id.terbuka.catalog.search.SearchDocumentWriter}, the catalogue's side of {@code searchsync}),
 * CKAN's {@code package_search} on top of the search port, full reindex and drift checks.
 */
package id.terbuka.catalog.search;
