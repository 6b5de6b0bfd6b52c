package id.terbuka.audit.chain;

/** The ways a log can fail verification; the codes appear in reports and the API. */
public enum BreakKind {
  /** The stored hash is not the hash of the entry's content: the entry was changed. */
  ALTERED_ENTRY("altered_entry"),
  /** An entry's {@code prev_hash} is not the hash of the entry before it. */
  BROKEN_LINK("broken_link"),
  /** Sequence numbers skip, and no purge or retention removal accounts for the gap. */
  MISSING_ENTRIES("missing_entries"),
  /** An entry comes after one with a higher or equal sequence number. */
  INSERTED_OR_REORDERED("inserted_or_reordered"),
  /** A purge or retention removal whose removal record is malformed or matches no gap. */
  INVALID_REMOVAL("invalid_removal");

  private final String code;

  BreakKind(String code) {
    this.code = code;
  }

  /** The code written in reports, e.g. {@code altered_entry}. */
  public String code() {
    return code;
  }
}
