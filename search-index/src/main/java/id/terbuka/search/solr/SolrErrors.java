package id.terbuka.search.solr;

import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.SearchException;
import id.terbuka.search.SearchUnavailableException;
import java.util.regex.Pattern;
import org.apache.solr.common.SolrException;

/**
 * Translates SolrJ failures into the port's exceptions, with short messages that are safe to show
 * to API clients (no URLs with credentials, no stack traces).
 */
final class SolrErrors {

  /** SolrJ prefixes remote errors with "Error from server at http://...: ". */
  private static final Pattern SERVER_PREFIX = Pattern.compile("^Error from server at \\S+?: ");

  private SolrErrors() {}

  /** A failure while reading (search, count, scan). 400 means the query itself is wrong. */
  static SearchException onRead(String collection, Exception e) {
    if (e instanceof SolrException solr && solr.code() == 400) {
      return new InvalidSearchQueryException(solrMessage(solr));
    }
    return unavailable(collection, e);
  }

  /** A failure while writing. 400 means the documents do not fit the schema. */
  static SearchException onWrite(String collection, Exception e) {
    if (e instanceof SolrException solr && solr.code() == 400) {
      return new SearchException("Solr rejected the change: " + solrMessage(solr), e);
    }
    return unavailable(collection, e);
  }

  /** Anything else: the backend is down, missing or broken. */
  static SearchUnavailableException unavailable(String collection, Exception e) {
    if (e instanceof SolrException solr) {
      if (solr.code() == 404) {
        return new SearchUnavailableException(
            "Solr collection '" + collection + "' was not found", e);
      }
      if (solr.code() == 503) {
        // E.g. "SolrCore is loading"; SolrJ wraps Solr's JSON answer in a message about mime
        // types that says nothing useful to a reader.
        return new SearchUnavailableException(
            "Solr collection '" + collection + "' is not available yet (HTTP 503)", e);
      }
      return new SearchUnavailableException(
          "Solr failed (HTTP " + solr.code() + "): " + solrMessage(solr), e);
    }
    return new SearchUnavailableException("Solr is not reachable: " + rootMessage(e), e);
  }

  /** Solr's own message, first line only, without SolrJ's server prefix. */
  static String solrMessage(SolrException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    message = SERVER_PREFIX.matcher(message).replaceFirst("");
    int newline = message.indexOf('\n');
    return (newline >= 0 ? message.substring(0, newline) : message).strip();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String kind = root.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + " (" + firstLine(message) + ")";
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline >= 0 ? message.substring(0, newline) : message;
    return line.length() > 200 ? line.substring(0, 200) : line;
  }
}
