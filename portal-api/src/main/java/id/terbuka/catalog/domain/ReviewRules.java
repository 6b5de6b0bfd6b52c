package id.terbuka.catalog.domain;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.AuthenticationRequiredException;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.InvalidInputException;

/**
 * The review workflow's decisions (issue 13, item 1; ADR 0016), pure so that the state machine and
 * the permissions are unit-tested:
 *
 * <ul>
 *   <li>a producer's publication waits when its organisation has {@code review_required}; a
 *       sysadmin (the walidata, and the system itself) publishes directly;
 *   <li>only the walidata approves or returns, and only an item that waits;
 *   <li>returning needs a reason; the producer's next change submits the item again;
 *   <li>the walidata sees every item, an organisation's editors see their organisation's.
 * </ul>
 */
public final class ReviewRules {
  /** Most characters a return reason may have. */
  public static final int MAX_REASON = 1000;

  private ReviewRules() {}

  /** Whether this actor's change to a dataset of this organisation waits for the walidata. */
  public static boolean mustWait(Actor actor, CatalogGroup organization) {
    return organization != null && organization.reviewRequired && !actor.sysadmin();
  }

  /** Deciding on items: the walidata (a sysadmin) only. */
  public static void requireWalidata(Actor actor) {
    if (!actor.authenticated()) {
      throw new AuthenticationRequiredException("Sign in as the walidata to review publications");
    }
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("Only the walidata (a sysadmin) may review publications");
    }
  }

  /** Setting an organisation's {@code review_required}: sysadmins only. */
  public static void requireMaySetReviewRequired(Actor actor) {
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("Only a sysadmin may change review_required");
    }
  }

  /** Whether the actor may see an item of this organisation (the queue, one item, its file). */
  public static boolean maySee(Actor actor, String ownerOrgId) {
    return actor.sysadmin() || actor.can(Capacity.EDITOR, ownerOrgId);
  }

  /**
   * The organisations whose items this actor sees ({@link #maySee}): null for the walidata (every
   * organisation), else those they edit.
   */
  public static java.util.List<String> visibleOrganisations(Actor actor) {
    if (actor.sysadmin()) {
      return null;
    }
    return actor.capacities().keySet().stream()
        .filter(org -> actor.can(Capacity.EDITOR, org))
        .sorted()
        .toList();
  }

  /** Reading the queue at all: a signed-in user (each sees what {@link #maySee} allows). */
  public static void requireSignedIn(Actor actor) {
    if (!actor.authenticated()) {
      throw new AuthenticationRequiredException("Sign in to see publications awaiting review");
    }
  }

  /** Approving: the walidata, on an item that waits. */
  public static void checkApproval(Actor actor, ReviewStatus current) {
    requireWalidata(actor);
    requireWaiting(current);
  }

  /**
   * Returning: the walidata, on an item that waits, with a reason.
   *
   * @return the reason, stripped
   */
  public static String checkReturn(Actor actor, ReviewStatus current, String reason) {
    requireWalidata(actor);
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "Missing value: say what the producer must fix");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw InvalidInputException.of("reason", "Must be at most " + MAX_REASON + " characters");
    }
    requireWaiting(current);
    return reason.strip();
  }

  /** The status after the producer changes an open item: it waits again. */
  public static ReviewStatus afterProducerChange(ReviewStatus current) {
    if (current == ReviewStatus.DISETUJUI) {
      throw new IllegalStateException("An approved item is closed");
    }
    return ReviewStatus.MENUNGGU_VERIFIKASI;
  }

  private static void requireWaiting(ReviewStatus current) {
    if (current != ReviewStatus.MENUNGGU_VERIFIKASI) {
      throw new ConflictException(
          "This item is " + current.code() + ", not menunggu_verifikasi: it was already decided");
    }
  }
}
