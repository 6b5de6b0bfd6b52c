package id.terbuka.feedback.persistence;

import id.terbuka.feedback.domain.Satisfaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code satisfaction_answer} table: one row per dataset and respondent (the hash of the
 * browser's token, never the token).
 */
@ApplicationScoped
public class SatisfactionRepository {
  @PersistenceContext EntityManager em;

  /** A stored comment with the answer it came with. */
  public record Comment(String answer, String comment, LocalDateTime answered) {}

  /** Stores the respondent's answer, replacing an earlier one to the same dataset. */
  public void save(
      String datasetId,
      String respondentHash,
      Satisfaction answer,
      String comment,
      LocalDateTime answered) {
    em.createNativeQuery(
            "insert into satisfaction_answer (dataset_id, respondent, answer, comment, answered)"
                + " values (?1, ?2, ?3, ?4, ?5) on conflict (dataset_id, respondent) do update set"
                + " answer = excluded.answer, comment = excluded.comment,"
                + " answered = excluded.answered")
        .setParameter(1, datasetId)
        .setParameter(2, respondentHash)
        .setParameter(3, answer.code())
        .setParameter(4, comment)
        .setParameter(5, answered)
        .executeUpdate();
  }

  /** The number of answers of each kind (kinds nobody chose are absent). */
  public Map<Satisfaction, Long> counts(String datasetId) {
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
    return counts;
  }

  /** The respondent's current answer to the dataset, if any. */
  public Optional<Satisfaction> answerOf(String datasetId, String respondentHash) {
    @SuppressWarnings("unchecked")
    List<Object> rows =
        em.createNativeQuery(
                "select answer from satisfaction_answer where dataset_id = ?1 and respondent = ?2")
            .setParameter(1, datasetId)
            .setParameter(2, respondentHash)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Satisfaction.of((String) rows.get(0));
  }

  /** A page of the dataset's comments, newest first. */
  public List<Comment> comments(String datasetId, int limit, int offset) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select answer, comment, answered from satisfaction_answer"
                    + " where dataset_id = ?1 and comment is not null"
                    + " order by answered desc limit ?2 offset ?3")
            .setParameter(1, datasetId)
            .setParameter(2, limit)
            .setParameter(3, offset)
            .getResultList();
    List<Comment> comments = new ArrayList<>();
    for (Object[] row : rows) {
      comments.add(new Comment((String) row[0], (String) row[1], toLocal(row[2])));
    }
    return comments;
  }

  private static LocalDateTime toLocal(Object timestamp) {
    if (timestamp instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    return (LocalDateTime) timestamp;
  }
}
