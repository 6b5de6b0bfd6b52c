package id.terbuka.contracts.sample;

/** What makes a generated process trip a red flag (or none). */
enum Quirk {
  NONE,
  /** One bidder in an open tender. */
  SINGLE_BIDDER,
  /** A tender period of 3 to 6 days. */
  SHORT_TENDER,
  /** A winning offer at 99 % of the HPS or above. */
  NEAR_ESTIMATE,
  /** One of three or four direct purchases from one supplier within a month. */
  SPLIT
}
