/**
 * Keeping the search index in step with PostgreSQL (ADR 0004): every change queues its datasets in
 * the {@code search_outbox} table in its own transaction; after commit (and every two seconds) the
 * queue is drained, with backoff while the index cannot be written. It knows dataset ids only: what
 * a dataset's search document holds is the catalogue's business ({@link
 * id.terbuka.searchsync.service.DatasetIndexWriter} is the port the catalogue implements), so the
 * catalogue, the DataStore and usage counting can all queue changes without depending on each
 * other.
 */
package id.terbuka.searchsync;
