package id.terbuka.catalog.persistence;

import id.terbuka.catalog.domain.DatasetFacts;
import id.terbuka.catalog.domain.License;
import id.terbuka.catalog.domain.Licenses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The reports' facts of every public dataset (active, not private) in one aggregate query: its
 * frequency, licence, last change, and over its active resources their ids and whether one is in a
 * machine-readable format. No query per dataset.
 */
@ApplicationScoped
public class DatasetFactsRepository {
  @PersistenceContext EntityManager em;

  // The formats are constants of the domain, never client input: safe as SQL literals.
  private static final String MACHINE_READABLE =
      DatasetFacts.MACHINE_READABLE_FORMATS.stream()
          .map(f -> "'" + f + "'")
          .collect(Collectors.joining(", ", "(", ")"));

  private static final String SELECT =
      "select d.id, d.name, d.title, g.name, g.title, d.frekuensi, d.license_id,"
          + " d.metadata_modified, coalesce(string_agg(r.id, ',' order by r.position), ''),"
          + " coalesce(bool_or(upper(trim(r.format)) in "
          + MACHINE_READABLE
          + "), false)"
          + " from dataset d left join catalog_group g on g.id = d.owner_org"
          + " left join resource r on r.dataset_id = d.id and r.state = 'active'"
          + " where d.state = 'active' and not d.private";

  private static final String GROUP = " group by d.id, g.name, g.title order by g.name, d.name";

  /** Every public dataset's facts, or those of one organisation (by name) when given. */
  public List<DatasetFacts> publicFacts(String organization) {
    Query q;
    if (organization == null) {
      q = em.createNativeQuery(SELECT + GROUP);
    } else {
      q = em.createNativeQuery(SELECT + " and g.name = ?1" + GROUP).setParameter(1, organization);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream().map(DatasetFactsRepository::facts).toList();
  }

  private static DatasetFacts facts(Object[] r) {
    String ids = (String) r[8];
    String license = (String) r[6];
    return new DatasetFacts(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        license,
        time(r[7]),
        !ids.isEmpty(),
        license != null && Licenses.find(license).map(License::open).orElse(false),
        Boolean.TRUE.equals(r[9]),
        ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
        false);
  }

  private static LocalDateTime time(Object value) {
    return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }
}
