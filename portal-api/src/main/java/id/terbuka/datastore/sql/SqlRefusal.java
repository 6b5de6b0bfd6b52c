package id.terbuka.datastore.sql;

import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;

/**
 * Why a query is refused before (or instead of) running it: either not a query this action runs
 * (CKAN's Validation Error on {@code query}) or something the caller may not touch (Authorization
 * Error). Pure, so the checks can be tested without a database.
 */
public final class SqlRefusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean denied;

  private SqlRefusal(String message, boolean denied) {
    super(message, null, false, false);
    this.denied = denied;
  }

  static SqlRefusal invalid(String message) {
    return new SqlRefusal(message, false);
  }

  static SqlRefusal denied(String message) {
    return new SqlRefusal(message, true);
  }

  boolean denied() {
    return denied;
  }

  /** The exception the CKAN layer turns into its error envelope. */
  public RuntimeException toApiError() {
    return denied
        ? new AccessDeniedException(getMessage())
        : InvalidInputException.of("query", getMessage());
  }
}
