package id.terbuka.catalog.service;

import id.terbuka.audit.chain.EventType;
import id.terbuka.audit.chain.Jcs;
import id.terbuka.audit.chain.LogEvent;
import id.terbuka.audit.chain.Sha256;
import id.terbuka.audit.chain.Subject;
import id.terbuka.audit.service.PublicationLog;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceUploads;
import id.terbuka.identity.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue's entries in the publication log, appended in the transaction of every dataset
 * change ({@link DatasetService#changed}), so that no write path (CKAN actions, publisher pages,
 * generated datasets, imports) can publish without an entry.
 *
 * <p>What is logged is decided from what the public can read after the change and from what the log
 * itself last recorded, not from the write path: a dataset the public can read gets an entry for
 * each resource whose stored file differs from the file last logged for it (published the first
 * time, replaced after), then one for the dataset version (SHA-256 of the RFC 8785 form of its
 * dict). A dataset the log last saw public that the public can no longer read (deleted, made
 * private) gets a withdrawal with its reason. Changes nobody outside can see are not logged.
 */
@ApplicationScoped
public class PublicationEvents {
  @Inject PublicationLog log;

  /**
   * Records what the change of {@code d} published or withdrew.
   *
   * @param dict the dataset dict after the change
   * @param reason why, when the change withdraws the dataset (may be empty)
   * @param approved whether the walidata's approval published it (logged as an approved version)
   */
  public void datasetChanged(
      Actor actor, Dataset d, Map<String, Object> dict, String reason, boolean approved) {
    String who = actorName(actor);
    boolean publicNow = DatasetAccess.canRead(Actor.anonymous(), d);
    Optional<String> last = log.lastDatasetEvent(d.id);
    if (publicNow) {
      logChangedFiles(who, d);
      log.append(
          new LogEvent(
              approved ? EventType.DATASET_VERSION_APPROVED : EventType.DATASET_PUBLISHED,
              who,
              subject(d),
              Sha256.hex(Jcs.bytes(dict)),
              Map.of("revision", String.valueOf(d.revision))));
    } else if (last.isPresent() && wasPublic(last.get())) {
      log.append(
          new LogEvent(
              EventType.WITHDRAWAL,
              who,
              subject(d),
              null,
              Map.of(
                  "state", d.state == null ? "" : d.state,
                  "private", String.valueOf(d.privat),
                  "reason", reason == null ? "" : reason)));
    }
  }

  /**
   * Records the purge of a dataset the log knows: its entries stay (a purge removes no entry), the
   * purge itself is recorded with its reason.
   */
  public void datasetPurged(Actor actor, String datasetId, String name, String reason) {
    if (log.lastDatasetEvent(datasetId).isEmpty()) {
      return; // never published: nothing in the log to account for
    }
    log.append(
        new LogEvent(
            EventType.PURGE,
            actorName(actor),
            new Subject("dataset", datasetId, name == null ? "" : name),
            null,
            Map.of("reason", reason == null ? "" : reason)));
  }

  private void logChangedFiles(String who, Dataset d) {
    Map<String, Resource> stored = new LinkedHashMap<>();
    for (Resource r : d.resources) {
      if (ResourceUploads.storedSha256(r) != null) {
        stored.put(r.id, r); // a link has no bytes the log could vouch for
      }
    }
    Map<String, String> logged = log.lastFileHashes(List.copyOf(stored.keySet()));
    for (Resource r : stored.values()) {
      String sha256 = ResourceUploads.storedSha256(r);
      String before = logged.get(r.id);
      if (sha256.equals(before)) {
        continue;
      }
      log.append(
          new LogEvent(
              before == null ? EventType.RESOURCE_FILE_PUBLISHED : EventType.RESOURCE_FILE_REPLACED,
              who,
              new Subject("resource", r.id, r.name == null ? "" : r.name),
              sha256,
              Map.of("dataset", d.name, "format", r.format == null ? "" : r.format)));
    }
  }

  private static boolean wasPublic(String eventCode) {
    return eventCode.equals(EventType.DATASET_PUBLISHED.code())
        || eventCode.equals(EventType.DATASET_VERSION_APPROVED.code());
  }

  private static Subject subject(Dataset d) {
    return new Subject("dataset", d.id, d.name);
  }

  private static String actorName(Actor actor) {
    String name = actor.userName();
    return name == null || name.isEmpty() ? "system" : name;
  }
}
