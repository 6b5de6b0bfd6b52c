/**
 * The activity tables (activities inserted with the groups they appear in, and streams read in
 * chunks, newest first) and the publication log's append-only table ({@code PublicationLogStore}).
 */
package id.terbuka.audit.persistence;
