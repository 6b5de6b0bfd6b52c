package id.terbuka.audit.chain;

/**
 * Sequence numbers {@code from}..{@code to} not seen where they belong, with the hashes at both
 * ends: the hash of the entry before the gap and the {@code prev_hash} of the entry after it
 * (either null when that entry could not be read). A purge or retention removal bridges the gap
 * when its record runs from one to the other.
 */
record Gap(long from, long to, String leftHash, String rightPrevHash) {

  /** "entries 41-43" or "entry 41". */
  static String describe(long from, long to) {
    return from == to ? "entry " + from : "entries " + from + "-" + to;
  }

  static String missing(long from, long to) {
    return describe(from, to) + (from == to ? " is missing" : " are missing");
  }
}
