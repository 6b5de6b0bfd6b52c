package id.terbuka.datastore.domain;

import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.Values;
import java.util.Locale;

/** CKAN's {@code records_format}: how {@code datastore_search} writes {@code records}. */
public enum RecordsFormat {
  /** A list of objects keyed by column id (the default). */
  OBJECTS,
  /** A list of lists, in the order of {@code fields}. */
  LISTS,
  /** One string of CSV lines, no header. */
  CSV,
  /** One string of tab-separated lines, no header. */
  TSV;

  public static RecordsFormat parse(Object raw, FieldErrors errors) {
    String value = Values.text(raw);
    if (value == null) {
      return OBJECTS;
    }
    try {
      return valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add("records_format", "Value must be one of: objects, lists, csv, tsv");
      return OBJECTS;
    }
  }

  public String ckanName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
