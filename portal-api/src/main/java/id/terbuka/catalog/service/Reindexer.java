package id.terbuka.catalog.service;

import id.terbuka.catalog.persistence.DatasetRepository;
import id.terbuka.search.SearchDocument;
import id.terbuka.search.SearchIndex;
import id.terbuka.searchsync.service.IndexQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the dataset index from PostgreSQL without emptying it first (searches keep answering
 * throughout), then removes orphans; and reports drift without changing anything.
 */
@ApplicationScoped
public class Reindexer {
  private static final int BATCH = 500;
  private static final int SAMPLE = 20;

  @Inject SearchIndex index;
  @Inject ReindexBatch batches;
  @Inject IndexQueue outbox;

  /** Re-indexes every dataset and deletes index entries with no dataset behind them. */
  public Map<String, Object> reindexAll() {
    long started = System.nanoTime();
    Map<String, Long> revisions = batches.revisions();
    List<String> ids = new ArrayList<>(revisions.keySet());
    ids.sort(null);
    long indexed = 0;
    for (int i = 0; i < ids.size(); i += BATCH) {
      indexed += batches.indexBatch(ids.subList(i, Math.min(ids.size(), i + BATCH)));
    }
    List<String> orphans = new ArrayList<>();
    index.forEachIndexed(
        (id, version) -> {
          if (!revisions.containsKey(id)) {
            orphans.add(id);
          }
        });
    if (!orphans.isEmpty()) {
      index.delete(orphans);
    }
    index.commit();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("indexed", indexed);
    out.put("orphans_removed", orphans.size());
    out.put("seconds", Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    return out;
  }

  /** Compares database and index: missing, stale (older revision) and orphaned entries. */
  public Map<String, Object> check() {
    Map<String, Long> revisions = batches.revisions();
    Map<String, Long> indexedVersions = new HashMap<>();
    index.forEachIndexed(indexedVersions::put);
    List<String> missing = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    List<String> orphaned = new ArrayList<>();
    revisions.forEach(
        (id, revision) -> {
          Long v = indexedVersions.get(id);
          if (v == null) {
            missing.add(id);
          } else if (v.longValue() != revision.longValue()) {
            stale.add(id);
          }
        });
    indexedVersions.keySet().stream()
        .filter(id -> !revisions.containsKey(id))
        .forEach(orphaned::add);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("datasets", revisions.size());
    out.put("indexed", indexedVersions.size());
    out.put("missing", missing.size());
    out.put("stale", stale.size());
    out.put("orphaned", orphaned.size());
    out.put("pending_outbox", outbox.pending());
    boolean inSync = missing.isEmpty() && stale.isEmpty() && orphaned.isEmpty();
    out.put("in_sync", inSync);
    out.put("drift", !inSync);
    out.put("missing_sample", missing.stream().sorted().limit(SAMPLE).toList());
    out.put("stale_sample", stale.stream().sorted().limit(SAMPLE).toList());
    out.put("orphaned_sample", orphaned.stream().sorted().limit(SAMPLE).toList());
    return out;
  }

  /** The transactional parts, one transaction per batch so a long reindex holds no locks. */
  @ApplicationScoped
  public static class ReindexBatch {
    @Inject DatasetRepository datasets;
    @Inject SearchIndex index;
    @Inject SearchDocumentWriter documents;

    @Transactional
    public Map<String, Long> revisions() {
      return datasets.revisions();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int indexBatch(List<String> ids) {
      List<SearchDocument> docs = documents.documents(ids);
      index.upsert(docs);
      datasets.forgetLoaded();
      return docs.size();
    }
  }
}
