package id.terbuka.audit.chain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Verifies the publication log's hash chain from entries given one at a time in sequence order, so
 * that a log of millions of entries is checked in constant memory (only gaps and removal records
 * are kept until the end).
 *
 * <p>For each entry: the hash is recomputed ({@code altered_entry} if it differs from the stored
 * one); the sequence number must follow the previous one ({@code inserted_or_reordered} if it does
 * not increase; a gap is kept aside if it skips); {@code prev_hash} must be the previous entry's
 * stored hash ({@code broken_link}). Links use the stored hashes, so an entry changed without its
 * hash being updated shows as one altered entry, and one whose hash was updated too also breaks the
 * next link. At the end, each gap is bridged by the removal records of purge and retention removal
 * entries ({@link Removal}); a gap no record bridges is {@code missing_entries}, a record that
 * bridges nothing is {@code invalid_removal}. The rules are those of {@code docs/audit-log.md}.
 *
 * <p>Use: {@code accept} each entry (or {@code unreadable} for a row that is no entry), then {@code
 * finish} once; or {@link #verify(Iterator)}.
 */
public final class ChainVerifier implements Consumer<LogEntry> {

  /** Breaks listed in the report; more are counted only. */
  public static final int MAX_LISTED_BREAKS = 1000;

  private final long anchorSeq;
  private final List<ChainBreak> breaks = new ArrayList<>();
  private final TreeMap<Long, Gap> gaps = new TreeMap<>();
  private final List<RemovalClaim> claims = new ArrayList<>();
  private long breakCount;
  private long entriesRead;
  private long lastSeq;
  private String lastHash;
  private boolean finished;

  /** A verifier of a whole log, from entry 1. */
  public ChainVerifier() {
    this(ChainHead.EMPTY);
  }

  private ChainVerifier(ChainHead anchor) {
    this.anchorSeq = anchor.seq();
    this.lastSeq = anchor.seq();
    this.lastHash = anchor.hash();
  }

  /**
   * A verifier of the entries after {@code anchor}, an entry the caller already trusts (from an
   * earlier verification or a published copy of the head).
   */
  public static ChainVerifier startingAfter(ChainHead anchor) {
    return new ChainVerifier(anchor);
  }

  /** Verifies every entry of {@code entries}, in the order given. */
  public static ChainReport verify(Iterator<LogEntry> entries) {
    ChainVerifier verifier = new ChainVerifier();
    entries.forEachRemaining(verifier);
    return verifier.finish();
  }

  /** Checks the next entry. */
  @Override
  public void accept(LogEntry entry) {
    checkOpen();
    entriesRead++;
    long seq = entry.seq();
    String recomputed = entry.recomputedHash();
    if (!recomputed.equals(entry.hash())) {
      report(
          BreakKind.ALTERED_ENTRY,
          seq,
          "entry "
              + seq
              + " was altered: its stored hash is "
              + entry.hash()
              + " but its content hashes to "
              + recomputed);
    }
    if (seq <= lastSeq) {
      outOfOrder(entry);
      return;
    }
    link(seq, entry.prevHash());
    recordRemoval(entry);
    lastSeq = seq;
    lastHash = entry.hash();
  }

  /**
   * Counts a stored row that could not be read as an entry (a malformed member, say) as an altered
   * entry; the link to the next entry then cannot be checked.
   */
  public void unreadable(long seq, String reason) {
    checkOpen();
    entriesRead++;
    report(BreakKind.ALTERED_ENTRY, seq, "entry " + seq + " cannot be read: " + reason);
    if (seq > lastSeq) {
      if (seq > lastSeq + 1) {
        gaps.put(lastSeq + 1, new Gap(lastSeq + 1, seq - 1, lastHash, null));
      }
      lastSeq = seq;
      lastHash = null;
    }
  }

  /**
   * Counts a row whose sequence number cannot be read either: it stands where the entry after the
   * last one read would.
   */
  public void unreadable(String reason) {
    unreadable(lastSeq + 1, reason);
  }

  /** Resolves the gaps against the removal records and reports; call once, after the last entry. */
  public ChainReport finish() {
    checkOpen();
    finished = true;
    List<RemovalClaim> relevant =
        claims.stream().filter(c -> c.removal().to() > anchorSeq).toList();
    List<RemovedRange> removals =
        new GapBridges(relevant, this::report).resolve(new ArrayList<>(gaps.values()));
    List<ChainBreak> sorted = new ArrayList<>(breaks);
    sorted.sort(Comparator.comparingLong(ChainBreak::seq));
    return new ChainReport(entriesRead, lastSeq, lastHash, sorted, breakCount, removals);
  }

  private void link(long seq, String prevHash) {
    if (seq > lastSeq + 1) {
      gaps.put(lastSeq + 1, new Gap(lastSeq + 1, seq - 1, lastHash, prevHash));
    } else if (lastHash != null && !lastHash.equals(prevHash)) {
      report(
          BreakKind.BROKEN_LINK,
          seq,
          "entry "
              + seq
              + "'s prev_hash "
              + prevHash
              + " is not the hash of entry "
              + lastSeq
              + " ("
              + lastHash
              + ")");
    }
  }

  /** An entry at or below the last sequence number: misplaced if it fills a gap, else extra. */
  private void outOfOrder(LogEntry entry) {
    long seq = entry.seq();
    Map.Entry<Long, Gap> floor = gaps.floorEntry(seq);
    if (floor == null || floor.getValue().to() < seq) {
      report(
          BreakKind.INSERTED_OR_REORDERED,
          seq,
          "entry "
              + seq
              + " comes after entry "
              + lastSeq
              + ": a second entry with this number, or one out of order");
      return;
    }
    Gap gap = gaps.remove(floor.getKey());
    fillGapEnd(gap.from() == seq, gap.leftHash(), entry.prevHash(), seq);
    fillGapEnd(gap.to() == seq, entry.hash(), gap.rightPrevHash(), seq + 1);
    if (gap.from() < seq) {
      gaps.put(gap.from(), new Gap(gap.from(), seq - 1, gap.leftHash(), entry.prevHash()));
    }
    if (seq < gap.to()) {
      gaps.put(seq + 1, new Gap(seq + 1, gap.to(), entry.hash(), gap.rightPrevHash()));
    }
    report(
        BreakKind.INSERTED_OR_REORDERED,
        seq,
        "entry " + seq + " comes after entry " + lastSeq + ": out of order");
  }

  /** Where a misplaced entry meets its neighbour, the link between them is checked too. */
  private void fillGapEnd(boolean adjacent, String hash, String nextPrevHash, long nextSeq) {
    if (adjacent && hash != null && nextPrevHash != null && !hash.equals(nextPrevHash)) {
      report(
          BreakKind.BROKEN_LINK,
          nextSeq,
          "entry "
              + nextSeq
              + "'s prev_hash "
              + nextPrevHash
              + " is not the hash of entry "
              + (nextSeq - 1)
              + " ("
              + hash
              + ")");
    }
  }

  private void recordRemoval(LogEntry entry) {
    if (!entry.event().mayRemoveEntries()) {
      return;
    }
    try {
      Removal.of(entry).ifPresent(r -> claims.add(new RemovalClaim(entry.seq(), entry.event(), r)));
    } catch (IllegalArgumentException e) {
      report(
          BreakKind.INVALID_REMOVAL,
          entry.seq(),
          entry.event().code()
              + " entry "
              + entry.seq()
              + " has a malformed removal record: "
              + e.getMessage());
    }
  }

  private void report(BreakKind kind, long seq, String message) {
    breakCount++;
    if (breaks.size() < MAX_LISTED_BREAKS) {
      breaks.add(new ChainBreak(kind, seq, message));
    }
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("this verifier has finished; start a new one");
    }
  }
}
