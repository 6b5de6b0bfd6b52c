package id.terbuka.datastore.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Exact totals of narrowed searches, so that paging through a filtered million-row table counts it
 * once, not on every page. Keyed by the table's revision (bumped by every load and row change): a
 * stale total can never be served, on this node or another. Least recently used entries go first.
 */
@ApplicationScoped
public class TotalCache {
  public static final int CAPACITY = 2_000;

  public record Key(String table, long revision, String sql, List<String> values) {}

  private final Map<Key, Long> totals =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Long> eldest) {
          return size() > CAPACITY;
        }
      };

  public synchronized Long get(Key key) {
    return totals.get(Objects.requireNonNull(key));
  }

  public synchronized void put(Key key, long total) {
    totals.put(key, total);
  }
}
