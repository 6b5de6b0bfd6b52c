/**
 * The only classes of the DataStore that hold a {@code DataSource}, an {@code EntityManager}, JDBC
 * types or SQL text: the job queue and table states ({@code LoadJobs}, {@code TableStates}), the
 * loading table and its {@code COPY} ({@code LoadingTables}), reads ({@code TableSearches}, {@code
 * TableInfos}, {@code TableDumps}, with {@code SearchQuery} and {@code DumpQuery} building their
 * SQL), writes ({@code TableWrites}, {@code RowWriter}), and {@code datastore_search_sql}'s
 * read-only role ({@code ReadOnlyDatabase}, {@code ReadOnlyQueries}). They check nothing about who
 * asks.
 */
package id.terbuka.datastore.persistence;
