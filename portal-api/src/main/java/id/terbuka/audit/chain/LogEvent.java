package id.terbuka.audit.chain;

import java.util.Map;
import java.util.TreeMap;

/**
 * What happened, before it gets its place in the chain: the event, who did it, what it is about,
 * the hash of the content it published and a few details (strings only).
 *
 * @param type the event
 * @param actor the user name, or {@code system}
 * @param subject what the event is about
 * @param contentSha256 the SHA-256 of the published content; null only if the type publishes none
 * @param details small string-to-string map, names {@code [a-z][a-z0-9_]*}
 */
public record LogEvent(
    EventType type,
    String actor,
    Subject subject,
    String contentSha256,
    Map<String, String> details) {

  public LogEvent {
    details = details == null ? Map.of() : details;
    if (type != null && !type.mayRemoveEntries()) {
      for (String name : details.keySet()) {
        if (name != null && name.startsWith("removed_")) {
          throw new IllegalArgumentException(
              "details." + name + " is reserved for purges and retention removals");
        }
      }
    }
  }

  /**
   * A purge or retention removal that took entries {@code removal.from()}..{@code removal.to()} out
   * of the log: its details carry the removal record (and {@code reason}), so that verifiers bridge
   * the gap instead of reporting it.
   */
  public static LogEvent removal(
      EventType type, String actor, Subject subject, Removal removal, String reason) {
    if (!type.mayRemoveEntries()) {
      throw new IllegalArgumentException(type.code() + " does not remove entries");
    }
    removal.checkFitsEvent(type);
    Map<String, String> details = new TreeMap<>(removal.toDetails());
    details.put("reason", reason == null ? "" : reason);
    return new LogEvent(type, actor, subject, null, details);
  }
}
