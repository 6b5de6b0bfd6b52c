package id.terbuka.web;

import id.terbuka.feedback.domain.Satisfaction;
import id.terbuka.feedback.domain.SatisfactionSummary;
import java.util.List;
import java.util.Map;

/**
 * What the dataset page shows about its use: views and downloads so far (per resource too), the
 * shares of the satisfaction answers, and the state of the satisfaction form.
 *
 * @param resourceDownloads downloads per resource id (absent: none yet)
 */
public record DatasetUsage(
    long views,
    long downloads,
    Map<String, Long> resourceDownloads,
    SatisfactionSummary satisfaction,
    Form form) {
  public static final DatasetUsage NONE =
      new DatasetUsage(0, 0, Map.of(), SatisfactionSummary.of(Map.of()), Form.EMPTY);

  /**
   * The satisfaction form as the reader left it.
   *
   * @param answer the chosen answer's code (checked radio button), null for none
   * @param comment the comment typed, kept when the answer was refused
   * @param problems messages (already in the reader's language) why the answer was refused
   * @param saved whether the page follows a saved answer (thanks message)
   */
  public record Form(String answer, String comment, List<String> problems, boolean saved) {
    public static final Form EMPTY = new Form(null, null, List.of(), false);

    public Form {
      problems = List.copyOf(problems);
    }

    public boolean checked(Satisfaction s) {
      return s.code().equals(answer);
    }
  }

  public long downloadsOf(String resourceId) {
    return resourceDownloads.getOrDefault(resourceId, 0L);
  }

  /** The answers, best first, for the template's loop. */
  public List<Satisfaction> answers() {
    return List.of(Satisfaction.values());
  }
}
