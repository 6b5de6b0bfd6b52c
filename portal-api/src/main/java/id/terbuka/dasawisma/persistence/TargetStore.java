package id.terbuka.dasawisma.persistence;

import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Target households per desa and year, in {@code dasawisma.target}. */
@ApplicationScoped
public class TargetStore {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The targets of a year by desa code. */
  public Map<String, Integer> targets(int tahun) {
    Map<String, Integer> targets = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select kode_desa, jumlah_kk_target from dasawisma.target where tahun = ?")) {
      ps.setInt(1, tahun);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          targets.put(rs.getString(1), rs.getInt(2));
        }
      }
      return targets;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the targets", e);
    }
  }

  /**
   * Sets targets (a desa not named keeps its target).
   *
   * @return how many targets were new or changed
   */
  public int put(int tahun, Map<String, Integer> targets, String userId) {
    int changed = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into dasawisma.target (tahun, kode_desa, jumlah_kk_target, loaded_by)"
                    + " values (?, ?, ?, ?) on conflict (tahun, kode_desa) do update"
                    + " set jumlah_kk_target = excluded.jumlah_kk_target,"
                    + " loaded_by = excluded.loaded_by, loaded_at = now()"
                    + " where dasawisma.target.jumlah_kk_target"
                    + " <> excluded.jumlah_kk_target")) {
      for (Map.Entry<String, Integer> e : targets.entrySet()) {
        ps.setInt(1, tahun);
        ps.setString(2, e.getKey());
        ps.setInt(3, e.getValue());
        ps.setString(4, userId);
        changed += ps.executeUpdate();
      }
      return changed;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the targets", e);
    }
  }
}
