package id.terbuka.feedback.domain;

import id.terbuka.catalog.domain.DatasetAccess;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;

/**
 * Who may answer and who may read the answers, and what an answer or a report request must be.
 * Whoever may read a dataset may answer about it, and a dataset they may not read does not exist
 * for them; only those who may edit it read the comments. The permission is decided before the
 * request's values are looked at, so a stranger learns nothing from a bad request.
 */
public final class SatisfactionRules {
  /** Most comments one report request returns. */
  public static final int MAX_LIMIT = 1000;

  private SatisfactionRules() {}

  /** What a visitor is told about a dataset they may not read (or that does not exist). */
  public static ObjectNotFoundException hiddenDataset() {
    return new ObjectNotFoundException("Dataset not found");
  }

  /** What a caller is told when they may not read a dataset's feedback. */
  public static AccessDeniedException notAnEditor() {
    return new AccessDeniedException(
        "Only the dataset's organisation editors and admins may read its feedback");
  }

  /**
   * An answer is stored only when it is valid and comes with a token this site gave the browser.
   * The form reports the input's own problems itself, so one message suffices here.
   */
  public static void checkAnswer(SatisfactionInput input, String respondentToken) {
    if (!input.valid() || !Respondents.valid(respondentToken)) {
      throw InvalidInputException.of("answer", "Invalid answer");
    }
  }

  /** The comments are for the editors and admins of the dataset's organisation and sysadmins. */
  public static void requireReportReader(Actor actor, String ownerOrgId) {
    if (!DatasetAccess.canEdit(actor, ownerOrgId)) {
      throw notAnEditor();
    }
  }

  /** A page of comments: {@code 0..}{@value #MAX_LIMIT} of them, from a non-negative offset. */
  public static void checkPage(int limit, int offset) {
    if (limit < 0 || limit > MAX_LIMIT || offset < 0) {
      throw InvalidInputException.of(
          "limit", "limit must be 0.." + MAX_LIMIT + " and offset not negative");
    }
  }
}
