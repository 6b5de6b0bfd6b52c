package id.terbuka.audit.chain;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The record a {@code purge} or {@code retention_removal} entry keeps of the entries it took out of
 * the log: their range and the two hashes at its ends. With it a verifier bridges the gap: the
 * entry before the range must have the hash {@code prevHash}, and the entry after it must name
 * {@code lastHash} as its previous hash. Anyone holding an older copy of the log can also check
 * that the removed entries were the ones they saw (entry {@code to} had hash {@code lastHash}).
 *
 * <p>A retention removal always removes from entry 1 up to {@code to}, everything older included
 * (so it supersedes earlier ones); its {@code prevHash} is therefore 64 zeros. A purge removes one
 * contiguous run; a purge that removes several separate runs writes one entry per run.
 *
 * @param from the first removed sequence number
 * @param to the last removed sequence number, at least {@code from}
 * @param prevHash the previous hash of entry {@code from} (hash of entry from-1, or 64 zeros)
 * @param lastHash the hash of entry {@code to}
 */
public record Removal(long from, long to, String prevHash, String lastHash) {

  static final String FROM = "removed_from";
  static final String TO = "removed_to";
  static final String PREV_HASH = "removed_prev_hash";
  static final String LAST_HASH = "removed_last_hash";

  private static final Pattern DECIMAL = Pattern.compile("[1-9][0-9]{0,15}");

  public Removal {
    if (from < 1 || to < from || to >= LogEntry.MAX_SEQ) {
      throw new IllegalArgumentException("removed range " + from + "-" + to + " is not a range");
    }
    Sha256.require(prevHash, PREV_HASH);
    Sha256.require(lastHash, LAST_HASH);
  }

  /** The four details members that carry this record (numbers as decimal strings). */
  public Map<String, String> toDetails() {
    return Map.of(
        FROM, Long.toString(from), TO, Long.toString(to), PREV_HASH, prevHash, LAST_HASH, lastHash);
  }

  /** "entries 41-43" or "entry 41". */
  public String describe() {
    return from == to ? "entry " + from : "entries " + from + "-" + to;
  }

  /**
   * The removal {@code entry} records: empty when it records none (any event but a purge or
   * retention removal, or one without {@code removed_*} details). Refused when the record is
   * incomplete, malformed, does not lie before the entry itself, or is a retention removal not
   * starting at entry 1.
   */
  public static Optional<Removal> of(LogEntry entry) {
    Map<String, String> d = entry.details();
    boolean any =
        d.containsKey(FROM)
            || d.containsKey(TO)
            || d.containsKey(PREV_HASH)
            || d.containsKey(LAST_HASH);
    if (!entry.event().mayRemoveEntries() || !any) {
      return Optional.empty();
    }
    Removal removal =
        new Removal(
            number(d.get(FROM), FROM), number(d.get(TO), TO), d.get(PREV_HASH), d.get(LAST_HASH));
    if (removal.to >= entry.seq()) {
      throw new IllegalArgumentException(
          "it names " + removal.describe() + ", which is not before the entry itself");
    }
    removal.checkFitsEvent(entry.event());
    return Optional.of(removal);
  }

  void checkFitsEvent(EventType type) {
    if (type == EventType.RETENTION_REMOVAL && (from != 1 || !prevHash.equals(Sha256.ZERO))) {
      throw new IllegalArgumentException(
          "a retention removal removes from entry 1 (previous hash 64 zeros), not from " + from);
    }
  }

  private static long number(String text, String field) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException(field + " must be a decimal sequence number: " + text);
    }
    return Long.parseLong(text);
  }
}
