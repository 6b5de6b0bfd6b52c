package id.terbuka.audit.chain;

/** A removal record read from the log, with the entry that carries it. */
record RemovalClaim(long entrySeq, EventType type, Removal removal) {

  String describe() {
    return type.code()
        + " entry "
        + entrySeq
        + " says "
        + Gap.describe(removal.from(), removal.to())
        + " were removed";
  }
}
