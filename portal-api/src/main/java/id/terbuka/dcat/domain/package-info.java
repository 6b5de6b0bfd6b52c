/**
 * Pure mapping of CKAN dataset dicts to DCAT-AP (a Jena model), to DCAT-US 1.1 entries and to Atom
 * entries; the catalogue request's parameters and their checks. No database, no HTTP.
 */
package id.terbuka.dcat.domain;
