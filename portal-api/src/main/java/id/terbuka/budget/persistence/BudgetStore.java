package id.terbuka.budget.persistence;

import id.terbuka.budget.domain.AccountCode;
import id.terbuka.budget.domain.BudgetLine;
import id.terbuka.budget.domain.Period;
import id.terbuka.budget.domain.SubActivity;
import id.terbuka.budget.domain.SubActivityCode;
import id.terbuka.datastore.load.CopyTextWriter;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Slice versions and their lines, in the caller's transaction (the JTA data source: the same
 * transaction as the import's report and the catalogue's changes).
 */
@ApplicationScoped
public class BudgetStore {
  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** One stored version of a slice ({@code tahun, periode, kode_skpd}). */
  public record Slice(
      String id,
      int tahun,
      Period periode,
      String kodeSkpd,
      String namaSkpd,
      int version,
      boolean current,
      String importId,
      String contentHash,
      int lineCount,
      String totalsJson,
      LocalDateTime created) {}

  private static final String SLICE_COLUMNS =
      "id, tahun, periode, kode_skpd, nama_skpd, version, current, import_id, content_hash,"
          + " line_count, totals, created";

  /** The current version of every slice of a year, by unit then period. */
  public List<Slice> currentSlices(int tahun) {
    return slices(
        "select " + SLICE_COLUMNS + " from budget_slice where tahun = ? and current",
        ps -> ps.setInt(1, tahun));
  }

  /** Every version of a unit's slices in a year, newest first within each period. */
  public List<Slice> versions(int tahun, String kodeSkpd) {
    return slices(
        "select "
            + SLICE_COLUMNS
            + " from budget_slice where tahun = ? and kode_skpd = ? order by periode, version desc",
        ps -> {
          ps.setInt(1, tahun);
          ps.setString(2, kodeSkpd);
        });
  }

  /**
   * Per unit and period of a year: its name (the current version's), when the first version was
   * stored and how many versions there are, in one aggregate query (the timeliness report).
   */
  public List<id.terbuka.budget.domain.PeriodPublication> publications(int tahun) {
    List<id.terbuka.budget.domain.PeriodPublication> list = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select kode_skpd, periode, min(created), count(*),"
                    + " max(nama_skpd) filter (where current)"
                    + " from budget_slice where tahun = ? group by kode_skpd, periode"
                    + " order by kode_skpd, periode")) {
      ps.setInt(1, tahun);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          list.add(
              new id.terbuka.budget.domain.PeriodPublication(
                  tahun,
                  rs.getString(1),
                  rs.getString(5),
                  Period.parse(rs.getString(2)).orElseThrow(),
                  rs.getTimestamp(3).toLocalDateTime(),
                  rs.getInt(4)));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget publications", e);
    }
  }

  /** The years that have any current slice, newest first. */
  public List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select distinct tahun from budget_slice where current order by tahun desc");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        years.add(rs.getInt(1));
      }
      return years;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget years", e);
    }
  }

  /**
   * Adds a slice version and makes it the current one (the previous current version stays, no
   * longer current), with its lines written by COPY.
   */
  public void addVersion(Slice slice, List<BudgetLine> lines) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "update budget_slice set current = false"
                  + " where tahun = ? and periode = ? and kode_skpd = ? and current")) {
        ps.setInt(1, slice.tahun());
        ps.setString(2, slice.periode().code());
        ps.setString(3, slice.kodeSkpd());
        ps.executeUpdate();
      }
      insertSlice(c, slice);
      copyLines(c, slice.id(), lines);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the budget lines", e);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the budget lines", e);
    }
  }

  /** A slice version's lines in code order (sub kegiatan, then account). */
  public List<BudgetLine> lines(Slice slice) {
    List<BudgetLine> lines = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select kode_sub_kegiatan, kode_rekening, uraian, nama_sub_kegiatan, anggaran,"
                    + " realisasi, source_row from budget_line where slice_id = ?"
                    + " order by kode_sub_kegiatan, kode_rekening")) {
      ps.setString(1, slice.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lines.add(line(slice, rs));
        }
      }
      return lines;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget lines", e);
    }
  }

  private static BudgetLine line(Slice slice, ResultSet rs) throws SQLException {
    String sub = rs.getString(1);
    Optional<SubActivity> subKegiatan =
        sub.isEmpty()
            ? Optional.empty()
            : Optional.of(new SubActivity(new SubActivityCode(sub), rs.getString(4)));
    return new BudgetLine(
        rs.getLong(7),
        slice.tahun(),
        slice.periode(),
        slice.kodeSkpd(),
        slice.namaSkpd(),
        AccountCode.of(rs.getString(2)),
        rs.getString(3),
        rs.getBigDecimal(5),
        rs.getBigDecimal(6),
        subKegiatan);
  }

  private static void insertSlice(Connection c, Slice s) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into budget_slice ("
                + SLICE_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, s.id());
      ps.setInt(2, s.tahun());
      ps.setString(3, s.periode().code());
      ps.setString(4, s.kodeSkpd());
      ps.setString(5, s.namaSkpd());
      ps.setInt(6, s.version());
      ps.setBoolean(7, true);
      ps.setString(8, s.importId());
      ps.setString(9, s.contentHash());
      ps.setInt(10, s.lineCount());
      ps.setString(11, s.totalsJson());
      ps.setTimestamp(12, Timestamp.valueOf(s.created()));
      ps.executeUpdate();
    }
  }

  private static void copyLines(Connection c, String sliceId, List<BudgetLine> lines)
      throws SQLException, IOException {
    PGCopyOutputStream out =
        new PGCopyOutputStream(
            c.unwrap(PGConnection.class),
            "copy budget_line (slice_id, kode_sub_kegiatan, kode_rekening, level, uraian,"
                + " nama_sub_kegiatan, anggaran, realisasi, source_row) from stdin",
            1 << 16);
    CopyTextWriter writer =
        new CopyTextWriter(
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    String[] row = new String[9];
    row[0] = sliceId;
    for (BudgetLine l : lines) {
      row[1] = l.kodeSubKegiatan();
      row[2] = l.kodeRekening().code();
      row[3] = l.level().jsonName();
      row[4] = l.uraian();
      row[5] = l.subKegiatan().map(SubActivity::name).orElse(null);
      row[6] = plain(l.anggaran());
      row[7] = plain(l.realisasi());
      row[8] = Long.toString(l.row());
      writer.writeRow(row);
    }
    writer.flush();
    out.endCopy();
  }

  private static String plain(BigDecimal amount) {
    return amount.toPlainString();
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<Slice> slices(String sql, Binder binder) {
    List<Slice> slices = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          slices.add(
              new Slice(
                  rs.getString(1),
                  rs.getInt(2),
                  Period.parse(rs.getString(3)).orElseThrow(),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getInt(6),
                  rs.getBoolean(7),
                  rs.getString(8),
                  rs.getString(9),
                  rs.getInt(10),
                  rs.getString(11),
                  rs.getTimestamp(12).toLocalDateTime()));
        }
      }
      return slices;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the budget slices", e);
    }
  }
}
