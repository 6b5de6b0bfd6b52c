package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.AuthenticationRequiredException;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.InvalidInputException;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review workflow's state machine and permissions (issue 13, item 1). */
class ReviewRulesTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);
  private static final Actor WALIDATA = Actor.system(new UserAccount("w", "walidata", NOW));
  private static final Actor EDITOR = user("e", Map.of("org-1", Capacity.EDITOR));
  private static final Actor MEMBER = user("m", Map.of("org-1", Capacity.MEMBER));
  private static final Actor OTHER = user("o", Map.of("org-2", Capacity.ADMIN));

  private static Actor user(String id, Map<String, Capacity> capacities) {
    return Actor.user(new UserAccount(id, "u-" + id, NOW), capacities);
  }

  private static CatalogGroup org(boolean reviewRequired) {
    CatalogGroup g = new CatalogGroup("org-1", "dinas", true, NOW);
    g.reviewRequired = reviewRequired;
    return g;
  }

  @Test
  void aProducersPublicationWaitsOnlyWhereTheOrganisationRequiresReview() {
    assertTrue(ReviewRules.mustWait(EDITOR, org(true)));
    assertFalse(ReviewRules.mustWait(EDITOR, org(false)));
    assertFalse(ReviewRules.mustWait(WALIDATA, org(true)), "the walidata publishes directly");
    assertFalse(ReviewRules.mustWait(EDITOR, null));
  }

  @Test
  void onlyTheWalidataDecidesAndOnlyOnAWaitingItem() {
    ReviewRules.checkApproval(WALIDATA, ReviewStatus.MENUNGGU_VERIFIKASI);
    assertThrows(
        AccessDeniedException.class,
        () -> ReviewRules.checkApproval(EDITOR, ReviewStatus.MENUNGGU_VERIFIKASI),
        "a producer cannot approve their own change");
    assertThrows(
        AuthenticationRequiredException.class,
        () -> ReviewRules.checkApproval(Actor.anonymous(), ReviewStatus.MENUNGGU_VERIFIKASI));
    assertThrows(
        ConflictException.class,
        () -> ReviewRules.checkApproval(WALIDATA, ReviewStatus.DISETUJUI),
        "approved twice");
    assertThrows(
        ConflictException.class,
        () -> ReviewRules.checkApproval(WALIDATA, ReviewStatus.DIKEMBALIKAN),
        "a returned item waits for the producer, not the walidata");
  }

  @Test
  void returningNeedsAReasonOfReasonableLength() {
    assertEquals(
        "Judul kurang jelas",
        ReviewRules.checkReturn(
            WALIDATA, ReviewStatus.MENUNGGU_VERIFIKASI, "  Judul kurang jelas "));
    for (String missing : new String[] {null, "", "   "}) {
      InvalidInputException e =
          assertThrows(
              InvalidInputException.class,
              () -> ReviewRules.checkReturn(WALIDATA, ReviewStatus.MENUNGGU_VERIFIKASI, missing));
      assertTrue(e.errors().containsKey("reason"));
    }
    String tooLong = "x".repeat(ReviewRules.MAX_REASON + 1);
    assertThrows(
        InvalidInputException.class,
        () -> ReviewRules.checkReturn(WALIDATA, ReviewStatus.MENUNGGU_VERIFIKASI, tooLong));
    assertThrows(
        AccessDeniedException.class,
        () -> ReviewRules.checkReturn(EDITOR, ReviewStatus.MENUNGGU_VERIFIKASI, "no"));
    assertThrows(
        ConflictException.class,
        () -> ReviewRules.checkReturn(WALIDATA, ReviewStatus.DIKEMBALIKAN, "again"));
  }

  @Test
  void theProducersNextChangeSubmitsAgainButAnApprovedItemIsClosed() {
    assertEquals(
        ReviewStatus.MENUNGGU_VERIFIKASI,
        ReviewRules.afterProducerChange(ReviewStatus.DIKEMBALIKAN));
    assertEquals(
        ReviewStatus.MENUNGGU_VERIFIKASI,
        ReviewRules.afterProducerChange(ReviewStatus.MENUNGGU_VERIFIKASI));
    assertThrows(
        IllegalStateException.class, () -> ReviewRules.afterProducerChange(ReviewStatus.DISETUJUI));
  }

  @Test
  void anItemIsSeenByTheWalidataAndItsOrganisationsEditorsOnly() {
    assertTrue(ReviewRules.maySee(WALIDATA, "org-1"));
    assertTrue(ReviewRules.maySee(EDITOR, "org-1"));
    assertFalse(ReviewRules.maySee(MEMBER, "org-1"), "a member does not edit");
    assertFalse(ReviewRules.maySee(OTHER, "org-1"));
    assertFalse(ReviewRules.maySee(Actor.anonymous(), "org-1"));
  }

  @Test
  void aReturnedItemForgetsTheReasonWhenSubmittedAgain() {
    ReviewItem item = new ReviewItem("i", ReviewKind.PERUBAHAN, "org-1", "d", "Data");
    item.submittedBy("e", NOW);
    item.decided(ReviewStatus.DIKEMBALIKAN, "w", NOW.plusHours(1), "Satuan salah");
    assertEquals(ReviewStatus.DIKEMBALIKAN, item.status());
    item.submittedBy("e", NOW.plusHours(2));
    assertEquals(ReviewStatus.MENUNGGU_VERIFIKASI, item.status());
    assertEquals(null, item.reason);
    assertEquals(null, item.decidedBy);
    item.decided(ReviewStatus.DISETUJUI, "w", NOW.plusHours(3), null);
    assertThrows(IllegalStateException.class, () -> item.submittedBy("e", NOW.plusHours(4)));
  }

  @Test
  void theQueueOfTheWalidataIsEveryOrganisationsAndOfAnEditorTheirOwn() {
    assertEquals(null, ReviewRules.visibleOrganisations(WALIDATA));
    assertEquals(java.util.List.of("org-1"), ReviewRules.visibleOrganisations(EDITOR));
    assertEquals(java.util.List.of(), ReviewRules.visibleOrganisations(MEMBER));
    assertEquals(java.util.List.of("org-2"), ReviewRules.visibleOrganisations(OTHER));
  }

  @Test
  void onlyASysadminSetsReviewRequired() {
    ReviewRules.requireMaySetReviewRequired(WALIDATA);
    assertThrows(
        AccessDeniedException.class,
        () -> ReviewRules.requireMaySetReviewRequired(user("a", Map.of("org-1", Capacity.ADMIN))));
  }
}
