package id.terbuka.contracts.merge;

/** Builds the message for a field whose value changes kind between releases. */
final class MergeConflict {

  private MergeConflict() {}

  /**
   * An {@link IllegalArgumentException} saying that the field at {@code path} has one kind of value
   * in {@code release} and another in an earlier release (an object where a number was, say): the
   * merge routine has no rule for that, so the record cannot be compiled.
   */
  static IllegalArgumentException of(
      FieldPath path, DatedRelease release, FieldKind now, FieldKind before) {
    return new IllegalArgumentException(
        "cannot merge "
            + path
            + ": "
            + ReleaseOrder.describe(release.release(), release.position())
            + " has "
            + describe(now)
            + " where an earlier release has "
            + describe(before));
  }

  private static String describe(FieldKind kind) {
    return switch (kind) {
      case OBJECT -> "an object";
      case ID_ARRAY -> "an array of objects";
      default -> "a single value (or a list replaced whole)";
    };
  }
}
