package id.terbuka.feedback;

import id.terbuka.catalog.CatalogRepository;
import id.terbuka.catalog.Dataset;
import id.terbuka.catalog.DatasetAccess;
import id.terbuka.identity.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records answers (one per browser and dataset: a second answer replaces the first), summarises
 * them for the public page and gives the private comments to those who publish the dataset.
 * Visibility is {@link DatasetAccess}'s: whoever may read a dataset may answer about it; whoever
 * may edit it may read the comments.
 */
@ApplicationScoped
public class SatisfactionService {
  /** Most comments one request returns. */
  public static final int MAX_LIMIT = 1000;

  @PersistenceContext EntityManager em;
  @Inject CatalogRepository repo;

  /**
   * Stores {@code input} as the answer of the browser holding {@code token} ({@link Respondents}).
   *
   * @throws ObjectNotFoundException no such dataset, or one the actor may not read
   * @throws InvalidInputException the input has problems (the page shows them itself)
   */
  @Transactional
  public void answer(Actor actor, String datasetIdOrName, String token, SatisfactionInput input) {
    Dataset d = readable(actor, datasetIdOrName);
    if (!input.valid() || !Respondents.valid(token)) {
      throw InvalidInputException.of("answer", "Invalid answer");
    }
    em.createNativeQuery(
            "insert into satisfaction_answer (dataset_id, respondent, answer, comment, answered)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (dataset_id, respondent) do update set"
                + " answer = excluded.answer, comment = excluded.comment,"
                + " answered = excluded.answered")
        .setParameter(1, d.id())
        .setParameter(2, Respondents.hash(token))
        .setParameter(3, input.answer().code())
        .setParameter(4, input.storedComment())
        .setParameter(5, Timestamps.now())
        .executeUpdate();
  }

  /** The share of each answer (no comments: those are private). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SatisfactionSummary summary(String datasetId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select answer, count(*) from satisfaction_answer where dataset_id = ?1"
                    + " group by answer")
            .setParameter(1, datasetId)
            .getResultList();
    Map<Satisfaction, Long> counts = new EnumMap<>(Satisfaction.class);
    for (Object[] row : rows) {
      Satisfaction.of((String) row[0]).ifPresent(s -> counts.put(s, ((Number) row[1]).longValue()));
    }
    return SatisfactionSummary.of(counts);
  }

  /** This browser's current answer to the dataset, if it gave one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Satisfaction> answerOf(String datasetId, String token) {
    if (!Respondents.valid(token)) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select answer from satisfaction_answer where dataset_id = ?1 and respondent = ?2")
            .setParameter(1, datasetId)
            .setParameter(2, Respondents.hash(token))
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Satisfaction.of((String) rows.get(0));
  }

  /**
   * The summary and the comments, newest first, for the dataset's organisation editors and admins
   * and sysadmins. Nothing about who answered is given (there is nothing to give).
   *
   * @throws AccessDeniedException the actor may not edit the dataset
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Object> report(Actor actor, String datasetIdOrName, int limit, int offset) {
    Dataset d =
        repo.dataset(datasetIdOrName)
            .orElseThrow(() -> new ObjectNotFoundException("Dataset not found"));
    if (!DatasetAccess.canEdit(actor, d.ownerOrgId())) {
      throw new AccessDeniedException(
          "Only the dataset's organisation editors and admins may read its feedback");
    }
    if (limit < 0 || limit > MAX_LIMIT || offset < 0) {
      throw InvalidInputException.of(
          "limit", "limit must be 0.." + MAX_LIMIT + " and offset not negative");
    }
    SatisfactionSummary summary = summary(d.id());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select answer, comment, answered from satisfaction_answer"
                    + " where dataset_id = ?1 and comment is not null"
                    + " order by answered desc limit ?2 offset ?3")
            .setParameter(1, d.id())
            .setParameter(2, limit)
            .setParameter(3, offset)
            .getResultList();
    List<Map<String, Object>> comments = new ArrayList<>();
    for (Object[] row : rows) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("answer", row[0]);
      c.put("comment", row[1]);
      c.put("answered", Timestamps.ckan(toLocal(row[2])));
      comments.add(c);
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    Map<String, Object> percent = new LinkedHashMap<>();
    for (Satisfaction s : Satisfaction.values()) {
      counts.put(s.code(), summary.count(s));
      percent.put(s.code(), summary.percent(s));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dataset_id", d.id());
    out.put("dataset_name", d.name());
    out.put("total", summary.total());
    out.put("counts", counts);
    out.put("percent", percent);
    out.put("comments", comments);
    return out;
  }

  private Dataset readable(Actor actor, String idOrName) {
    Dataset d =
        repo.dataset(idOrName).orElseThrow(() -> new ObjectNotFoundException("Dataset not found"));
    if (!DatasetAccess.canRead(actor, d)) {
      throw new ObjectNotFoundException("Dataset not found");
    }
    return d;
  }

  private static LocalDateTime toLocal(Object timestamp) {
    if (timestamp instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    return (LocalDateTime) timestamp;
  }
}
