/** The {@code search_outbox} table: {@link id.terbuka.searchsync.persistence.IndexOutbox} alone. */
package id.terbuka.searchsync.persistence;
