package id.terbuka.web.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After a save, a producer whose change now waits is told so, not "saved". */
class ReviewDoneTest {
  @Test
  void theNoticeSaysTheChangeWaitsWhenItDoes() {
    assertEquals(
        "saved-review", ReviewDone.key("saved", Map.of("review_status", "menunggu_verifikasi")));
    assertEquals("saved", ReviewDone.key("saved", Map.of("review_status", "disetujui")));
    Map<String, Object> neverReviewed = new HashMap<>();
    neverReviewed.put("review_status", null);
    assertEquals("created", ReviewDone.key("created", neverReviewed));
    assertEquals(
        "resource-added-review",
        ReviewDone.key("resource-added", Map.of("review_status", "menunggu_verifikasi")));
  }

  @Test
  void everyNoticeKeyFitsWhatTheDashboardAccepts() {
    for (String base : new String[] {"created", "saved", "resource-added", "resource-saved"}) {
      String key = ReviewDone.key(base, Map.of("review_status", "menunggu_verifikasi"));
      assertEquals(true, key.matches("[a-z-]{1,30}"), key);
    }
  }
}
