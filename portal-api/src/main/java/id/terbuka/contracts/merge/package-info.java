/**
 * Compiling the releases of one contracting process into a record's compiled release (the latest
 * value of every field) and versioned release (every value with the release that set it), by the
 * merge rules of OCDS 1.1.
 *
 * <p>The rules (which fields are dropped, which arrays are replaced whole, which merge by {@code
 * id}) are read from the bundled release schema's own keywords, so an upgrade of the schema changes
 * the merge with it. Pure code: no CDI, no database, no HTTP.
 */
package id.terbuka.contracts.merge;
