package id.terbuka.search.solr;

import static id.terbuka.search.solr.ContractCorpus.DIKNAS;
import static id.terbuka.search.solr.ContractCorpus.DINKES;
import static id.terbuka.search.solr.ContractCorpus.MAJU;
import static id.terbuka.search.solr.ContractCorpus.PU;
import static id.terbuka.search.solr.ContractCorpus.RANCANG;
import static id.terbuka.search.solr.ContractCorpus.SINAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.search.Configsets;
import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.SearchConfig;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchIndexes;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchQuery.Sums;
import id.terbuka.search.SearchResult;
import id.terbuka.search.SearchResult.FacetCount;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contracts core on a real standalone Solr laid out as the launcher lays it out (both cores):
 * free text, the explorer's filters, facets with counts and sums, the overall sum, and its sorts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractsSolrIT {

  @TempDir static Path home;

  private JettySolrRunner solr;
  private SearchIndex contracts;

  @BeforeAll
  void startSolr() throws Exception {
    solr =
        SolrHomes.start(
            home,
            Map.of(Configsets.DATASETS, Configsets.DATASETS, Configsets.CONTRACTS, "contracts"));
    SearchConfig config =
        new SearchConfig(
            SearchConfig.Mode.STANDALONE,
            List.of(solr.getBaseUrl().toString()),
            Duration.ofSeconds(10));
    contracts = SearchIndexes.open(config, Configsets.CONTRACTS);
    contracts.verifySchema();
    contracts.upsert(ContractCorpus.DOCUMENTS);
    contracts.commit();
  }

  @AfterAll
  void stopSolr() throws Exception {
    if (contracts != null) {
      contracts.close();
    }
    if (solr != null) {
      solr.stop();
    }
  }

  private static SearchQuery query(String text, String sort, String... filters) {
    return new SearchQuery(
        text, List.of(filters), sort, 0, 100, List.of(), 50, 1, List.of(), Map.of());
  }

  private static SearchQuery facetsWithSums(Sums sums, String... filters) {
    return new SearchQuery(
            "*:*",
            List.of(filters),
            null,
            0,
            0,
            List.of("buyer", "supplier", "method", "year", "flag"),
            -1,
            1,
            List.of(),
            Map.of())
        .withSums(sums);
  }

  private List<String> kodeRup(SearchQuery query) {
    List<String> ids = new ArrayList<>();
    for (Map<String, Object> document : contracts.search(query).documents()) {
      ids.add(((String) document.get("id")).substring("ocds-b0j0n9-".length()));
    }
    return ids;
  }

  private static FacetCount facet(String value, long count, String sum) {
    return new FacetCount(value, count, new BigDecimal(sum));
  }

  @Test
  void storedFieldsComeBackWithExactAmountsBesideTheHeadlineValue() {
    Map<String, Object> doc =
        contracts.search(query("*:*", null, "id:\"ocds-b0j0n9-1002\"")).documents().get(0);
    assertEquals("ocds-b0j0n9-1002", doc.get("ocid"));
    assertEquals(4.500000005E8, doc.get("value"));
    assertEquals("award", doc.get("value_source"));
    assertEquals("450000000.50", doc.get("award_value"));
    assertEquals(List.of(SINAR), doc.get("supplier"));
    assertEquals(2024, doc.get("year"));
    assertEquals(Instant.parse("2024-03-01T02:00:00Z"), doc.get("date"));
    assertEquals(List.of("award_near_estimate"), doc.get("flag"));
  }

  @Test
  void freeTextFindsTitlesDescriptionsPartiesAndOcids() {
    assertEquals(List.of("1001", "1003", "1004"), sorted(kodeRup(query("jalan", null))));
    // Stemmed: "aspal" meets "Pengaspalan" in a description.
    assertEquals(List.of("1001"), kodeRup(query("aspal", null)));
    // Supplier and buyer names are searched too.
    assertEquals(
        List.of("1001", "1003", "1004", "1005"), sorted(kodeRup(query("maju jaya", null))));
    assertEquals(List.of("1002"), kodeRup(query("pendidikan laptop", null)));
    // A pasted ocid finds its process.
    assertEquals(List.of("1005"), kodeRup(query("ocds-b0j0n9-1005", null)));
    // The catch-all field serves fielded queries without a field.
    assertEquals(List.of("1004"), kodeRup(query("text:drainase", null)));
  }

  @Test
  void filtersNarrowByEveryFacetFieldAndByValueRange() {
    assertEquals(
        List.of("1001", "1003", "1004"), kodeRup(query("*:*", "id asc", "buyer:\"" + PU + "\"")));
    assertEquals(
        List.of("1001", "1003", "1004", "1005"),
        kodeRup(query("*:*", "id asc", "supplier:\"" + MAJU + "\"")));
    assertEquals(
        List.of("1005"),
        kodeRup(query("*:*", "id asc", "supplier_id:\"ID-NPWP-033333333333000\"")));
    assertEquals(
        List.of("1003", "1004"), kodeRup(query("*:*", "id asc", "method:pengadaan_langsung")));
    assertEquals(List.of("1005"), kodeRup(query("*:*", "id asc", "year:2023")));
    assertEquals(
        List.of("1002", "1005", "1006"),
        kodeRup(query("*:*", "id asc", "value:[200000000 TO 1000000000]")));
    assertEquals(
        List.of("1001", "1006"), kodeRup(query("*:*", "id asc", "value:[900000000 TO *]")));
    assertEquals(
        List.of("1003", "1004"), kodeRup(query("*:*", "id asc", "flag:contract_splitting")));
    assertEquals(
        List.of("1003"),
        kodeRup(query("pemeliharaan", "id asc", "buyer:\"" + PU + "\"", "year:2024")));
    assertEquals(List.of(), kodeRup(query("*:*", null, "category:barang", "year:2023")));
  }

  @Test
  void facetsCarryCountsAndSumsAndTheResultTheOverallSum() {
    SearchResult result = contracts.search(facetsWithSums(Sums.of("value")));
    assertEquals(7, result.total());
    assertEquals(0, ContractCorpus.TOTAL.compareTo(result.sum()), result.sum().toPlainString());
    assertEquals("3270000000.5", result.sum().toPlainString());
    assertEquals(
        List.of(
            facet(DINKES, 3, "1200000000"),
            facet(PU, 3, "1620000000"),
            facet(DIKNAS, 1, "450000000.5")),
        result.facets().get("buyer"));
    assertEquals(
        List.of(
            facet(MAJU, 4, "1920000000"),
            facet(RANCANG, 1, "300000000"),
            facet(SINAR, 1, "450000000.5")),
        result.facets().get("supplier"));
    assertEquals(
        List.of(
            facet("2024", 5, "2070000000.5"),
            facet("2023", 1, "300000000"),
            facet("2025", 1, "900000000")),
        result.facets().get("year"));
    assertEquals(
        List.of(
            facet("contract_splitting", 2, "370000000"),
            facet("award_near_estimate", 1, "450000000.5"),
            facet("single_bidder", 1, "1250000000")),
        result.facets().get("flag"));
    // A process without a value counts but adds nothing.
    assertTrue(result.facets().get("method").contains(facet("swakelola", 1, "0")));
    assertEquals(
        List.of("buyer", "supplier", "method", "year", "flag"),
        List.copyOf(result.facets().keySet()));
  }

  @Test
  void facetsCanBeRankedByTheirSums() {
    SearchResult result = contracts.search(facetsWithSums(Sums.rankedBySum("value")));
    assertEquals(
        List.of(
            facet(PU, 3, "1620000000"),
            facet(DINKES, 3, "1200000000"),
            facet(DIKNAS, 1, "450000000.5")),
        result.facets().get("buyer"));
    assertEquals(
        List.of(MAJU, SINAR, RANCANG),
        result.facets().get("supplier").stream().map(FacetCount::value).toList());
  }

  @Test
  void sumsFollowTheFiltersAndTheFacetLimit() {
    SearchResult splitting =
        contracts.search(facetsWithSums(Sums.of("value"), "flag:contract_splitting"));
    assertEquals("370000000", splitting.sum().toPlainString());
    assertEquals(List.of(facet(PU, 2, "370000000")), splitting.facets().get("buyer"));

    SearchQuery topSupplier =
        new SearchQuery(
                "jalan", List.of(), null, 0, 10, List.of("supplier"), 1, 1, List.of(), Map.of())
            .withSums(Sums.rankedBySum("value"));
    SearchResult result = contracts.search(topSupplier);
    assertEquals(3, result.documents().size());
    assertEquals("1620000000", result.sum().toPlainString());
    assertEquals(List.of(facet(MAJU, 3, "1620000000")), result.facets().get("supplier"));
  }

  @Test
  void nothingFoundSumsToZeroWithEmptyFacets() {
    SearchResult none = contracts.search(facetsWithSums(Sums.of("value"), "year:1999"));
    assertEquals(0, none.total());
    assertEquals(BigDecimal.ZERO, none.sum());
    none.facets().values().forEach(counts -> assertEquals(List.of(), counts));
    assertEquals(5, none.facets().size());
  }

  @Test
  void withoutSumsFacetsAreCountsOnlyAsBefore() {
    SearchResult result =
        contracts.search(
            new SearchQuery(
                "*:*", List.of(), null, 0, 0, List.of("method"), 2, 1, List.of(), Map.of()));
    assertNull(result.sum());
    assertEquals(
        List.of(new FacetCount("pengadaan_langsung", 2), new FacetCount("tender", 2)),
        result.facets().get("method"));
  }

  @Test
  void summingAFieldTheSchemaLacksIsABadQuery() {
    assertThrows(
        InvalidSearchQueryException.class,
        () -> contracts.search(facetsWithSums(Sums.of("nilai"))));
  }

  @Test
  void sortsByValueByDateAndByScore() {
    // A process without a value (1007) or date goes last whichever the direction.
    assertEquals(
        List.of("1001", "1006", "1002", "1005", "1004", "1003", "1007"),
        kodeRup(query("*:*", "value desc")));
    assertEquals(
        List.of("1003", "1004", "1005", "1002", "1006", "1001", "1007"),
        kodeRup(query("*:*", "value asc")));
    assertEquals(
        List.of("1006", "1004", "1003", "1001", "1002", "1007", "1005"),
        kodeRup(query("*:*", "date desc")));
    assertEquals(
        List.of("1005", "1007", "1002", "1001", "1003", "1004", "1006"),
        kodeRup(query("*:*", "date asc")));
    // The title weighs more than the description: 1005 is about a puskesmas, 1006 mentions one.
    assertEquals(List.of("1005", "1006"), kodeRup(query("puskesmas", "score desc")));
    assertEquals(List.of("1005", "1006"), kodeRup(query("puskesmas", null)));
    assertEquals(
        List.of("1001", "1004", "1003"), kodeRup(query("jalan", "value desc, score desc")));
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }
}
