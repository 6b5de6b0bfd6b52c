package id.terbuka.catalog.persistence;

import id.terbuka.catalog.domain.CatalogGroup;
import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.PublicDataset;
import id.terbuka.catalog.domain.PublicResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Datasets stored and found: by id or name (CKAN's {@code id} parameters accept either), the public
 * lists, a publisher's datasets, and what indexing reads. Checks nothing about who asks.
 */
@ApplicationScoped
public class DatasetRepository {
  @PersistenceContext EntityManager em;

  /** A dataset's name and title (what autocompletion offers). */
  public record NameAndTitle(String name, String title) {}

  public Optional<Dataset> dataset(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) {
      return Optional.empty();
    }
    Dataset byId = em.find(Dataset.class, idOrName);
    if (byId != null) {
      return Optional.of(byId);
    }
    return em
        .createQuery("select d from Dataset d where d.name = :n", Dataset.class)
        .setParameter("n", idOrName)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The dataset, locked against concurrent changes for the rest of the transaction. */
  public Optional<Dataset> datasetForUpdate(String idOrName) {
    Optional<Dataset> found = dataset(idOrName);
    found.ifPresent(d -> em.lock(d, LockModeType.PESSIMISTIC_WRITE));
    return found.map(
        d -> {
          em.refresh(d);
          return d;
        });
  }

  public boolean datasetNameTaken(String name, String exceptId) {
    List<String> ids =
        em.createQuery("select d.id from Dataset d where d.name = :n", String.class)
            .setParameter("n", name)
            .getResultList();
    return ids.stream().anyMatch(id -> !id.equals(exceptId));
  }

  public void add(Dataset d) {
    em.persist(d);
  }

  /** Removes the dataset with its resources, tags and group links for good. */
  public void remove(Dataset d) {
    em.remove(d);
  }

  /** Writes pending changes of this transaction (so that later queries and events see them). */
  public void flush() {
    em.flush();
  }

  /** Names of active public datasets, sorted. */
  public List<String> publicNames(int limit, int offset) {
    return em.createQuery(
            "select d.name from Dataset d where d.state = 'active' and d.privat = false"
                + " order by d.name",
            String.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Active public datasets, newest change first. */
  public List<Dataset> newestPublic(int limit, int offset) {
    return em.createQuery(
            "select d from Dataset d where d.state = 'active' and d.privat = false"
                + " order by d.metadataModified desc, d.id",
            Dataset.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Active public datasets whose name or title contains the text (case-insensitive), those matching
   * by name first.
   */
  public List<NameAndTitle> publicContaining(String text, int limit) {
    String like = "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select name, title from dataset where state = 'active' and not private"
                    + " and (lower(name) like ?1 or lower(coalesce(title, '')) like ?1)"
                    + " order by (lower(name) like ?1) desc, lower(coalesce(title, name)) limit ?2")
            .setParameter(1, like)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(r -> new NameAndTitle((String) r[0], (String) r[1])).toList();
  }

  /**
   * Public active datasets, by name, at most {@code limit}: what search engines may list (the same
   * rule as {@code DatasetAccess} gives an anonymous reader).
   */
  public List<PublicDataset> publicDatasets(int limit) {
    return em
        .createQuery(
            "select d.name, d.metadataModified from Dataset d"
                + " where d.state = 'active' and d.privat = false order by d.name",
            Object[].class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new PublicDataset((String) r[0], (LocalDateTime) r[1]))
        .toList();
  }

  /** The resources of public active datasets, by dataset name and position, in one query. */
  public List<PublicResource> publicResources(int limit) {
    return em
        .createQuery(
            "select d.name, r.id, r.metadataModified from Resource r join r.dataset d"
                + " where d.state = 'active' and d.privat = false and r.state <> 'deleted'"
                + " order by d.name, r.position",
            Object[].class)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new PublicResource((String) r[0], (String) r[1], (LocalDateTime) r[2]))
        .toList();
  }

  /** Active datasets of an organisation or in a group, by name, at most {@code limit}. */
  public List<Dataset> activeIn(CatalogGroup g, int limit) {
    String jpql =
        g.organization
            ? "select d from Dataset d where d.organization = :g and d.state = 'active' order by d.name"
            : "select d from Dataset d join d.groups x where x = :g and d.state = 'active' order by d.name";
    return em.createQuery(jpql, Dataset.class)
        .setParameter("g", g)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Ids of datasets of an organisation or in a group (any state), for re-indexing after renames.
   */
  public List<String> idsIn(CatalogGroup g) {
    String jpql =
        g.organization
            ? "select d.id from Dataset d where d.organization = :g"
            : "select d.id from Dataset d join d.groups x where x = :g";
    return em.createQuery(jpql, String.class).setParameter("g", g).getResultList();
  }

  /**
   * Active and draft datasets of these organisations or created by this user, newest change first,
   * at most {@code limit}.
   */
  public List<Dataset> activeOrDraftOf(Collection<String> orgIds, String creatorId, int limit) {
    List<String> orgs = new java.util.ArrayList<>(orgIds);
    orgs.add(""); // an IN list may not be empty
    return em.createQuery(
            "select d from Dataset d where d.state in ('active', 'draft')"
                + " and (d.organization.id in :orgs or d.creatorUserId = :me)"
                + " order by d.metadataModified desc, d.id",
            Dataset.class)
        .setParameter("orgs", orgs)
        .setParameter("me", creatorId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Datasets by id with their tags, groups, resources, extras and organisation fetched in a few
   * batched queries (not one query per dataset and collection): what indexing many datasets needs.
   */
  public List<Dataset> withDetails(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select d from Dataset d where d.id in :ids", Dataset.class)
        .setParameter("ids", ids)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "d.tags")
        .setHint("eclipselink.batch", "d.groups")
        .setHint("eclipselink.batch", "d.resources")
        .setHint("eclipselink.batch", "d.extras")
        .setHint("eclipselink.batch", "d.organization")
        .getResultList();
  }

  /** Every dataset's revision by id, in any state (what the index is compared with). */
  public Map<String, Long> revisions() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select id, revision from dataset").getResultList();
    Map<String, Long> out = new HashMap<>();
    for (Object[] row : rows) {
      out.put((String) row[0], ((Number) row[1]).longValue());
    }
    return out;
  }

  /** Forgets the entities read so far in this transaction (a long batch job keeps memory flat). */
  public void forgetLoaded() {
    em.clear();
  }
}
