package id.terbuka.dcat.domain;

import java.util.List;
import java.util.Map;

/**
 * One page of the public catalogue as the search found it.
 *
 * @param query the checked request
 * @param total datasets matching the request (all pages)
 * @param datasets this page's {@code package_show} dicts, newest change first
 */
public record CatalogPage(CatalogQuery query, long total, List<Map<String, Object>> datasets) {
  public int lastPage() {
    return CatalogQuery.lastPage(total);
  }
}
