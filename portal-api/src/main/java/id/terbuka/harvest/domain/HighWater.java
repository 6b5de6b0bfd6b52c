package id.terbuka.harvest.domain;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The incremental rule, as CKAN's harvester has it: ask the remote for datasets whose {@code
 * metadata_modified} is at or after the highest value seen by the last good run. Only the remote's
 * own timestamps are compared, so a clock difference between the portals cannot skip a change.
 *
 * <ul>
 *   <li>The filter is inclusive and cut to whole milliseconds (Solr keeps dates to the millisecond,
 *       CKAN writes microseconds): the datasets at the mark come again and are recognised as
 *       unchanged by their content hash, none is missed.
 *   <li>The mark moves only after a run that read every page. When some dataset failed, it moves no
 *       further than the earliest failed one, so the next run tries it again.
 * </ul>
 */
public final class HighWater {
  private static final java.time.format.DateTimeFormatter MILLIS =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  private HighWater() {}

  /** A CKAN timestamp ({@code 2026-12-04T03:26:22.123456}, maybe with {@code Z}), or empty. */
  public static Optional<LocalDateTime> parse(String ckan) {
    if (ckan == null || ckan.isBlank()) {
      return Optional.empty();
    }
    String t = ckan.strip();
    if (t.endsWith("Z")) {
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("+00:00")) {
      t = t.substring(0, t.length() - 6);
    }
    try {
      return Optional.of(LocalDateTime.parse(t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The {@code fq} of an incremental run from the stored mark; empty for a full run. */
  public static Optional<String> filter(String mark) {
    return parse(mark).map(t -> "metadata_modified:[" + MILLIS.format(t) + "Z TO *]");
  }

  /**
   * The mark after a run that read every page: the latest modification seen, or the earliest failed
   * one when something failed; the old mark when nothing newer was seen.
   */
  public static String next(String old, String latestSeen, String earliestFailed) {
    String candidate = earliestFailed != null ? earliestFailed : latestSeen;
    if (candidate == null || parse(candidate).isEmpty()) {
      return old;
    }
    if (earliestFailed == null && parse(old).isPresent()) {
      return later(old, candidate);
    }
    return candidate;
  }

  /** The later of two CKAN timestamps (unparseable ones lose). */
  public static String later(String a, String b) {
    Optional<LocalDateTime> x = parse(a);
    Optional<LocalDateTime> y = parse(b);
    if (x.isEmpty()) {
      return y.isPresent() ? b : null;
    }
    if (y.isEmpty()) {
      return a;
    }
    return y.get().isAfter(x.get()) ? b : a;
  }

  /** The earlier of two CKAN timestamps (unparseable ones lose). */
  public static String earlier(String a, String b) {
    Optional<LocalDateTime> x = parse(a);
    Optional<LocalDateTime> y = parse(b);
    if (x.isEmpty()) {
      return y.isPresent() ? b : null;
    }
    if (y.isEmpty()) {
      return a;
    }
    return y.get().isBefore(x.get()) ? b : a;
  }
}
