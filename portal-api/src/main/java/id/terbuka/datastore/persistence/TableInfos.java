package id.terbuka.datastore.persistence;

import id.terbuka.datastore.domain.LiveTable;
import id.terbuka.datastore.domain.TableRef;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The reads of {@code datastore_info}: the table's row (locked {@code FOR SHARE}) and its size, for
 * a live table or a waiting file's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class TableInfos {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** A live table and its size on disk in bytes. */
  public record Described(LiveTable table, long size) {}

  /**
   * @throws ObjectNotFoundException the resource has no DataStore table
   */
  public Described describe(TableRef ref) {
    String resourceId = ref.resourceId();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        LiveTable table =
            LiveTables.read(c, ref, LiveTables.Lock.SHARE)
                .filter(LiveTable::hasTable)
                .orElseThrow(
                    () ->
                        new ObjectNotFoundException(
                            "Resource \"" + resourceId + "\" has no DataStore table."));
        return new Described(table, size(c, ref));
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw Problems.of(e, "datastore_info failed");
    }
  }

  /**
   * Which of the resources have a data dictionary describing at least one column (one query for all
   * of them; the reports' "data dictionary present").
   */
  public java.util.Set<String> described(java.util.Collection<String> resourceIds) {
    java.util.Set<String> found = new java.util.HashSet<>();
    if (resourceIds.isEmpty()) {
      return found;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "select resource_id from datastore_table where resource_id = any(?)"
                    + " and dictionary is not null and exists (select 1 from"
                    + " jsonb_each(case when jsonb_typeof(dictionary::jsonb) = 'object'"
                    + " then dictionary::jsonb else '{}'::jsonb end) e"
                    + " where jsonb_typeof(e.value) = 'object' and e.value <> '{}'::jsonb)")) {
      st.setArray(1, c.createArrayOf("varchar", resourceIds.toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
      return found;
    } catch (SQLException e) {
      throw Problems.of(e, "reading data dictionaries failed");
    }
  }

  private static long size(Connection c, TableRef ref) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement("select pg_total_relation_size(cast(? as regclass))")) {
      st.setString(1, Sql.table(ref));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
