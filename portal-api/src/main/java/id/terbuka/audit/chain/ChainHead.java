package id.terbuka.audit.chain;

/**
 * The end of the chain an entry is appended to: the sequence number and hash of the last entry
 * written, or {@link #EMPTY} before the first.
 *
 * @param seq 0 for the empty log, else the last entry's sequence number
 * @param hash 64 zeros for the empty log, else the last entry's hash
 */
public record ChainHead(long seq, String hash) {

  /** The head of a log with no entry yet: the first entry is 1 and its previous hash 64 zeros. */
  public static final ChainHead EMPTY = new ChainHead(0, Sha256.ZERO);

  public ChainHead {
    if (seq < 0 || seq >= LogEntry.MAX_SEQ) {
      throw new IllegalArgumentException("head seq out of range: " + seq);
    }
    Sha256.require(hash, "head hash");
  }
}
