package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;

import java.util.Map;

/**
 * An organisation with an editor, and a user outside it, made through the API as an operator would:
 * what most deployed-WAR tests need before they publish anything.
 *
 * @param org the organisation's name
 * @param editor the editor's API token
 * @param outsider the API token of a user with no membership
 */
record PublisherSetup(String org, String editor, String outsider) {

  /** Creates the organisation and both users with the admin token from the CLI secret. */
  static PublisherSetup create(Http http, String prefix) {
    String sfx = ItSupport.unique();
    String admin = ItSupport.cliToken(http, "admin");
    String org = prefix + "-" + sfx;
    ok(http, "organization_create", admin, dict("name", org));
    String editor = userWithToken(http, admin, "ed-" + prefix + "-" + sfx, org);
    String outsider = userWithToken(http, admin, "out-" + prefix + "-" + sfx, null);
    return new PublisherSetup(org, editor, outsider);
  }

  private static String userWithToken(Http http, String admin, String name, String org) {
    ok(
        http,
        "user_create",
        admin,
        dict("name", name, "email", name + "@example.org", "password", "rahasia-" + name));
    if (org != null) {
      ok(
          http,
          "organization_member_create",
          admin,
          dict("id", org, "username", name, "role", "editor"));
    }
    Map<String, Object> token =
        ok(http, "api_token_create", admin, dict("user", name, "name", "it"));
    return (String) token.get("token");
  }
}
