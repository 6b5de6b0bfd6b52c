package id.terbuka.contracts.persistence;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The stored releases, in the caller's transaction. */
@ApplicationScoped
public class ReleaseStore {
  private static final int BATCH = 500;

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  private static final String COLUMNS =
      "ocid, release_id, release_date, date_text, tags, content, content_hash, package_uri,"
          + " import_id";

  /**
   * The content hash of each of the given (ocid, release id) pairs that is stored, keyed {@code
   * ocid + "\n" + releaseId}.
   */
  public Map<String, String> storedHashes(Collection<StoredRelease> releases) {
    Map<String, String> found = new HashMap<>();
    List<StoredRelease> all = new ArrayList<>(releases);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<StoredRelease> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "select r.ocid, r.release_id, r.content_hash from ocds_release r"
                      + " join unnest(?::text[], ?::text[]) as k(ocid, release_id)"
                      + " on r.ocid = k.ocid and r.release_id = k.release_id")) {
        ps.setArray(1, c.createArrayOf("text", batch.stream().map(StoredRelease::ocid).toArray()));
        ps.setArray(
            2, c.createArrayOf("text", batch.stream().map(StoredRelease::releaseId).toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.put(key(rs.getString(1), rs.getString(2)), rs.getString(3));
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Could not read the stored releases", e);
      }
    }
    return found;
  }

  /** The key {@link #storedHashes} uses. */
  public static String key(String ocid, String releaseId) {
    return ocid + "\n" + releaseId;
  }

  /** Stores new releases (none of them may be stored already). */
  public void insert(List<StoredRelease> releases) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into ocds_release ("
                    + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)")) {
      int pending = 0;
      for (StoredRelease r : releases) {
        ps.setString(1, r.ocid());
        ps.setString(2, r.releaseId());
        ps.setTimestamp(3, Timestamp.from(r.date()));
        ps.setString(4, r.dateText());
        ps.setArray(5, c.createArrayOf("text", r.tags().toArray()));
        ps.setString(6, OcdsJson.write(r.content()));
        ps.setString(7, r.contentHash());
        ps.setString(8, r.packageUri());
        ps.setString(9, r.importId());
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the releases", e);
    }
  }

  /** Every release of one process, oldest first (same date: in arrival order). */
  public List<StoredRelease> releases(String ocid) {
    return releasesOf(List.of(ocid)).getOrDefault(ocid, List.of());
  }

  /** The releases of each given process, oldest first, by ocid. */
  public Map<String, List<StoredRelease>> releasesOf(Collection<String> ocids) {
    Map<String, List<StoredRelease>> byOcid = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(ocids);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<String> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "select "
                      + COLUMNS
                      + " from ocds_release where ocid = any(?)"
                      + " order by ocid, release_date, seq")) {
        ps.setArray(1, c.createArrayOf("text", batch.toArray()));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            StoredRelease r = release(rs);
            byOcid.computeIfAbsent(r.ocid(), k -> new ArrayList<>()).add(r);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Could not read the releases", e);
      }
    }
    return byOcid;
  }

  private static StoredRelease release(ResultSet rs) throws SQLException {
    Array tags = rs.getArray(5);
    return new StoredRelease(
        rs.getString(1),
        rs.getString(2),
        rs.getTimestamp(3).toInstant(),
        rs.getString(4),
        Arrays.asList((String[]) tags.getArray()),
        OcdsJson.parse(rs.getString(6)),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9));
  }
}
