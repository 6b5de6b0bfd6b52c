package id.terbuka.audit.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Chains of entries for tests: varied events, a few details, tampering helpers. */
final class TestChains {

  static final Instant START = Instant.parse("2025-03-01T01:00:00.123456Z");

  private TestChains() {}

  /** A valid chain of {@code count} entries, 1 to count. */
  static List<LogEntry> chain(int count) {
    List<LogEntry> entries = new ArrayList<>(count);
    append(entries, count);
    return entries;
  }

  /** Appends {@code count} varied entries after the last of {@code entries}. */
  static void append(List<LogEntry> entries, int count) {
    for (int i = 0; i < count; i++) {
      entries.add(LogEntry.compute(head(entries), timeOf(entries.size()), event(entries.size())));
    }
  }

  /**
   * Appends a purge of {@code from}..{@code to}, taking those entries out of the list: the hashes
   * at the range's ends come from its first and last entries, as a purge service finds them.
   */
  static LogEntry purge(List<LogEntry> entries, long from, long to) {
    Removal removal =
        new Removal(from, to, bySeq(entries, from).prevHash(), bySeq(entries, to).hash());
    return removal(entries, EventType.PURGE, removal, "dataset purged on request");
  }

  /**
   * Appends a retention removal of 1..{@code to} (everything before entry to+1, which is kept): its
   * last hash is the previous hash of that first kept entry, known even when some removed entries
   * were purged before.
   */
  static LogEntry retention(List<LogEntry> entries, long to) {
    Removal removal = new Removal(1, to, Sha256.ZERO, bySeq(entries, to + 1).prevHash());
    return removal(entries, EventType.RETENTION_REMOVAL, removal, "older than 10 years");
  }

  private static LogEntry removal(
      List<LogEntry> entries, EventType type, Removal removal, String reason) {
    ChainHead head = head(entries);
    entries.removeIf(e -> e.seq() >= removal.from() && e.seq() <= removal.to());
    Subject subject = new Subject("dataset", "d-" + removal.from(), "apbd-" + removal.from());
    LogEntry entry =
        LogEntry.compute(
            head,
            timeOf((int) head.seq()),
            LogEvent.removal(type, "admin", subject, removal, reason));
    entries.add(entry);
    return entry;
  }

  static LogEntry bySeq(List<LogEntry> entries, long seq) {
    return entries.stream().filter(e -> e.seq() == seq).findFirst().orElseThrow();
  }

  static ChainHead head(List<LogEntry> entries) {
    return entries.isEmpty() ? ChainHead.EMPTY : entries.get(entries.size() - 1).head();
  }

  /** A copy of {@code e} with another actor and its stored hash kept: content altered. */
  static LogEntry alteredActor(LogEntry e, String actor) {
    return new LogEntry(
        e.seq(),
        e.time(),
        e.event(),
        actor,
        e.subject(),
        e.contentSha256(),
        e.details(),
        e.prevHash(),
        e.hash());
  }

  /** A copy of {@code e} with another prev_hash, its hash recomputed or not. */
  static LogEntry withPrevHash(LogEntry e, String prevHash, boolean rehash) {
    LogEntry changed =
        new LogEntry(
            e.seq(),
            e.time(),
            e.event(),
            e.actor(),
            e.subject(),
            e.contentSha256(),
            e.details(),
            prevHash,
            e.hash());
    return rehash ? changed.withHash(changed.recomputedHash()) : changed;
  }

  private static Instant timeOf(int index) {
    return START.plusSeconds(37L * index).plusNanos(1000L * (index % 1000));
  }

  private static LogEvent event(int index) {
    String hash =
        Sha256.hex(("content " + index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return switch (index % 6) {
      case 0 ->
          new LogEvent(
              EventType.DATASET_PUBLISHED, "budi", dataset(index), hash, Map.of("title", "APBD"));
      case 1 ->
          new LogEvent(
              EventType.RESOURCE_FILE_PUBLISHED,
              "siti.rahma",
              new Subject("resource", "r-" + index, "realisasi-2024.csv"),
              hash,
              Map.of("dataset", "apbd-2024", "format", "CSV", "size", Integer.toString(index)));
      case 2 ->
          new LogEvent(
              EventType.DATASET_VERSION_APPROVED, "walidata", dataset(index), hash, Map.of());
      case 3 ->
          new LogEvent(
              EventType.IMPORT_ACCEPTED,
              "system",
              new Subject("import", "i-" + index, "budget"),
              hash,
              Map.of("rows", "1200", "note", "Kecamatan Kapas — «données» \"quoted\"\t😀"));
      case 4 ->
          new LogEvent(
              EventType.RESOURCE_FILE_REPLACED,
              "budi",
              new Subject("resource", "r-" + index, "kontrak.json"),
              hash,
              Map.of("replaces_sha256", Sha256.ZERO));
      default ->
          new LogEvent(
              EventType.WITHDRAWAL,
              "walidata",
              dataset(index),
              null,
              Map.of("reason", "made private"));
    };
  }

  private static Subject dataset(int index) {
    return new Subject("dataset", "d-" + index, "data-" + index);
  }
}
