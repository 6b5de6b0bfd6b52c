package id.terbuka.datastore.persistence;

import id.terbuka.shared.InvalidInputException;
import java.sql.SQLException;

/**
 * PostgreSQL errors a client's input can cause, as CKAN Validation Errors with PostgreSQL's own
 * one-line reason; anything else is a server problem, logged by the API layer and never shown.
 */
public final class Problems {
  private Problems() {}

  public static RuntimeException of(SQLException e, String what) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("22")) {
      // A value the column's type cannot hold ("abc" for a number, a bad date).
      return InvalidInputException.of("filters", "Invalid value: " + firstLine(e.getMessage()));
    }
    if (state.equals("42601")) {
      // With plain=false, q is tsquery syntax the client may get wrong.
      return InvalidInputException.of("q", "Invalid search syntax: " + firstLine(e.getMessage()));
    }
    if (state.equals("57014")) {
      return InvalidInputException.of(
          "query", "The query took too long; narrow it with filters or a smaller limit");
    }
    return new IllegalStateException(what, e);
  }

  public static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    String line = nl < 0 ? message : message.substring(0, nl);
    return line.startsWith("ERROR: ") ? line.substring(7) : line;
  }
}
