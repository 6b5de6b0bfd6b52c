package id.terbuka.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document to index: field name to value. Values are {@link String}, {@link Number} (a {@link
 * java.math.BigDecimal} goes to the index as its exact decimal text), {@link Boolean}, {@link
 * java.time.Instant}, or a {@link java.util.Collection} of those for multi-valued fields. Must
 * contain {@code id} and {@code index_version} (a number that grows with every change of the source
 * record, used to detect stale entries).
 */
public final class SearchDocument {
  private final Map<String, Object> fields;

  public SearchDocument(Map<String, Object> fields) {
    Objects.requireNonNull(fields.get("id"), "id");
    Objects.requireNonNull(fields.get("index_version"), "index_version");
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public String id() {
    return fields.get("id").toString();
  }

  public Map<String, Object> fields() {
    return fields;
  }
}
