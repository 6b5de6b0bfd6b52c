package id.terbuka.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatasetSearchSortTest {
  @Test
  void ckansViewsRecentIsAnsweredByPopularity() {
    assertEquals("popularity desc", DatasetSearch.solrSort("views_recent desc"));
    assertEquals(
        "popularity desc, name asc", DatasetSearch.solrSort("views_recent desc, name asc"));
    assertEquals("views_recently desc", DatasetSearch.solrSort("views_recently desc"));
    assertEquals("metadata_modified desc", DatasetSearch.solrSort("metadata_modified desc"));
  }
}
