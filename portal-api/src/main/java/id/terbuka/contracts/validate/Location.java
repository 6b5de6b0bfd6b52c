package id.terbuka.contracts.validate;

/**
 * Where a value sits in the document being checked, as a chain of field names and array indexes.
 * The walk creates one per value it visits; the text forms are built only for values that have an
 * issue.
 */
final class Location {

  static final Location ROOT = new Location(null, null, -1);

  private final Location parent;
  private final String name;
  private final int index;

  private Location(Location parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  Location field(String fieldName) {
    return new Location(this, fieldName, -1);
  }

  Location index(int arrayIndex) {
    return new Location(this, null, arrayIndex);
  }

  /** JSON Pointer (RFC 6901): {@code /releases/0/tender/title}, {@code ""} for the root. */
  String pointer() {
    if (parent == null) {
      return "";
    }
    String step = name == null ? Integer.toString(index) : escape(name);
    return parent.pointer() + "/" + step;
  }

  /** Field names only, without array indexes or a leading slash: {@code releases/tender/title}. */
  String pattern() {
    if (parent == null) {
      return "";
    }
    String above = parent.pattern();
    if (name == null) {
      return above;
    }
    return above.isEmpty() ? name : above + "/" + name;
  }

  /** The field name of this location, or null for an array element or the root. */
  String name() {
    return name;
  }

  /** The name of the nearest field above this location (the array's name for an element). */
  String nearestName() {
    Location at = this;
    while (at != null && at.name == null) {
      at = at.parent;
    }
    return at == null ? "" : at.name;
  }

  static String escape(String fieldName) {
    if (fieldName.indexOf('~') < 0 && fieldName.indexOf('/') < 0) {
      return fieldName;
    }
    return fieldName.replace("~", "~0").replace("/", "~1");
  }
}
