/**
 * The search port: plain Java types through which the portal indexes and queries documents. No
 * SolrJ type appears here, so {@code portal-api} depends on this package only; the Solr
 * implementation lives in {@code id.terbuka.search.solr}.
 */
package id.terbuka.search;
