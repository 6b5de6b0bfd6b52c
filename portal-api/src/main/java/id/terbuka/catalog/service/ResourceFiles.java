package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceDownload;
import id.terbuka.catalog.domain.ResourceFile;
import id.terbuka.catalog.persistence.ResourceVersions;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * Which file a resource download URL serves: the resource must be readable (the dataset's
 * visibility, {@code DatasetAccess}) and belong to the dataset the URL names; then its current
 * upload, an earlier version, or the link of a link resource. Serving the bytes is the adapter's.
 */
@ApplicationScoped
@Transactional
public class ResourceFiles {
  @Inject ResourceService resources;
  @Inject ResourceVersions versions;

  /**
   * @param datasetRef the dataset's id or name, as the URL gives it
   * @param version the file version asked for, or null for the current file
   * @throws id.terbuka.shared.ObjectNotFoundException when there is no such resource in that
   *     dataset for this actor
   * @throws id.terbuka.shared.AccessDeniedException when the actor may not read it
   */
  public ResourceDownload resolve(
      Actor actor, String datasetRef, String resourceId, Integer version) {
    Resource r = resources.readable(actor, resourceId);
    if (!datasetRef.equals(r.dataset.id) && !datasetRef.equals(r.dataset.name)) {
      throw ResourceService.notFound();
    }
    if (version != null) {
      return versions
          .find(r.id, version)
          .map(
              v ->
                  ResourceDownload.of(
                      new ResourceFile(
                          v.sha256(),
                          v.filename(),
                          v.mimetype(),
                          Timestamps.instant(v.created()),
                          r.dataset.isPrivate())))
          .orElse(ResourceDownload.nothing());
    }
    String sha = ResourceService.storedSha256(r);
    if ("upload".equals(r.urlType) && sha != null) {
      LocalDateTime modified = r.lastModified != null ? r.lastModified : r.metadataModified;
      return ResourceDownload.of(
          new ResourceFile(
              sha, r.url, r.mimetype, Timestamps.instant(modified), r.dataset.isPrivate()));
    }
    if (r.url != null && !r.url.isBlank()) {
      return ResourceDownload.redirect(r.url);
    }
    return ResourceDownload.nothing();
  }
}
