package id.terbuka.audit.chain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One entry of the append-only publication log. Its {@code hash} is the SHA-256 (lower-case hex) of
 * the RFC 8785 form of the entry's JSON object without the {@code hash} member, {@code prev_hash}
 * included; the first entry's {@code prev_hash} is 64 zeros ({@code docs/audit-log.md}).
 *
 * <p>The format keeps to what every JSON library writes the same way: the only number is {@code
 * seq} (a safe integer), every other value is a string or null, and {@code details} names are
 * lower-case ASCII. That is why {@code json.dumps(obj, sort_keys=True, separators=(",", ":"),
 * ensure_ascii=False)} in Python gives exactly the RFC 8785 bytes for an entry.
 *
 * @param seq 1, 2, 3, ... (at most 2^53 - 1)
 * @param time RFC 3339 UTC to at most microseconds, {@code 2025-03-01T08:15:00.123456Z}
 * @param event what happened
 * @param actor a user name or {@code system}
 * @param subject what it happened to
 * @param contentSha256 the SHA-256 of the content published; null only for events without content
 * @param details at most 32 string members with names {@code [a-z][a-z0-9_]*} (kept as an
 *     unmodifiable copy sorted by name)
 * @param prevHash the previous entry's hash, or 64 zeros for entry 1
 * @param hash this entry's hash
 */
public record LogEntry(
    long seq,
    String time,
    EventType event,
    String actor,
    Subject subject,
    String contentSha256,
    Map<String, String> details,
    String prevHash,
    String hash) {

  /** One past the largest sequence number: 2^53, beyond which a double loses integers. */
  static final long MAX_SEQ = 1L << 53;

  /** The members of an entry's JSON object, in the order {@link #toJson()} gives them. */
  public static final Set<String> MEMBERS =
      Set.of(
          "seq",
          "time",
          "event",
          "actor",
          "subject",
          "content_sha256",
          "details",
          "prev_hash",
          "hash");

  private static final Pattern TIME =
      Pattern.compile(
          "[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]"
              + "(\\.[0-9]{1,6})?Z");
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern DETAIL_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final int MAX_DETAILS = 32;
  private static final int MAX_TEXT = 1000;

  public LogEntry {
    if (seq < 1 || seq >= MAX_SEQ) {
      throw new IllegalArgumentException("seq must be from 1 to 2^53-1: " + seq);
    }
    checkTime(time);
    if (event == null || subject == null) {
      throw new IllegalArgumentException("event and subject are required");
    }
    if (actor == null || actor.isEmpty() || actor.length() > MAX_TEXT) {
      throw new IllegalArgumentException("actor must be 1-" + MAX_TEXT + " characters");
    }
    Jcs.requireWellFormed(actor, "actor");
    if (contentSha256 != null || event.publishesContent()) {
      Sha256.require(contentSha256, "content_sha256 of a " + event.code() + " entry");
    }
    details = checkedDetails(details);
    Sha256.require(prevHash, "prev_hash");
    Sha256.require(hash, "hash");
  }

  /**
   * The entry that follows {@code previous}: sequence number one more, {@code prev_hash} the
   * previous hash, the time cut to microseconds, and its hash computed.
   */
  public static LogEntry compute(ChainHead previous, Instant time, LogEvent what) {
    String timeText = MICROS.format(time.truncatedTo(ChronoUnit.MICROS));
    LogEntry unhashed =
        new LogEntry(
            previous.seq() + 1,
            timeText,
            what.type(),
            what.actor(),
            what.subject(),
            what.contentSha256(),
            what.details(),
            previous.hash(),
            Sha256.ZERO);
    Removal.of(unhashed); // a removal record this entry carries must be well-formed
    return unhashed.withHash(unhashed.recomputedHash());
  }

  /**
   * The entry a JSON object stands for (as {@link #toJson()} writes it, e.g. one line of the log
   * export, parsed). Every member is required, none other is allowed; refused with a message naming
   * the member.
   */
  public static LogEntry fromJson(Map<String, ?> json) {
    for (String name : json.keySet()) {
      if (!MEMBERS.contains(name)) {
        throw new IllegalArgumentException("unknown member: " + name);
      }
    }
    for (String name : MEMBERS) {
      if (!json.containsKey(name)) {
        throw new IllegalArgumentException("missing member: " + name);
      }
    }
    Map<?, ?> subject = JsonMembers.object(json, "subject");
    if (!subject.keySet().equals(Subject.MEMBERS)) {
      throw new IllegalArgumentException("subject must have exactly the members kind, id, name");
    }
    return new LogEntry(
        JsonMembers.integer(json, "seq"),
        JsonMembers.text(json, "time"),
        EventType.fromCode(JsonMembers.text(json, "event")),
        JsonMembers.text(json, "actor"),
        new Subject(
            JsonMembers.text(subject, "kind"),
            JsonMembers.text(subject, "id"),
            JsonMembers.text(subject, "name")),
        JsonMembers.textOrNull(json, "content_sha256"),
        JsonMembers.strings(json, "details"),
        JsonMembers.text(json, "prev_hash"),
        JsonMembers.text(json, "hash"));
  }

  /** The entry as the API and the export show it: an ordered JSON object, {@code hash} last. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = withoutHash();
    json.put("hash", hash);
    return json;
  }

  /** The bytes the hash is computed over: RFC 8785 of {@link #toJson()} without {@code hash}. */
  public byte[] hashInput() {
    return Jcs.bytes(withoutHash());
  }

  /** SHA-256 of {@link #hashInput()}: equal to {@link #hash()} unless the entry was altered. */
  public String recomputedHash() {
    return Sha256.hex(hashInput());
  }

  /** This entry as the head of the chain, for appending the next one. */
  public ChainHead head() {
    return new ChainHead(seq, hash);
  }

  /** A copy with another {@code hash} (for tests that tamper, and for {@link #compute}). */
  public LogEntry withHash(String newHash) {
    return new LogEntry(
        seq, time, event, actor, subject, contentSha256, details, prevHash, newHash);
  }

  private Map<String, Object> withoutHash() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("seq", seq);
    json.put("time", time);
    json.put("event", event.code());
    json.put("actor", actor);
    json.put("subject", subject.toJson());
    json.put("content_sha256", contentSha256);
    json.put("details", details);
    json.put("prev_hash", prevHash);
    return json;
  }

  private static void checkTime(String time) {
    if (time == null || !TIME.matcher(time).matches()) {
      throw new IllegalArgumentException("time must be RFC 3339 UTC (…T…Z): " + time);
    }
    try {
      Instant.parse(time);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("time is not a valid instant: " + time);
    }
  }

  private static Map<String, String> checkedDetails(Map<String, String> details) {
    if (details == null) {
      return Collections.emptySortedMap();
    }
    if (details.size() > MAX_DETAILS) {
      throw new IllegalArgumentException("details has more than " + MAX_DETAILS + " members");
    }
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : details.entrySet()) {
      if (e.getKey() == null || !DETAIL_NAME.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "details names must be lower-case ASCII ([a-z][a-z0-9_]*): " + e.getKey());
      }
      if (e.getValue() == null || e.getValue().length() > MAX_TEXT) {
        throw new IllegalArgumentException(
            "details." + e.getKey() + " must be a string of at most " + MAX_TEXT + " characters");
      }
      Jcs.requireWellFormed(e.getValue(), "details." + e.getKey());
      copy.put(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
