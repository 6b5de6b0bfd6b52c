package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.CatalogDicts;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatastoreKeys;
import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.search.SearchDocument;
import id.terbuka.search.SearchIndex;
import id.terbuka.searchsync.service.DatasetIndexWriter;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.usage.domain.UsageTotals;
import id.terbuka.usage.service.UsageReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Datasets' search documents as the database holds them now (dict, usage totals), and writing them
 * to the index for the outbox drain. Not transactional itself: it reads in the caller's
 * transaction, and a {@link id.terbuka.search.SearchException} reaches the caller without marking
 * that transaction for rollback (the drain must still record the failed attempt).
 */
@ApplicationScoped
public class SearchDocumentWriter implements DatasetIndexWriter {
  @Inject SearchIndex index;
  @Inject DatasetRepository repo;
  @Inject TerbukaConfig config;
  @Inject DatastoreKeys datastoreKeys;
  @Inject UsageReports usage;

  @Override
  public void write(Set<String> datasetIds) {
    List<SearchDocument> upserts = documents(datasetIds);
    Set<String> found = new HashSet<>();
    upserts.forEach(doc -> found.add(doc.id()));
    List<String> deletes = datasetIds.stream().filter(id -> !found.contains(id)).toList();
    if (!upserts.isEmpty()) {
      index.upsert(upserts);
    }
    if (!deletes.isEmpty()) {
      index.delete(deletes);
    }
  }

  /** The documents of those of these datasets that exist. */
  public List<SearchDocument> documents(Collection<String> datasetIds) {
    CatalogDicts dicts = new CatalogDicts(config.siteUrl(), datastoreKeys);
    Map<String, UsageTotals> totals = usage.totals(datasetIds);
    List<SearchDocument> docs = new ArrayList<>();
    for (Dataset d : repo.withDetails(datasetIds)) {
      docs.add(DatasetDocuments.of(d, dicts, totals.getOrDefault(d.id(), UsageTotals.NONE)));
    }
    return docs;
  }
}
