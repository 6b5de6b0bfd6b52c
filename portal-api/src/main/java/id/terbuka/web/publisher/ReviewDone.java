package id.terbuka.web.publisher;

import java.util.Map;

/**
 * The notice after a publisher's save: when the dataset now waits for the walidata (ADR 0016), the
 * notice says so instead of "saved", since the public does not see the change yet.
 */
final class ReviewDone {
  private ReviewDone() {}

  /**
   * @param base the usual notice key ({@code created}, {@code saved}, ...)
   * @param dataset the dataset as its editor now reads it
   */
  static String key(String base, Map<String, Object> dataset) {
    return "menunggu_verifikasi".equals(dataset.get("review_status")) ? base + "-review" : base;
  }
}
