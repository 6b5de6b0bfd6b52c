package id.terbuka.audit.chain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an entry is about: its kind ({@code dataset}, {@code resource}, {@code import}, {@code log},
 * ...), its stable id and its name at the time of the event (names change, ids do not).
 *
 * @param kind lower-case letters and underscores
 * @param id not empty
 * @param name may be empty, never null
 */
public record Subject(String kind, String id, String name) {

  /** The members of the subject's JSON object. */
  public static final Set<String> MEMBERS = Set.of("kind", "id", "name");

  private static final Pattern KIND = Pattern.compile("[a-z][a-z_]{0,31}");

  public Subject {
    if (kind == null || !KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(
          "subject.kind must be 1-32 lower-case letters or underscores: " + kind);
    }
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("subject.id must not be empty");
    }
    if (name == null) {
      throw new IllegalArgumentException("subject.name must not be null (use \"\")");
    }
    Jcs.requireWellFormed(id, "subject.id");
    Jcs.requireWellFormed(name, "subject.name");
  }

  /** The subject as the log's JSON object. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind);
    json.put("id", id);
    json.put("name", name);
    return json;
  }
}
