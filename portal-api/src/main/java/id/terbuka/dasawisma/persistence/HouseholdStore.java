package id.terbuka.dasawisma.persistence;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.datastore.load.CopyTextWriter;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Household versions in {@code dasawisma.household}, in the caller's transaction. A version is
 * never changed after it is written, except that it is closed ({@code valid_to}) when the next
 * version or a removal replaces it: the rows valid at any instant can always be read back.
 */
@ApplicationScoped
public class HouseholdStore {
  /** Two writers gave the same household the same version number (PostgreSQL's 23505). */
  private static final String UNIQUE_VIOLATION = "23505";

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * A household's latest version.
   *
   * @param version its number, from 1
   * @param contentHash {@code HouseholdContent.hash} of that version
   * @param removalReason present when the cadre removed the household (it has no current version)
   */
  public record Latest(int version, String contentHash, Optional<String> removalReason) {
    public boolean removed() {
      return removalReason.isPresent();
    }
  }

  /** A version to write: the household, its number and its content hash. */
  public record NewVersion(Household household, int version, String contentHash) {}

  /** Who wrote versions, when, and from which import (null for the form). */
  public record Origin(Instant at, String userId, String importId) {}

  /** The latest version of every household ever stored in these desa of the year. */
  public Map<HouseholdKey, Latest> latest(int tahun, Collection<String> kodeDesa) {
    Map<HouseholdKey, Latest> latest = new HashMap<>();
    String sql =
        "select distinct on (kode_desa, kelompok_dasawisma, id_keluarga)"
            + " kode_desa, kelompok_dasawisma, id_keluarga, version, content_hash, valid_to,"
            + " removal_reason from dasawisma.household where tahun = ? and kode_desa = any(?)"
            + " order by kode_desa, kelompok_dasawisma, id_keluarga, version desc";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, tahun);
      ps.setArray(2, c.createArrayOf("text", kodeDesa.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          HouseholdKey key =
              new HouseholdKey(tahun, rs.getString(1), rs.getString(2), rs.getString(3));
          boolean current = rs.getTimestamp(6) == null;
          Optional<String> removal =
              current ? Optional.empty() : Optional.ofNullable(rs.getString(7));
          if (current || removal.isPresent()) {
            latest.put(key, new Latest(rs.getInt(4), rs.getString(5), removal));
          }
        }
      }
      return latest;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the stored households", e);
    }
  }

  /**
   * Writes new versions: the current version of each household that has one is closed at {@code
   * origin.at()}, and the new versions are valid from then.
   */
  public void write(List<NewVersion> versions, Origin origin) {
    if (versions.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      closeCurrent(c, versions.stream().filter(v -> v.version() > 1).toList(), origin.at());
      copy(c, versions, origin);
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new ConflictException(
            "Another entry changed some of these households at the same moment; nothing of this"
                + " one was stored. Send it again.");
      }
      // Without the cause: PostgreSQL's message for a failed COPY quotes the row ("COPY household,
      // line 5: ..."), and the error would carry a household's data into the server log.
      throw new IllegalStateException(
          "Could not store the households (SQLState " + e.getSQLState() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the households", e);
    }
  }

  private static void closeCurrent(Connection c, List<NewVersion> replacing, Instant at)
      throws SQLException {
    if (replacing.isEmpty()) {
      return;
    }
    int n = replacing.size();
    Integer[] tahun = new Integer[n];
    String[] desa = new String[n];
    String[] kelompok = new String[n];
    String[] id = new String[n];
    for (int i = 0; i < n; i++) {
      HouseholdKey k = replacing.get(i).household().key();
      tahun[i] = k.tahun();
      desa[i] = k.kodeDesa();
      kelompok[i] = k.kelompokDasawisma();
      id[i] = k.idKeluarga();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "update dasawisma.household h set valid_to = ?"
                + " from unnest(?::int[], ?::text[], ?::text[], ?::text[]) as k(t, d, g, i)"
                + " where h.tahun = k.t and h.kode_desa = k.d and h.kelompok_dasawisma = k.g"
                + " and h.id_keluarga = k.i and h.valid_to is null")) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setArray(2, c.createArrayOf("int4", tahun));
      ps.setArray(3, c.createArrayOf("text", desa));
      ps.setArray(4, c.createArrayOf("text", kelompok));
      ps.setArray(5, c.createArrayOf("text", id));
      ps.executeUpdate();
    }
  }

  private static void copy(Connection c, List<NewVersion> versions, Origin origin)
      throws SQLException, IOException {
    PGCopyOutputStream out =
        new PGCopyOutputStream(
            c.unwrap(PGConnection.class),
            "copy dasawisma.household ("
                + HouseholdColumnsSql.COLUMNS
                + ", version, content_hash, valid_from, import_id, entered_by) from stdin",
            1 << 16);
    CopyTextWriter writer =
        new CopyTextWriter(
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    String[] row = new String[HouseholdColumnsSql.COUNT + 5];
    String validFrom = origin.at().toString();
    for (NewVersion v : versions) {
      HouseholdColumnsSql.values(v.household(), row, 0);
      int i = HouseholdColumnsSql.COUNT;
      row[i++] = Integer.toString(v.version());
      row[i++] = v.contentHash();
      row[i++] = validFrom;
      row[i++] = origin.importId();
      row[i] = origin.userId();
      writer.writeRow(row);
    }
    writer.flush();
    out.endCopy();
  }

  /**
   * Closes a household's current version as removed, with who and why.
   *
   * @return false when the household has no current version
   */
  public boolean remove(HouseholdKey key, String userId, String reason, Instant at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update dasawisma.household set valid_to = ?, removed_by = ?, removal_reason = ?"
                    + " where tahun = ? and kode_desa = ? and kelompok_dasawisma = ?"
                    + " and id_keluarga = ? and valid_to is null")) {
      ps.setTimestamp(1, Timestamp.from(at));
      ps.setString(2, userId);
      ps.setString(3, reason);
      bindKey(ps, 4, key);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove the household", e);
    }
  }

  /** A household's current version. */
  public Optional<Household> current(HouseholdKey key) {
    List<Household> found = new ArrayList<>();
    read(
        "select "
            + HouseholdColumnsSql.COLUMNS
            + " from dasawisma.household where tahun = ? and kode_desa = ?"
            + " and kelompok_dasawisma = ? and id_keluarga = ? and valid_to is null",
        ps -> bindKey(ps, 1, key),
        found::add);
    return found.stream().findFirst();
  }

  /**
   * The current households of a year in a region (a desa, a kecamatan or the kabupaten, by code
   * prefix), in key order.
   */
  public List<Household> currentIn(int tahun, String regionCode) {
    List<Household> found = new ArrayList<>();
    read(
        "select "
            + HouseholdColumnsSql.COLUMNS
            + " from dasawisma.household where tahun = ? and valid_to is null"
            + " and (kode_desa = ? or kode_desa like ?)"
            + " order by kode_desa, kelompok_dasawisma, id_keluarga",
        ps -> {
          ps.setInt(1, tahun);
          ps.setString(2, regionCode);
          ps.setString(3, likePrefix(regionCode));
        },
        found::add);
    return found;
  }

  /** Every household of the year as it stood at {@code at}, streamed. */
  public void forEachAt(int tahun, Instant at, Consumer<Household> each) {
    read(
        "select "
            + HouseholdColumnsSql.COLUMNS
            + " from dasawisma.household where tahun = ? and valid_from <= ?"
            + " and (valid_to is null or valid_to > ?)",
        ps -> {
          ps.setInt(1, tahun);
          ps.setTimestamp(2, Timestamp.from(at));
          ps.setTimestamp(3, Timestamp.from(at));
        },
        each);
  }

  /**
   * How many household versions began in one month and ended in another (months in the portal's
   * zone, {@code yyyy-mm}).
   *
   * @param toMonth empty while the versions are current
   */
  public record VersionSpan(String fromMonth, Optional<String> toMonth, long count) {}

  /**
   * For the coverage trend: the year's household versions as they stood at {@code at}, counted by
   * the months they spanned (a version closed after {@code at} counts as current).
   */
  public List<VersionSpan> versionSpans(int tahun, Instant at, String zone) {
    List<VersionSpan> spans = new ArrayList<>();
    String sql =
        "select to_char(valid_from at time zone ?, 'YYYY-MM'),"
            + " to_char((case when valid_to <= ? then valid_to end) at time zone ?, 'YYYY-MM'),"
            + " count(*) from dasawisma.household where tahun = ? and valid_from <= ?"
            + " group by 1, 2";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      Timestamp instant = Timestamp.from(at);
      ps.setString(1, zone);
      ps.setTimestamp(2, instant);
      ps.setString(3, zone);
      ps.setInt(4, tahun);
      ps.setTimestamp(5, instant);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          spans.add(
              new VersionSpan(
                  rs.getString(1), Optional.ofNullable(rs.getString(2)), rs.getLong(3)));
        }
      }
      return spans;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the households' history", e);
    }
  }

  /** The years with any current household, newest first. */
  public List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select distinct tahun from dasawisma.household where valid_to is null"
                    + " order by tahun desc");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        years.add(rs.getInt(1));
      }
      return years;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the Dasa Wisma years", e);
    }
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private void read(String sql, Binder binder, Consumer<Household> each) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      ps.setFetchSize(5_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(HouseholdColumnsSql.read(rs, 1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the households", e);
    }
  }

  private static void bindKey(PreparedStatement ps, int first, HouseholdKey key)
      throws SQLException {
    ps.setInt(first, key.tahun());
    ps.setString(first + 1, key.kodeDesa());
    ps.setString(first + 2, key.kelompokDasawisma());
    ps.setString(first + 3, key.idKeluarga());
  }

  /** {@code code.%} with LIKE's wildcards in the code escaped (codes have none, but be safe). */
  private static String likePrefix(String code) {
    return code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%";
  }
}
