/**
 * The bundled Solr server: a solr home laid out from the search-index configsets and a Jetty-based
 * Solr node, run either in its own JVM (the launcher) or in-process (tests).
 */
package id.terbuka.deploy.solr;
