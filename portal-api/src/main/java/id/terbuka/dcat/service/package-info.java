/**
 * Reads the public catalogue for the DCAT outputs through {@code catalog.service} (the search as an
 * anonymous visitor, {@code package_show}'s dict), one search per page: no query per dataset.
 */
package id.terbuka.dcat.service;
