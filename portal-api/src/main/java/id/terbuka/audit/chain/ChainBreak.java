package id.terbuka.audit.chain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One break found by {@link ChainVerifier}.
 *
 * @param kind what kind of break
 * @param seq the entry where it shows (for missing entries: the first missing one)
 * @param message a sentence for people, e.g. "entries 41-43 are missing"
 */
public record ChainBreak(BreakKind kind, long seq, String message) {

  /** The break as a JSON object for reports. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind.code());
    json.put("seq", seq);
    json.put("message", message);
    return json;
  }
}
