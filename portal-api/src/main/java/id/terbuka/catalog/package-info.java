/**
 * The dataset catalogue: organisations (the regency's units), groups (topics), datasets with their
 * resources, tags, extras and Satu Data Indonesia metadata, licences, and the one visibility rule
 * that every read path asks. Dicts returned to clients are built here in CKAN's shapes.
 */
package id.terbuka.catalog;
