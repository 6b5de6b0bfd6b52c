package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupListingTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 0, 0);

  private static CatalogGroup org(String name, String title, String description) {
    CatalogGroup g = new CatalogGroup("id-" + name, name, true, NOW);
    g.title = title;
    g.description = description;
    return g;
  }

  private static final CatalogGroup BAPPEDA = org("bappeda", "Badan Perencanaan", "rencana");
  private static final CatalogGroup DINKES = org("dinkes", "dinas Kesehatan", "Puskesmas");
  private static final CatalogGroup DISDIK = org("disdik", "Dinas Pendidikan", null);
  private static final CatalogGroup UNTITLED = org("zeta", null, null);
  private static final List<CatalogGroup> ALL = List.of(DISDIK, UNTITLED, BAPPEDA, DINKES);

  private static GroupListing listing(Object... keyValues) {
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    return GroupListing.of(params);
  }

  private static List<String> names(List<CatalogGroup> groups) {
    return groups.stream().map(CatalogGroup::name).toList();
  }

  private static Map<String, List<String>> refusal(Object... keyValues) {
    return assertThrows(InvalidInputException.class, () -> listing(keyValues)).errors();
  }

  @Test
  void defaultsAreNamesByTitleUpToAThousand() {
    assertEquals(new GroupListing("title", false, null, false, false, 1000, 0), listing());
  }

  @Test
  void allFieldsBringsCountsAndPagesOfTwentyFive() {
    assertEquals(
        new GroupListing("title", false, null, true, true, 25, 0), listing("all_fields", "true"));
    assertEquals(
        new GroupListing("title", false, null, true, false, 25, 0),
        listing("all_fields", true, "include_dataset_count", "false"));
  }

  @Test
  void sortIsAFieldAndAnOptionalDirectionInAnyCase() {
    assertEquals("package_count", listing("sort", " Package_Count  DESC ").field());
    assertTrue(listing("sort", "name desc").descending());
    assertFalse(listing("sort", "name asc").descending());
    assertFalse(listing("sort", "name").descending());
  }

  @Test
  void anUnknownSortIsRefusedQuotingItLowerCased() {
    assertEquals(
        Map.of("sort", List.of("Cannot sort by field `created`")), refusal("sort", "created"));
    assertEquals(
        Map.of("sort", List.of("Cannot sort by field `name up`")), refusal("sort", "Name UP"));
    assertEquals(
        Map.of("sort", List.of("Cannot sort by field `name asc x`")),
        refusal("sort", "name asc x"));
  }

  @Test
  void badPagingIsRefusedByField() {
    assertEquals(Map.of("limit", List.of("Must be a positive integer")), refusal("limit", -1));
    assertEquals(Map.of("offset", List.of("Must be a positive integer")), refusal("offset", "-5"));
    assertEquals(Map.of("limit", List.of("Invalid integer")), refusal("limit", "ten"));
    assertEquals(
        Map.of("all_fields", List.of("Value must be one of: True, False")),
        refusal("all_fields", "maybe"));
  }

  @Test
  void theSortIsCheckedFirst() {
    assertEquals(
        Map.of("sort", List.of("Cannot sort by field `x`")), refusal("sort", "x", "limit", -1));
  }

  @Test
  void countsAreNeededToSortByThemOrToShowThem() {
    assertFalse(listing().needsCounts());
    assertTrue(listing("sort", "package_count").needsCounts());
    assertTrue(listing("include_dataset_count", "true").needsCounts());
    assertTrue(listing("all_fields", "true").needsCounts());
  }

  @Test
  void qMatchesNameTitleOrDescriptionInAnyCase() {
    assertEquals(List.of("dinkes"), names(listing("q", "PUSKES").matching(ALL)));
    assertEquals(List.of("disdik", "dinkes"), names(listing("q", "dinas").matching(ALL)));
    assertEquals(List.of("bappeda"), names(listing("q", "bappe").matching(ALL)));
    assertEquals(List.of("zeta"), names(listing("q", "ZET").matching(ALL)), "untitled: its name");
    assertEquals(ALL, listing().matching(ALL));
  }

  @Test
  void titleOrderIgnoresCaseAndUsesTheNameOfTheUntitled() {
    assertEquals(
        List.of("bappeda", "dinkes", "disdik", "zeta"), names(listing().page(ALL, Map.of())));
    assertEquals(
        List.of("zeta", "disdik", "dinkes", "bappeda"),
        names(listing("sort", "title desc").page(ALL, Map.of())));
  }

  @Test
  void byCountTiesAreBrokenByNameAscendingEitherWay() {
    Map<String, Long> counts = Map.of("id-dinkes", 5L, "id-disdik", 2L, "id-zeta", 2L);
    assertEquals(
        List.of("bappeda", "disdik", "zeta", "dinkes"),
        names(listing("sort", "package_count").page(ALL, counts)),
        "bappeda has none");
    assertEquals(
        List.of("dinkes", "disdik", "zeta", "bappeda"),
        names(listing("sort", "package_count desc").page(ALL, counts)));
  }

  @Test
  void thePageIsCutAfterSorting() {
    assertEquals(
        List.of("dinkes", "disdik"),
        names(listing("sort", "name", "offset", 1, "limit", 2).page(ALL, Map.of())));
    assertEquals(List.of(), names(listing("offset", 10).page(ALL, Map.of())));
    assertEquals(List.of(), names(listing("limit", 0).page(ALL, Map.of())));
  }
}
