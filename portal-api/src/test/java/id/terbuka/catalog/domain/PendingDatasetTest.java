package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each producer action turns the dataset as they see it into the next proposal. */
class PendingDatasetTest {
  private static Map<String, Object> live() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", "d1");
    d.put("name", "data");
    d.put("title", "Data lama");
    d.put("state", "active");
    d.put("metadata_created", "2026-01-01T00:00:00.000000");
    d.put("notes", "catatan");
    d.put("tags", List.of(Map.of("name", "a")));
    d.put("resources", List.of(resource("r1", "CSV"), resource("r2", "Tabel")));
    d.put("review_status", "disetujui");
    return d;
  }

  private static Map<String, Object> resource(String id, String name) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", id);
    r.put("name", name);
    r.put("format", "CSV");
    return r;
  }

  @Test
  void anUpdateReplacesTheFieldsButKeepsResourcesAndSystemFields() {
    Map<String, Object> next =
        PendingDataset.updated(
            live(), Map.of("name", "data", "title", "Data baru", "state", "deleted", "id", "x"));
    assertEquals("Data baru", next.get("title"));
    assertFalse(next.containsKey("notes"), "update clears what it does not send");
    assertEquals(2, ((List<?>) next.get("resources")).size(), "resources kept when not sent");
    assertEquals("active", next.get("state"), "state is not the producer's to propose");
    assertEquals("d1", next.get("id"));
    assertEquals("2026-01-01T00:00:00.000000", next.get("metadata_created"));
  }

  @Test
  void aPatchReplacesOnlyTheKeysSent() {
    Map<String, Object> next = PendingDataset.patched(live(), Map.of("title", "Data baru"));
    assertEquals("Data baru", next.get("title"));
    assertEquals("catatan", next.get("notes"));
  }

  @Test
  void resourcesAreAddedChangedAndRemovedInTheProposalOnly() {
    Map<String, Object> view = live();
    Map<String, Object> added = PendingDataset.withNewResource(view, resource("r3", "Baru"));
    assertEquals(3, ((List<?>) added.get("resources")).size());
    assertEquals(2, ((List<?>) view.get("resources")).size(), "the live dict is not touched");

    Map<String, Object> patched =
        PendingDataset.withResourceChanged(added, "r1", Map.of("name", "CSV 2025"), false);
    assertEquals("CSV 2025", PendingDataset.resource(patched, "r1").get("name"));
    assertEquals("CSV", PendingDataset.resource(patched, "r1").get("format"), "patch keeps");

    Map<String, Object> replaced =
        PendingDataset.withResourceChanged(patched, "r1", Map.of("name", "Ganti"), true);
    assertFalse(PendingDataset.resource(replaced, "r1").containsKey("format"), "update clears");
    assertEquals("r1", PendingDataset.resource(replaced, "r1").get("id"));

    Map<String, Object> removed = PendingDataset.withoutResource(replaced, "r2");
    assertFalse(PendingDataset.hasResource(removed, "r2"));
    assertTrue(PendingDataset.hasResource(removed, "r3"));
    assertThrows(
        IllegalArgumentException.class, () -> PendingDataset.withoutResource(removed, "r2"));
  }

  @Test
  void editorsSeeTheProposalWithTheReviewsStatusAndReason() {
    Map<String, Object> proposal = PendingDataset.patched(live(), Map.of("title", "Usulan"));
    proposal.put("reason", "not a field");
    Map<String, Object> view =
        PendingDataset.editorView(live(), proposal, ReviewStatus.DIKEMBALIKAN, "Judul?");
    assertEquals("Usulan", view.get("title"));
    assertEquals("dikembalikan", view.get("review_status"));
    assertEquals("Judul?", view.get("review_reason"));
    assertEquals(2, view.get("num_resources"));
    assertEquals(1, view.get("num_tags"));
    assertFalse(view.containsKey("reason"));
  }

  @Test
  void theServersResourceFactsComeFromThePublishedResourceNotTheProposal() {
    Map<String, Object> proposal = live();
    Map<String, Object> stale = PendingDataset.resource(proposal, "r1");
    stale.put("datastore_status", "pending");
    stale.put("datastore_rows", 0);
    stale.put("name", "CSV usulan");
    proposal = PendingDataset.withResourceChanged(proposal, "r1", stale, true);
    Map<String, Object> published = live();
    Map<String, Object> loaded = PendingDataset.resource(published, "r1");
    loaded.put("datastore_status", "active");
    loaded.put("datastore_rows", 28);
    published = PendingDataset.withResourceChanged(published, "r1", loaded, true);

    Map<String, Object> view =
        PendingDataset.editorView(published, proposal, ReviewStatus.MENUNGGU_VERIFIKASI, null);
    Map<String, Object> r1 = PendingDataset.resource(view, "r1");
    assertEquals("active", r1.get("datastore_status"), "the load finished since");
    assertEquals(28, r1.get("datastore_rows"));
    assertEquals("CSV usulan", r1.get("name"), "what the producer changed stays");
  }

  @Test
  void theStagedFilesAreThoseOfResourcesTheProposalStillHas() {
    Map<String, Object> proposal = PendingDataset.withoutResource(live(), "r2");
    Map<String, StagedFile> staged = new LinkedHashMap<>();
    staged.put("r2", new StagedFile("b".repeat(64), 3, "lama.csv", "text/csv"));
    staged.put("r1", new StagedFile("a".repeat(64), 5, "baru.csv", "text/csv"));
    List<ResourceFileStored> files = PendingDataset.stagedFiles("d1", proposal, staged);
    assertEquals(
        List.of(new ResourceFileStored("r1", "d1", "a".repeat(64), "CSV", "text/csv", "baru.csv")),
        files,
        "r2 was removed by the proposal: its file will not be published, so it is not listed");
  }
}
