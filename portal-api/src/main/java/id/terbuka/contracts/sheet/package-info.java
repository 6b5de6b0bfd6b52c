/**
 * The procurement spreadsheet (issue 11, item 4): its 24 columns and closed vocabularies, one row's
 * parsing and checks ({@link id.terbuka.contracts.sheet.ProcurementRowParser}, problems located at
 * row and column with Indonesian and English texts in {@code problems_id.properties} and {@code
 * problems_en.properties} next to these classes), and the OCDS 1.1 releases a checked row adds to
 * its contracting process ({@link id.terbuka.contracts.sheet.ProcessReleases}).
 *
 * <p>A pure part: no CDI, no database, no HTTP. What was published before reaches the builder as
 * the latest stored release of each {@link id.terbuka.contracts.sheet.Stage}; the service reads and
 * stores them.
 */
package id.terbuka.contracts.sheet;
