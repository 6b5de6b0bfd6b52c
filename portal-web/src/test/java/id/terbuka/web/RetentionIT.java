package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.audit.chain.ChainHead;
import id.terbuka.audit.chain.ChainReport;
import id.terbuka.audit.chain.ChainVerifier;
import id.terbuka.audit.chain.EventType;
import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.chain.LogEvent;
import id.terbuka.audit.chain.Removal;
import id.terbuka.audit.chain.Subject;
import id.terbuka.audit.persistence.PublicationLogStore;
import id.terbuka.audit.persistence.RetentionStore;
import id.terbuka.deploy.bench.OneConnection;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention (issue 13, items 2 and 3): nothing is removed by default, and when a period is set the
 * publication log loses its old entries only through a recorded {@code retention_removal} that
 * verification bridges, never as tampering; old activities go too.
 *
 * <p>The removal itself runs on a schema of its own in the test database (the log's migration
 * applied there), so the shared portal's log, which other tests read, keeps its entries.
 */
@ExtendWith(SharedPortal.class)
class RetentionIT {
  @SharedPortal.Base URL base;

  @Test
  void nothingIsRemovedByDefaultAndOnlySysadminsMayAsk() {
    Http http = new Http(base.toString());
    Map<String, Object> headBefore = http.get("/api/v1/audit/head", null).map();
    Object firstBefore = firstSeq(http);
    assertEquals(403, http.postJson("/api/v1/admin/retention", null, Map.of()).status());
    String admin = ItSupport.cliToken(http, "admin");
    Http.Reply r = http.postJson("/api/v1/admin/retention", admin, Map.of());
    assertEquals(200, r.status(), r.body());
    Map<String, Object> outcome = r.map();
    assertEquals(0L, outcome.get("log_days"));
    assertEquals(0L, outcome.get("activity_days"));
    assertEquals(0L, outcome.get("log_entries_removed"));
    assertEquals(0L, outcome.get("activities_removed"));
    Map<String, Object> headAfter = http.get("/api/v1/audit/head", null).map();
    assertEquals(null, outcome.get("record_seq"), "no removal recorded");
    // The log still starts where it did (another job may have appended meanwhile).
    assertEquals(firstBefore, firstSeq(http));
    assertTrue(
        ((Number) headAfter.get("seq")).longValue()
            >= ((Number) headBefore.get("seq")).longValue());
  }

  @Test
  void oldEntriesGoThroughARecordedRemovalThatVerificationBridges() throws Exception {
    var db = TestInfrastructure.database();
    String schema = "retention_" + ItSupport.unique().toLowerCase(java.util.Locale.ROOT);
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      try (Statement s = c.createStatement()) {
        s.execute("create schema " + schema);
        s.execute("set search_path to " + schema);
        s.execute(migration());
        s.execute("create table activity (like public.activity including all)");
      }
      c.setAutoCommit(false);
      DataSource one = OneConnection.of(c);
      PublicationLogStore log = new PublicationLogStore(one);
      RetentionStore retention = new RetentionStore(one);
      Instant now = Instant.now();
      for (int i = 1; i <= 10; i++) {
        log.append(published(i), now);
      }
      c.commit();
      age(c, 6, 40);

      var first =
          retention.removeStoredBefore(now.minus(Duration.ofDays(30)), "tester", "30 days", now);
      c.commit();
      assertTrue(first.isPresent());
      assertEquals(6, first.get().removed());
      LogEntry record = first.get().record();
      assertEquals(11, record.seq());
      assertEquals("retention_removal", record.event().code());
      assertEquals("1", record.details().get("removed_from"));
      assertEquals("6", record.details().get("removed_to"));
      assertEquals("30 days", record.details().get("reason"));
      ChainReport report = verifyAll(log);
      assertTrue(report.ok(), report.toJson().toString());
      assertEquals(1, report.removals().size());
      assertEquals(1, report.removals().get(0).from());
      assertEquals(6, report.removals().get(0).to());

      // The quick check resumes where the record says the removed range ended.
      Removal removal = Removal.of(record).orElseThrow();
      ChainVerifier quick =
          ChainVerifier.startingAfter(new ChainHead(removal.to(), removal.lastHash()));
      log.streamAfter(removal.to(), quick, bad -> quick.unreadable(bad.seq(), bad.reason()));
      assertTrue(quick.finish().ok());

      // The database still refuses any other deletion.
      try (Statement s = c.createStatement()) {
        SQLException e =
            assertThrows(
                SQLException.class, () -> s.execute("delete from publication_log where seq = 7"));
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
      }
      c.rollback();

      // A later removal covers the earlier one; the chain stays sound.
      age(c, 8, 35);
      var second =
          retention.removeStoredBefore(now.minus(Duration.ofDays(30)), "tester", "30 days", now);
      c.commit();
      assertEquals(2, second.orElseThrow().removed());
      assertEquals("8", second.get().record().details().get("removed_to"));
      ChainReport again = verifyAll(log);
      assertTrue(again.ok(), again.toJson().toString());
      assertEquals(8, again.removals().get(0).to());
      assertFalse(
          retention
              .removeStoredBefore(now.minus(Duration.ofDays(30)), "tester", "30 days", now)
              .isPresent(),
          "nothing left that old");
      c.commit();

      // Activities older than the cutoff go; newer ones stay.
      try (Statement s = c.createStatement()) {
        for (int days : List.of(100, 50, 1)) {
          s.execute(
              "insert into activity (id, timestamp, object_id, activity_type, data) values ('a"
                  + days
                  + "', (now() at time zone 'utc') - interval '"
                  + days
                  + " days', 'd', 'changed package', '{}')");
        }
      }
      assertEquals(2, retention.removeActivitiesBefore(now.minus(Duration.ofDays(30))));
      c.commit();
    } finally {
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists " + schema + " cascade");
      }
    }
  }

  private static Object firstSeq(Http http) {
    Map<String, Object> page = http.get("/api/v1/audit/log?limit=1", null).map();
    List<Object> entries = ItSupport.list(page.get("entries"));
    return entries.isEmpty() ? null : ItSupport.map(entries.get(0)).get("seq");
  }

  private static LogEvent published(int i) {
    return new LogEvent(
        EventType.DATASET_PUBLISHED,
        "tester",
        new Subject("dataset", "d" + i, "dataset-" + i),
        "a".repeat(64),
        Map.of("revision", "1"));
  }

  /** Makes entries 1..{@code upTo} look stored {@code days} ago (the owner may, trigger off). */
  private static void age(Connection c, int upTo, int days) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("alter table publication_log disable trigger publication_log_append_only");
      s.execute(
          "update publication_log set stored_at = now() - interval '"
              + days
              + " days' where seq <= "
              + upTo);
      s.execute("alter table publication_log enable trigger publication_log_append_only");
    }
    c.commit();
  }

  private static ChainReport verifyAll(PublicationLogStore log) {
    ChainVerifier verifier = new ChainVerifier();
    log.streamAll(verifier, bad -> verifier.unreadable(bad.seq(), bad.reason()));
    return verifier.finish();
  }

  private static String migration() throws Exception {
    try (InputStream in =
        PublicationLogStore.class.getResourceAsStream("/db/migration/V11__publication_log.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
