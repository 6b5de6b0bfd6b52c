package id.terbuka.datastore.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reading a DataStore column's cell as its Java type, the one mapping search and dumps share. */
public final class Cells {
  private Cells() {}

  /** Long, BigDecimal, Boolean, LocalDate, LocalDateTime or String; null for SQL null. */
  public static Object typed(ResultSet rs, int col, String type) throws SQLException {
    Object v =
        switch (type) {
          case "int", "int8" -> rs.getLong(col);
          case "numeric" -> rs.getBigDecimal(col);
          case "bool" -> rs.getBoolean(col);
          case "date" -> rs.getObject(col, LocalDate.class);
          case "timestamp" -> rs.getObject(col, LocalDateTime.class);
          default -> rs.getString(col);
        };
    return rs.wasNull() ? null : v;
  }
}
