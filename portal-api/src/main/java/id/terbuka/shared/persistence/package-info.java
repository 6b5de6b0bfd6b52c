/**
 * The database wiring shared by all capabilities: the data source, schema migrations (Flyway owns
 * the schema; EclipseLink only maps it) and small key/value settings.
 */
package id.terbuka.shared.persistence;
