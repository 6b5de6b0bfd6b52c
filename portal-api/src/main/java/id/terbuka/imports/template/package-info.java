/**
 * Templates a publisher fills in: a CSV and an XLSX with an import format's header row, an example
 * row and (XLSX) drop-down lists for closed vocabularies. A pure part: no database, no HTTP.
 */
package id.terbuka.imports.template;
