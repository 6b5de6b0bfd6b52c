package id.terbuka.catalog.domain;

import id.terbuka.audit.domain.ActivityDiff;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a review item changes, as the API and the review pages both show it: the top-level fields
 * published then proposed, and the unified diff, with the review's own keys left out (they describe
 * the review, not the dataset).
 */
public record ReviewDiff(List<ActivityDiff.FieldChange> fields, String unified) {
  private static final List<String> REVIEW_KEYS =
      List.of("review_status", "review_reason", "review_id");

  public static ReviewDiff of(Map<String, Object> published, Map<String, Object> proposed) {
    Map<String, Object> before = withoutReviewKeys(published);
    Map<String, Object> after = withoutReviewKeys(proposed);
    return new ReviewDiff(
        ActivityDiff.fields(before, after),
        ActivityDiff.unified(before, after, "disetujui", "diusulkan"));
  }

  private static Map<String, Object> withoutReviewKeys(Map<String, Object> dict) {
    Map<String, Object> m = new LinkedHashMap<>(dict);
    REVIEW_KEYS.forEach(m::remove);
    return m;
  }
}
