package id.terbuka.web;

/**
 * An error page: 400 (input refused at the edge, naming the field), 404 (also for what the caller
 * may not see), 500, 503 (search down). The text comes from the bundles by status; never an
 * exception message or a stack trace.
 *
 * @param field the refused parameter of a 400, shown so the reader can find it; else null
 */
public record ErrorView(int status, String field) {
  public ErrorView(int status) {
    this(status, null);
  }

  static View of(int status) {
    return new View(status, "error.jte", new ErrorView(status));
  }

  /** The page for a request refused at the edge because of {@code field}. */
  public static View badRequest(String field) {
    return new View(400, "error.jte", new ErrorView(400, field));
  }

  /** The message key prefix of this status: {@code error.404.title}, {@code error.404.text}. */
  public String key() {
    return "error." + (status == 400 || status == 404 || status == 503 ? status : 500);
  }
}
