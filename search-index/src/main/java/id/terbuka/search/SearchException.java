package id.terbuka.search;

/** Base of the search port's unchecked exceptions. Messages are safe to show to API clients. */
public class SearchException extends RuntimeException {
  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }
}
