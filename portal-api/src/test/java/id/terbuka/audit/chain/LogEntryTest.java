package id.terbuka.audit.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogEntryTest {

  private static final String CONTENT = "a".repeat(64);
  private static final Subject FILE = new Subject("resource", "r-17", "realisasi-2024.csv");

  private static LogEntry first() {
    return LogEntry.compute(
        ChainHead.EMPTY,
        Instant.parse("2025-03-01T08:15:00.123456789Z"),
        new LogEvent(
            EventType.RESOURCE_FILE_PUBLISHED, "budi", FILE, CONTENT, Map.of("format", "CSV")));
  }

  @Test
  void theHashIsSha256OverTheCanonicalEntryWithoutItsHash() throws Exception {
    LogEntry entry = first();
    String expectedInput =
        "{\"actor\":\"budi\",\"content_sha256\":\""
            + CONTENT
            + "\",\"details\":{\"format\":\"CSV\"},\"event\":\"resource_file_published\","
            + "\"prev_hash\":\""
            + "0".repeat(64)
            + "\",\"seq\":1,\"subject\":{\"id\":\"r-17\",\"kind\":\"resource\","
            + "\"name\":\"realisasi-2024.csv\"},\"time\":\"2025-03-01T08:15:00.123456Z\"}";
    assertEquals(expectedInput, new String(entry.hashInput(), StandardCharsets.UTF_8));
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(expectedInput.getBytes(StandardCharsets.UTF_8));
    assertEquals(HexFormat.of().formatHex(digest), entry.hash());
    assertEquals(entry.hash(), entry.recomputedHash());
  }

  @Test
  void theNextEntryFollowsTheHead() {
    LogEntry one = first();
    LogEntry two =
        LogEntry.compute(
            one.head(),
            Instant.parse("2025-03-01T09:00:00Z"),
            new LogEvent(EventType.WITHDRAWAL, "walidata", FILE, null, Map.of()));
    assertEquals(2, two.seq());
    assertEquals(one.hash(), two.prevHash());
    assertEquals("2025-03-01T09:00:00.000000Z", two.time());
    assertNull(two.contentSha256());
  }

  @Test
  void toJsonIsOrderedWithTheHashLastAndReadsBack() {
    LogEntry entry = first();
    Map<String, Object> json = entry.toJson();
    assertEquals(
        List.of(
            "seq",
            "time",
            "event",
            "actor",
            "subject",
            "content_sha256",
            "details",
            "prev_hash",
            "hash"),
        List.copyOf(json.keySet()));
    assertEquals(entry, LogEntry.fromJson(json));
  }

  @Test
  void readingRefusesAnythingButTheEntryShape() {
    Map<String, Object> extra = new LinkedHashMap<>(first().toJson());
    extra.put("note", "x");
    assertMessage("unknown member: note", () -> LogEntry.fromJson(extra));
    Map<String, Object> missing = new LinkedHashMap<>(first().toJson());
    missing.remove("prev_hash");
    assertMessage("missing member: prev_hash", () -> LogEntry.fromJson(missing));
    Map<String, Object> textSeq = new LinkedHashMap<>(first().toJson());
    textSeq.put("seq", "1");
    assertMessage("seq must be an integer", () -> LogEntry.fromJson(textSeq));
    Map<String, Object> fraction = new LinkedHashMap<>(first().toJson());
    fraction.put("seq", 1.5);
    assertMessage("seq must be an integer", () -> LogEntry.fromJson(fraction));
    Map<String, Object> numberDetail = new LinkedHashMap<>(first().toJson());
    numberDetail.put("details", Map.of("rows", 12));
    assertMessage("details.rows must be a string", () -> LogEntry.fromJson(numberDetail));
    Map<String, Object> event = new LinkedHashMap<>(first().toJson());
    event.put("event", "dataset_deleted");
    assertMessage("unknown event type: dataset_deleted", () -> LogEntry.fromJson(event));
  }

  @Test
  void publishingEventsNeedTheContentHashOthersMayOmitIt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LogEntry.compute(
                ChainHead.EMPTY,
                Instant.now(),
                new LogEvent(EventType.DATASET_PUBLISHED, "budi", FILE, null, Map.of())));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            LogEntry.compute(
                ChainHead.EMPTY,
                Instant.now(),
                new LogEvent(EventType.DATASET_PUBLISHED, "budi", FILE, "ABC", Map.of())));
    LogEntry withdrawal =
        LogEntry.compute(
            ChainHead.EMPTY,
            Instant.now(),
            new LogEvent(EventType.WITHDRAWAL, "budi", FILE, CONTENT, Map.of()));
    assertEquals(CONTENT, withdrawal.contentSha256());
  }

  @Test
  void detailsAreSmallAsciiNamedStrings() {
    assertMessage(
        "details names must be lower-case ASCII ([a-z][a-z0-9_]*): \u00E9t\u00E9",
        () -> event(Map.of("\u00E9t\u00E9", "x")));
    assertMessage(
        "details names must be lower-case ASCII ([a-z][a-z0-9_]*): Format",
        () -> event(Map.of("Format", "x")));
    assertMessage(
        "details.removed_from is reserved for purges and retention removals",
        () -> new LogEvent(EventType.WITHDRAWAL, "budi", FILE, null, Map.of("removed_from", "1")));
    Map<String, String> many = new LinkedHashMap<>();
    for (int i = 0; i < 33; i++) {
      many.put("k" + i, "v");
    }
    assertMessage("details has more than 32 members", () -> event(many));
  }

  @Test
  void aRetentionRemovalStartsAtTheFirstEntry() {
    Removal fromFive = new Removal(5, 9, CONTENT, CONTENT);
    assertMessage(
        "a retention removal removes from entry 1 (previous hash 64 zeros), not from 5",
        () -> LogEvent.removal(EventType.RETENTION_REMOVAL, "system", FILE, fromFive, "retention"));
    assertMessage(
        "withdrawal does not remove entries",
        () -> LogEvent.removal(EventType.WITHDRAWAL, "system", FILE, fromFive, "x"));
    assertMessage("removed range 9-5 is not a range", () -> new Removal(9, 5, CONTENT, CONTENT));
  }

  @Test
  void aRemovalMustNameEntriesBeforeItself() {
    List<LogEntry> entries = TestChains.chain(3);
    LogEvent removal =
        LogEvent.removal(
            EventType.PURGE, "admin", FILE, new Removal(3, 4, CONTENT, CONTENT), "mistake");
    assertMessage(
        "it names entries 3-4, which is not before the entry itself",
        () -> LogEntry.compute(entries.get(2).head(), Instant.now(), removal));
  }

  @Test
  void timeIsRfc3339Utc() {
    LogEntry e = first();
    for (String bad :
        List.of("2025-03-01 08:15:00Z", "2025-03-01T08:15:00+07:00", "2025-02-30T08:15:00Z")) {
      assertThrows(
          IllegalArgumentException.class,
          () ->
              new LogEntry(
                  1,
                  bad,
                  e.event(),
                  e.actor(),
                  e.subject(),
                  e.contentSha256(),
                  e.details(),
                  e.prevHash(),
                  e.hash()),
          bad);
    }
  }

  private static LogEntry event(Map<String, String> details) {
    return LogEntry.compute(
        ChainHead.EMPTY,
        Instant.now(),
        new LogEvent(EventType.DATASET_PUBLISHED, "budi", FILE, CONTENT, details));
  }

  private static void assertMessage(String expected, Runnable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertEquals(expected, e.getMessage());
  }
}
