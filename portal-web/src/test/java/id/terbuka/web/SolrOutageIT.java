package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.eventually;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static id.terbuka.web.ItSupport.searchUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.util.TestInjection;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With Solr down the portal keeps accepting writes (the outbox holds them), answers searches with
 * CKAN's "Search Error", stays ready with search reported degraded, and catches up on its own once
 * Solr is back. While Solr replays its update log after an unclean stop, searches are Search Errors
 * too, never an empty catalogue.
 */
@ExtendWith(TestInfrastructure.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SolrOutageIT {
  /** The outbox backs off at most 30 s between retries; allow for that and a drain pass. */
  private static final Duration CATCH_UP = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PortalDeployment.war();
  }

  @ArquillianResource URL base;

  /** Whatever happens in the test, later classes get a running Solr. */
  @AfterAll
  static void solrIsRunningAgain() throws IOException {
    if (!TestInfrastructure.solr().isRunning()) {
      TestInfrastructure.solr().restart();
    }
  }

  @Test
  void writesSurviveAnOutageAndSearchCatchesUp() throws IOException {
    Http http = new Http(base.toString());
    String sfx = ItSupport.unique();
    String admin = ItSupport.cliToken(http, "admin");
    String org = "dinas-gangguan-" + sfx;
    ok(http, "organization_create", admin, dict("name", org, "title", "Dinas Gangguan"));
    String before = "sebelum-" + sfx;
    ok(http, "package_create", admin, dict("name", before, "owner_org", org, "title", "Sebelum"));
    searchUntil(
        http, null, names -> names.equals(List.of(before)), "indexed", "fq", "organization:" + org);

    String during = "selama-" + sfx;
    TestInfrastructure.solr().stop();
    try {
      Map<String, Object> created =
          ok(
              http,
              "package_create",
              admin,
              dict("name", during, "owner_org", org, "title", "Dibuat Selama Gangguan"));
      assertEquals(during, created.get("name"));
      Map<String, Object> updated =
          ok(
              http,
              "package_update",
              admin,
              dict(
                  "id",
                  before,
                  "name",
                  before,
                  "owner_org",
                  org,
                  "title",
                  "Diubah Selama Gangguan"));
      assertEquals("Diubah Selama Gangguan", updated.get("title"));

      Http.Reply search = http.get(Http.action("package_search", "q", "gangguan"), null);
      assertEquals(409, search.status(), search.body());
      assertEquals(Boolean.FALSE, search.map().get("success"));
      assertEquals("Search Error", search.error().get("__type"));
      // A short one-line reason, no stack trace, no internal address.
      String message = (String) search.error().get("message");
      assertTrue(message.startsWith("Search error: "), message);
      assertFalse(message.contains("\n"), message);
      for (String leak :
          List.of("\tat ", "at java.", "at org.", "at id.terbuka", "Caused by", solrAddress())) {
        assertFalse(search.body().contains(leak), "no stack trace: " + search.body());
      }

      Map<String, Object> shown = ok(http.get(Http.action("package_show", "id", during), null));
      assertEquals("Dibuat Selama Gangguan", shown.get("title"));
      assertEquals(
          "Diubah Selama Gangguan",
          ItSupport.<Map<String, Object>>ok(
                  http.get(Http.action("package_show", "id", before), null))
              .get("title"));

      Map<String, Object> health = readiness(http);
      assertEquals("UP", health.get("status"), health.toString());
      assertEquals("degraded", searchState(health), health.toString());

      // The drift report needs Solr: it says so instead of failing obscurely.
      Http.Reply drift =
          http.getWithHeaders(
              "/api/v1/admin/reindex/check",
              Map.of("X-Terbuka-Cli-Secret", TestInfrastructure.cliSecret()));
      assertEquals(503, drift.status(), drift.body());
      assertTrue(
          drift
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
    } finally {
      TestInfrastructure.solr().restart();
    }

    eventually(
        "both datasets searchable after Solr returns",
        CATCH_UP,
        () ->
            ItSupport.names(
                ok(http.get(Http.action("package_search", "fq", "organization:" + org), null))),
        names -> Set.copyOf(names).equals(Set.of(before, during)));
    Map<String, Object> found =
        eventually(
            "the update made during the outage reaches the index",
            CATCH_UP,
            () ->
                ok(
                    http.get(
                        Http.action("package_search", "fq", "organization:" + org, "q", "diubah"),
                        null)),
            r -> ((Number) r.get("count")).longValue() == 1);
    assertEquals("Diubah Selama Gangguan", map(list(found.get("results")).get(0)).get("title"));
    eventually(
        "search reported up again", CATCH_UP, () -> searchState(readiness(http)), "up"::equals);
    eventually(
        "index in sync",
        CATCH_UP,
        () -> ItSupport.reindexCheck(http),
        m -> Boolean.TRUE.equals(m.get("in_sync")));
  }

  /**
   * Open contracting during an outage: the spreadsheet import is accepted and published (Solr is
   * derived), the contracts search and explorer say search is unavailable, and the contracts
   * collection catches up by itself once Solr is back.
   */
  @Test
  void aContractsImportSurvivesAnOutageAndTheContractsIndexCatchesUp() throws IOException {
    Http http = new Http(base.toString());
    String sfx = ItSupport.unique();
    String admin = ItSupport.cliToken(http, "admin");
    if (http.get(Http.action("organization_show", "id", "ukpbj"), null).status() != 200) {
      ok(http, "organization_create", admin, dict("name", "ukpbj", "title", "UKPBJ"));
    }
    String digits = (sfx.replaceAll("[^0-9]", "") + "0000").substring(0, 4);
    String unit = "2.17.0.00.0.00.8" + digits.charAt(0) + "." + digits;
    ok(
        http,
        "organization_create",
        admin,
        dict("name", "dinas-k-gangguan-" + sfx, "title", "Dinas", "kode_unit", unit));
    String rup = "G" + sfx.replaceAll("[^A-Za-z0-9]", "");
    String csv =
        "kode_rup,judul,kode_skpd,nama_skpd,kategori,metode,pagu,kode_rekening,pemenang_nama,"
            + "nilai_penawaran,tanggal_penetapan,nomor_kontrak,nilai_kontrak,tanggal_kontrak\n"
            + rup
            + ",Pengadaan Selama Gangguan "
            + rup
            + ","
            + unit
            + ",Dinas,barang,pengadaan_langsung,90000000,5.1.02.01.01.0024,CV Gangguan,"
            + "88000000,2024-02-01,01/SPK/2024,88000000,2024-02-02\n";
    TestInfrastructure.solr().stop();
    try {
      Http.Reply imported =
          http.postMultipart(
              "/api/v1/ocds/spreadsheet",
              admin,
              Map.of("organization", "ukpbj"),
              "file",
              "gangguan.csv",
              csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(201, imported.status(), imported.body());
      assertEquals(200, http.get("/api/v1/ocds/records/ocds-bjn0jo-" + rup, null).status());
      Http.Reply search = http.get("/api/v1/contracts?q=" + rup, null);
      assertEquals(503, search.status(), search.body());
      assertFalse(search.body().contains("\tat "), search.body());
      assertEquals(503, http.get("/kontrak?q=" + rup, null).status());
    } finally {
      TestInfrastructure.solr().restart();
    }
    eventually(
        "the process reaches the contracts index after Solr returns",
        CATCH_UP,
        () -> http.get("/api/v1/contracts?q=" + rup, null),
        r -> r.status() == 200 && ((Number) r.map().get("count")).longValue() == 1);
  }

  /**
   * A killed Solr comes back on its last hard commit and replays its update log in the background;
   * the test's Solr runs in this JVM, so Solr's own test hooks stop it without its closing commit
   * and hold the replay until the test has looked.
   */
  @Test
  void searchIsASearchErrorWhileSolrReplaysItsLog() throws IOException {
    Http http = new Http(base.toString());
    String sfx = ItSupport.unique();
    String admin = ItSupport.cliToken(http, "admin");
    String org = "dinas-pemulihan-" + sfx;
    ok(http, "organization_create", admin, dict("name", org, "title", "Dinas Pemulihan"));
    String name = "pulih-" + sfx;
    ok(http, "package_create", admin, dict("name", name, "owner_org", org, "title", "Pulih"));
    // Visible through a soft commit; Solr hard-commits only every 15 s, so the dataset is in the
    // update log alone when Solr stops below.
    searchUntil(
        http, null, names -> names.equals(List.of(name)), "indexed", "fq", "organization:" + org);

    CountDownLatch replayHeld = new CountDownLatch(1);
    try {
      TestInjection.skipIndexWriterCommitOnClose = true;
      TestInfrastructure.solr().stop();
      TestInjection.skipIndexWriterCommitOnClose = false;
      TestInjection.directUpdateLatch = replayHeld;
      TestInfrastructure.solr().restart();
      Http.Reply search = null;
      // The first search may also meet a connection the old Solr closed: unavailable as well.
      for (int attempt = 1; attempt <= 3; attempt++) {
        search = http.get(Http.action("package_search", "fq", "organization:" + org), null);
        assertEquals(409, search.status(), "search " + attempt + ": " + search.body());
        assertEquals("Search Error", search.error().get("__type"));
      }
      String message = (String) search.error().get("message");
      assertTrue(message.contains("still loading"), message);
      assertEquals("degraded", searchState(readiness(http)));
    } finally {
      replayHeld.countDown();
      TestInjection.reset();
    }
    // Search Errors until the replay ends, then the dataset again.
    eventually(
        "the dataset found again after the replay",
        CATCH_UP,
        () -> http.get(Http.action("package_search", "fq", "organization:" + org), null),
        r ->
            r.status() == 200 && ItSupport.names(map(r.map().get("result"))).equals(List.of(name)));
  }

  /** MicroProfile Health readiness, which lives at the server root, not under the WAR context. */
  private Map<String, Object> readiness(Http http) {
    Http.Reply r = http.get(ItSupport.serverRoot(base.toString()) + "/health/ready", null);
    assertEquals(200, r.status(), r.body());
    return r.map();
  }

  private static String solrAddress() {
    return java.net.URI.create(TestInfrastructure.solr().baseUrl()).getAuthority();
  }

  private static Object searchState(Map<String, Object> health) {
    for (Object check : list(health.get("checks"))) {
      if ("terbuka".equals(map(check).get("name"))) {
        return map(map(check).get("data")).get("search");
      }
    }
    return null;
  }
}
