package id.terbuka.shared.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's data source from configuration ({@code terbuka.db.url}, {@code
 * terbuka.db.user}, {@code terbuka.db.password}); the same WAR runs against any PostgreSQL.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=terbuka.db.url}",
    user = "${MPCONFIG=terbuka.db.user}",
    password = "${MPCONFIG=terbuka.db.password}",
    minPoolSize = 2,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit"
    })
@ApplicationScoped
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/terbuka";
}
