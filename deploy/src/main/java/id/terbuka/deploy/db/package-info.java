/** The embedded PostgreSQL server used when no external database is configured. */
package id.terbuka.deploy.db;
