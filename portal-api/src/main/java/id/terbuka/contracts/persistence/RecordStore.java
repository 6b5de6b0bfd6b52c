package id.terbuka.contracts.persistence;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;

/** One compiled record per contracting process, in the caller's transaction. */
@ApplicationScoped
public class RecordStore {

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /**
   * A stored record.
   *
   * @param changeSeq grows with every change: the bulk API's cursor and the search index version
   */
  public record StoredRecord(
      String ocid,
      JsonNode compiled,
      int releaseCount,
      int year,
      Instant latestDate,
      List<String> flags,
      JsonNode flagNotes,
      Instant updatedAt,
      long changeSeq,
      JsonNode signedValues) {}

  private static final String COLUMNS =
      "ocid, compiled, release_count, year, latest_date, flags, flag_notes, updated_at,"
          + " change_seq, signed_values";

  /**
   * Writes a process's compiled record; a record whose content, year and date are unchanged is left
   * as it is (its change sequence stays, so bulk consumers are not sent it again).
   *
   * @return true if the record was inserted or changed
   */
  public boolean save(
      String ocid,
      JsonNode compiled,
      int releaseCount,
      int year,
      Instant latest,
      JsonNode signedValues) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into ocds_record (ocid, compiled, release_count, year, latest_date,"
                    + " signed_values, buyer_id) values (?, ?::jsonb, ?, ?, ?, ?::jsonb,"
                    + " coalesce(?::jsonb #>> '{buyer,id}', ''))"
                    + " on conflict (ocid) do update set compiled = excluded.compiled,"
                    + " release_count = excluded.release_count, year = excluded.year,"
                    + " latest_date = excluded.latest_date,"
                    + " signed_values = excluded.signed_values, buyer_id = excluded.buyer_id,"
                    + " updated_at = now(),"
                    + " change_seq = nextval('ocds_record_change_seq')"
                    + " where ocds_record.compiled is distinct from excluded.compiled"
                    + " or ocds_record.year <> excluded.year"
                    + " or ocds_record.latest_date <> excluded.latest_date")) {
      ps.setString(1, ocid);
      ps.setString(2, OcdsJson.write(compiled));
      ps.setInt(3, releaseCount);
      ps.setInt(4, year);
      ps.setTimestamp(5, Timestamp.from(latest));
      ps.setString(6, OcdsJson.write(signedValues));
      ps.setString(7, OcdsJson.write(compiled));
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the record of " + ocid, e);
    }
  }

  /**
   * Sets a record's red flags; a change moves the record's change sequence (the search index shows
   * flags).
   *
   * @return true if the flags changed
   */
  public boolean saveFlags(String ocid, List<String> flags, JsonNode notes) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "update ocds_record set flags = ?, flag_notes = ?::jsonb,"
                    + " change_seq = nextval('ocds_record_change_seq')"
                    + " where ocid = ? and (flags <> ? or flag_notes is distinct from ?::jsonb)")) {
      java.sql.Array array = c.createArrayOf("text", flags.toArray());
      String json = OcdsJson.write(notes);
      ps.setArray(1, array);
      ps.setString(2, json);
      ps.setString(3, ocid);
      ps.setArray(4, array);
      ps.setString(5, json);
      return ps.executeUpdate() > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the flags of " + ocid, e);
    }
  }

  /** One process's record. */
  public Optional<StoredRecord> find(String ocid) {
    List<StoredRecord> found =
        query(
            "select " + COLUMNS + " from ocds_record where ocid = ?", ps -> ps.setString(1, ocid));
    return found.stream().findFirst();
  }

  /** The records of given processes, in ocid order. */
  public List<StoredRecord> findAll(List<String> ocids) {
    return query(
        "select " + COLUMNS + " from ocds_record where ocid = any(?) order by ocid",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", ocids.toArray())));
  }

  /** Every record of the given buyers (party ids), in ocid order. */
  public List<StoredRecord> ofBuyers(java.util.Collection<String> buyerIds) {
    return query(
        "select " + COLUMNS + " from ocds_record where buyer_id = any(?) order by ocid",
        ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", buyerIds.toArray())));
  }

  /** The buyers (party ids) of the given processes. */
  public java.util.Set<String> buyersOf(java.util.Collection<String> ocids) {
    java.util.Set<String> buyers = new java.util.TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select distinct buyer_id from ocds_record where ocid = any(?)")) {
      ps.setArray(1, c.createArrayOf("text", ocids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          buyers.add(rs.getString(1));
        }
      }
      return buyers;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the buyers", e);
    }
  }

  /** Every record's change sequence by ocid (what the search index is compared with). */
  public java.util.Map<String, Long> versions() {
    java.util.Map<String, Long> versions = new java.util.HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select ocid, change_seq from ocds_record");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        versions.put(rs.getString(1), rs.getLong(2));
      }
      return versions;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the record versions", e);
    }
  }

  /** A JSON array of the compiled release, or an empty one when absent or not an array. */
  private static String array(String key) {
    return "(case when jsonb_typeof(compiled->'"
        + key
        + "') = 'array' then compiled->'"
        + key
        + "' else '[]'::jsonb end)";
  }

  private static final String ACTIVE_AWARD =
      " coalesce(a->>'status', '') not in ('cancelled', 'unsuccessful')";

  /**
   * The stages and missing values of every process of a publication year, read from the compiled
   * releases in one query (the completeness report). OCDS dates keep the day as published.
   */
  public List<id.terbuka.contracts.domain.ProcessStages> stagesOfYear(int year) {
    String sql =
        "select ocid, compiled#>>'{tender,title}', compiled#>>'{buyer,name}',"
            + " jsonb_typeof(compiled->'tender') = 'object',"
            + " left(coalesce(compiled#>>'{tender,tenderPeriod,endDate}',"
            + " compiled#>>'{tender,datePublished}'), 10),"
            + " compiled#>>'{tender,status}',"
            + " (select count(*) from jsonb_array_elements("
            + array("awards")
            + ") a where"
            + ACTIVE_AWARD
            + "),"
            + " (select min(left(a->>'date', 10)) from jsonb_array_elements("
            + array("awards")
            + ") a where"
            + ACTIVE_AWARD
            + "),"
            + " jsonb_array_length("
            + array("contracts")
            + "),"
            + " jsonb_typeof(compiled->'tender') = 'object'"
            + " and compiled#>>'{tender,value,amount}' is null,"
            + " (select count(*) from jsonb_array_elements("
            + array("awards")
            + ") a where a#>>'{value,amount}' is null),"
            + " (select count(*) from jsonb_array_elements("
            + array("contracts")
            + ") k where k#>>'{value,amount}' is null)"
            + " from ocds_record where year = ? order by ocid";
    List<id.terbuka.contracts.domain.ProcessStages> list = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          list.add(
              new id.terbuka.contracts.domain.ProcessStages(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBoolean(4),
                  day(rs.getString(5)),
                  rs.getString(6),
                  rs.getInt(7),
                  day(rs.getString(8)),
                  rs.getInt(9),
                  rs.getBoolean(10),
                  rs.getInt(11),
                  rs.getInt(12)));
        }
      }
      return list;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the stages of " + year, e);
    }
  }

  /** A date's day as published ({@code 2024-03-01...}); null when absent or not a date. */
  private static java.time.LocalDate day(String text) {
    if (text == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /** The ocids of a publication year, in ocid order. */
  public List<String> ocidsOfYear(int year) {
    List<String> ocids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select ocid from ocds_record where year = ? order by ocid")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ocids.add(rs.getString(1));
        }
      }
      return ocids;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the processes of " + year, e);
    }
  }

  /** The latest change of any record of a year (empty for a year without records). */
  public Optional<Instant> latestUpdateOfYear(int year) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select max(updated_at) from ocds_record where year = ?")) {
      ps.setInt(1, year);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        Timestamp t = rs.getTimestamp(1);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the records of " + year, e);
    }
  }

  /**
   * A page of records for bulk readers, in change order: those changed at or after {@code since}
   * (all when null) with a change sequence above {@code after}.
   */
  public List<StoredRecord> changedSince(Instant since, long after, int limit) {
    return query(
        "select "
            + COLUMNS
            + " from ocds_record where (?::timestamptz is null or updated_at >= ?)"
            + " and change_seq > ? order by change_seq limit ?",
        ps -> {
          Timestamp t = since == null ? null : Timestamp.from(since);
          ps.setTimestamp(1, t);
          ps.setTimestamp(2, t);
          ps.setLong(3, after);
          ps.setInt(4, limit);
        });
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private List<StoredRecord> query(String sql, Binder binder) {
    List<StoredRecord> records = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          records.add(
              new StoredRecord(
                  rs.getString(1),
                  OcdsJson.parse(rs.getString(2)),
                  rs.getInt(3),
                  rs.getInt(4),
                  rs.getTimestamp(5).toInstant(),
                  Arrays.asList((String[]) rs.getArray(6).getArray()),
                  OcdsJson.parse(rs.getString(7)),
                  rs.getTimestamp(8).toInstant(),
                  rs.getLong(9),
                  OcdsJson.parse(rs.getString(10))));
        }
      }
      return records;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the contract records", e);
    }
  }
}
