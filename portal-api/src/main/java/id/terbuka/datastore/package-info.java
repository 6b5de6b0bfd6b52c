/**
 * The DataStore (ADR 0006): one PostgreSQL table per tabular resource in schema {@code datastore},
 * loaded in the background with {@code COPY} after an upload commits, or created through the API;
 * read through {@code datastore_search}, {@code datastore_info}, dumps and {@code
 * datastore_search_sql}; written through {@code datastore_create/upsert/delete}.
 *
 * <p>The layout of ADR 0011: {@code domain} (requests, columns, the table record, parameter rules),
 * {@code persistence} (every statement: the job queue {@code LoadJobs}, the loading table, reads,
 * writes, dumps, the read-only role's pool), {@code service} (the use cases with their permission
 * checks, the load scheduler), and three pure parts: {@code load} (reading table files), {@code
 * dump} (dump formats) and {@code sql} (the guard of {@code datastore_search_sql}).
 *
 * <p>The catalogue table {@code datastore_table} is the job queue and the record of each table:
 * status ({@code pending | loading | active | failed}), progress, errors, the columns of the live
 * table, the data dictionary, the origin (file or API) and a revision bumped by every change.
 * Readers lock a table's row {@code FOR SHARE}, writers {@code FOR UPDATE}. Column names are data:
 * every identifier in SQL is quoted and taken from the stored column list, never from the request;
 * values are bound.
 */
package id.terbuka.datastore;
