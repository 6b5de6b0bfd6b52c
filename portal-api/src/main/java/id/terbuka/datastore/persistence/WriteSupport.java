package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.LiveTable;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** What the DataStore's writes share: the row lock and the changes to {@code datastore_table}. */
public final class WriteSupport {
  private WriteSupport() {}

  public static LiveTable lockTable(Connection c, String resourceId) throws SQLException {
    return LiveTables.read(c, resourceId, LiveTables.Lock.UPDATE)
        .filter(LiveTable::hasTable)
        .orElseThrow(
            () ->
                new ObjectNotFoundException(
                    "Resource \"" + resourceId + "\" has no DataStore table."));
  }

  public static void rowsChanged(Connection c, String resourceId, long delta) throws SQLException {
    updateRow(
        c,
        resourceId,
        "row_count = coalesce(row_count, 0) + " + delta + ", revision = revision + 1",
        null);
  }

  /** {@code update datastore_table set <set>}; {@code value} binds the one {@code ?} if any. */
  public static void updateRow(Connection c, String resourceId, String set, String value)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "update datastore_table set " + set + ", updated = ? where resource_id = ?")) {
      int i = 1;
      if (value != null) {
        st.setString(i++, value);
      }
      st.setObject(i++, Timestamps.now());
      st.setString(i, resourceId);
      st.executeUpdate();
    }
  }
}
