/**
 * Dataset search: building index documents (with the rendered dataset dict, so searches answer from
 * Solr alone), draining the index outbox after commit with retry and backoff, CKAN's {@code
 * package_search} on top of the search port, full reindex and drift checks.
 */
package id.terbuka.catalog.search;
