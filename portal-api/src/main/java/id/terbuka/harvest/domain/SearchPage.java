package id.terbuka.harvest.domain;

import java.util.List;
import java.util.Map;

/**
 * One page of a remote {@code package_search} answer, read defensively: anything other than CKAN's
 * envelope ({@code success: true}, {@code result.count}, {@code result.results}) is "not a CKAN
 * answer", never a crash.
 */
public record SearchPage(long count, List<Object> results) {
  /** Rows asked per page (CKAN's harvester asks 100 too; every CKAN allows 1000). */
  public static final int ROWS = 100;

  /** Pages read at most in one run (100,000 datasets): a remote that never ends is cut off. */
  public static final int MAX_PAGES = 1000;

  @SuppressWarnings("unchecked")
  public static SearchPage read(Object json) {
    if (!(json instanceof Map<?, ?> envelope) || !envelope.containsKey("success")) {
      throw new HarvestException("The remote did not answer like a CKAN Action API");
    }
    if (!Boolean.TRUE.equals(envelope.get("success"))) {
      throw new HarvestException(
          "The remote's package_search failed: " + brief(envelope.get("error")));
    }
    if (!(envelope.get("result") instanceof Map<?, ?> result)
        || !(result.get("count") instanceof Number count)
        || !(result.get("results") instanceof List<?> results)) {
      throw new HarvestException("The remote's package_search answer has no count and results");
    }
    if (count.longValue() < 0 || results.size() > ROWS) {
      throw new HarvestException("The remote's package_search answer is inconsistent");
    }
    return new SearchPage(count.longValue(), (List<Object>) results);
  }

  /** The next page's {@code start}, or -1 when this page was the last. */
  public static int nextStart(int start, SearchPage page) {
    int next = start + page.results().size();
    return page.results().isEmpty() || next >= page.count() ? -1 : next;
  }

  private static String brief(Object error) {
    String text = String.valueOf(error);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
