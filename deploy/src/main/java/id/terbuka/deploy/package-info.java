/**
 * The {@code terbuka} launcher: one command that runs PostgreSQL, Solr and Payara Micro with the
 * WAR on a fresh machine, and the small admin commands that talk to a running instance.
 */
package id.terbuka.deploy;
