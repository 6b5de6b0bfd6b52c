package id.terbuka.audit.persistence;

import id.terbuka.audit.chain.ChainHead;
import id.terbuka.audit.chain.DayHead;
import id.terbuka.audit.chain.EventType;
import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.chain.LogEvent;
import id.terbuka.audit.chain.Subject;
import id.terbuka.shared.Json;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The rows of {@code publication_log} (V11), in the caller's transaction. Appends are serialised
 * across every node by a transaction-scoped advisory lock, taken before the head is read, so two
 * publications never chain to the same previous entry; the lock is released at commit or rollback,
 * so an entry exists exactly when the publication that wrote it committed.
 */
@ApplicationScoped
public class PublicationLogStore {
  /** The advisory lock key of appends (an arbitrary constant: "publog" in ASCII). */
  private static final long APPEND_LOCK = 0x7075626c6f67L;

  private static final String COLUMNS =
      "seq, time, event, actor, subject_kind, subject_id, subject_name, content_sha256,"
          + " details::text, prev_hash, hash";

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** For CDI. */
  public PublicationLogStore() {}

  /**
   * A store over {@code dataSource}, for tools that run it outside the server (the log benchmark);
   * each {@code getConnection} must return the connection of the caller's transaction.
   */
  public PublicationLogStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A stored row that is no valid entry (someone changed it): its seq and why. */
  public record UnreadableRow(long seq, String reason) {}

  /** Appends the entry that follows the current head; returns it. */
  public LogEntry append(LogEvent event, Instant time) {
    try (Connection c = dataSource.getConnection()) {
      lockAppends(c);
      return appendLocked(c, event, time);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not append to the publication log", e);
    }
  }

  /** Holds the append lock until the end of {@code c}'s transaction: one appender at a time. */
  static void lockAppends(Connection c) throws SQLException {
    try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
      lock.setLong(1, APPEND_LOCK);
      lock.execute();
    }
  }

  /** Appends after the head on {@code c}, whose transaction holds the append lock. */
  static LogEntry appendLocked(Connection c, LogEvent event, Instant time) throws SQLException {
    LogEntry entry = LogEntry.compute(head(c), time, event);
    insert(c, entry);
    return entry;
  }

  /** The last entry's seq and hash, or {@link ChainHead#EMPTY}. */
  public ChainHead head() {
    try (Connection c = dataSource.getConnection()) {
      return head(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the publication log's head", e);
    }
  }

  /** The last entry itself, if there is one. */
  public Optional<LogEntry> last() {
    List<LogEntry> found = new ArrayList<>();
    read(
        "select " + COLUMNS + " from publication_log order by seq desc limit 1",
        ps -> {},
        found::add,
        bad -> {});
    return found.stream().findFirst();
  }

  /**
   * Entries after {@code afterSeq} (and stored at or after {@code since}, when given), in seq
   * order, at most {@code limit}.
   */
  public List<LogEntry> page(long afterSeq, Instant since, int limit) {
    List<LogEntry> found = new ArrayList<>();
    String sql =
        "select "
            + COLUMNS
            + " from publication_log where seq > ?"
            + (since == null ? "" : " and stored_at >= ?")
            + " order by seq limit ?";
    read(
        sql,
        ps -> {
          int i = 1;
          ps.setLong(i++, afterSeq);
          if (since != null) {
            ps.setObject(i++, java.time.OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
          }
          ps.setInt(i, limit);
        },
        found::add,
        bad -> {
          throw new IllegalStateException(
              "publication log entry " + bad.seq() + " cannot be read: " + bad.reason());
        });
    return found;
  }

  /**
   * Every entry in seq order through a server-side cursor (constant memory for millions of rows); a
   * row that is no valid entry goes to {@code unreadable}.
   */
  public void streamAll(Consumer<LogEntry> entries, Consumer<UnreadableRow> unreadable) {
    read("select " + COLUMNS + " from publication_log order by seq", ps -> {}, entries, unreadable);
  }

  /** Every entry after {@code afterSeq} in seq order, streamed like {@link #streamAll}. */
  public void streamAfter(
      long afterSeq, Consumer<LogEntry> entries, Consumer<UnreadableRow> unreadable) {
    read(
        "select " + COLUMNS + " from publication_log where seq > ? order by seq",
        ps -> ps.setLong(1, afterSeq),
        entries,
        unreadable);
  }

  /**
   * The entry stored under {@code seq}: empty when there is no such row; a row that is no valid
   * entry goes to {@code unreadable}.
   */
  public Optional<LogEntry> entry(long seq, Consumer<UnreadableRow> unreadable) {
    List<LogEntry> found = new ArrayList<>();
    read(
        "select " + COLUMNS + " from publication_log where seq = ?",
        ps -> ps.setLong(1, seq),
        found::add,
        unreadable);
    return found.stream().findFirst();
  }

  /** The newest retention removal entry, if the log has one. */
  public Optional<LogEntry> lastRetentionRemoval() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select max(seq) from publication_log where event = 'retention_removal'");
        ResultSet rs = ps.executeQuery()) {
      long seq = rs.next() ? rs.getLong(1) : 0;
      return seq == 0 ? Optional.empty() : entry(seq, bad -> {});
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the publication log", e);
    }
  }

  /**
   * The code of the last dataset-level event (published, approved, withdrawal, purge) of the
   * dataset {@code datasetId}, if it has one: whether the log last saw it public.
   */
  public Optional<String> lastDatasetEvent(String datasetId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select event from publication_log where subject_kind = 'dataset'"
                    + " and subject_id = ? order by seq desc limit 1")) {
      ps.setString(1, datasetId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the publication log", e);
    }
  }

  /** The content hash last logged for each of these resources' files (absent: never logged). */
  public Map<String, String> lastFileHashes(java.util.Collection<String> resourceIds) {
    Map<String, String> found = new LinkedHashMap<>();
    if (resourceIds.isEmpty()) {
      return found;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select distinct on (subject_id) subject_id, content_sha256 from publication_log"
                    + " where subject_kind = 'resource' and subject_id = any(?)"
                    + " and event in ('resource_file_published', 'resource_file_replaced')"
                    + " order by subject_id, seq desc")) {
      ps.setArray(1, c.createArrayOf("text", resourceIds.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.put(rs.getString(1), rs.getString(2));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the publication log", e);
    }
  }

  /** For each day with entries stored before {@code until}, the last of them, oldest day first. */
  public List<DayHead> dailyHeads(Instant until, java.time.ZoneId zone) {
    List<DayHead> heads = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select distinct on (d) (stored_at at time zone ?)::date as d, seq, hash, time"
                    + " from publication_log where stored_at < ? order by d, seq desc")) {
      ps.setString(1, zone.getId());
      ps.setObject(2, java.time.OffsetDateTime.ofInstant(until, java.time.ZoneOffset.UTC));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          heads.add(
              new DayHead(
                  rs.getObject(1, java.time.LocalDate.class),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getString(4)));
        }
      }
      return heads;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the publication log's daily heads", e);
    }
  }

  /** The distinct content hashes of the resource file entries, for the file check. */
  public void streamFileHashes(Consumer<LogEntry> entries) {
    read(
        "select "
            + COLUMNS
            + " from publication_log where event in ('resource_file_published',"
            + " 'resource_file_replaced') order by seq",
        ps -> {},
        entries,
        bad -> {});
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private void read(
      String sql, Binder binder, Consumer<LogEntry> entries, Consumer<UnreadableRow> unreadable) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      // PostgreSQL streams with a fetch size only inside a transaction.
      if (autoCommit) {
        c.setAutoCommit(false);
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(1000);
        binder.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long seq = rs.getLong(1);
            try {
              entries.accept(entry(rs));
            } catch (IllegalArgumentException | Json.MalformedJsonException e) {
              unreadable.accept(new UnreadableRow(seq, e.getMessage()));
            }
          }
        }
      } finally {
        if (autoCommit) {
          c.rollback();
          c.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the publication log", e);
    }
  }

  private static ChainHead head(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("select seq, hash from publication_log order by seq desc limit 1");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? new ChainHead(rs.getLong(1), rs.getString(2)) : ChainHead.EMPTY;
    }
  }

  private static void insert(Connection c, LogEntry e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into publication_log (seq, time, event, actor, subject_kind, subject_id,"
                + " subject_name, content_sha256, details, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
      ps.setLong(1, e.seq());
      ps.setString(2, e.time());
      ps.setString(3, e.event().code());
      ps.setString(4, e.actor());
      ps.setString(5, e.subject().kind());
      ps.setString(6, e.subject().id());
      ps.setString(7, e.subject().name());
      ps.setString(8, e.contentSha256());
      ps.setString(9, Json.write(e.details()));
      ps.setString(10, e.prevHash());
      ps.setString(11, e.hash());
      ps.executeUpdate();
    }
  }

  private static LogEntry entry(ResultSet rs) throws SQLException {
    Map<String, String> details = new LinkedHashMap<>();
    Object parsed = Json.parse(rs.getString(9));
    if (!(parsed instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("details is not an object");
    }
    for (Map.Entry<?, ?> d : map.entrySet()) {
      if (!(d.getValue() instanceof String value)) {
        throw new IllegalArgumentException("details." + d.getKey() + " is not a string");
      }
      details.put(String.valueOf(d.getKey()), value);
    }
    return new LogEntry(
        rs.getLong(1),
        rs.getString(2),
        EventType.fromCode(rs.getString(3)),
        rs.getString(4),
        new Subject(rs.getString(5), rs.getString(6), rs.getString(7)),
        rs.getString(8),
        details,
        rs.getString(10),
        rs.getString(11));
  }
}
