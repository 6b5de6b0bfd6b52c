package id.terbuka.audit.persistence;

import id.terbuka.audit.chain.EventType;
import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.chain.LogEvent;
import id.terbuka.audit.chain.Removal;
import id.terbuka.audit.chain.Sha256;
import id.terbuka.audit.chain.Subject;
import id.terbuka.shared.persistence.Database;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Removes what a retention period has ended for (issue 13, item 2): publication log entries stored
 * before a cutoff, never silently (docs/audit-log.md, section 5), and activities older than a
 * cutoff. Nothing calls it unless a retention period is configured.
 */
@ApplicationScoped
public class RetentionStore {
  /** What the log says it removed. */
  public static final Subject LOG = new Subject("log", "publication_log", "publication log");

  @jakarta.annotation.Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** For CDI. */
  public RetentionStore() {}

  /** Over {@code dataSource}, whose every connection is the caller's transaction's (tests). */
  public RetentionStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A retention removal that was made: the entry that records it and how many entries went.
   *
   * @param record the {@code retention_removal} entry appended first
   * @param removed the entries deleted after it
   */
  public record Removed(LogEntry record, int removed) {}

  /**
   * Removes every entry stored before {@code cutoff}: first appends a {@code retention_removal}
   * entry recording entries 1 to the newest of them (the database lets no entry go otherwise), then
   * deletes them, under the append lock and in the caller's transaction. Empty when no stored entry
   * is that old.
   */
  public Optional<Removed> removeStoredBefore(
      Instant cutoff, String actor, String reason, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      PublicationLogStore.lockAppends(c);
      Optional<String[]> last = newestBefore(c, cutoff);
      if (last.isEmpty()) {
        return Optional.empty();
      }
      long to = Long.parseLong(last.get()[0]);
      Removal removal = new Removal(1, to, Sha256.ZERO, last.get()[1]);
      LogEntry record =
          PublicationLogStore.appendLocked(
              c, LogEvent.removal(EventType.RETENTION_REMOVAL, actor, LOG, removal, reason), now);
      try (PreparedStatement delete =
          c.prepareStatement("delete from publication_log where seq <= ?")) {
        delete.setLong(1, to);
        return Optional.of(new Removed(record, delete.executeUpdate()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove expired publication log entries", e);
    }
  }

  /** The newest entry stored before {@code cutoff}: its seq and hash. */
  private static Optional<String[]> newestBefore(Connection c, Instant cutoff) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select seq, hash from publication_log where stored_at < ?"
                + " order by seq desc limit 1")) {
      ps.setTimestamp(1, Timestamp.from(cutoff));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new String[] {Long.toString(rs.getLong(1)), rs.getString(2)})
            : Optional.empty();
      }
    }
  }

  /** Deletes the activities older than {@code cutoff} (their group links go with them). */
  public int removeActivitiesBefore(Instant cutoff) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("delete from activity where timestamp < ?")) {
      // Activity times are stored as UTC without a zone (CKAN's convention).
      ps.setObject(1, java.time.LocalDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove expired activities", e);
    }
  }
}
