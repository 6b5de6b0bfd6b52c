/**
 * Reading an uploaded import file (the first sheet of an XLSX, or a CSV/TSV) into {@link
 * id.terbuka.imports.domain.ImportRow}s, through the DataStore loader's detection of encoding,
 * delimiter and BOM. A pure part: no database, no HTTP; rows are streamed, never held.
 */
package id.terbuka.imports.read;
