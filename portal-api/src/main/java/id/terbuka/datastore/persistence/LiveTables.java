package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.LiveTable;
import id.terbuka.datastore.domain.TableField;
import id.terbuka.datastore.domain.TableRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a resource's {@code datastore_table} row under a row lock in the caller's transaction:
 * readers take it {@code FOR SHARE} (a reload's swap waits for them, so the columns they read
 * belong to the table they query), writers {@code FOR UPDATE} (one writer per table at a time).
 */
public final class LiveTables {
  private LiveTables() {}

  /** Rows share-locked for reading or locked for writing. */
  public enum Lock {
    SHARE("for share"),
    UPDATE("for update");

    final String sql;

    Lock(String sql) {
      this.sql = sql;
    }
  }

  public static Optional<LiveTable> read(Connection c, String resourceId, Lock lock)
      throws SQLException {
    return read(c, TableRef.live(resourceId), lock);
  }

  /**
   * The row of a live table, or of a waiting file's table (the file was uploaded, so its origin is
   * {@code file}; the live resource's data dictionary describes its columns).
   */
  public static Optional<LiveTable> read(Connection c, TableRef ref, Lock lock)
      throws SQLException {
    String resourceId = ref.resourceId();
    try (PreparedStatement st =
        c.prepareStatement(
            ref.waiting()
                ? "select t.status, 'file', t.sha256, t.fields, t.row_count, t.revision,"
                    + " t.primary_key, d.dictionary, t.load_stats from datastore_review_table t"
                    + " left join datastore_table d on d.resource_id = t.resource_id"
                    + " where t.resource_id = ? "
                    + lock.sql
                    + " of t"
                : "select status, origin, sha256, fields, row_count, revision, primary_key,"
                    + " dictionary, load_stats from datastore_table where resource_id = ? "
                    + lock.sql)) {
      st.setString(1, resourceId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Map<String, Map<String, Object>> dictionary = LiveTable.dictionary(rs.getString(8));
        String fieldsJson = rs.getString(4);
        List<TableField> fields = null;
        if (fieldsJson != null) {
          fields = new ArrayList<>();
          for (TableField f : TableField.fromJson(fieldsJson)) {
            Map<String, Object> info = dictionary.get(f.id());
            fields.add(info == null ? f : f.withInfo(info));
          }
        }
        long count = rs.getLong(5);
        Long rowCount = rs.wasNull() ? null : count;
        String sha = rs.getString(3);
        return Optional.of(
            new LiveTable(
                resourceId,
                rs.getString(1),
                rs.getString(2),
                sha == null ? null : sha.trim(),
                fields,
                rowCount,
                rs.getLong(6),
                LiveTable.stringList(rs.getString(7)),
                dictionary,
                LiveTable.object(rs.getString(9)),
                ref.waiting()));
      }
    }
  }
}
