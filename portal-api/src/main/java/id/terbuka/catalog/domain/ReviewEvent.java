package id.terbuka.catalog.domain;

import java.time.LocalDateTime;

/**
 * One step of a review item, kept for good ({@code review_event}): submitted (again), returned with
 * its reason, approved. The item itself holds only the latest decision.
 *
 * @param event {@code diajukan}, {@code dikembalikan} or {@code disetujui}
 * @param userId who took the step
 */
public record ReviewEvent(String event, String userId, LocalDateTime at, String reason) {
  public static final String SUBMITTED = "diajukan";

  /** The step a decision is. */
  public static String of(ReviewStatus decision) {
    return decision == ReviewStatus.MENUNGGU_VERIFIKASI ? SUBMITTED : decision.code();
  }
}
