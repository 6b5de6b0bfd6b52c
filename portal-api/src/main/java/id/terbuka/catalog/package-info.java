/**
 * The dataset catalogue: organisations (the regency's units), groups (topics), datasets with their
 * resources, tags, extras and Satu Data Indonesia metadata, licences, and the one visibility rule
 * that every read path asks; dataset search on top of the search port.
 *
 * <p>Laid out as ADR 0011 says: {@code domain}, {@code persistence}, {@code service} (no native
 * REST endpoints, so no {@code api}; the CKAN actions and pages are adapters outside).
 */
package id.terbuka.catalog;
