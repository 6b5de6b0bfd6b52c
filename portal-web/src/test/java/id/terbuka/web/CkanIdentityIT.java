package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.names;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.packageCreate;
import static id.terbuka.web.ItSupport.packageShow;
import static id.terbuka.web.ItSupport.post;
import static id.terbuka.web.ItSupport.searchUntil;
import static id.terbuka.web.ItSupport.uniqueName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity and authorisation: who may create, change and delete, private datasets and drafts,
 * user_show, and API tokens.
 *
 * <p>Part of the CKAN Action API compatibility suite: the deployed WAR driven over HTTP as an
 * external CKAN client would (ckanapi, harvesters), against the contract in the CKAN API brief.
 * Every test makes its own uniquely named objects, so tests and classes can share the database in
 * any order.
 */
@ExtendWith(SharedPortal.class)
class CkanIdentityIT {
  @SharedPortal.Base URL base;

  private Http http;

  /** Built once per class: each class has its own deployment (and site URL). */
  private static CkanWorld world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world = ItSupport.once(CkanIdentityIT.class, () -> CkanWorld.build(http));
  }

  // ---------------------------------------------------------------- permissions

  @Test
  void permissionMatrixForCreateUpdateAndSysadminActions() {
    for (String token :
        new String[] {null, world.memberA, world.outsider, world.editorB, "no-such-token"}) {
      Map<String, Object> e =
          failed(
              post(
                  http,
                  "package_create",
                  token,
                  dict("name", uniqueName("denied"), "owner_org", world.orgA)),
              403,
              "Authorization Error");
      assertTrue(e.get("message").toString().startsWith("Access denied"), e.toString());
    }
    Map<String, Object> d =
        packageCreate(
            http, world.editorA, dict("name", uniqueName("perm"), "owner_org", world.orgA));
    String id = (String) d.get("id");

    // Editor of B cannot change a dataset of A, nor move it; the org admin of A can.
    failed(
        post(http, "package_patch", world.editorB, dict("id", id, "title", "x")),
        403,
        "Authorization Error");
    failed(
        post(http, "package_patch", world.editorA, dict("id", id, "owner_org", world.orgB)),
        403,
        "Authorization Error");
    assertEquals(
        "By the org admin",
        ItSupport.okMap(
                http, "package_patch", world.orgAdminA, dict("id", id, "title", "By the org admin"))
            .get("title"));
    failed(post(http, "package_delete", world.memberA, dict("id", id)), 403, "Authorization Error");

    // Older clients' header and a Bearer prefix both authenticate.
    Map<String, Object> viaApiKey =
        ok(
            http.postJsonWithHeaders(
                "/api/3/action/package_patch",
                Map.of("X-CKAN-API-Key", world.editorA),
                dict("id", id, "version", "2")));
    assertEquals("2", viaApiKey.get("version"));
    Map<String, Object> viaBearer =
        ok(
            http.postJsonWithHeaders(
                "/api/action/package_patch",
                Map.of("Authorization", "Bearer " + world.editorA),
                dict("id", id, "version", "3")));
    assertEquals("3", viaBearer.get("version"));
    // An invalid token is anonymous: 403 where access is needed, never 401.
    failed(
        http.postJsonWithHeaders(
            "/api/3/action/package_patch",
            Map.of("Authorization", "Bearer not-a-token"),
            dict("id", id, "version", "4")),
        403,
        "Authorization Error");

    // Sysadmin-only actions.
    failed(post(http, "dataset_purge", world.editorA, dict("id", id)), 403, "Authorization Error");
    failed(
        post(
            http,
            "user_create",
            world.orgAdminA,
            dict("name", uniqueName("nope"), "email", "n@example.org", "password", "12345678")),
        403,
        "Authorization Error");
    failed(
        post(http, "organization_create", world.orgAdminA, dict("name", uniqueName("org"))),
        403,
        "Authorization Error");
    failed(
        post(http, "group_create", world.editorA, dict("name", uniqueName("grp"))),
        403,
        "Authorization Error");
    // Only org admins manage members.
    failed(
        post(
            http,
            "organization_member_create",
            world.editorA,
            dict("id", world.orgA, "username", "admin", "role", "member")),
        403,
        "Authorization Error");
  }

  @Test
  void privateDatasetsAreVisibleToMembersOnly() {
    String n = uniqueName("rahasia");
    Map<String, Object> d =
        packageCreate(
            http, world.editorA, dict("name", n, "owner_org", world.orgA, "private", true));
    assertEquals(true, d.get("private"));
    failed(http.get(Http.action("package_show", "id", n), null), 403, "Authorization Error");
    failed(
        http.get(Http.action("package_show", "id", n), world.outsider), 403, "Authorization Error");
    failed(
        http.get(Http.action("package_show", "id", n), world.editorB), 403, "Authorization Error");
    failed(
        http.get(Http.action("package_show", "id", n), "invalid-token"),
        403,
        "Authorization Error");
    assertEquals(n, packageShow(http, world.memberA, n).get("name"));
    assertEquals(n, packageShow(http, world.admin, n).get("name"));

    List<String> all = ok(http.get(Http.action("package_list"), world.admin));
    assertFalse(all.contains(n), "package_list has no private datasets");

    String fq = "organization:" + world.orgA;
    // Members find it with include_private only; others never.
    searchUntil(
        http,
        world.memberA,
        names -> names.contains(n),
        "member finds private dataset",
        "q",
        "name:" + n,
        "fq",
        fq,
        "include_private",
        "true");
    assertEquals(
        List.of(),
        names(
            ok(
                http.get(
                    Http.action("package_search", "q", "name:" + n, "fq", fq), world.memberA))));
    for (String token : new String[] {null, world.outsider, world.editorB}) {
      assertEquals(
          List.of(),
          names(
              ok(
                  http.get(
                      Http.action(
                          "package_search", "q", "name:" + n, "fq", fq, "include_private", "true"),
                      token))));
    }
    // A pass-through or a crafted fq cannot get around the permission filter.
    assertEquals(
        List.of(),
        names(
            ok(
                http.get(
                    Http.action(
                        "package_search",
                        "q",
                        "name:" + n,
                        "fq",
                        "capacity:private OR permission_labels:*",
                        "include_private",
                        "true",
                        "qf",
                        "name"),
                    null))));
  }

  @Test
  void draftsAreHiddenUnlessIncludedForTheirEditors() {
    String n = uniqueName("draf");
    Map<String, Object> d =
        packageCreate(
            http, world.editorA, dict("name", n, "owner_org", world.orgA, "state", "draft"));
    assertEquals("draft", d.get("state"));
    failed(http.get(Http.action("package_show", "id", n), null), 403, "Authorization Error");
    failed(
        http.get(Http.action("package_show", "id", n), world.memberA), 403, "Authorization Error");
    assertEquals("draft", packageShow(http, world.editorA, n).get("state"));
    searchUntil(
        http,
        world.editorA,
        names -> names.contains(n),
        "editor finds draft with include_drafts",
        "q",
        "name:" + n,
        "include_drafts",
        "true");
    assertEquals(
        List.of(),
        names(ok(http.get(Http.action("package_search", "q", "name:" + n), world.editorA))));
    assertEquals(
        List.of(),
        names(
            ok(
                http.get(
                    Http.action("package_search", "q", "name:" + n, "include_drafts", "true"),
                    world.memberA))));
    assertFalse(
        ItSupport.<List<String>>ok(http.get(Http.action("package_list"), null)).contains(n));
  }

  @Test
  void userShow() {
    Map<String, Object> self =
        ok(http.get(Http.action("user_show", "id", "ed-a-" + world.sfx), world.editorA));
    assertEquals("ed-a-" + world.sfx, self.get("name"));
    assertEquals("ed-a-" + world.sfx + "@example.org", self.get("email"));
    assertEquals(false, self.get("sysadmin"));
    Map<String, Object> other =
        ok(http.get(Http.action("user_show", "id", "ed-a-" + world.sfx), world.outsider));
    assertFalse(other.containsKey("email"), "e-mail is private");
    failed(
        http.get(Http.action("user_show", "id", "nobody-" + world.sfx), null),
        404,
        "Not Found Error");
  }

  @Test
  void userUpdateByTheOwnerOrASysadminAndUserDeleteDisables() {
    String admin = ItSupport.cliToken(http, "admin");
    String name = uniqueName("akun");
    String token = PublisherSetup.userWithToken(http, admin, name, null, null);
    String email = name + "@example.org";

    // The owner edits their profile from user_show's dict, as a CKAN client does.
    Map<String, Object> shown = ok(http.get(Http.action("user_show", "id", name), token));
    Map<String, Object> edited = new java.util.LinkedHashMap<>(shown);
    edited.put("fullname", "Budi Santoso");
    edited.put("about", "Operator data Dinas Kesehatan");
    Map<String, Object> updated = ok(http, "user_update", token, edited);
    assertEquals("Budi Santoso", updated.get("fullname"));
    assertEquals(email, updated.get("email"));
    Map<String, Object> publicView = ok(http.get(Http.action("user_show", "id", name), null));
    assertEquals("Budi Santoso", publicView.get("display_name"));
    assertFalse(publicView.containsKey("email"), "e-mail stays private");

    // Refused: someone else's account, the name, sysadmin for oneself, a password without the old.
    failed(
        post(http, "user_update", world.outsider, dict("id", name, "email", email)),
        403,
        "Authorization Error");
    Map<String, Object> bad =
        failed(
            post(
                http,
                "user_update",
                token,
                dict("id", name, "name", name + "-baru", "email", email, "sysadmin", true)),
            409,
            "Validation Error");
    assertTrue(bad.containsKey("name") && bad.containsKey("sysadmin"), bad.toString());
    Map<String, Object> noOld =
        failed(
            post(
                http,
                "user_update",
                token,
                dict("id", name, "email", email, "password", "kata-sandi-baru")),
            409,
            "Validation Error");
    assertTrue(noOld.containsKey("old_password"), noOld.toString());
    PublisherPagesIT.Visitor visitor = new PublisherPagesIT.Visitor(base);
    assertEquals(303, visitor.signIn(name, "rahasia-" + name).status(), "nothing changed");

    // With the current password the owner sets a new one: the old no longer signs in.
    ok(
        http,
        "user_update",
        token,
        dict(
            "id",
            name,
            "email",
            email,
            "password",
            "kata-sandi-baru",
            "old_password",
            "rahasia-" + name));
    assertEquals(303, new PublisherPagesIT.Visitor(base).signIn(name, "kata-sandi-baru").status());
    assertEquals(
        "Budi Santoso",
        ItSupport.<Map<String, Object>>ok(http.get(Http.action("user_show", "id", name), null))
            .get("fullname"),
        "a field not sent stays");
    assertEquals(
        200,
        new PublisherPagesIT.Visitor(base).signIn(name, "rahasia-" + name).status(),
        "the sign-in form again");

    List<Object> activities = ok(http.get(Http.action("user_activity_list", "id", name), admin));
    List<Object> details =
        activities.stream().map(a -> map(map(a).get("data")).get("detail")).toList();
    assertEquals(List.of("password changed", "updated", "created"), details);
    String recorded = activities.toString();
    assertFalse(recorded.contains("kata-sandi-baru") || recorded.contains(email), recorded);

    // user_delete: sysadmins only; the account is disabled, its token stops working.
    failed(post(http, "user_delete", token, dict("id", name)), 403, "Authorization Error");
    ok(http, "user_delete", admin, dict("id", name));
    assertEquals(
        "disabled",
        ItSupport.<Map<String, Object>>ok(http.get(Http.action("user_show", "id", name), admin))
            .get("state"));
    failed(
        post(http, "user_update", token, dict("id", name, "email", email)),
        403,
        "Authorization Error");
  }

  // ---------------------------------------------------------------- tokens

  @Test
  void apiTokensCreateListRevoke() {
    String user = "out-" + world.sfx;
    String byJti =
        (String)
            ItSupport.okMap(
                    http, "api_token_create", world.admin, dict("user", user, "name", "pertama"))
                .get("token");
    String byToken =
        (String)
            ItSupport.okMap(
                    http, "api_token_create", world.admin, dict("user", user, "name", "kedua"))
                .get("token");
    String jti = byJti.substring(0, byJti.indexOf('.'));

    List<Object> tokens = ok(http.get(Http.action("api_token_list", "user_id", user), byJti));
    List<Object> ids = tokens.stream().map(t -> map(t).get("id")).toList();
    assertTrue(ids.contains(jti), tokens.toString());
    assertTrue(
        tokens.stream()
            .map(t -> map(t).get("name"))
            .toList()
            .containsAll(List.of("pertama", "kedua")));
    assertFalse(tokens.toString().contains(byJti), "token secrets are never listed");
    failed(
        http.get(Http.action("api_token_list", "user_id", user), world.editorA),
        403,
        "Authorization Error");
    failed(
        http.get(Http.action("api_token_list", "user_id", user), null), 403, "Authorization Error");
    failed(
        post(http, "api_token_create", world.editorA, dict("user", user, "name", "x")),
        403,
        "Authorization Error");

    // The owner revokes by jti; the token then acts as anonymous.
    Http.Reply revoked = post(http, "api_token_revoke", byJti, dict("jti", jti));
    assertEquals(200, revoked.status(), revoked.body());
    failed(
        http.get(Http.action("api_token_list", "user_id", user), byJti),
        403,
        "Authorization Error");
    failed(post(http, "api_token_revoke", world.admin, dict("jti", jti)), 404, "Not Found Error");

    // A sysadmin revokes by the token itself.
    ok(http.get(Http.action("api_token_list", "user_id", user), byToken));
    assertEquals(200, post(http, "api_token_revoke", world.admin, dict("token", byToken)).status());
    failed(
        http.get(Http.action("api_token_list", "user_id", user), byToken),
        403,
        "Authorization Error");
    // The user's other token still works.
    ok(http.get(Http.action("api_token_list", "user_id", user), world.outsider));
  }
}
