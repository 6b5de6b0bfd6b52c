/**
 * Open contracting (issue 11): procurement published in the Open Contracting Data Standard 1.1.
 * Release packages are validated against the bundled OCDS 1.1.5 schemas and the Data Review Tool's
 * further checks, stored, compiled into records by the standard's merge rules, searched with red
 * flags and published into the catalogue; procurement officers' spreadsheets become OCDS releases
 * through the shared import contract.
 *
 * <p>Laid out as ADR 0011 says: {@code domain}, {@code persistence}, {@code service}, {@code api},
 * and pure parts ({@code validate}, {@code merge}, {@code sheet}, {@code flatten}, {@code flags},
 * {@code sample}) that services use. OCDS JSON is handled as Jackson 3 trees ({@link
 * id.terbuka.contracts.domain.OcdsJson}); the rest of the portal keeps JSON-P.
 */
package id.terbuka.contracts;
