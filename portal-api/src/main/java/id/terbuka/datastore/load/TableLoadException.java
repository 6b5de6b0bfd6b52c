package id.terbuka.datastore.load;

import java.util.List;

/**
 * A file that cannot be loaded, with the problems found (at most {@link ErrorLog#LIMIT}) and how
 * many there were in all, so that {@code datastore_error} can say "and 2,345 more".
 */
public class TableLoadException extends RuntimeException {
  private final transient List<LoadError> errors;
  private final long total;

  public TableLoadException(List<LoadError> errors, long total) {
    super(describe(errors, total));
    this.errors = List.copyOf(errors);
    this.total = total;
  }

  static TableLoadException of(long row, String column, String reason) {
    return new TableLoadException(List.of(new LoadError(row, column, reason)), 1);
  }

  /** The problems reported, in row order. */
  public List<LoadError> errors() {
    return errors;
  }

  /** How many problems there were, including those not listed. */
  public long total() {
    return total;
  }

  private static String describe(List<LoadError> errors, long total) {
    StringBuilder text = new StringBuilder();
    for (LoadError e : errors) {
      text.append(text.length() == 0 ? "" : "; ").append(e);
    }
    if (total > errors.size()) {
      text.append(String.format("; and %,d more", total - errors.size()));
    }
    return text.toString();
  }
}
