package id.terbuka.catalog.persistence;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceFileVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The file history of resources. Callers hold the dataset's row lock when they add a version (every
 * resource write does), which is what keeps version numbers free of gaps and races.
 */
@ApplicationScoped
@Transactional
public class ResourceVersions {
  @PersistenceContext EntityManager em;

  /** Records the resource's current file as its next version. */
  public ResourceFileVersion add(
      Resource r, String sha256, long size, String filename, String type) {
    Integer last =
        em.createQuery(
                "select max(v.version) from ResourceFileVersion v where v.resourceId = :r",
                Integer.class)
            .setParameter("r", r.id)
            .getSingleResult();
    ResourceFileVersion v =
        new ResourceFileVersion(
            UUID.randomUUID().toString(),
            r.id,
            last == null ? 1 : last + 1,
            sha256,
            size,
            filename,
            type,
            r.lastModified);
    em.persist(v);
    return v;
  }

  /** A resource's versions, oldest (1) first. */
  public List<ResourceFileVersion> list(String resourceId) {
    return em.createQuery(
            "select v from ResourceFileVersion v where v.resourceId = :r order by v.version",
            ResourceFileVersion.class)
        .setParameter("r", resourceId)
        .getResultList();
  }

  /** One version of a resource's file. */
  public Optional<ResourceFileVersion> find(String resourceId, int version) {
    return em.createQuery(
            "select v from ResourceFileVersion v where v.resourceId = :r and v.version = :n",
            ResourceFileVersion.class)
        .setParameter("r", resourceId)
        .setParameter("n", version)
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether any resource or version already points at a stored file. Files are content-addressed
   * and shared: one may only be deleted when nothing refers to it.
   */
  public boolean referenced(String sha256) {
    // No flush before these queries: pending changes of the current request cannot refer to a
    // file it has just stored, and a flush failing here would skip the caller's cleanup.
    long resources =
        em.createQuery("select count(r) from Resource r where r.hash = :h", Long.class)
            .setParameter("h", "sha256:" + sha256)
            .setFlushMode(FlushModeType.COMMIT)
            .getSingleResult();
    if (resources > 0) {
      return true;
    }
    return em.createQuery(
                "select count(v) from ResourceFileVersion v where v.sha256 = :s", Long.class)
            .setParameter("s", sha256)
            .setFlushMode(FlushModeType.COMMIT)
            .getSingleResult()
        > 0;
  }
}
