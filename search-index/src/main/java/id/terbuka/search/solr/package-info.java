/**
 * The Solr implementation of the search port, over SolrJ's Apache HttpClient-based client ({@code
 * HttpSolrClient}, chosen for latency, see {@link SolrNodes}) only: no Jetty client, no ZooKeeper
 * client. SolrCloud is reached through its nodes' URLs and routes requests itself, so the same
 * small client serves both modes.
 */
package id.terbuka.search.solr;
