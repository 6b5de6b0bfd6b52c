/**
 * Validation of OCDS release and record packages, pure (no beans, no database, no HTTP): the JSON
 * Schema check against the bundled OCDS 1.1.5 schemas, offline, plus the further checks of the OCDS
 * Data Review Tool (unique ocid and id, ocid prefix, empty values, additional and deprecated
 * fields, open-codelist values, objects without id in arrays merged by id).
 *
 * <p>{@link id.terbuka.contracts.validate.OcdsValidator} is the entry point; it loads the schemas
 * once and is shared by every request. Its {@link id.terbuka.contracts.validate.ValidationReport}
 * names each problem by a JSON Pointer, a stable short code and a short English message.
 */
package id.terbuka.contracts.validate;
