package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/**
 * What the CKAN API tests share: two organisations, two groups, and users in each role with their
 * tokens, made once per test class through the API itself. Titles sort the other way round from
 * names, so that title and name order differ.
 */
final class CkanWorld {
  String sfx;
  String admin;
  String orgA;
  String orgATitle;
  String orgAId;
  String orgB;
  String orgBTitle;
  String group1;
  String group1Title;
  String group2;
  String editorA;
  String memberA;
  String outsider;
  String editorB;
  String orgAdminA;

  /** The deployment's {@code site_url} (status_show): uploads' download links start with it. */
  String siteUrl;

  private CkanWorld() {}

  static CkanWorld build(Http http) {
    CkanWorld w = new CkanWorld();
    w.sfx = ItSupport.unique();
    w.admin = ItSupport.cliToken(http, "admin");
    w.orgA = "dinas-a-" + w.sfx;
    w.orgATitle = "Zulu Dinas Kominfo " + w.sfx;
    Map<String, Object> a =
        ok(
            http,
            "organization_create",
            w.admin,
            dict(
                "name",
                w.orgA,
                "title",
                w.orgATitle,
                "description",
                "Dinas A",
                "kode_unit",
                "2.16.2.20.2.21.01.0000"));
    assertEquals("2.16.2.20.2.21.01.0000", a.get("kode_unit"));
    w.orgAId = (String) a.get("id");
    w.orgB = "dinas-b-" + w.sfx;
    w.orgBTitle = "Alpha Dinas Kesehatan " + w.sfx;
    ok(http, "organization_create", w.admin, dict("name", w.orgB, "title", w.orgBTitle));
    w.group1 = "ekonomi-" + w.sfx;
    w.group1Title = "Ekonomi dan Keuangan " + w.sfx;
    ok(http, "group_create", w.admin, dict("name", w.group1, "title", w.group1Title));
    w.group2 = "sosial-" + w.sfx;
    ok(http, "group_create", w.admin, dict("name", w.group2, "title", "Sosial " + w.sfx));
    w.editorA = PublisherSetup.userWithToken(http, w.admin, "ed-a-" + w.sfx, w.orgA, "editor");
    w.memberA = PublisherSetup.userWithToken(http, w.admin, "mem-a-" + w.sfx, w.orgA, "member");
    w.orgAdminA = PublisherSetup.userWithToken(http, w.admin, "adm-a-" + w.sfx, w.orgA, "admin");
    w.editorB = PublisherSetup.userWithToken(http, w.admin, "ed-b-" + w.sfx, w.orgB, "editor");
    w.outsider = PublisherSetup.userWithToken(http, w.admin, "out-" + w.sfx, null, null);
    Map<String, Object> status = ok(http.get(Http.action("status_show"), null));
    w.siteUrl = (String) status.get("site_url");
    return w;
  }
}
