package id.terbuka.search;

/** The query, a filter or the sort is not valid (syntax, unknown field, local params). */
public class InvalidSearchQueryException extends SearchException {
  public InvalidSearchQueryException(String message) {
    super(message, null);
  }
}
