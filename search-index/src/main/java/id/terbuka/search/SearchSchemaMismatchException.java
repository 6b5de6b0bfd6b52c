package id.terbuka.search;

/** The running collection was created from another configset version than this code expects. */
public class SearchSchemaMismatchException extends SearchException {
  public SearchSchemaMismatchException(String message) {
    super(message, null);
  }
}
