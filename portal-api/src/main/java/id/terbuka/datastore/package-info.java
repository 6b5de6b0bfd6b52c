/**
 * The DataStore (ADR 0006): one PostgreSQL table per tabular resource in schema {@code datastore},
 * loaded in the background with {@code COPY} after an upload commits, and read through {@code
 * datastore_search}.
 *
 * <p>The catalogue table {@code datastore_table} is the job queue and the record of each table:
 * status ({@code pending | loading | active | failed}), progress, errors and the columns of the
 * live table. {@link id.terbuka.datastore.LoadJobs} owns every transition of it, {@link
 * id.terbuka.datastore.TableLoader} does one load, {@link id.terbuka.datastore.LoadScheduler} runs
 * the loads one at a time, and {@link id.terbuka.datastore.DataStoreSearch} answers reads. Column
 * names are data: every identifier in SQL is quoted by {@link id.terbuka.datastore.Sql} and, on
 * reads, taken from the stored column list, never from the request.
 */
package id.terbuka.datastore;
