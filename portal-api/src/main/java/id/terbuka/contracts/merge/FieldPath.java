package id.terbuka.contracts.merge;

/**
 * Where in a release the merge is, as a JSON Pointer once printed ({@code /awards/0/value}); built
 * one step per object or array entered, so a conflict message can say exactly where it happened.
 */
record FieldPath(FieldPath parent, String segment) {

  static final FieldPath ROOT = new FieldPath(null, null);

  FieldPath child(String name) {
    return new FieldPath(this, name);
  }

  FieldPath child(int index) {
    return new FieldPath(this, Integer.toString(index));
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    String escaped = segment.replace("~", "~0").replace("/", "~1");
    return parent + "/" + escaped;
  }
}
