package id.terbuka.catalog.service;

import id.terbuka.audit.chain.EventType;
import id.terbuka.audit.chain.Jcs;
import id.terbuka.audit.chain.LogEvent;
import id.terbuka.audit.chain.Sha256;
import id.terbuka.audit.chain.Subject;
import id.terbuka.audit.service.PublicationLog;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceUploads;
import id.terbuka.identity.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The catalogue's entries in the publication log, appended in the publication's transaction: each
 * changed resource file (its bytes' SHA-256), then the dataset version (SHA-256 of the RFC 8785
 * form of the dataset dict as published).
 */
@ApplicationScoped
public class PublicationEvents {
  @Inject PublicationLog log;

  /**
   * Records a publication of {@code d}.
   *
   * @param dict the dataset dict after the change
   * @param files the resources whose file changed
   * @param replaced which of them had a file before
   */
  public void published(
      Actor actor,
      Dataset d,
      Map<String, Object> dict,
      List<Resource> files,
      Predicate<Resource> replaced) {
    String who = actorName(actor);
    for (Resource r : files) {
      String sha256 = ResourceUploads.storedSha256(r);
      if (sha256 == null) {
        continue; // a link, not a stored file: nothing whose bytes the log could vouch for
      }
      log.append(
          new LogEvent(
              replaced.test(r)
                  ? EventType.RESOURCE_FILE_REPLACED
                  : EventType.RESOURCE_FILE_PUBLISHED,
              who,
              new Subject("resource", r.id, r.name == null ? "" : r.name),
              sha256,
              Map.of("dataset", d.name, "format", r.format == null ? "" : r.format)));
    }
    log.append(
        new LogEvent(
            EventType.DATASET_PUBLISHED,
            who,
            new Subject("dataset", d.id, d.name),
            Sha256.hex(Jcs.bytes(dict)),
            Map.of("revision", String.valueOf(d.revision))));
  }

  private static String actorName(Actor actor) {
    String name = actor.userName();
    return name == null || name.isEmpty() ? "system" : name;
  }
}
