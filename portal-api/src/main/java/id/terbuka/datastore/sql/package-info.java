/**
 * {@code datastore_search_sql}'s guard (ADR 0006), without a database: {@link
 * id.terbuka.datastore.sql.SqlGuard} decides what may run: one statement, a query, functions from
 * the bundled {@code allowed-functions.txt}, casts to plain types; and, from PostgreSQL's {@code
 * EXPLAIN (VERBOSE, FORMAT JSON)}, which tables it reads (only schema {@code datastore}). The
 * service {@code SqlSearch} checks that each is a table of a resource the caller may read; {@code
 * persistence.ReadOnlyQueries} runs it as a separate read-only role in a read-only transaction with
 * a statement timeout and a row cap. The role's grants (migration V6) are the last fence: it can
 * read schema {@code datastore} and nothing of the catalogue, and cannot write.
 */
package id.terbuka.datastore.sql;
