package id.terbuka.audit.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches the gaps of a verified log with the removal records of its purge and retention removal
 * entries. A gap is bridged by a run of records where the first starts at the gap's first number
 * with the hash of the entry before the gap, each next one starts one after the previous one's end
 * with the previous one's last hash, and the last ends at the gap's last number with the hash the
 * entry after the gap names as its {@code prev_hash}. Records inside a bridged gap that the run
 * does not use (an older retention removal, a purge of entries later removed by retention) are
 * superseded, not false. Everything else is reported.
 */
final class GapBridges {

  /** Where breaks go. */
  interface BreakSink {
    void report(BreakKind kind, long seq, String message);
  }

  private static final Comparator<RemovalClaim> LONGEST_FIRST =
      Comparator.comparingLong((RemovalClaim c) -> c.removal().to()).reversed();

  private final List<RemovalClaim> claims;
  private final Map<Long, List<RemovalClaim>> claimsByStart = new HashMap<>();
  private final Set<RemovalClaim> accounted = Collections.newSetFromMap(new IdentityHashMap<>());
  private final BreakSink sink;

  GapBridges(List<RemovalClaim> claims, BreakSink sink) {
    this.claims = claims;
    this.sink = sink;
    for (RemovalClaim c : claims) {
      claimsByStart.computeIfAbsent(c.removal().from(), k -> new ArrayList<>()).add(c);
    }
    claimsByStart.values().forEach(list -> list.sort(LONGEST_FIRST));
  }

  /** The bridged gaps; the rest reported as missing entries, unused records as invalid. */
  List<RemovedRange> resolve(List<Gap> gaps) {
    List<RemovedRange> bridged = new ArrayList<>();
    for (Gap gap : gaps) {
      List<RemovalClaim> run =
          bridge(
              gap, gap.from(), gap.leftHash(), Collections.newSetFromMap(new IdentityHashMap<>()));
      if (run != null) {
        accounted.addAll(run);
        bridged.add(
            new RemovedRange(
                gap.from(), gap.to(), run.stream().map(RemovalClaim::entrySeq).toList()));
      } else {
        reportUnbridged(gap);
      }
    }
    for (RemovalClaim c : claims) {
      if (!accounted.contains(c) && !insideAny(c, bridged)) {
        boolean touchesGap = gaps.stream().anyMatch(g -> overlaps(c, g));
        sink.report(
            BreakKind.INVALID_REMOVAL,
            c.entrySeq(),
            c.describe()
                + (touchesGap
                    ? ", but its hashes do not match the entries around the gap"
                    : ", but they are in the log"));
      }
    }
    return bridged;
  }

  /** A run of records from {@code at} (after {@code hash}) to the gap's end, or null. */
  private List<RemovalClaim> bridge(Gap gap, long at, String hash, Set<RemovalClaim> tried) {
    if (at == gap.to() + 1) {
      boolean meets = gap.rightPrevHash() == null || gap.rightPrevHash().equals(hash);
      return meets ? new ArrayList<>() : null;
    }
    for (RemovalClaim c : claimsByStart.getOrDefault(at, List.of())) {
      if (fits(c, gap, hash) && tried.add(c)) {
        List<RemovalClaim> rest = bridge(gap, c.removal().to() + 1, c.removal().lastHash(), tried);
        if (rest != null) {
          rest.add(0, c);
          return rest;
        }
      }
    }
    return null;
  }

  /**
   * Says which part of an unbridged gap no record accounts for: records that chain from the gap's
   * left end account for the start; the rest is missing. A run that reaches the gap's end with the
   * wrong last hash does not account for its last record's entries.
   */
  private void reportUnbridged(Gap gap) {
    List<RemovalClaim> run = new ArrayList<>();
    long at = gap.from();
    String hash = gap.leftHash();
    RemovalClaim next;
    while (at <= gap.to() && (next = firstFitting(gap, at, hash)) != null) {
      run.add(next);
      at = next.removal().to() + 1;
      hash = next.removal().lastHash();
    }
    String because = " and no purge or retention removal accounts for them";
    if (at > gap.to()) {
      RemovalClaim last = run.remove(run.size() - 1);
      at = last.removal().from();
      because =
          ": the record of "
              + last.type().code()
              + " entry "
              + last.entrySeq()
              + " ends with hash "
              + last.removal().lastHash()
              + " but entry "
              + (gap.to() + 1)
              + " names "
              + gap.rightPrevHash();
    }
    accounted.addAll(run);
    sink.report(BreakKind.MISSING_ENTRIES, at, Gap.missing(at, gap.to()) + because);
  }

  private RemovalClaim firstFitting(Gap gap, long at, String hash) {
    for (RemovalClaim c : claimsByStart.getOrDefault(at, List.of())) {
      if (fits(c, gap, hash)) {
        return c;
      }
    }
    return null;
  }

  private static boolean fits(RemovalClaim c, Gap gap, String hash) {
    return c.removal().to() <= gap.to() && (hash == null || c.removal().prevHash().equals(hash));
  }

  private static boolean insideAny(RemovalClaim c, List<RemovedRange> ranges) {
    return ranges.stream()
        .anyMatch(r -> r.from() <= c.removal().from() && c.removal().to() <= r.to());
  }

  private static boolean overlaps(RemovalClaim c, Gap g) {
    return c.removal().from() <= g.to() && g.from() <= c.removal().to();
  }
}
