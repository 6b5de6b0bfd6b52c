package id.terbuka.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Whether PostgreSQL answers now, for the readiness check (which holds no JDBC itself). */
@ApplicationScoped
public class DatabaseHealth {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The answer: {@code up}, and a detail for operators ({@code up}, or why not). */
  public record State(boolean up, String detail) {}

  public State check() {
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      return new State(valid, valid ? "up" : "not valid");
    } catch (SQLException e) {
      return new State(false, "unreachable: " + e.getMessage());
    }
  }
}
