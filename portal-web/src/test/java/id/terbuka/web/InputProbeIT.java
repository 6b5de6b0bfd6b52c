package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Input a stranger can send, through the deployed WAR: first the faults an outside probe found
 * (each a regression test), then the probe suite itself, which sends NUL, over-long, deeply nested,
 * wrong-type, invalid UTF-8 and injection values to every endpoint listed in {@link ProbeTargets}
 * and asserts that none answers 5xx or shows a stack trace.
 */
@ExtendWith(SharedPortal.class)
class InputProbeIT {
  /** What a stack trace or a leaked exception looks like in an answer. */
  private static final Pattern LEAK =
      Pattern.compile("\\tat [a-z]|Exception:|\\.java:\\d+\\)|org\\.postgresql\\.|PSQLException");

  @SharedPortal.Base URL base;

  private static ProbeTargets.Fixture fixture;
  private static String admin;

  private synchronized ProbeTargets.Fixture fixture(Http http) {
    if (fixture == null) {
      String sfx = ItSupport.unique();
      admin = ItSupport.cliToken(http, "admin");
      String org = "probe-org-" + sfx;
      ok(http, "organization_create", admin, dict("name", org));
      String group = "probe-group-" + sfx;
      ok(http, "group_create", admin, dict("name", group));
      String user = "probe-user-" + sfx;
      ok(
          http,
          "user_create",
          admin,
          dict("name", user, "email", user + "@example.org", "password", "probe-password"));
      Map<String, Object> d =
          ok(http, "package_create", admin, dict("name", "probe-ds-" + sfx, "owner_org", org));
      Map<String, Object> r =
          ok(
              http.postMultipart(
                  "/api/3/action/resource_create",
                  admin,
                  Map.of("package_id", (String) d.get("id")),
                  "probe.csv",
                  "a,b\n1,x\n2,y\n".getBytes(StandardCharsets.UTF_8)));
      // The sysadmin also enters Dasa Wisma households, so that hostile values reach the form's
      // checks rather than stopping at "not a cadre".
      Http.Reply cadre =
          http.postJson(
              "/api/v1/dasawisma/roles",
              admin,
              dict("user", "admin", "role", "kader", "region", "35.22.01.2001"));
      assertTrue(cadre.status() == 201 || cadre.status() == 200, cadre.body());
      fixture =
          new ProbeTargets.Fixture(
              org, group, (String) d.get("id"), (String) d.get("name"), (String) r.get("id"), user);
    }
    return fixture;
  }

  // ---- The faults found by the outside probe, one by one ----

  @Test
  void nulInAnActionParameterIsAValidationErrorNamingIt() {
    Http http = new Http(base.toString());
    RawHttp raw = new RawHttp(base);
    for (String[] call :
        new String[][] {
          {"package_show", "id"},
          {"resource_show", "id"},
          {"organization_show", "id"},
          {"group_show", "id"},
          {"user_show", "id"},
          {"package_activity_list", "id"},
          {"datastore_search", "resource_id"},
          {"datastore_search_sql", "sql"},
          {"package_search", "q"}
        }) {
      RawHttp.Answer a = raw.get("/api/3/action/" + call[0] + "?" + call[1] + "=a%00b");
      assertEquals(409, a.status(), call[0] + ": " + a.body());
      Map<String, Object> error = errorOf(a.body());
      assertEquals("Validation Error", error.get("__type"), a.body());
      assertEquals(List.of("Must not contain the NUL character (U+0000)"), error.get(call[1]));
    }
    fixture(http);
    Map<String, Object> title =
        failed(
            ItSupport.post(
                http,
                "package_create",
                admin,
                dict(
                    "name",
                    "nul-" + ItSupport.unique(),
                    "owner_org",
                    fixture.org(),
                    "title",
                    "a\u0000b")),
            409,
            "Validation Error");
    assertTrue(title.containsKey("title"), title.toString());
    Map<String, Object> notes =
        failed(
            ItSupport.post(
                http, "package_patch", admin, dict("id", fixture.dataset(), "notes", "x\u0000")),
            409,
            "Validation Error");
    assertTrue(notes.containsKey("notes"), notes.toString());
    Map<String, Object> nested =
        failed(
            ItSupport.post(
                http,
                "package_update",
                admin,
                dict("id", fixture.dataset(), "resources", List.of(Map.of("name", "\u0000")))),
            409,
            "Validation Error");
    assertTrue(nested.containsKey("resources[0].name"), nested.toString());
    Map<String, Object> org =
        failed(
            ItSupport.post(
                http, "organization_create", admin, dict("name", "nul-org", "title", "\u0000")),
            409,
            "Validation Error");
    assertTrue(org.containsKey("title"), org.toString());
    Map<String, Object> form =
        failed(
            http.postForm(
                "/api/3/action/package_patch",
                admin,
                Map.of("id", fixture.dataset(), "title", "a\u0000")),
            409,
            "Validation Error");
    assertTrue(form.containsKey("title"), form.toString());
    Map<String, Object> shown = ok(http, "package_show", admin, dict("id", fixture.dataset()));
    assertFalse(String.valueOf(shown.get("title")).contains("\u0000"), "nothing was stored");
    assertFalse(String.valueOf(shown.get("notes")).contains("\u0000"), "nothing was stored");
  }

  @Test
  void nulInAPageFormOrOtherUrlIsA400NamingIt() {
    Http http = new Http(base.toString());
    fixture(http);
    RawHttp raw = new RawHttp(base);
    RawHttp.Answer search = raw.get("/dataset?q=a%00b");
    assertEquals(400, search.status(), search.body());
    assertTrue(search.body().contains("<code>q</code>"), search.body());
    assertTrue(search.body().contains("Permintaan tidak dapat diproses"), search.body());
    // In a path the container itself refuses the escaped NUL ("400 Invalid URI").
    assertEquals(400, raw.get("/dataset/a%00b").status());
    assertEquals(400, raw.get("/organization/a%00b").status());
    assertEquals(400, raw.get("/api/v1/datasets/a%00b/satisfaction").status());
    RawHttp.Answer login =
        raw.post(
            "/user/login",
            "application/x-www-form-urlencoded",
            "username=a%00b&password=x".getBytes(StandardCharsets.US_ASCII));
    assertEquals(400, login.status(), login.body());
    assertTrue(login.body().contains("<code>username</code>"), login.body());
    RawHttp.Answer api =
        raw.get("/api/v1/datasets/" + fixture.dataset() + "/satisfaction?limit=1%00");
    assertEquals(400, api.status(), api.body());
    assertTrue(api.head().contains("application/problem+json"), api.head());
    assertTrue(api.body().contains("\"limit\""), api.body());
    RawHttp.Answer dump = raw.get("/datastore/dump/" + fixture.resource() + "?q=%00");
    assertEquals(400, dump.status(), dump.body());
    assertEquals(
        List.of("Must not contain the NUL character (U+0000)"), errorOf(dump.body()).get("q"));
    assertEquals(400, raw.get("/api/util/dataset/autocomplete?incomplete=a%00").status());
    RawHttp.Answer posted =
        raw.post(
            "/api/util/dataset/autocomplete", "application/x-www-form-urlencoded", new byte[0]);
    assertEquals(405, posted.status(), posted.body());
  }

  @Test
  void jsonNestedTooDeepIsA400WithTheLimit() {
    RawHttp raw = new RawHttp(base);
    for (int depth : new int[] {65, 100_000}) {
      RawHttp.Answer a =
          raw.post(
              "/api/3/action/package_search",
              "application/json",
              HostileValues.deepJson(depth).getBytes(StandardCharsets.UTF_8));
      assertEquals(400, a.status(), a.body());
      assertTrue(a.body().contains("JSON nested deeper than 64 levels"), a.body());
    }
    RawHttp.Answer within =
        raw.post(
            "/api/3/action/package_search",
            "application/json",
            "{\"rows\": 1, \"q\": \"x\", \"facet.field\": [[[[\"tags\"]]]]}"
                .getBytes(StandardCharsets.UTF_8));
    assertTrue(within.status() < 500, within.body());
  }

  @Test
  void aFieldOfTheWrongJsonTypeIsAValidationError() {
    Http http = new Http(base.toString());
    fixture(http);
    String name = "wrong-type-" + ItSupport.unique();
    Map<String, Object> ownerAsList =
        failed(
            ItSupport.post(
                http,
                "package_create",
                admin,
                dict("name", name, "owner_org", List.of(fixture.org()))),
            409,
            "Validation Error");
    assertEquals(List.of("Must be a string, not a list"), ownerAsList.get("owner_org"));
    assertEquals(
        404, http.get(Http.action("package_show", "id", name), admin).status(), "nothing stored");
    Map<String, Object> nameAsNumber =
        failed(
            ItSupport.post(
                http, "package_create", admin, dict("name", 12345, "owner_org", fixture.org())),
            409,
            "Validation Error");
    assertEquals(List.of("Must be a string, not a number"), nameAsNumber.get("name"));
    Map<String, Object> tagsAsText =
        failed(
            ItSupport.post(
                http,
                "package_create",
                admin,
                dict("name", name, "owner_org", fixture.org(), "tags", "abc")),
            409,
            "Validation Error");
    assertEquals(List.of("Must be a list, not a string"), tagsAsText.get("tags"));
    Map<String, Object> resourceName =
        failed(
            ItSupport.post(
                http,
                "resource_patch",
                admin,
                dict("id", fixture.resource(), "name", Map.of("a", 1))),
            409,
            "Validation Error");
    assertEquals(List.of("Must be a string, not an object"), resourceName.get("name"));
  }

  @Test
  void linkResourcesTakeOnlyWebAddresses() {
    Http http = new Http(base.toString());
    fixture(http);
    for (String url :
        List.of(
            "javascript:alert(1)",
            " JavaScript:alert(document.cookie)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "jav\tascript:alert(1)",
            "//evil.example/x.csv")) {
      Map<String, Object> error =
          failed(
              ItSupport.post(
                  http,
                  "resource_create",
                  admin,
                  dict("package_id", fixture.dataset(), "url", url)),
              409,
              "Validation Error");
      assertTrue(error.containsKey("url"), url + ": " + error);
    }
    for (String url :
        List.of(
            "https://example.org/data.csv", "http://example.org/a b.csv", "ftp://example.org/x")) {
      Map<String, Object> created =
          ok(http, "resource_create", admin, dict("package_id", fixture.dataset(), "url", url));
      assertEquals(url, created.get("url"));
      ok(http, "resource_delete", admin, dict("id", created.get("id")));
    }
  }

  @Test
  void everyWriteActionRefusesAStrangerBeforeLookingAtTheBody() throws Exception {
    Http http = new Http(base.toString());
    Map<String, Boolean> actions = ProbeTargets.registeredActions();
    int writes = 0;
    for (Map.Entry<String, Boolean> e : actions.entrySet()) {
      if (e.getValue()) {
        continue;
      }
      writes++;
      for (String token : new String[] {null, "not-a-known-token"}) {
        Http.Reply r = ItSupport.post(http, e.getKey(), token, Map.of());
        Map<String, Object> error = failed(r, 403, "Authorization Error");
        assertEquals(2, error.size(), e.getKey() + " says only that it is refused: " + error);
      }
    }
    assertTrue(writes >= 20, "write actions found: " + writes);
    Http.Reply noOrg = ItSupport.post(http, "package_create", null, dict("name", "x"));
    failed(noOrg, 403, "Authorization Error");
    assertFalse(noOrg.body().contains("rganization"), noOrg.body());
  }

  // ---- The probe suite ----

  @Test
  void everyRegisteredActionIsInTheProbeList() throws Exception {
    Http http = new Http(base.toString());
    List<String> listed =
        ProbeTargets.actions(fixture(http)).stream()
            .map(ProbeTargets.ActionTarget::name)
            .sorted()
            .toList();
    assertEquals(List.copyOf(ProbeTargets.registeredActions().keySet()), listed);
  }

  @Test
  void noEndpointAnswers5xxOrAStackTraceToHostileInput() throws Exception {
    Http http = new Http(base.toString());
    ProbeTargets.Fixture f = fixture(http);
    RawHttp raw = new RawHttp(base);
    Map<String, Boolean> readOnly = ProbeTargets.registeredActions();
    List<String> faults = new ArrayList<>();
    int[] sent = {0};
    for (ProbeTargets.ActionTarget target : ProbeTargets.actions(f)) {
      String path = "/api/3/action/" + target.name();
      for (String param : target.params()) {
        for (Map.Entry<String, String> v : HostileValues.texts().entrySet()) {
          Map<String, Object> body = new LinkedHashMap<>(target.valid());
          body.put(param, v.getValue());
          check(
              faults,
              sent,
              target.name() + " " + param + "=" + v.getKey() + " (json)",
              raw.post(path, "application/json", json(body), auth()));
          if (readOnly.getOrDefault(target.name(), false) && !v.getKey().equals("over-long")) {
            check(
                faults,
                sent,
                target.name() + " ?" + param + "=" + v.getKey(),
                raw.get(path + "?" + encode(param) + "=" + encode(v.getValue()), auth()));
          } else {
            check(
                faults,
                sent,
                target.name() + " " + param + "=" + v.getKey() + " (form)",
                raw.post(
                    path,
                    "application/x-www-form-urlencoded",
                    (encode(param) + "=" + encode(v.getValue()))
                        .getBytes(StandardCharsets.US_ASCII),
                    auth()));
          }
        }
        for (Map.Entry<String, Object> v : HostileValues.wrongTypes().entrySet()) {
          Map<String, Object> body = new LinkedHashMap<>(target.valid());
          body.put(param, v.getValue());
          check(
              faults,
              sent,
              target.name() + " " + param + "=" + v.getKey(),
              raw.post(path, "application/json", json(body), auth()));
        }
        for (String encoded : HostileValues.invalidUtf8Encoded()) {
          check(
              faults,
              sent,
              target.name() + " ?" + param + "=" + encoded,
              raw.get(path + "?" + encode(param) + "=" + encoded, auth()));
        }
      }
      for (byte[] body : malformedBodies()) {
        check(
            faults,
            sent,
            target.name()
                + " malformed body "
                + new String(body, 0, Math.min(20, body.length), StandardCharsets.ISO_8859_1),
            raw.post(path, "application/json", body, auth()));
      }
    }
    for (ProbeTargets.JsonTarget target : ProbeTargets.jsonBodies()) {
      for (String param : target.params()) {
        for (Map.Entry<String, String> v : HostileValues.texts().entrySet()) {
          Map<String, Object> body = new LinkedHashMap<>(target.valid());
          body.put(param, v.getValue());
          check(
              faults,
              sent,
              target.method() + " " + target.path() + " " + param + "=" + v.getKey(),
              raw.send(target.method(), target.path(), "application/json", json(body), auth()));
        }
      }
      for (byte[] body : malformedBodies()) {
        check(
            faults,
            sent,
            target.method() + " " + target.path() + " malformed body",
            raw.send(target.method(), target.path(), "application/json", body, auth()));
      }
    }
    for (ProbeTargets.UrlTarget target : ProbeTargets.urls()) {
      List<String> paths = new ArrayList<>();
      String fixed = target.path().replace("{ds}", f.dataset()).replace("{res}", f.resource());
      if (fixed.contains("{v}")) {
        for (String v : HostileValues.texts().values()) {
          if (!v.isEmpty() && v.length() < 10_000) {
            paths.add(fixed.replace("{v}", encodePath(v)));
          }
        }
        for (String encoded : HostileValues.invalidUtf8Encoded()) {
          paths.add(fixed.replace("{v}", encoded));
        }
      } else {
        paths.add(fixed);
      }
      for (String path : paths) {
        for (String param : target.params()) {
          for (Map.Entry<String, String> v : HostileValues.texts().entrySet()) {
            String pair = encode(param) + "=" + encode(v.getValue());
            if (target.method().equals("GET")) {
              if (!v.getKey().equals("over-long")) {
                check(
                    faults,
                    sent,
                    "GET " + path + " " + param + "=" + v.getKey(),
                    raw.get(path + "?" + pair, auth()));
              }
            } else if (target.method().equals("DELETE")) {
              // As for GET: a 200 KB query string is past the HTTP listener's header limit, which
              // closes the connection while the request line is still being written, so the
              // probe gets a broken pipe or a refusal depending on timing, never an answer of ours.
              if (!v.getKey().equals("over-long")) {
                check(
                    faults,
                    sent,
                    "DELETE " + path + " " + param + "=" + v.getKey(),
                    raw.send("DELETE", path + "?" + pair, null, null, auth()));
              }
            } else {
              check(
                  faults,
                  sent,
                  "POST " + path + " " + param + "=" + v.getKey(),
                  raw.post(
                      path,
                      "application/x-www-form-urlencoded",
                      pair.getBytes(StandardCharsets.US_ASCII),
                      auth(),
                      "Origin: " + serverRoot()));
            }
          }
          for (String encoded : HostileValues.invalidUtf8Encoded()) {
            check(
                faults,
                sent,
                target.method() + " " + path + " " + param + "=" + encoded,
                !target.method().equals("POST")
                    ? raw.send(
                        target.method(),
                        path + "?" + encode(param) + "=" + encoded,
                        null,
                        null,
                        auth())
                    : raw.post(
                        path,
                        "application/x-www-form-urlencoded",
                        (encode(param) + "=" + encoded).getBytes(StandardCharsets.US_ASCII),
                        auth()));
          }
        }
        if (target.params().isEmpty()) {
          check(faults, sent, target.method() + " " + path, raw.get(path, auth()));
        }
      }
    }
    assertTrue(sent[0] > 5_000, "requests sent: " + sent[0]);
    assertTrue(
        faults.isEmpty(),
        faults.size()
            + " of "
            + sent[0]
            + " requests failed:\n"
            + String.join("\n", faults.subList(0, Math.min(60, faults.size()))));
  }

  private static List<byte[]> malformedBodies() {
    return List.of(
        new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b, 0x7d},
        "{\"q\": \"\u00e9".getBytes(StandardCharsets.ISO_8859_1),
        "{\"q\": \"\\ud800\"}".getBytes(StandardCharsets.US_ASCII),
        "{\"q\": 1e999999}".getBytes(StandardCharsets.US_ASCII),
        "[1, 2]".getBytes(StandardCharsets.US_ASCII),
        "\"text\"".getBytes(StandardCharsets.US_ASCII),
        "{\"q\": ".getBytes(StandardCharsets.US_ASCII),
        "{\"\u0000\": 1}".getBytes(StandardCharsets.UTF_8),
        "{\"q\": \"\\u0000\"}".getBytes(StandardCharsets.US_ASCII),
        HostileValues.deepJson(50_000).getBytes(StandardCharsets.US_ASCII));
  }

  private String auth() {
    return "Authorization: " + admin;
  }

  private String serverRoot() {
    return ItSupport.serverRoot(base.toString());
  }

  private static void check(List<String> faults, int[] sent, String what, RawHttp.Answer a) {
    sent[0]++;
    if (a.status() >= 500 || a.status() == 0) {
      faults.add(a.status() + " " + what + ": " + shorten(a.body()));
    } else if (LEAK.matcher(a.body()).find()) {
      faults.add(a.status() + " " + what + " shows a stack trace: " + shorten(a.body()));
    }
  }

  private static String shorten(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }

  private static byte[] json(Object value) {
    return Json.write(value).getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String encodePath(String s) {
    return encode(s).replace("+", "%20");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> errorOf(String body) {
    return (Map<String, Object>) ((Map<String, Object>) Json.parse(body)).get("error");
  }
}
