package id.terbuka.web;

/**
 * An error page: 404 (also for what the caller may not see), 500, 503 (search down). The text comes
 * from the bundles by status; never an exception message or a stack trace.
 */
public record ErrorView(int status) {
  static View of(int status) {
    return new View(status, "error.jte", new ErrorView(status));
  }

  /** The message key prefix of this status: {@code error.404.title}, {@code error.404.text}. */
  public String key() {
    return "error." + (status == 404 || status == 503 ? status : 500);
  }
}
