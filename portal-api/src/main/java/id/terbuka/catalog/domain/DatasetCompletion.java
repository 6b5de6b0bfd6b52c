package id.terbuka.catalog.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code package_autocomplete}'s answer for one dataset found: which of its name and title matched
 * the text typed, and what to display.
 */
public final class DatasetCompletion {
  private DatasetCompletion() {}

  /** The text to match, trimmed and lower case; null when nothing is worth looking for. */
  public static String needle(String q) {
    return q == null || q.isBlank() ? null : q.trim().toLowerCase();
  }

  /**
   * The dict of one dataset found: the name wins when both match; an untitled dataset shows its
   * name.
   */
  public static Map<String, Object> entry(String name, String title, String needle) {
    String shown = title == null ? name : title;
    boolean byName = name.toLowerCase().contains(needle);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("title", shown);
    m.put("match_field", byName ? "name" : "title");
    m.put("match_displayed", byName ? name : shown);
    return m;
  }
}
