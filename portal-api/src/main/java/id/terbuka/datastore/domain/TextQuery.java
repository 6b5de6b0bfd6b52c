package id.terbuka.datastore.domain;

import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.Json;
import id.terbuka.shared.Values;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The full-text part of a DataStore request, as CKAN takes it: {@code q} is text searched across
 * the row, or an object of column to text; {@code language} names the PostgreSQL text search
 * configuration; {@code plain=false} lets {@code q} use tsquery syntax ({@code a & !b}).
 *
 * @param all text searched in the whole row, or null
 * @param byColumn column id to text, empty when {@code q} is plain text
 */
public record TextQuery(String all, Map<String, String> byColumn, String language, boolean plain) {
  /** CKAN's {@code language} default, here the language the portal's tables are in. */
  public static final String DEFAULT_LANGUAGE = "indonesian";

  /** Text search configurations a request may name; each ships with PostgreSQL 13 and later. */
  public static final Set<String> LANGUAGES = Set.of("indonesian", "english", "simple");

  public static final String LANGUAGE_LIST = "indonesian, english, simple";

  /** Null when the request has no {@code q}. */
  public static TextQuery parse(Map<String, Object> params, FieldErrors errors) {
    Object raw = SearchRequest.single(params.get("q"));
    String language = Values.text(params.get("language"));
    language = language == null ? DEFAULT_LANGUAGE : language.toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(language)) {
      errors.add("language", "Unsupported language; use one of: " + LANGUAGE_LIST);
    }
    boolean plain = true;
    try {
      plain = Values.bool(SearchRequest.single(params.get("plain")), true);
    } catch (IllegalArgumentException e) {
      errors.add("plain", "Value must be one of: True, False");
    }
    if (raw instanceof String s && s.strip().startsWith("{")) {
      try {
        raw = Json.parse(s);
      } catch (Json.MalformedJsonException e) {
        errors.add("q", "Invalid JSON object");
        return null;
      }
    }
    if (raw instanceof Map<?, ?> map) {
      Map<String, String> byColumn = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            String text = Values.text(v);
            if (v instanceof Map<?, ?> || v instanceof java.util.Collection<?>) {
              errors.add("q", "field \"" + k + "\": the search text must be a string");
            } else if (text != null) {
              byColumn.put(String.valueOf(k), text);
            }
          });
      return byColumn.isEmpty() ? null : new TextQuery(null, byColumn, language, plain);
    }
    String all = Values.text(raw);
    return all == null ? null : new TextQuery(all, Map.of(), language, plain);
  }

  /** The tsquery function for {@code plain}: words ANDed, or tsquery syntax. */
  public String tsqueryFunction() {
    return plain ? "plainto_tsquery" : "to_tsquery";
  }
}
