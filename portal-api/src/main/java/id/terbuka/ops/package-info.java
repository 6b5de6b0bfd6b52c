/**
 * Running the portal: start-up bootstrap (first sysadmin, demo catalogue), health checks, and the
 * local administration endpoints that the {@code deploy/terbuka} command line calls (reindex,
 * tokens), protected by a secret file only the local operator can read.
 */
package id.terbuka.ops;
