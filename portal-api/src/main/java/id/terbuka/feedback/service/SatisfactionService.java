package id.terbuka.feedback.service;

import id.terbuka.catalog.domain.Dataset;
import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.feedback.domain.Respondents;
import id.terbuka.feedback.domain.Satisfaction;
import id.terbuka.feedback.domain.SatisfactionInput;
import id.terbuka.feedback.domain.SatisfactionRules;
import id.terbuka.feedback.domain.SatisfactionSummary;
import id.terbuka.feedback.persistence.SatisfactionRepository;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
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
  public static final int MAX_LIMIT = SatisfactionRules.MAX_LIMIT;

  @Inject SatisfactionRepository answers;
  @Inject DatasetService datasets;

  /**
   * Stores {@code input} as the answer of the browser holding {@code token} ({@link Respondents}).
   *
   * @throws ObjectNotFoundException no such dataset, or one the actor may not read
   * @throws InvalidInputException the input has problems (the page shows them itself)
   */
  @Transactional
  public void answer(Actor actor, String datasetIdOrName, String token, SatisfactionInput input) {
    Dataset d;
    try {
      d = datasets.readable(actor, datasetIdOrName);
    } catch (AccessDeniedException e) {
      // The answer form tells a stranger nothing about a dataset they may not read.
      throw SatisfactionRules.hiddenDataset();
    }
    SatisfactionRules.checkAnswer(input, token);
    answers.save(
        d.id(), Respondents.hash(token), input.answer(), input.storedComment(), Timestamps.now());
  }

  /** The share of each answer (no comments: those are private). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SatisfactionSummary summary(String datasetId) {
    return SatisfactionSummary.of(answers.counts(datasetId));
  }

  /** This browser's current answer to the dataset, if it gave one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Satisfaction> answerOf(String datasetId, String token) {
    if (!Respondents.valid(token)) {
      return Optional.empty();
    }
    return answers.answerOf(datasetId, Respondents.hash(token));
  }

  /**
   * The summary and the comments, newest first, for the dataset's organisation editors and admins
   * and sysadmins. Nothing about who answered is given (there is nothing to give).
   *
   * @throws AccessDeniedException the actor may not edit the dataset
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Object> report(Actor actor, String datasetIdOrName, int limit, int offset) {
    Dataset d;
    try {
      // Whoever may edit a dataset may read it in every state, so this refuses no editor.
      d = datasets.readable(actor, datasetIdOrName);
    } catch (AccessDeniedException e) {
      throw SatisfactionRules.notAnEditor();
    }
    SatisfactionRules.requireReportReader(actor, d.ownerOrgId());
    SatisfactionRules.checkPage(limit, offset);
    SatisfactionSummary summary = summary(d.id());
    List<Map<String, Object>> comments = new ArrayList<>();
    for (SatisfactionRepository.Comment row : answers.comments(d.id(), limit, offset)) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("answer", row.answer());
      c.put("comment", row.comment());
      c.put("answered", Timestamps.ckan(row.answered()));
      comments.add(c);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dataset_id", d.id());
    out.put("dataset_name", d.name());
    out.put("total", summary.total());
    out.put("counts", summary.countsByCode());
    out.put("percent", summary.percentByCode());
    out.put("comments", comments);
    return out;
  }
}
