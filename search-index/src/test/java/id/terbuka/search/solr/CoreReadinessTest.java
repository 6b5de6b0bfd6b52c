package id.terbuka.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.junit.jupiter.api.Test;

class CoreReadinessTest {

  private static final String KEY = CoreReadiness.metricKey("datasets");

  @Test
  void keyNamesTheCoresUpdateLogState() {
    assertEquals("solr.core.datasets:TLOG.state", KEY);
  }

  @Test
  void stateIsReadFromTheMetricsSection() {
    assertEquals(Optional.of(0L), CoreReadiness.stateIn(answer(KEY, 0), KEY), "replaying");
    assertEquals(Optional.of(3L), CoreReadiness.stateIn(answer(KEY, 3), KEY), "active");
  }

  @Test
  void metricsAsAPlainMapAreReadToo() {
    NamedList<Object> response = new NamedList<>();
    response.add("metrics", Map.of(KEY, 0));
    assertEquals(Optional.of(0L), CoreReadiness.stateIn(response, KEY));
  }

  @Test
  void noStateWhenSolrCannotTell() {
    assertEquals(Optional.empty(), CoreReadiness.stateIn(new NamedList<>(), KEY), "no metrics");
    assertEquals(
        Optional.empty(),
        CoreReadiness.stateIn(answer("solr.core.other:TLOG.state", 0), KEY),
        "other");
    assertEquals(Optional.empty(), CoreReadiness.stateIn(answer(KEY, "0"), KEY), "not a number");
  }

  private static NamedList<Object> answer(String key, Object value) {
    SimpleOrderedMap<Object> metrics = new SimpleOrderedMap<>();
    metrics.add(key, value);
    NamedList<Object> response = new NamedList<>();
    response.add("metrics", metrics);
    return response;
  }
}
