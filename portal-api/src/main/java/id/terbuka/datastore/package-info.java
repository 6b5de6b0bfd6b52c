/**
 * The DataStore (ADR 0006): one PostgreSQL table per tabular resource in schema {@code datastore},
 * loaded in the background with {@code COPY} after an upload commits, or created through the API;
 * read through {@code datastore_search}, {@code datastore_info}, dumps and (subpackage {@code sql})
 * {@code datastore_search_sql}; written through {@code datastore_create/upsert/delete}.
 *
 * <p>The catalogue table {@code datastore_table} is the job queue and the record of each table:
 * status ({@code pending | loading | active | failed}), progress, errors, the columns of the live
 * table, the data dictionary, the origin (file or API) and a revision bumped by every change.
 * {@link id.terbuka.datastore.LoadJobs} owns the load transitions, {@link
 * id.terbuka.datastore.TableLoader} does one load, {@link id.terbuka.datastore.LoadScheduler} runs
 * the loads one at a time, {@link id.terbuka.datastore.DataStoreSearch} answers reads, {@link
 * id.terbuka.datastore.DataStoreCreate} and {@link id.terbuka.datastore.DataStoreWrites} write,
 * {@link id.terbuka.datastore.DataStoreDump} streams dumps. Readers lock a table's row {@code FOR
 * SHARE} ({@link id.terbuka.datastore.LiveTable}), writers {@code FOR UPDATE}. Column names are
 * data: every identifier in SQL is quoted by {@link id.terbuka.datastore.Sql} and taken from the
 * stored column list, never from the request; values are bound.
 */
package id.terbuka.datastore;
