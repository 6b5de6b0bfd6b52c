/**
 * DCAT and harvesting outputs (issue 13): the public catalogue as DCAT-AP RDF with Hydra paging,
 * Project Open Data's {@code data.json} and Atom feeds of recent changes. It only reads the
 * catalogue through {@code catalog.service} as an anonymous visitor, so nothing the public may not
 * read can appear.
 */
package id.terbuka.dcat;
