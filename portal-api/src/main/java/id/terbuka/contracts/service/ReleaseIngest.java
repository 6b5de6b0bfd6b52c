package id.terbuka.contracts.service;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.domain.Ocids;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.persistence.ReleaseStore;
import id.terbuka.contracts.validate.OcdsValidator;
import id.terbuka.contracts.validate.ValidationReport;
import id.terbuka.identity.domain.Actor;
import id.terbuka.imports.service.ImportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/ocds/release-packages}: a publisher's release package, all or nothing. A
 * package with any validation error, or with a release under a prefix the portal does not accept,
 * is rejected whole with the report; a release whose (ocid, id) is stored with other content is a
 * conflict and nothing is stored; otherwise the new releases are stored (those already stored with
 * the same content are counted unchanged) and their records, flags, index and datasets follow.
 */
@ApplicationScoped
public class ReleaseIngest {
  @Inject ImportService imports;
  @Inject ReleaseStore store;
  @Inject ContractChanges changes;
  @Inject OcdsSettings settings;
  @Inject ReleasePackageReviews reviews;

  private final OcdsValidator validator = OcdsValidator.bundled();

  /** How an ingest ended. */
  public enum Status {
    ACCEPTED,
    REJECTED,
    CONFLICT,
    /** Valid and kept for the walidata's review (ADR 0016): nothing published yet. */
    WAITING
  }

  /** The answer: its status and the report (validation report plus what was stored). */
  public record Result(Status status, ObjectNode report) {}

  /** Public and storing nothing: the validation report of any release package. */
  public ObjectNode validate(byte[] body) {
    return validator.validateReleasePackage(body).toJson();
  }

  /**
   * Ingests one release package.
   *
   * @throws id.terbuka.shared.AuthenticationRequiredException for an anonymous sender
   * @throws id.terbuka.shared.AccessDeniedException for a sender who may not edit the procurement
   *     office's datasets
   */
  public Result ingest(Actor actor, byte[] body) {
    GroupService.Unit owner = imports.importingOrganization(actor, settings.organization());
    OcdsValidator.Read read = validator.readReleasePackage(body);
    ValidationReport validation = read.report();
    ObjectNode report = validation.toJson();
    if (!validation.valid()) {
      return rejected(report);
    }
    JsonNode pkg = read.tree();
    String packageUri = pkg.path("uri").asString();
    List<StoredRelease> all = new ArrayList<>();
    pkg.path("releases").forEach(release -> all.add(StoredRelease.of(release, packageUri, null)));
    ArrayNode foreign = foreignPrefixes(all);
    if (!foreign.isEmpty()) {
      return rejected(withErrors(report, foreign));
    }
    Map<String, String> stored = store.storedHashes(all);
    ArrayNode conflicts = conflicts(all, stored);
    if (!conflicts.isEmpty()) {
      ObjectNode r = withErrors(report, conflicts);
      r.put("status", "conflict");
      return new Result(Status.CONFLICT, r);
    }
    List<StoredRelease> fresh =
        all.stream()
            .filter(r -> !stored.containsKey(ReleaseStore.key(r.ocid(), r.releaseId())))
            .toList();
    if (!fresh.isEmpty() && reviews.mustWait(actor, owner)) {
      String item =
          reviews.hold(actor, owner, body, fresh.stream().map(StoredRelease::ocid).toList());
      report.put("status", "menunggu_verifikasi");
      report.put("review_id", item);
      ObjectNode summary = report.putObject("summary");
      summary.put("waiting", fresh.size());
      summary.put("unchanged", all.size() - fresh.size());
      return new Result(Status.WAITING, report);
    }
    ContractChanges.Outcome outcome = store(actor, owner, fresh);
    report.put("status", "accepted");
    ObjectNode summary = report.putObject("summary");
    summary.put("inserted", fresh.size());
    summary.put("unchanged", all.size() - fresh.size());
    ArrayNode records = report.putArray("records");
    outcome.ocids().forEach(records::add);
    ArrayNode datasets = report.putArray("datasets");
    outcome.datasets().forEach(datasets::add);
    return new Result(Status.ACCEPTED, report);
  }

  /** Releases under a prefix that is neither the portal's own nor an accepted one. */
  private ArrayNode foreignPrefixes(List<StoredRelease> all) {
    Ocids ocids = settings.ocids();
    ArrayNode problems = OcdsJson.nodes().arrayNode();
    for (int i = 0; i < all.size(); i++) {
      String ocid = all.get(i).ocid();
      if (!ocids.accepts(ocid)) {
        problems.add(
            problem(
                "/releases/" + i + "/ocid",
                "ocid_prefix_not_accepted",
                "ocid "
                    + ocid
                    + " is not under this portal's prefix "
                    + ocids.ownPrefix()
                    + " nor under one it accepts"));
      }
    }
    return problems;
  }

  /** Releases whose (ocid, id) is stored with other content. */
  private static ArrayNode conflicts(List<StoredRelease> all, Map<String, String> stored) {
    ArrayNode conflicts = OcdsJson.nodes().arrayNode();
    for (int k = 0; k < all.size(); k++) {
      StoredRelease r = all.get(k);
      String hash = stored.get(ReleaseStore.key(r.ocid(), r.releaseId()));
      if (hash != null && !hash.equals(r.contentHash())) {
        conflicts.add(
            problem(
                "/releases/" + k + "/id",
                "release_conflict",
                "release "
                    + r.releaseId()
                    + " of "
                    + r.ocid()
                    + " is already published with other content; a release never changes:"
                    + " publish the change as a new release with a new id"));
      }
    }
    return conflicts;
  }

  private ContractChanges.Outcome store(
      Actor actor, GroupService.Unit owner, List<StoredRelease> fresh) {
    if (fresh.isEmpty()) {
      return new ContractChanges.Outcome(List.of(), java.util.Set.of(), List.of());
    }
    String id = UUID.randomUUID().toString();
    Map<String, Object> cause = new LinkedHashMap<>();
    cause.put("import", Map.of("id", id, "kind", "ocds-release-package"));
    return changes.store(fresh, actor, owner, "ocds:" + id, cause);
  }

  private static Result rejected(ObjectNode report) {
    report.put("status", "rejected");
    return new Result(Status.REJECTED, report);
  }

  private static ObjectNode withErrors(ObjectNode report, ArrayNode more) {
    ArrayNode errors = (ArrayNode) report.get("errors");
    more.forEach(errors::add);
    report.put("valid", false);
    report.put("error_count", report.path("error_count").asLong() + more.size());
    return report;
  }

  private static ObjectNode problem(String path, String code, String message) {
    ObjectNode p = OcdsJson.object();
    p.put("path", path);
    p.put("code", code);
    p.put("message", message);
    return p;
  }
}
