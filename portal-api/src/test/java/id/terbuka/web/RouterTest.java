package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RouterTest {
  private static Route route(String servletPath, String pathInfo) {
    return Router.route(servletPath, pathInfo);
  }

  @Test
  void homeAndSearch() {
    assertEquals(Route.Page.HOME, route("", "/").page());
    assertEquals(Route.Page.HOME, route("", null).page());
    assertEquals(Route.Page.SEARCH, route("/dataset", null).page());
    assertEquals(Route.Page.SEARCH, route("/dataset", "/").page());
  }

  @Test
  void datasetPagesByNameOrId() {
    assertEquals(
        new Route(Route.Page.DATASET, "jumlah-penduduk-2024"),
        route("/dataset", "/jumlah-penduduk-2024"));
    assertEquals(new Route(Route.Page.DATASET, "abc_1"), route("/dataset", "/abc_1/"));
    assertEquals(
        new Route(Route.Page.DATASET, "0b6a43c2-5b1e-4c8e-9f0a-1d2e3f4a5b6c"),
        route("/dataset", "/0b6a43c2-5b1e-4c8e-9f0a-1d2e3f4a5b6c"));
  }

  @Test
  void historyAndChangesAtCkansUrls() {
    assertEquals(
        new Route(Route.Page.DATASET_HISTORY, "status-gizi"),
        route("/dataset", "/activity/status-gizi"));
    assertEquals(
        new Route(Route.Page.DATASET_CHANGE, "0b6a43c2-5b1e-4c8e-9f0a-1d2e3f4a5b6c"),
        route("/dataset", "/changes/0b6a43c2-5b1e-4c8e-9f0a-1d2e3f4a5b6c/"));
    // A dataset may still be called "activity" or "changes": one segment is its page.
    assertEquals(new Route(Route.Page.DATASET, "activity"), route("/dataset", "/activity"));
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/changes/a/b").page());
  }

  @Test
  void datasetRdfByExtension() {
    assertEquals(
        new Route(Route.Page.DATASET_RDF, "status-gizi", "ttl"),
        route("/dataset", "/status-gizi.ttl"));
    assertEquals(
        new Route(Route.Page.DATASET_RDF, "a_1", "jsonld"), route("/dataset", "/a_1.jsonld"));
    assertEquals(new Route(Route.Page.DATASET_RDF, "a", "rdf"), route("/dataset", "/a.rdf"));
    assertEquals(new Route(Route.Page.DATASET_RDF, "a", "xml"), route("/dataset", "/a.xml"));
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/a.n3").page());
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/a.ttl/").page());
  }

  @Test
  void ckanDownloadUrlsStillReachTheDownloads() {
    assertEquals(
        Route.Page.DOWNLOAD, route("/dataset", "/ds/resource/r1/download/data.csv").page());
    assertEquals(Route.Page.DOWNLOAD, route("/dataset", "/ds/resource/r1/download").page());
    assertEquals(
        Route.Page.DOWNLOAD,
        route("/dataset", "/ds/resource/r1/version/2/download/data-v2.csv").page());
  }

  @Test
  void resourcePagesByDatasetNameOrIdAndResourceId() {
    assertEquals(
        new Route(Route.Page.RESOURCE, "jumlah-penduduk", "0b6a43c2-5b1e-4c8e-9f0a-1d2e3f4a5b6c"),
        route("/dataset", "/jumlah-penduduk/resource/0b6a43c2-5b1e-4c8e-9f0a-1d2e3f4a5b6c"));
    assertEquals(new Route(Route.Page.RESOURCE, "ds", "r1"), route("/dataset", "/ds/resource/r1/"));
  }

  @Test
  void resourcePagesDoNotSwallowTheDownloadsBelowThem() {
    assertEquals(
        Route.Page.DOWNLOAD, route("/dataset", "/ds/resource/r1/download/r1-page.csv").page());
    assertEquals(
        Route.Page.DOWNLOAD, route("/dataset", "/ds/resource/r1/version/1/download/a.csv").page());
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/ds/resource/r1/version/1").page());
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/ds/resource/").page());
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/ds/resource/r 1").page());
  }

  @Test
  void unitAndTopicListsAndPages() {
    assertEquals(Route.Page.ORGANIZATIONS, route("/organization", null).page());
    assertEquals(Route.Page.ORGANIZATIONS, route("/organization", "/").page());
    assertEquals(Route.Page.GROUPS, route("/group", null).page());
    assertEquals(
        new Route(Route.Page.ORGANIZATION, "dinas-kesehatan"),
        route("/organization", "/dinas-kesehatan"));
    assertEquals(new Route(Route.Page.GROUP, "kesehatan"), route("/group", "/kesehatan/"));
    assertEquals(Route.Page.NOT_FOUND, route("/group", "/kesehatan/edit").page());
    assertEquals(Route.Page.NOT_FOUND, route("/organization", "/a b").page());
  }

  @Test
  void anythingElseIsNotFound() {
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/ds/resources/r1").page());
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/a b").page());
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/<script>").page());
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/ds/edit").page());
  }

  @Test
  void theSatisfactionFormHasItsOwnRouteAndTheDownloadsTheirResourceId() {
    assertEquals(
        new Route(Route.Page.SATISFACTION, "penduduk-2024"),
        route("/dataset", "/penduduk-2024/satisfaction"));
    assertEquals(Route.Page.NOT_FOUND, route("/dataset", "/penduduk-2024/satisfaction/x").page());
    assertEquals(
        "r1",
        id.terbuka.web.ResourceDownloads.resourceId("/ds/resource/r1/version/2/download/a.csv"));
    assertEquals(null, id.terbuka.web.ResourceDownloads.resourceId("/ds/resource/r1"));
  }

  @Test
  void budgetPagesTakeAFourDigitYearAndAUnitCodeOfDigitsAndDots() {
    assertEquals(Route.Page.BUDGET, route("/anggaran", null).page());
    assertEquals(Route.Page.BUDGET, route("/anggaran", "/").page());
    assertEquals(new Route(Route.Page.BUDGET_YEAR, "2022"), route("/anggaran", "/2022"));
    assertEquals(new Route(Route.Page.BUDGET_YEAR, "2022"), route("/anggaran", "/2022/"));
    assertEquals(
        new Route(Route.Page.BUDGET_UNIT, "2022", "1.02.0.00.0.00.01.0000"),
        route("/anggaran", "/2022/unit/1.02.0.00.0.00.01.0000"));
    for (String bad :
        new String[] {
          "/22",
          "/20222",
          "/abcd",
          "/2022/unit",
          "/2022/unit/",
          "/2022/unit/x",
          "/2022/unit/.1",
          "/2022/unit/1.02/extra",
          "/\u0662\u0660\u0662\u0662",
          "/2022/unit/" + "1".repeat(41)
        }) {
      assertEquals(Route.Page.NOT_FOUND, route("/anggaran", bad).page(), bad);
    }
  }

  @Test
  void dasaWismaPagesTakeAFourDigitYearAndKemendagriCodesOfTheirLevel() {
    assertEquals(Route.Page.DASAWISMA, route("/dasawisma", null).page());
    assertEquals(Route.Page.DASAWISMA, route("/dasawisma", "/").page());
    assertEquals(new Route(Route.Page.DASAWISMA_YEAR, "2024"), route("/dasawisma", "/2024"));
    assertEquals(new Route(Route.Page.DASAWISMA_YEAR, "2024"), route("/dasawisma", "/2024/"));
    assertEquals(
        new Route(Route.Page.DASAWISMA_KECAMATAN, "2024", "35.22.01"),
        route("/dasawisma", "/2024/kecamatan/35.22.01"));
    assertEquals(
        new Route(Route.Page.DASAWISMA_DESA, "2024", "35.22.15.1001"),
        route("/dasawisma", "/2024/desa/35.22.15.1001/"));
    for (String bad :
        new String[] {
          "/24",
          "/20245",
          "/abcd",
          "/2024/kecamatan",
          "/2024/kecamatan/35.22",
          "/2024/kecamatan/35.22.01.2001",
          "/2024/desa/35.22.01",
          "/2024/desa/35.22.01.20011",
          "/2024/desa/35-22-01-2001",
          "/2024/rt/35.22.01.2001",
          "/2024/kecamatan/35.22.01/x"
        }) {
      assertEquals(Route.Page.NOT_FOUND, route("/dasawisma", bad).page(), bad);
    }
    assertEquals(Route.Page.NOT_FOUND, route("/dasawismax", null).page());
  }

  @Test
  void contractPagesTakeTheExplorerAndAnOcid() {
    assertEquals(Route.Page.CONTRACTS, route("/kontrak", null).page());
    assertEquals(Route.Page.CONTRACTS, route("/kontrak", "/").page());
    assertEquals(
        new Route(Route.Page.CONTRACT, "ocds-b0j0n9-21334455"),
        route("/kontrak", "/ocds-b0j0n9-21334455"));
    assertEquals(
        new Route(Route.Page.CONTRACT, "ocds-b0j0n9-a.b_c-1"),
        route("/kontrak", "/ocds-b0j0n9-a.b_c-1/"));
    for (String bad :
        new String[] {
          "/21334455",
          "/ocds-b0j0n9-",
          "/ocds-B0J0N9-1",
          "/ocds-b0j0n-1",
          "/ocds-b0j0n9-1/x",
          "/ocds-b0j0n9-1 2",
          "/ocds-b0j0n9-" + "1".repeat(121)
        }) {
      assertEquals(Route.Page.NOT_FOUND, route("/kontrak", bad).page(), bad);
    }
  }

  @Test
  void theReportsPageIsOnePath() {
    assertEquals(Route.Page.REPORTS, route("/laporan", null).page());
    assertEquals(Route.Page.REPORTS, route("/laporan", "/").page());
    assertEquals(Route.Page.NOT_FOUND, route("/laporan", "/2026").page());
    assertEquals(Route.Page.NOT_FOUND, route("/laporanx", null).page());
  }

  @Test
  void developerPage() {
    assertEquals(Route.Page.DEVELOPER, route("/developer", null).page());
    assertEquals(Route.Page.DEVELOPER, route("/developer", "/").page());
    assertEquals(Route.Page.NOT_FOUND, route("/developer", "/x").page());
  }
}
