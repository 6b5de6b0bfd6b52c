package id.terbuka.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Look-ups of catalogue entities by id or name (CKAN's {@code id} parameters accept either). */
@ApplicationScoped
public class CatalogRepository {
  @PersistenceContext EntityManager em;

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

  public Optional<CatalogGroup> group(String idOrName, boolean organization) {
    if (idOrName == null || idOrName.isBlank()) {
      return Optional.empty();
    }
    CatalogGroup byId = em.find(CatalogGroup.class, idOrName);
    if (byId != null) {
      return byId.organization == organization ? Optional.of(byId) : Optional.empty();
    }
    return em
        .createQuery(
            "select g from CatalogGroup g where g.name = :n and g.organization = :o",
            CatalogGroup.class)
        .setParameter("n", idOrName)
        .setParameter("o", organization)
        .getResultList()
        .stream()
        .findFirst();
  }

  public boolean groupNameTaken(String name, String exceptId) {
    List<String> ids =
        em.createQuery("select g.id from CatalogGroup g where g.name = :n", String.class)
            .setParameter("n", name)
            .getResultList();
    return ids.stream().anyMatch(id -> !id.equals(exceptId));
  }

  /**
   * Display names (title, or name when untitled) of organisations and groups by name, in one query:
   * what search facets show next to each value.
   */
  public java.util.Map<String, String> displayNamesOfGroups(java.util.Collection<String> names) {
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    if (names.isEmpty()) {
      return titles;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select name, coalesce(nullif(title, ''), name) from catalog_group"
                    + " where name = any(?1)")
            .setParameter(1, names.toArray(new String[0]))
            .getResultList();
    for (Object[] row : rows) {
      titles.put((String) row[0], (String) row[1]);
    }
    return titles;
  }

  public Tag tag(String name) {
    List<Tag> found =
        em.createQuery("select t from Tag t where t.name = :n", Tag.class)
            .setParameter("n", name)
            .getResultList();
    if (!found.isEmpty()) {
      return found.get(0);
    }
    Tag tag = new Tag(UUID.randomUUID().toString(), name);
    em.persist(tag);
    return tag;
  }

  /** A page of the sitemap: a public dataset's name and last change. */
  public record PublicDataset(String name, java.time.LocalDateTime modified) {}

  /**
   * Public active datasets, by name, at most {@code limit}: what search engines may list (the same
   * rule as {@link DatasetAccess} gives an anonymous reader).
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
        .map(r -> new PublicDataset((String) r[0], (java.time.LocalDateTime) r[1]))
        .toList();
  }

  public Optional<Resource> resource(String id) {
    return Optional.ofNullable(id == null ? null : em.find(Resource.class, id));
  }

  /**
   * Datasets by id with their tags, groups, resources, extras and organisation fetched in a few
   * batched queries (not one query per dataset and collection): what indexing many datasets needs.
   */
  public List<Dataset> datasetsWithDetails(java.util.Collection<String> ids) {
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

  /**
   * Ids of datasets of an organisation or in a group (any state), for re-indexing after renames.
   */
  public List<String> datasetIdsOf(CatalogGroup g) {
    String jpql =
        g.organization
            ? "select d.id from Dataset d where d.organization = :g"
            : "select d.id from Dataset d join d.groups x where x = :g";
    return em.createQuery(jpql, String.class).setParameter("g", g).getResultList();
  }
}
