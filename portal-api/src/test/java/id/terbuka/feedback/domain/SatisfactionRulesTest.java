package id.terbuka.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SatisfactionRulesTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 0, 0);
  private static final String TOKEN = Respondents.newToken();

  private static Actor user(String id, Map<String, Capacity> capacities) {
    return Actor.user(new UserAccount(id, "u-" + id, NOW), capacities);
  }

  private static Actor sysadmin() {
    UserAccount root = new UserAccount("root", "root", NOW);
    root.sysadmin(true);
    return Actor.user(root, Map.of());
  }

  private static void assertInvalidAnswer(SatisfactionInput input, String token) {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> SatisfactionRules.checkAnswer(input, token));
    assertEquals(Map.of("answer", List.of("Invalid answer")), e.errors());
  }

  @Test
  void aValidAnswerWithOurTokenIsStored() {
    assertDoesNotThrow(
        () -> SatisfactionRules.checkAnswer(SatisfactionInput.parse("puas", "bagus"), TOKEN));
  }

  @Test
  void anInvalidAnswerOrAForeignTokenIsRefused() {
    assertInvalidAnswer(SatisfactionInput.parse("senang", null), TOKEN);
    assertInvalidAnswer(SatisfactionInput.parse("puas", "x".repeat(1001)), TOKEN);
    assertInvalidAnswer(SatisfactionInput.parse("puas", null), null);
    assertInvalidAnswer(SatisfactionInput.parse("puas", null), "not-a-token");
  }

  @Test
  void editorsAdminsAndSysadminsReadTheReport() {
    for (Actor a :
        List.of(
            user("e", Map.of("org-1", Capacity.EDITOR)),
            user("a", Map.of("org-1", Capacity.ADMIN)),
            sysadmin())) {
      assertDoesNotThrow(() -> SatisfactionRules.requireReportReader(a, "org-1"));
    }
  }

  @Test
  void membersOutsidersAndStrangersDoNot() {
    for (Actor a :
        List.of(
            user("m", Map.of("org-1", Capacity.MEMBER)),
            user("x", Map.of("org-2", Capacity.ADMIN)),
            Actor.anonymous())) {
      AccessDeniedException e =
          assertThrows(
              AccessDeniedException.class, () -> SatisfactionRules.requireReportReader(a, "org-1"));
      assertEquals(
          "Only the dataset's organisation editors and admins may read its feedback",
          e.getMessage());
    }
  }

  @Test
  void aPageIsUpToAThousandFromANonNegativeOffset() {
    assertDoesNotThrow(() -> SatisfactionRules.checkPage(0, 0));
    assertDoesNotThrow(() -> SatisfactionRules.checkPage(1000, 5));
    for (int[] bad : new int[][] {{-1, 0}, {1001, 0}, {10, -1}}) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class, () -> SatisfactionRules.checkPage(bad[0], bad[1]));
      assertEquals(
          Map.of("limit", List.of("limit must be 0..1000 and offset not negative")), e.errors());
    }
  }

  @Test
  void aHiddenDatasetIsNotFound() {
    assertEquals("Dataset not found", SatisfactionRules.hiddenDataset().getMessage());
  }

  @Test
  void theReportGivesCountsAndSharesByCodeBestFirst() {
    SatisfactionSummary s =
        SatisfactionSummary.of(Map.of(Satisfaction.PUAS, 3L, Satisfaction.TIDAK_PUAS, 1L));
    assertEquals(
        List.of("sangat_puas", "puas", "cukup_puas", "tidak_puas"),
        List.copyOf(s.countsByCode().keySet()));
    assertEquals(
        Map.of("sangat_puas", 0L, "puas", 3L, "cukup_puas", 0L, "tidak_puas", 1L),
        s.countsByCode());
    assertEquals(
        Map.of("sangat_puas", 0, "puas", 75, "cukup_puas", 0, "tidak_puas", 25), s.percentByCode());
    assertEquals(
        List.of("sangat_puas", "puas", "cukup_puas", "tidak_puas"),
        List.copyOf(s.percentByCode().keySet()));
  }
}
