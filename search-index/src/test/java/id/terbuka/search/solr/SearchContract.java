package id.terbuka.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.search.InvalidSearchQueryException;
import id.terbuka.search.PrefixQuery;
import id.terbuka.search.SearchDocument;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Indexing and search behaviour every deployment mode must show. Subclasses start Solr, open a
 * {@link SearchIndex} on it, call {@link #indexCorpus()} and return the index from {@link
 * #index()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchContract {

  abstract SearchIndex index();

  void indexCorpus() {
    index().verifySchema();
    index().upsert(Corpus.DOCUMENTS);
    index().commit();
  }

  static SearchQuery text(String text) {
    return new SearchQuery(text, List.of(), null, 0, 100, List.of(), 50, 1, List.of(), Map.of());
  }

  static SearchQuery filtered(String... filters) {
    return new SearchQuery(
        "*:*", List.of(filters), null, 0, 100, List.of(), 50, 1, List.of(), Map.of());
  }

  List<String> ids(SearchQuery query) {
    List<String> ids = new ArrayList<>();
    for (Map<String, Object> document : index().search(query).documents()) {
      ids.add((String) document.get("id"));
    }
    return ids;
  }

  // ------------------------------------------------------------------ indexing and fields

  @Test
  void everyDocumentIsIndexedAndCounted() {
    assertEquals(Corpus.DOCUMENTS.size(), index().count());
    assertEquals(Corpus.DOCUMENTS.size(), index().search(text("")).total());
    assertEquals(Corpus.DOCUMENTS.size(), index().search(text("*:*")).total());
  }

  @Test
  void storedValuesComeBackAsJavaTypes() {
    Map<String, Object> doc = index().search(filtered("id:ds-penduduk")).documents().get(0);
    assertEquals("Kependudukan 2024", doc.get("title"));
    assertEquals(List.of("Some tag", "demografi"), doc.get("tags"));
    assertEquals(Instant.parse("2024-02-01T00:00:00Z"), doc.get("metadata_modified"));
    assertEquals(Boolean.FALSE, doc.get("private"));
    assertEquals(List.of(2023, 2024), doc.get("tahun"));
    assertEquals(101L, doc.get("index_version"));
  }

  @Test
  void upsertReplacesByIdAndDeleteRemoves() {
    SearchDocument first = document("tmp-upsert", 1, "Data sementara");
    index().upsert(List.of(first));
    index().upsert(List.of(first));
    index().commit();
    assertEquals(List.of("tmp-upsert"), ids(filtered("id:tmp-upsert")));

    index().upsert(List.of(document("tmp-upsert", 2, "Data diperbarui")));
    index().commit();
    Map<String, Object> doc = index().search(filtered("id:tmp-upsert")).documents().get(0);
    assertEquals("Data diperbarui", doc.get("title"));
    assertEquals(2L, doc.get("index_version"));

    index().delete(List.of("tmp-upsert", "never-indexed"));
    index().commit();
    assertTrue(ids(filtered("id:tmp-upsert")).isEmpty());
    assertEquals(Corpus.DOCUMENTS.size(), index().count());
  }

  @Test
  void writesBecomeVisibleWithoutAnExplicitCommit() throws InterruptedException {
    index().upsert(List.of(document("tmp-visible", 1, "Tanpa commit")));
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (ids(filtered("id:tmp-visible")).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertEquals(List.of("tmp-visible"), ids(filtered("id:tmp-visible")));
    index().delete(List.of("tmp-visible"));
    index().commit();
  }

  @Test
  void largeDataDictIsStoredWhole() {
    String big = "{\"notes\":\"" + "x".repeat(300_000) + "\"}";
    Map<String, Object> fields = new LinkedHashMap<>(document("tmp-big", 1, "Besar").fields());
    fields.put("data_dict", big);
    index().upsert(List.of(new SearchDocument(fields)));
    index().commit();
    SearchQuery query =
        new SearchQuery(
            "*:*",
            List.of("id:tmp-big"),
            null,
            0,
            1,
            List.of(),
            50,
            1,
            List.of("id", "data_dict"),
            Map.of());
    assertEquals(big, index().search(query).documents().get(0).get("data_dict"));
    index().delete(List.of("tmp-big"));
    index().commit();
  }

  @Test
  void forEachIndexedStreamsIdsAndVersionsInIdOrder() {
    Map<String, Long> seen = new LinkedHashMap<>();
    index().forEachIndexed(seen::put);
    assertEquals(new TreeMap<>(Corpus.VERSIONS), new TreeMap<>(seen));
    assertEquals(new ArrayList<>(new TreeMap<>(seen).keySet()), new ArrayList<>(seen.keySet()));
  }

  // ------------------------------------------------------------------ filters, sort, facets

  @Test
  void filterFormsThatCkanClientsSend() {
    long bappeda = Corpus.countWithOrganization("bappeda");
    assertEquals(3, bappeda);
    assertEquals(bappeda, index().search(filtered("organization:bappeda")).total());
    assertEquals(
        Corpus.DOCUMENTS.size() - bappeda,
        index().search(filtered("-organization:bappeda")).total());
    assertEquals(List.of("ds-penduduk"), ids(filtered("tags:\"Some tag\"")));
    Instant since = Instant.parse("2024-01-01T00:00:00Z");
    assertEquals(
        Corpus.countModifiedSince(since),
        index().search(filtered("metadata_modified:[2024-01-01T00:00:00Z TO *]")).total());
    assertEquals(List.of("ds-ekonomi"), ids(filtered("organization:bappeda AND res_format:CSV")));
    assertEquals(2, index().search(filtered("organization:bappeda", "-res_format:CSV")).total());
  }

  @Test
  void pagesWithIdAscendingSortCoverEverythingOnce() {
    List<String> all = new ArrayList<>();
    for (int start = 0; start < Corpus.DOCUMENTS.size(); start += 4) {
      SearchQuery page =
          new SearchQuery(
              "*:*", List.of(), "id asc", start, 4, List.of(), 50, 1, List.of("id"), Map.of());
      for (Map<String, Object> doc : index().search(page).documents()) {
        all.add((String) doc.get("id"));
      }
    }
    List<String> expected = new ArrayList<>(new TreeMap<>(Corpus.VERSIONS).keySet());
    assertEquals(expected, all);
  }

  @Test
  void sortsOnTitleStringAndDates() {
    SearchQuery byTitle =
        new SearchQuery(
            "*:*",
            List.of("organization:bappeda"),
            "title_string asc",
            0,
            10,
            List.of(),
            50,
            1,
            List.of("id"),
            Map.of());
    assertEquals(List.of("ds-anggaran", "ds-ekonomi", "ds-budget"), ids(byTitle));
    SearchQuery byModified =
        new SearchQuery(
            "*:*",
            List.of("organization:bappeda"),
            "metadata_modified desc",
            0,
            10,
            List.of(),
            50,
            1,
            List.of("id"),
            Map.of());
    assertEquals(List.of("ds-budget", "ds-anggaran", "ds-ekonomi"), ids(byModified));
  }

  @Test
  void facetsCountInRequestedOrder() {
    SearchQuery query =
        new SearchQuery(
            "*:*",
            List.of(),
            null,
            0,
            0,
            List.of("res_format", "organization"),
            2,
            1,
            List.of(),
            Map.of());
    SearchResult result = index().search(query);
    assertEquals(List.of("res_format", "organization"), new ArrayList<>(result.facets().keySet()));
    long csv =
        Corpus.DOCUMENTS.stream()
            .filter(d -> ((List<?>) d.fields().get("res_format")).contains("CSV"))
            .count();
    List<SearchResult.FacetCount> formats = result.facets().get("res_format");
    assertEquals(
        List.of(new SearchResult.FacetCount("CSV", csv), new SearchResult.FacetCount("PDF", 3)),
        formats);
    // Equal counts come in value order.
    assertEquals(
        List.of(new SearchResult.FacetCount("bappeda", 3), new SearchResult.FacetCount("dpu", 3)),
        result.facets().get("organization"));
    assertTrue(index().search(text("*:*")).facets().isEmpty());
  }

  @Test
  void badQueriesAreReportedAsInvalid() {
    SearchQuery badSort =
        new SearchQuery(
            "*:*", List.of(), "no_such_field asc", 0, 10, List.of(), 50, 1, List.of(), Map.of());
    InvalidSearchQueryException sort =
        assertThrows(InvalidSearchQueryException.class, () -> index().search(badSort));
    assertFalse(sort.getMessage().contains("Error from server"), sort.getMessage());
    assertThrows(InvalidSearchQueryException.class, () -> index().search(text("title:(budget")));
    assertThrows(
        InvalidSearchQueryException.class, () -> index().search(filtered("no_such_field:x")));
    InvalidSearchQueryException local =
        assertThrows(
            InvalidSearchQueryException.class, () -> index().search(text("{!lucene}id:ds-pajak")));
    assertEquals("Local parameters are not allowed", local.getMessage());
  }

  // ------------------------------------------------------------------ query semantics

  @Test
  void fieldedQueriesUseTheLuceneParser() {
    assertEquals(List.of("ds-budget"), ids(text("title:budget")));
    assertEquals(List.of("ds-penduduk"), ids(text("tags:\"Some tag\"")));
    assertEquals(List.of("ds-budget"), ids(text("organization:bappeda AND title:budget")));
  }

  @Test
  void freeTextIsAndAcrossFieldsAndToleratesStopwords() {
    assertEquals(List.of("ds-penduduk"), ids(text("penduduk kecamatan")));
    assertEquals(List.of("ds-penduduk"), ids(text("penduduk dan kecamatan")));
    assertTrue(ids(text("penduduk sawah")).isEmpty());
  }

  @Test
  void indonesianDerivationsFindEachOther() {
    assertEquals(List.of("ds-ekonomi"), ids(text("ekonomi")));
    assertEquals(List.of("ds-penduduk"), ids(text("penduduk")));
    assertEquals(List.of("ds-anggaran"), ids(text("anggaran")));
    assertEquals(List.of("ds-sekolah"), ids(text("sekolah")));
    assertEquals(List.of("ds-budget"), ids(text("budget")));
    assertEquals(List.of("ds-pajak"), ids(text("pajak")));
    assertEquals(List.of("ds-pemerintahan"), ids(text("pemerintah")));
    assertEquals(List.of("ds-pegawai"), ids(text("pegawai")));
    assertEquals(List.of("ds-pengangguran"), ids(text("menganggur")));
  }

  @Test
  void stemmingDoesNotMergeUnrelatedWords() {
    assertTrue(ids(text("duduk")).isEmpty(), "duduk (sit) vs kependudukan");
    assertTrue(ids(text("anggar")).isEmpty(), "anggar (fencing) vs penganggaran");
    assertTrue(ids(text("anggur")).isEmpty(), "anggur (grape) vs pengangguran");
    assertTrue(ids(text("perintah")).isEmpty(), "perintah (order) vs pemerintahan");
    assertTrue(ids(text("gawai")).isEmpty(), "gawai (gadget) vs kepegawaian");
    assertTrue(ids(text("masa")).isEmpty(), "masa (period) vs masalah");
    assertEquals(List.of("ds-seko"), ids(text("seko")), "seko vs sekolah");
    assertEquals(List.of("ds-kantor"), ids(text("kantor")), "kantor vs pengantar");
    assertEquals(List.of("ds-antar"), ids(text("pengantar")));
    assertEquals(List.of("ds-lahan"), ids(text("lahan")), "lahan (land) vs perlahan (slowly)");
    assertEquals(List.of("ds-perlahan"), ids(text("perlahan")));
  }

  @Test
  void titleAndTagMatchesRankAboveDescriptionOnlyMatches() {
    List<String> ranked = ids(text("irigasi"));
    assertEquals(3, ranked.size());
    assertEquals("rel-notes", ranked.get(2), ranked.toString());
  }

  @Test
  void exactWordRanksAboveADerivation() {
    index().upsert(List.of(document("tmp-ekonomi", 1, "Ekonomi Daerah")));
    index().commit();
    assertEquals(List.of("tmp-ekonomi", "ds-ekonomi"), ids(text("ekonomi")));
    index().delete(List.of("tmp-ekonomi"));
    index().commit();
  }

  @Test
  void misspelledFreeTextGetsSuggestions() {
    SearchResult result = index().search(text("perekonomain"));
    assertEquals(0, result.total());
    assertFalse(result.suggestions().isEmpty());
    assertEquals("perekonomian", result.suggestions().get(0));
    assertTrue(index().search(text("perekonomian")).suggestions().isEmpty());
  }

  @Test
  void suggestionsOnlyOfferCorrectionsThatFindSomethingWithinTheFilters() {
    SearchResult twoWords = index().search(text("sekolh dasar"));
    assertEquals(0, twoWords.total());
    assertEquals("sekolah dasar", twoWords.suggestions().get(0));
    assertEquals(1, index().search(text(twoWords.suggestions().get(0))).total());
    // The same typo inside a filter that excludes the only match: nothing worth suggesting.
    SearchQuery scoped =
        new SearchQuery(
            "sekolh dasar",
            List.of("+organization:bappeda"),
            null,
            0,
            10,
            List.of(),
            50,
            1,
            List.of(),
            Map.of());
    assertEquals(List.of(), index().search(scoped).suggestions());
  }

  // ------------------------------------------------------------------ completion

  static PrefixQuery prefix(String text, String... filters) {
    return new PrefixQuery(text, List.of(filters), 10, List.of("id", "title"));
  }

  List<String> completed(PrefixQuery query) {
    List<String> ids = new ArrayList<>();
    for (Map<String, Object> document : index().complete(query).documents()) {
      ids.add((String) document.get("id"));
    }
    return ids;
  }

  @Test
  void completionMatchesTheStartsOfTitleWords() {
    assertEquals(List.of("ds-penduduk"), completed(prefix("Kepend")));
    assertEquals(List.of("ds-sekolah"), completed(prefix("sekolah neg")));
    assertEquals(List.of("ds-sekolah"), completed(prefix("neg sek")), "any word order");
    assertEquals(List.of(), completed(prefix("ependuduk")), "word starts only");
    // Unstemmed: the root of "Perekonomian" is not the start of any title word.
    assertEquals(List.of(), completed(prefix("ekonom")));
  }

  @Test
  void completionRanksTitlesStartingWithTheTextFirstThenByTitle() {
    List<String> ids = completed(prefix("penga"));
    assertEquals(List.of("ds-anggaran", "ds-antar", "ds-pengangguran"), ids);
  }

  @Test
  void completionAppliesTheFiltersAndTheRowLimit() {
    assertEquals(List.of(), completed(prefix("Kepend", "-organization:disdukcapil")));
    assertEquals(
        2, index().complete(new PrefixQuery("penga", List.of(), 2, List.of())).documents().size());
    assertEquals(
        "Kependudukan 2024",
        index().complete(prefix("kepen")).documents().get(0).get("title"),
        "the requested fields come back");
  }

  @Test
  void completionTreatsTypedSyntaxAsWords() {
    assertEquals(0, index().complete(prefix("title:* OR {!lucene}x")).total());
    assertEquals(0, index().complete(prefix("  ,;  ")).total());
    assertEquals(List.of("ds-penduduk"), completed(prefix("ds-pend")), "the name's start");
    assertThrows(
        InvalidSearchQueryException.class, () -> index().complete(prefix("kepen", "{!lucene}*:*")));
  }

  @Test
  void healthIsUp() {
    assertTrue(index().health().up(), index().health().detail());
    assertNotNull(index().health().detail());
  }

  static SearchDocument document(String id, long version, String title) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("index_version", version);
    fields.put("title", title);
    fields.put("state", "active");
    return new SearchDocument(fields);
  }
}
