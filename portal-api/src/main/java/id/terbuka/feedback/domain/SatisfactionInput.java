package id.terbuka.feedback.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A submitted answer, checked. Problems are message keys (with their arguments) so that the page
 * explains them in the reader's language; the input is kept as typed so that nothing is lost.
 *
 * @param answer the chosen answer, null when none or unknown
 * @param rawAnswer the submitted value, to re-check the radio button
 * @param comment the comment as typed (null when none)
 */
public record SatisfactionInput(
    Satisfaction answer, String rawAnswer, String comment, List<Problem> problems) {
  /** Longest comment kept, in characters (a comment, not a document). */
  public static final int MAX_COMMENT = 1000;

  /** A message key and the values it is filled with. */
  public record Problem(String key, List<Object> args) {}

  public static SatisfactionInput parse(String answer, String comment) {
    List<Problem> problems = new ArrayList<>();
    Satisfaction s = answer == null ? null : Satisfaction.of(answer.strip()).orElse(null);
    if (s == null) {
      problems.add(new Problem("satisfaction.error.answer", List.of()));
    }
    String c = comment == null ? null : comment.strip();
    if (c != null && c.isEmpty()) {
      c = null;
    }
    if (c != null) {
      int length = c.codePointCount(0, c.length());
      if (length > MAX_COMMENT) {
        problems.add(new Problem("satisfaction.error.comment", List.of(MAX_COMMENT, length)));
      }
    }
    return new SatisfactionInput(s, answer, c, List.copyOf(problems));
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  /**
   * The comment as stored: control characters other than line breaks and tabs removed (they have no
   * place in a comment and can upset whoever exports them later).
   */
  public String storedComment() {
    return comment == null ? null : comment.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "");
  }
}
