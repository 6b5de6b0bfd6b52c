package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.terbuka.shared.Json;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Shared helpers of the deployed-WAR tests: CKAN calls, assertions on the envelope, polling. */
final class ItSupport {
  /** How long a change may take to reach search (outbox drained right after commit, ~1 s). */
  static final Duration SEARCH_WAIT = Duration.ofSeconds(20);

  /** CKAN's timestamps: ISO 8601 with microseconds and no zone. */
  static final Pattern CKAN_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}");

  /** What {@link #once} made, by key. */
  private static final Map<Object, Object> MADE = new HashMap<>();

  private ItSupport() {}

  /**
   * A fixture made on first use and shared afterwards (by the tests of a class, keyed by the
   * class): made in the first test, because the deployment's URL is only known then.
   */
  @SuppressWarnings("unchecked")
  static synchronized <T> T once(Object key, Supplier<T> make) {
    Object made = MADE.get(key);
    if (made == null) {
      made = make.get();
      MADE.put(key, made);
    }
    return (T) made;
  }

  /** A short suffix that makes names unique across test classes sharing one database. */
  static String unique() {
    return Long.toString(System.currentTimeMillis(), 36)
        + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
  }

  /** {@code prefix}, a dash and a unique suffix: a name no other test uses. */
  static String uniqueName(String prefix) {
    return prefix + "-" + unique();
  }

  /** Alternating keys and values to an ordered map (values may be null). */
  static Map<String, Object> dict(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  static Http.Reply post(Http http, String action, String token, Map<String, Object> body) {
    return http.postJson("/api/3/action/" + action, token, body);
  }

  /** A successful action's result, after checking CKAN's success envelope. */
  static <T> T ok(Http.Reply r) {
    assertEquals(200, r.status(), r.body());
    assertTrue(
        r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        "content type");
    Map<String, Object> m = r.map();
    assertEquals(Boolean.TRUE, m.get("success"), r.body());
    assertTrue(m.containsKey("result"), r.body());
    return r.result();
  }

  /** {@link #ok} for results that are dicts. */
  static Map<String, Object> okMap(
      Http http, String action, String token, Map<String, Object> body) {
    return ok(post(http, action, token, body));
  }

  static <T> T ok(Http http, String action, String token, Map<String, Object> body) {
    return ok(post(http, action, token, body));
  }

  /** package_create's result (the package_show dict), after checking the envelope. */
  static Map<String, Object> packageCreate(Http http, String token, Map<String, Object> dataset) {
    return ok(http, "package_create", token, dataset);
  }

  /** package_show's result for a name or id, after checking the envelope. */
  static Map<String, Object> packageShow(Http http, String token, String id) {
    return ok(http.get(Http.action("package_show", "id", id), token));
  }

  /** A failed action's {@code error} dict, after checking status, envelope and {@code __type}. */
  static Map<String, Object> failed(Http.Reply r, int status, String type) {
    assertEquals(status, r.status(), r.body());
    Map<String, Object> m = r.map();
    assertEquals(Boolean.FALSE, m.get("success"), r.body());
    assertTrue(m.get("help").toString().contains("/api/3/action/help_show?name="), r.body());
    Map<String, Object> error = r.error();
    assertEquals(type, error.get("__type"), r.body());
    return error;
  }

  /** A bare JSON string body (CKAN's "Bad request" answers). */
  static String bareString(Http.Reply r, int status) {
    assertEquals(status, r.status(), r.body());
    Object body = Json.parse(r.body());
    assertInstanceOf(String.class, body, r.body());
    return (String) body;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return (List<Object>) o;
  }

  /** The records of a {@code datastore_search} or {@code datastore_search_sql} result. */
  /**
   * Waits until this reader's {@code resource_show} says the resource's DataStore table is loaded
   * with this many rows ({@code token} null: the public).
   */
  static void tableLoaded(Http http, String token, String resourceId, int rows) {
    eventually(
        "DataStore table of "
            + resourceId
            + " loaded for "
            + (token == null ? "the public" : token),
        Duration.ofSeconds(60),
        () ->
            ItSupport.<Map<String, Object>>ok(
                http.get(Http.action("resource_show", "id", resourceId), token)),
        r ->
            Boolean.TRUE.equals(map(r).get("datastore_active"))
                && map(r).get("datastore_rows") instanceof Number n
                && n.intValue() == rows);
  }

  /**
   * One column of the rows this reader's {@code datastore_search} returns, in {@code _id} order.
   */
  static List<Object> column(Http http, String token, String column, String resourceId) {
    Map<String, Object> result =
        ok(
            http.get(
                Http.action("datastore_search", "resource_id", resourceId, "sort", "_id"), token));
    return records(result).stream().map(r -> r.get(column)).toList();
  }

  static List<Map<String, Object>> records(Map<String, Object> result) {
    List<Map<String, Object>> out = new ArrayList<>();
    list(result.get("records")).forEach(o -> out.add(map(o)));
    return out;
  }

  /** A JSON number of the expected value, whatever its scale ({@code 12.50} is 12.5). */
  static void assertNumber(String expected, Object actual) {
    assertTrue(actual instanceof Number, "a JSON number: " + actual);
    assertEquals(
        0, new BigDecimal(expected).compareTo(new BigDecimal(actual.toString())), "" + actual);
  }

  /** The {@code name}s of a package_search result. */
  static List<String> names(Map<String, Object> searchResult) {
    List<String> out = new ArrayList<>();
    for (Object o : list(searchResult.get("results"))) {
      out.add((String) map(o).get("name"));
    }
    return out;
  }

  /**
   * Polls until {@code ok} accepts what {@code probe} returns, or fails after {@code max}. Only a
   * wait for eventual consistency: the assertion is the predicate, not the time.
   */
  static <T> T eventually(String what, Duration max, Supplier<T> probe, Predicate<T> ok) {
    long deadline = System.nanoTime() + max.toNanos();
    T last = null;
    while (true) {
      last = probe.get();
      if (ok.test(last)) {
        return last;
      }
      if (System.nanoTime() > deadline) {
        fail("Not reached within " + max.toSeconds() + " s: " + what + "; last value: " + last);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted");
      }
    }
  }

  /** The package names a package_search with these query parameters finds, asked once. */
  static List<String> search(Http http, String token, Object... params) {
    return names(ok(http.get(Http.action("package_search", params), token)));
  }

  /** The package names a search finds, polled until they satisfy {@code ok}. */
  static List<String> searchUntil(
      Http http, String token, Predicate<List<String>> ok, String what, Object... params) {
    return eventually(what, SEARCH_WAIT, () -> search(http, token, params), ok);
  }

  /** The server root ({@code scheme://host:port}) of a deployment URL. */
  static String serverRoot(String base) {
    URI u = URI.create(base);
    return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
  }

  /** An API token for {@code user}, issued through the local CLI endpoint. */
  static String cliToken(Http http, String user) {
    Http.Reply r =
        http.postJsonWithHeaders(
            "/api/v1/admin/tokens",
            Map.of("X-Terbuka-Cli-Secret", TestInfrastructure.cliSecret()),
            Map.of("user", user, "name", "it"));
    assertEquals(200, r.status(), r.body());
    String token = (String) r.map().get("token");
    assertFalse(token == null || token.isBlank(), r.body());
    return token;
  }

  /** The reindex drift report (CLI secret). */
  static Map<String, Object> reindexCheck(Http http) {
    Http.Reply r =
        http.getWithHeaders(
            "/api/v1/admin/reindex/check",
            Map.of("X-Terbuka-Cli-Secret", TestInfrastructure.cliSecret()));
    assertEquals(200, r.status(), r.body());
    return r.map();
  }
}
