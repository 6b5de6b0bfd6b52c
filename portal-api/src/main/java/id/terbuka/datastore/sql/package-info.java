/**
 * {@code datastore_search_sql} (ADR 0006): callers' SELECT queries over DataStore tables, run as a
 * separate read-only database role ({@link id.terbuka.datastore.sql.ReadOnlyDatabase}) in a
 * read-only transaction with a statement timeout and a row cap ({@link
 * id.terbuka.datastore.sql.SqlSearch}).
 *
 * <p>{@link id.terbuka.datastore.sql.SqlGuard} decides what may run without a database: one
 * statement, a query, functions from the bundled {@code allowed-functions.txt}, casts to plain
 * types; and, from PostgreSQL's {@code EXPLAIN (VERBOSE, FORMAT JSON)}, which tables it reads (only
 * schema {@code datastore}; each must be a table of a resource the caller may read). The role's
 * grants (migration V6) are the last fence: it can read schema {@code datastore} and nothing of the
 * catalogue, and cannot write.
 */
package id.terbuka.datastore.sql;
