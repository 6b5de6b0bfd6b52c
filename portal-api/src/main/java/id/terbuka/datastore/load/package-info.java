/**
 * Reading uploaded tables (CSV, TSV, XLSX) for the DataStore loader, independent of the database:
 * sniffing the encoding, delimiter and header, inferring PostgreSQL column types over every row,
 * and streaming normalised rows as {@code COPY ... FROM STDIN} text. Everything here works in
 * constant memory so that a 2-core server can load tables of millions of rows.
 *
 * <p>The loader calls {@link id.terbuka.datastore.load.TableInspector#inspect} (first pass: the
 * schema, or every problem found), then {@link id.terbuka.datastore.load.TableReader} with {@link
 * id.terbuka.datastore.load.CopyTextWriter} (second pass: the rows).
 */
package id.terbuka.datastore.load;
