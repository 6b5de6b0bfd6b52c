package id.terbuka.contracts.sample;

/** How far a generated process has gone by the file's date. */
enum Progress {
  /** In the plan (RUP) only. */
  PLANNED,
  /** Announced, being evaluated, cancelled or failed: no winner yet, or none at all. */
  TENDERING,
  /** A winner is named, the contract not signed yet. */
  AWARDED,
  /** Signed; running, completed or terminated, with payments. */
  CONTRACTED
}
