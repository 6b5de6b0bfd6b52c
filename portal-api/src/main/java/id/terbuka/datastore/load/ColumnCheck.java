package id.terbuka.datastore.load;

/**
 * Whether one more value leaves a column's inferred type as it is. Inference only ever rules types
 * out, so a type inferred from the first rows stays the full file's type exactly when every later
 * value passes the same test that kept it possible: strict numbers (no leading zero) in the
 * column's convention, int8-sized for integers, dates, timestamps, booleans. A column empty in the
 * sample admits no value (a value would decide its type); an overridden column admits what converts
 * to the override, as the full inspection would.
 */
@FunctionalInterface
public interface ColumnCheck {
  /**
   * The non-empty cell normalised for the column's type (as {@link ValueNormaliser#convert}), or
   * null when it would change the type: one parse serves both the check and the load.
   */
  String admit(String raw);
}
