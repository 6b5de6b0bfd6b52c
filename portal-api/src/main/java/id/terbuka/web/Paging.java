package id.terbuka.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Page links for a result list: previous, next, the first and last page, and a window around the
 * current one (gaps shown as an ellipsis, {@code number == 0}).
 *
 * @param previous href of the previous page, null on the first
 * @param next href of the next page, null on the last
 */
public record Paging(int current, int last, String previous, String next, List<Link> links) {
  /** A page number link; {@code number == 0} marks a gap. */
  public record Link(int number, String href, boolean current) {}

  private static final int WINDOW = 2;

  static Paging of(int current, long count, int pageSize, int maxPage, IntFunction<String> href) {
    int last = (int) Math.min(maxPage, Math.max(1, (count + pageSize - 1) / pageSize));
    List<Link> links = new ArrayList<>();
    int previousShown = 0;
    for (int n = 1; n <= last; n++) {
      boolean shown = n == 1 || n == last || Math.abs(n - current) <= WINDOW;
      if (!shown) {
        continue;
      }
      if (n > previousShown + 1) {
        links.add(new Link(0, null, false));
      }
      links.add(new Link(n, href.apply(n), n == current));
      previousShown = n;
    }
    return new Paging(
        current,
        last,
        current > 1 && current <= last ? href.apply(current - 1) : null,
        current < last ? href.apply(current + 1) : null,
        links);
  }

  /** Whether there is more than one page to link to. */
  public boolean needed() {
    return last > 1;
  }
}
