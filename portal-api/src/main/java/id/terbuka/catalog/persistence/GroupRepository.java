package id.terbuka.catalog.persistence;

import id.terbuka.catalog.domain.CatalogGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Organisations and groups stored and found, by id or name; checks nothing about who asks. */
@ApplicationScoped
public class GroupRepository {
  @PersistenceContext EntityManager em;

  /**
   * Active datasets of one organisation or group with one privacy, counted.
   *
   * @param groupId the organisation or group (null for datasets of no organisation)
   */
  public record DatasetCount(String groupId, String ownerOrgId, boolean isPrivate, long count) {}

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

  public void add(CatalogGroup g) {
    em.persist(g);
  }

  /** Writes pending changes of this transaction (so that later queries see them). */
  public void flush() {
    em.flush();
  }

  /** Every active organisation (or every active group). */
  public List<CatalogGroup> active(boolean organization) {
    return em.createQuery(
            "select g from CatalogGroup g where g.organization = :o and g.state = 'active'",
            CatalogGroup.class)
        .setParameter("o", organization)
        .getResultList();
  }

  /**
   * Active datasets per organisation (or per group) and privacy, in one query: what the visible
   * counts are made of.
   */
  public List<DatasetCount> activeDatasetCounts(boolean organizations) {
    String sql =
        organizations
            ? "select d.owner_org, d.owner_org, d.private, count(*) from dataset d"
                + " where d.state = 'active' group by d.owner_org, d.private"
            : "select dg.group_id, d.owner_org, d.private, count(*) from dataset d join"
                + " dataset_group dg on dg.dataset_id = d.id where d.state = 'active'"
                + " group by dg.group_id, d.owner_org, d.private";
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).getResultList();
    return rows.stream()
        .map(
            r ->
                new DatasetCount(
                    (String) r[0], (String) r[1], (Boolean) r[2], ((Number) r[3]).longValue()))
        .toList();
  }

  /**
   * Display names (title, or name when untitled) of organisations and groups by name, in one query:
   * what search facets show next to each value.
   */
  public Map<String, String> displayNames(Collection<String> names) {
    Map<String, String> titles = new HashMap<>();
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
}
