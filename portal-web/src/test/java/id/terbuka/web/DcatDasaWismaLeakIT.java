package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dasa Wisma never leaks through the harvesting outputs (issue 13, item 9): after households are
 * imported and a snapshot published, the DCAT catalogue in every syntax, the datasets' own RDF,
 * {@code data.json}, the Atom feeds and the publication log hold none of the households' values
 * (their group names, family numbers), no private dataset, and no restricted recap; the published
 * Dasa Wisma datasets themselves are there, with their distributions. Year 2021: the other Dasa
 * Wisma tests take 2023 (the dashboard's snapshot), 2024 and 2025, and there is one snapshot per
 * month and year.
 */
@ExtendWith(SharedPortal.class)
class DcatDasaWismaLeakIT {
  static final int TAHUN = 2021;
  static final String DESA_BIG = "35.22.01.2001";
  static final String DESA_SMALL = "35.22.01.2002";

  @SharedPortal.Base URL base;

  @Test
  void noHouseholdValueOrRestrictedDatasetReachesDcatOrFeeds() {
    Http http = new Http(base.toString());
    String since = java.time.Instant.now().minusSeconds(5).toString();
    String admin = ItSupport.cliToken(http, "admin");
    String sfx = ItSupport.unique();
    if (http.get(Http.action("organization_show", "id", "tp-pkk"), null).status() != 200) {
      ok(http, "organization_create", admin, dict("name", "tp-pkk", "title", "TP PKK"));
    }
    String kader = PublisherSetup.userWithToken(http, admin, "kader-dcat-" + sfx, null, null);
    String walidata =
        PublisherSetup.userWithToken(http, admin, "walidata-dcat-" + sfx, "tp-pkk", "editor");
    for (String desa : List.of(DESA_BIG, DESA_SMALL)) {
      Http.Reply r =
          http.postJson(
              "/api/v1/dasawisma/roles",
              admin,
              dict("user", "kader-dcat-" + sfx, "role", "kader", "region", desa));
      assertEquals(201, r.status(), r.body());
    }
    String groupBig = "Anggrek" + sfx;
    String groupSmall = "Bakung" + sfx;
    List<Map<String, String>> rows =
        new ArrayList<>(DasaWismaFixtures.rows(TAHUN, DESA_BIG, groupBig, 12));
    rows.addAll(DasaWismaFixtures.rows(TAHUN, DESA_SMALL, groupSmall, 4));
    Http.Reply imported =
        http.postMultipart(
            "/api/v1/dasawisma/imports",
            kader,
            Map.of(),
            "file",
            // Named after a family, as a cadre might: the public log names the kind instead.
            "keluarga-" + groupBig + ".csv",
            DasaWismaFixtures.csv(rows, List.of("nama_kepala_keluarga"), "Rahasia" + sfx)
                .getBytes(StandardCharsets.UTF_8));
    assertEquals(201, imported.status(), imported.body());
    Http.Reply taken =
        http.postJson("/api/v1/dasawisma/" + TAHUN + "/snapshots", walidata, Map.of());
    assertEquals(201, taken.status(), taken.body());
    // A private dataset of the TP PKK, as a restricted table would be.
    String hidden = "rekap-rahasia-" + sfx;
    ItSupport.packageCreate(
        http, admin, dict("name", hidden, "owner_org", "tp-pkk", "private", true, "notes", sfx));
    String published = "indikator-dasawisma-" + TAHUN + "-desa";
    ItSupport.searchUntil(
        http, null, n -> n.contains(published), published, "q", "name:" + published);

    List<String> bodies = new ArrayList<>();
    for (String path :
        List.of(
            "/catalog.ttl?fq=" + DcatIT.enc("organization:tp-pkk"),
            "/catalog.rdf?fq=" + DcatIT.enc("organization:tp-pkk"),
            "/catalog.jsonld?fq=" + DcatIT.enc("organization:tp-pkk"),
            "/catalog.ttl?q=dasawisma",
            "/dataset/" + published + ".ttl",
            "/dataset/" + published + ".jsonld",
            "/data.json",
            "/feeds/dataset.atom",
            "/feeds/organization/tp-pkk.atom",
            "/api/v1/audit/log?format=jsonl&limit=1000&since=" + DcatIT.enc(since))) {
      Http.Reply r = http.get(path, null);
      assertEquals(200, r.status(), path + ": " + r.body());
      bodies.add(r.body());
      // The log names who did what (the cadre whose import was accepted, the walidata who took
      // the snapshot): accounts are public there by design, so only those two names are taken
      // out before looking for household values and the private dataset.
      String checked =
          r.body()
              .replace("walidata-dcat-" + sfx, "walidata")
              .replace("\"actor\":\"kader-dcat-" + sfx + "\"", "\"actor\":\"kader\"");
      for (String secret :
          List.of(sfx, groupBig, groupSmall, "Rahasia", hidden, "kader-dcat", "id_keluarga")) {
        assertFalse(checked.contains(secret), secret + " reached " + path + ": " + checked);
      }
    }
    assertTrue(bodies.get(0).contains("/dataset/"), "the published datasets are listed");
    assertTrue(
        bodies.get(4).contains("Distribution"), "the published dataset has its distributions");
    assertEquals(404, http.get("/dataset/" + hidden + ".ttl", null).status());
    String log = bodies.get(bodies.size() - 1);
    assertTrue(log.contains(published), "the snapshot's publication is in the log: " + log);
  }
}
