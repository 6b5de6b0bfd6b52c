/**
 * The file formats of DataStore dumps ({@code /datastore/dump/{resource_id}}), knowing nothing of
 * SQL or HTTP: {@link id.terbuka.datastore.dump.DumpFormat} (names, media types), the CSV/TSV
 * header line (the rows come from PostgreSQL's {@code COPY}), and the row-by-row writers for JSON,
 * XML and XLSX that {@link id.terbuka.datastore.service.DataStoreDump} feeds from a forward-only
 * cursor.
 *
 * <p>{@link id.terbuka.datastore.dump.FormulaGuard} neutralises text cells that a spreadsheet would
 * run as formulas (CSV, TSV, XLSX); {@link id.terbuka.datastore.dump.XmlNames} turns column names
 * into XML element names.
 */
package id.terbuka.datastore.dump;
