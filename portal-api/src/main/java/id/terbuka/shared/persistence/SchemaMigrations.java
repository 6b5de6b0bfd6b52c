package id.terbuka.shared.persistence;

import id.terbuka.shared.TerbukaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before anything else touches it. Runs once per deployment;
 * Flyway's own lock makes concurrent starts of several nodes safe.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrations {
  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject TerbukaConfig config;

  @PostConstruct
  void migrate() {
    var result =
        Flyway.configure(SchemaMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .placeholders(placeholders())
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    readOnlyRole();
  }

  /**
   * Placeholders of the migrations: the DataStore's read-only role (V6), quotes doubled for the SQL
   * string literals they stand in. Always defined (empty when not configured): Flyway refuses a
   * script with an undefined placeholder.
   */
  private Map<String, String> placeholders() {
    return Map.of(
        "datastore_readonly_user", literal(config.dbReadonlyUser().orElse("")),
        "datastore_readonly_password", literal(config.dbReadonlyPassword()));
  }

  static String literal(String value) {
    return value.replace("'", "''");
  }

  /**
   * Applies the read-only role settings on every start (V6 only ran once): a role configured after
   * the migration, or a changed password, takes effect now. Never fails the start.
   */
  private void readOnlyRole() {
    if (config.dbReadonlyUser().isEmpty()) {
      LOG.info("datastore_search_sql is off: no read-only database role is configured");
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("select datastore_readonly_role(?, ?)")) {
      st.setString(1, config.dbReadonlyUser().get());
      st.setString(2, config.dbReadonlyPassword());
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        String status = rs.getString(1);
        Level level =
            status.startsWith("missing") || status.startsWith("refused")
                ? Level.WARNING
                : Level.INFO;
        LOG.log(level, () -> "DataStore read-only role: " + status);
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "DataStore read-only role not set up: " + e.getMessage(), e);
    }
  }
}
