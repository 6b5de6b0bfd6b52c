package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation with an editor, and a user outside it, made through the API as an operator would:
 * what most deployed-WAR tests need before they publish anything.
 *
 * @param org the organisation's name
 * @param editor the editor's API token
 * @param outsider the API token of a user with no membership
 */
record PublisherSetup(String org, String editor, String outsider) {
  /** Bounded wait for a background load of a test's small table. */
  static final Duration LOAD_WAIT = Duration.ofSeconds(30);

  /** Creates the organisation and both users with the admin token from the CLI secret. */
  static PublisherSetup create(Http http, String prefix) {
    String sfx = ItSupport.unique();
    String admin = ItSupport.cliToken(http, "admin");
    String org = prefix + "-" + sfx;
    ok(http, "organization_create", admin, dict("name", org));
    String editor = userWithToken(http, admin, "ed-" + prefix + "-" + sfx, org, "editor");
    String outsider = userWithToken(http, admin, "out-" + prefix + "-" + sfx, null, null);
    return new PublisherSetup(org, editor, outsider);
  }

  /**
   * The set-up of {@code testClass}: made on its first test, shared by the others (they only add to
   * it, each with datasets of its own).
   */
  static PublisherSetup once(Class<?> testClass, Http http, String prefix) {
    return ItSupport.once(testClass, () -> create(http, prefix));
  }

  /**
   * A public table uploaded on first ask and shared by the tests that only read it, all such tables
   * of this set-up in one dataset: its resource id.
   */
  String sharedTable(Http http, String filename, byte[] bytes) {
    String pkg = ItSupport.once(List.of(this, "shared dataset"), () -> dataset(http, false));
    return ItSupport.once(
        List.of(this, "shared table", filename),
        () -> (String) activeTable(http, pkg, filename, bytes).get("id"));
  }

  /** A new dataset of the organisation, created by its editor; returns its id. */
  String dataset(Http http, boolean isPrivate) {
    Map<String, Object> d =
        ok(
            http,
            "package_create",
            editor,
            dict("name", org + "-" + ItSupport.unique(), "owner_org", org, "private", isPrivate));
    return (String) d.get("id");
  }

  /** A resource of {@code pkg} with an uploaded file, created by the editor: its dict. */
  Map<String, Object> upload(Http http, String pkg, String filename, byte[] bytes) {
    return ok(
        http.postMultipart(
            "/api/3/action/resource_create", editor, Map.of("package_id", pkg), filename, bytes));
  }

  /** Polls resource_show (as the editor) until the resource's DataStore load has ended. */
  Map<String, Object> loaded(Http http, String rid) {
    return ItSupport.eventually(
        "DataStore load of " + rid,
        LOAD_WAIT,
        () -> ok(http.get(Http.action("resource_show", "id", rid), editor)),
        r -> Set.of("active", "failed").contains(r.get("datastore_status")));
  }

  /** Uploads a table and waits until the DataStore serves it: the resource dict. */
  Map<String, Object> activeTable(Http http, String pkg, String filename, byte[] bytes) {
    Map<String, Object> r = loaded(http, (String) upload(http, pkg, filename, bytes).get("id"));
    assertEquals("active", r.get("datastore_status"), String.valueOf(r.get("datastore_error")));
    return r;
  }

  /**
   * A new user (password {@code rahasia-NAME}) with {@code role} in {@code org} when {@code org} is
   * not null, made by the sysadmin {@code admin}: the user's API token.
   */
  static String userWithToken(Http http, String admin, String name, String org, String role) {
    Map<String, Object> user =
        ok(
            http,
            "user_create",
            admin,
            dict("name", name, "email", name + "@example.org", "password", "rahasia-" + name));
    assertEquals(name, user.get("name"));
    if (org != null) {
      Map<String, Object> member =
          ok(
              http,
              "organization_member_create",
              admin,
              dict("id", org, "username", name, "role", role));
      assertEquals(role, member.get("capacity"));
    }
    Map<String, Object> token =
        ok(http, "api_token_create", admin, dict("user", name, "name", "it"));
    return (String) token.get("token");
  }
}
