package id.terbuka.audit.chain;

import static id.terbuka.audit.chain.TestChains.alteredActor;
import static id.terbuka.audit.chain.TestChains.bySeq;
import static id.terbuka.audit.chain.TestChains.chain;
import static id.terbuka.audit.chain.TestChains.purge;
import static id.terbuka.audit.chain.TestChains.retention;
import static id.terbuka.audit.chain.TestChains.withPrevHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  @Test
  void aThousandEntriesVerify() {
    List<LogEntry> entries = chain(1000);
    ChainReport report = verify(entries);
    assertTrue(report.ok(), () -> report.breaks().toString());
    assertEquals(1000, report.entriesRead());
    assertEquals(1000, report.headSeq());
    assertEquals(entries.get(999).hash(), report.headHash());
    assertEquals(List.of(), report.removals());
  }

  @Test
  void anEmptyLogVerifiesWithTheZeroHead() {
    ChainReport report = verify(List.of());
    assertTrue(report.ok());
    assertEquals(0, report.headSeq());
    assertEquals(Sha256.ZERO, report.headHash());
  }

  @Test
  void anAlteredEntryIsNamed() {
    List<LogEntry> entries = chain(1000);
    entries.set(499, alteredActor(entries.get(499), "someone-else"));
    assertBreaks(verify(entries), "altered_entry@500");
    assertTrue(verify(entries).breaks().get(0).message().startsWith("entry 500 was altered"));
  }

  @Test
  void anAlteredEntryWithItsHashRecomputedBreaksTheNextLink() {
    List<LogEntry> entries = chain(1000);
    LogEntry altered = alteredActor(entries.get(499), "someone-else");
    entries.set(499, altered.withHash(altered.recomputedHash()));
    assertBreaks(verify(entries), "broken_link@501");
  }

  @Test
  void aRemovedEntryIsAGap() {
    List<LogEntry> entries = chain(1000);
    entries.remove(499);
    ChainReport report = verify(entries);
    assertBreaks(report, "missing_entries@500");
    assertTrue(report.breaks().get(0).message().startsWith("entry 500 is missing"));
    entries.removeIf(e -> e.seq() >= 41 && e.seq() <= 43);
    assertEquals(
        "entries 41-43 are missing and no purge or retention removal accounts for them",
        verify(entries).breaks().get(0).message());
  }

  @Test
  void aReorderedPairIsOneBreak() {
    List<LogEntry> entries = chain(1000);
    Collections.swap(entries, 499, 500);
    ChainReport report = verify(entries);
    assertBreaks(report, "inserted_or_reordered@500");
    assertEquals("entry 500 comes after entry 501: out of order", report.breaks().get(0).message());
  }

  @Test
  void aDuplicatedEntryIsInserted() {
    List<LogEntry> entries = chain(100);
    entries.add(30, entries.get(29));
    assertBreaks(verify(entries), "inserted_or_reordered@30");
  }

  @Test
  void aChangedPrevHashIsSeen() {
    List<LogEntry> entries = chain(1000);
    String forged = "f".repeat(64);
    entries.set(699, withPrevHash(entries.get(699), forged, false));
    assertBreaks(verify(entries), "altered_entry@700", "broken_link@700");
    entries.set(699, withPrevHash(entries.get(699), forged, true));
    assertBreaks(verify(entries), "broken_link@700", "broken_link@701");
  }

  @Test
  void aPurgeBridgesTheEntriesItRemoved() {
    List<LogEntry> entries = chain(60);
    LogEntry purge = purge(entries, 41, 43);
    TestChains.append(entries, 20);
    ChainReport report = verify(entries);
    assertTrue(report.ok(), () -> report.breaks().toString());
    assertEquals(List.of(new RemovedRange(41, 43, List.of(purge.seq()))), report.removals());
    assertEquals(78, report.entriesRead());
    assertEquals(81, report.headSeq());
  }

  @Test
  void adjacentPurgesBridgeOneGapTogether() {
    List<LogEntry> entries = chain(60);
    LogEntry first = purge(entries, 41, 43);
    TestChains.append(entries, 5);
    LogEntry second = purge(entries, 44, 45);
    LogEntry third = purge(entries, 60, 60); // the entry just before the first purge
    ChainReport report = verify(entries);
    assertTrue(report.ok(), () -> report.breaks().toString());
    assertEquals(
        List.of(
            new RemovedRange(41, 45, List.of(first.seq(), second.seq())),
            new RemovedRange(60, 60, List.of(third.seq()))),
        report.removals());
  }

  @Test
  void retentionRemovalsSupersedeEachOtherAndOlderPurges() {
    List<LogEntry> entries = chain(80);
    purge(entries, 41, 43); // entry 81, itself removed below
    TestChains.append(entries, 10);
    LogEntry keptPurge = purge(entries, 85, 86); // entry 92, kept: names entries removed below
    LogEntry older = retention(entries, 60); // entry 93, kept: superseded by the next one
    TestChains.append(entries, 10);
    LogEntry newer = retention(entries, 86); // entry 104 removes 1-86 (81 and the purged 85-86)
    ChainReport report = verify(entries);
    assertTrue(report.ok(), () -> report.breaks().toString());
    assertEquals(List.of(new RemovedRange(1, 86, List.of(newer.seq()))), report.removals());
    assertEquals(93, older.seq());
    assertEquals(92, keptPurge.seq());
  }

  @Test
  void aPurgeWithTheWrongLastHashIsForged() {
    List<LogEntry> entries = chain(60);
    String h40 = bySeq(entries, 40).hash();
    entries.removeIf(e -> e.seq() >= 41 && e.seq() <= 43);
    appendPurge(entries, new Removal(41, 43, h40, "e".repeat(64)));
    ChainReport report = verify(entries);
    assertBreaks(report, "missing_entries@41", "invalid_removal@61");
    assertTrue(
        report.breaks().get(0).message().startsWith("entries 41-43 are missing: the record of"),
        report.breaks().get(0).message());
    assertEquals(
        "purge entry 61 says entries 41-43 were removed, but its hashes do not match the entries"
            + " around the gap",
        report.breaks().get(1).message());
  }

  @Test
  void aPurgeOfEntriesStillPresentIsForged() {
    List<LogEntry> entries = chain(60);
    appendPurge(entries, new Removal(41, 43, bySeq(entries, 40).hash(), bySeq(entries, 43).hash()));
    ChainReport report = verify(entries);
    assertBreaks(report, "invalid_removal@61");
    assertTrue(report.breaks().get(0).message().endsWith("but they are in the log"));
  }

  @Test
  void entriesRemovedBeyondWhatThePurgeSaysAreMissing() {
    List<LogEntry> entries = chain(60);
    purge(entries, 41, 43);
    entries.removeIf(e -> e.seq() == 44);
    assertBreaks(verify(entries), "missing_entries@44");
  }

  @Test
  void aMalformedRemovalRecordIsReported() {
    List<LogEntry> entries = chain(10);
    LogEntry last = entries.get(9);
    LogEntry unhashed =
        new LogEntry(
            11,
            "2025-04-01T00:00:00Z",
            EventType.PURGE,
            "admin",
            new Subject("dataset", "d-1", "x"),
            null,
            Map.of("removed_from", "4", "removed_to", "five"),
            last.hash(),
            Sha256.ZERO);
    LogEntry bad = unhashed.withHash(unhashed.recomputedHash());
    entries.add(bad);
    assertBreaks(verify(entries), "invalid_removal@11");
  }

  @Test
  void aSegmentVerifiesFromATrustedAnchor() {
    List<LogEntry> entries = chain(100);
    ChainVerifier verifier = ChainVerifier.startingAfter(entries.get(49).head());
    entries.subList(50, 100).forEach(verifier);
    ChainReport report = verifier.finish();
    assertTrue(report.ok(), () -> report.breaks().toString());
    assertEquals(50, report.entriesRead());
  }

  @Test
  void anUnreadableRowIsAnAlteredEntryAndTheChainGoesOn() {
    List<LogEntry> entries = chain(10);
    ChainVerifier verifier = new ChainVerifier();
    for (LogEntry e : entries) {
      if (e.seq() == 5) {
        verifier.unreadable(5, "time is not a valid instant");
      } else {
        verifier.accept(e);
      }
    }
    ChainReport report = verifier.finish();
    assertBreaks(report, "altered_entry@5");
    assertThrows(IllegalStateException.class, verifier::finish);
  }

  @Test
  void aMillionEntriesVerify() {
    List<LogEntry> entries = chain(1_000_000);
    long start = System.nanoTime();
    ChainReport report = verify(entries);
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(report.ok());
    assertEquals(1_000_000, report.entriesRead());
    System.out.printf(
        "audit chain: verified %,d entries in %.2f s (%,.0f entries/s)%n",
        report.entriesRead(), seconds, report.entriesRead() / seconds);
  }

  private static void appendPurge(List<LogEntry> entries, Removal removal) {
    entries.add(
        LogEntry.compute(
            TestChains.head(entries),
            Instant.parse("2025-04-01T00:00:00Z"),
            LogEvent.removal(
                EventType.PURGE, "admin", new Subject("dataset", "d-x", "x"), removal, "forged")));
  }

  private static ChainReport verify(List<LogEntry> entries) {
    return ChainVerifier.verify(new ArrayList<>(entries).iterator());
  }

  private static void assertBreaks(ChainReport report, String... expected) {
    List<String> actual =
        report.breaks().stream().map(b -> b.kind().code() + "@" + b.seq()).toList();
    assertEquals(List.of(expected), actual, () -> report.breaks().toString());
    assertEquals(expected.length, report.breakCount());
  }
}
