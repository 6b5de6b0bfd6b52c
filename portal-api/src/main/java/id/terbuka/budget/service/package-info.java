/**
 * The budget's use cases: the import handler (check a realisation file, write its slices as new
 * versions), the publication into the catalogue, and the queries behind the API and the pages.
 */
package id.terbuka.budget.service;
