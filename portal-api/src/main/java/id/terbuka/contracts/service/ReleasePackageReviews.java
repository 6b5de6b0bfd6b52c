package id.terbuka.contracts.service;

import id.terbuka.catalog.domain.ImportApproval;
import id.terbuka.catalog.domain.ReviewItem;
import id.terbuka.catalog.service.DatasetReviews;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Values;
import id.terbuka.storage.DeleteOnRollback;
import id.terbuka.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A release package posted by a producer of an organisation with {@code review_required} (ADR
 * 0016): kept whole in the file store as one review item, published only when the walidata approves
 * it, through the same ingest as a direct post.
 */
@ApplicationScoped
public class ReleasePackageReviews {
  /** The review item's import kind for a posted package. */
  public static final String KIND = "ocds-release-package";

  @Inject FileStore files;
  @Inject DeleteOnRollback deleteOnRollback;
  @Inject DatasetReviews reviews;
  @Inject ReleaseIngest ingest;

  /** Whether this actor's packages for this organisation wait for the walidata. */
  public boolean mustWait(Actor actor, GroupService.Unit owner) {
    return reviews.mustWait(actor, owner.id());
  }

  /**
   * Keeps the package and its review item in one transaction.
   *
   * @return the review item's id
   */
  @Transactional
  public String hold(Actor actor, GroupService.Unit owner, byte[] body, List<String> ocids) {
    FileStore.StoredFile stored;
    try {
      stored = files.put(new ByteArrayInputStream(body), Long.MAX_VALUE);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not keep the release package", e);
    }
    deleteOnRollback.register(stored.sha256());
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("file_name", "release-package.json");
    request.put("file_sha256", stored.sha256());
    request.put("ocids", ocids.stream().distinct().limit(50).toList());
    return reviews.submitImport(
            actor,
            owner.id(),
            KIND,
            KIND + ": " + ocids.stream().distinct().count() + " ocid",
            request)
        .id;
  }

  /**
   * The walidata approved a kept package: ingest it now, as the walidata, or refuse the approval.
   */
  void onApproval(@Observes ImportApproval approval) {
    ReviewItem item = approval.item();
    if (!KIND.equals(item.importKind)) {
      return;
    }
    String sha256 = Values.text(item.importRequestDict().get("file_sha256"));
    byte[] body;
    try (InputStream in =
        files
            .open(sha256)
            .orElseThrow(() -> new IllegalStateException("Kept release package is missing"))) {
      body = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the kept release package", e);
    }
    ReleaseIngest.Result result = ingest.ingest(approval.walidata(), body);
    if (result.status() != ReleaseIngest.Status.ACCEPTED) {
      throw InvalidInputException.of(
          "import",
          "The kept release package no longer applies ("
              + result.status().name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + result.report().path("errors").path(0).path("message").asString()
              + "); return it to the producer");
    }
  }
}
