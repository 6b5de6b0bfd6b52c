/**
 * The activity tables: activities inserted with the groups they appear in, and streams read in
 * chunks, newest first.
 */
package id.terbuka.audit.persistence;
