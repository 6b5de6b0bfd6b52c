package id.terbuka.search;

/** The backend could not be reached or failed; the operation may succeed later. */
public class SearchUnavailableException extends SearchException {
  public SearchUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
