package id.terbuka.search.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.search.Configsets;
import id.terbuka.search.SearchConfig;
import id.terbuka.search.SearchIndex;
import id.terbuka.search.SearchIndexes;
import id.terbuka.search.SearchQuery;
import id.terbuka.search.SearchUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.util.TestInjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an unclean stop a standalone core comes back on its last hard commit and replays its update
 * log in the background; until the replay ends it answers queries from that older (here: empty)
 * index. The port must report such a core as unavailable, never as an empty catalogue.
 *
 * <p>Solr's own test hooks make this deterministic: {@link
 * TestInjection#skipIndexWriterCommitOnClose} stops the core without its closing commit (as a
 * killed Solr would), and {@link TestInjection#directUpdateLatch} holds the replay until the test
 * has looked.
 */
class SolrRestartIT {

  private static final SearchQuery EVERYTHING =
      new SearchQuery("", List.of(), null, 0, 10, List.of(), 50, 1, List.of(), Map.of());

  @TempDir Path home;

  private JettySolrRunner solr;
  private SearchIndex index;
  private String autoCommit;

  @AfterEach
  void cleanUp() throws Exception {
    TestInjection.reset();
    if (index != null) {
      index.close();
    }
    if (solr != null) {
      solr.stop();
    }
    restoreAutoCommit();
  }

  @Test
  void aCoreReplayingItsLogIsUnavailableNotEmpty() throws Exception {
    // No hard commit while the test indexes: every document is in the update log only.
    autoCommit = System.getProperty("solr.autoCommit.maxTime");
    System.setProperty("solr.autoCommit.maxTime", "-1");
    solr = SolrHomes.start(home, Map.of("datasets", Configsets.DATASETS));
    String baseUrl = solr.getBaseUrl().toString();
    SearchConfig config =
        new SearchConfig(SearchConfig.Mode.STANDALONE, List.of(baseUrl), Duration.ofSeconds(5));
    index = SearchIndexes.open(config, "datasets");
    index.upsert(Corpus.DOCUMENTS);
    long all = Corpus.DOCUMENTS.size();
    awaitCount(all);

    TestInjection.skipIndexWriterCommitOnClose = true;
    solr.stop();
    TestInjection.skipIndexWriterCommitOnClose = false;
    CountDownLatch replayHeld = new CountDownLatch(1);
    TestInjection.directUpdateLatch = replayHeld;
    solr.start();
    assertEquals(baseUrl, solr.getBaseUrl().toString(), "Solr came back on the same port");
    try (SearchIndex fresh = SearchIndexes.open(config, "datasets")) {
      // A client that connects while the core replays (e.g. a portal started with Solr).
      SearchUnavailableException e =
          assertThrows(SearchUnavailableException.class, () -> fresh.search(EVERYTHING));
      assertTrue(e.getMessage().contains("still loading"), e.getMessage());
      assertThrows(SearchUnavailableException.class, fresh::count);
      assertFalse(fresh.health().up(), fresh.health().toString());
      assertTrue(fresh.health().detail().contains("still loading"), fresh.health().detail());
      // The long-lived client: its pooled connections died with the old Solr, and its last "ready"
      // verdict predates the restart; neither may let an empty answer through.
      for (int attempt = 1; attempt <= 3; attempt++) {
        SearchUnavailableException again =
            assertThrows(
                SearchUnavailableException.class,
                () -> index.search(EVERYTHING),
                "search " + attempt + " while replaying");
        if (attempt == 3) {
          assertTrue(again.getMessage().contains("still loading"), again.getMessage());
        }
      }
    } finally {
      replayHeld.countDown();
      TestInjection.directUpdateLatch = null;
    }

    awaitCount(all);
    assertEquals(all, index.search(EVERYTHING).total());
    assertTrue(index.health().up(), index.health().toString());
  }

  /** Polls until the index counts {@code expected} documents; "unavailable" means not yet. */
  private void awaitCount(long expected) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      try {
        long count = index.count();
        if (count == expected) {
          return;
        }
        last = "count " + count;
      } catch (SearchUnavailableException e) {
        last = e.getMessage();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("index never counted " + expected + " documents; last: " + last);
  }

  private void restoreAutoCommit() {
    if (autoCommit == null) {
      System.clearProperty("solr.autoCommit.maxTime");
    } else {
      System.setProperty("solr.autoCommit.maxTime", autoCommit);
    }
  }
}
