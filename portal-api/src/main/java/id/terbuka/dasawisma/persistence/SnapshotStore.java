package id.terbuka.dasawisma.persistence;

import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The public snapshots ({@code dasawisma.snapshot}) and the tables they published ({@code
 * dasawisma_published}, already past the disclosure rule).
 */
@ApplicationScoped
public class SnapshotStore {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * One snapshot.
   *
   * @param bulan the month it is the snapshot of
   * @param asOf the instant whose households it counts
   */
  public record Snapshot(
      int tahun,
      YearMonth bulan,
      Instant asOf,
      int households,
      String publishedBy,
      Instant publishedAt) {}

  /** The snapshots of a year, newest first. */
  public List<Snapshot> snapshots(int tahun) {
    List<Snapshot> found = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select tahun, bulan, as_of, households, published_by, published_at"
                    + " from dasawisma.snapshot where tahun = ? order by bulan desc")) {
      ps.setInt(1, tahun);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(
              new Snapshot(
                  rs.getInt(1),
                  YearMonth.from(rs.getDate(2).toLocalDate()),
                  rs.getTimestamp(3).toInstant(),
                  rs.getInt(4),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant()));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the snapshots", e);
    }
  }

  public Optional<Snapshot> latest(int tahun) {
    return snapshots(tahun).stream().findFirst();
  }

  /** The years that have a snapshot, newest first. */
  public List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select distinct tahun from dasawisma.snapshot order by tahun desc");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        years.add(rs.getInt(1));
      }
      return years;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the snapshots", e);
    }
  }

  /**
   * Records a snapshot.
   *
   * @return false when the month already has one (nothing is written)
   */
  public boolean insert(Snapshot s) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into dasawisma.snapshot"
                    + " (tahun, bulan, as_of, households, published_by, published_at)"
                    + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      ps.setInt(1, s.tahun());
      ps.setDate(2, Date.valueOf(s.bulan().atDay(1)));
      ps.setTimestamp(3, Timestamp.from(s.asOf()));
      ps.setInt(4, s.households());
      ps.setString(5, s.publishedBy());
      ps.setTimestamp(6, Timestamp.from(s.publishedAt()));
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the snapshot", e);
    }
  }

  /** Stores one published table (JSON) of a snapshot. */
  public void putTable(int tahun, YearMonth bulan, String tableName, String json) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into dasawisma_published (tahun, bulan, table_name, content)"
                    + " values (?, ?, ?, ?::jsonb)")) {
      ps.setInt(1, tahun);
      ps.setDate(2, Date.valueOf(bulan.atDay(1)));
      ps.setString(3, tableName);
      ps.setString(4, json);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the published table", e);
    }
  }

  /** A published table of a snapshot, as JSON. */
  public Optional<String> table(int tahun, YearMonth bulan, String tableName) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select content::text from dasawisma_published"
                    + " where tahun = ? and bulan = ? and table_name = ?")) {
      ps.setInt(1, tahun);
      ps.setDate(2, Date.valueOf(bulan.atDay(1)));
      ps.setString(3, tableName);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the published table", e);
    }
  }
}
