package id.terbuka.audit.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ChainVerifier} found.
 *
 * @param entriesRead every entry read, in order or not
 * @param headSeq the sequence number of the chain's last entry as read; 0 for an empty log. Entries
 *     removed from the end leave no gap: compare the head with a published copy to see them.
 * @param headHash that entry's stored hash (64 zeros for an empty log; null if it was unreadable)
 * @param breaks the first {@link ChainVerifier#MAX_LISTED_BREAKS} breaks, by sequence number
 * @param breakCount all breaks found
 * @param removals the gaps that purges and retention removals account for
 */
public record ChainReport(
    long entriesRead,
    long headSeq,
    String headHash,
    List<ChainBreak> breaks,
    long breakCount,
    List<RemovedRange> removals) {

  public ChainReport {
    breaks = List.copyOf(breaks);
    removals = List.copyOf(removals);
  }

  /** True when nothing was found: every entry, link and gap is accounted for. */
  public boolean ok() {
    return breakCount == 0;
  }

  /** The report as a JSON object (the shape {@code deploy/bench/audit-verify.py} prints too). */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ok", ok());
    json.put("entries_read", entriesRead);
    json.put("head_seq", headSeq);
    json.put("head_hash", headHash);
    json.put("break_count", breakCount);
    json.put("breaks", breaks.stream().map(ChainBreak::toJson).toList());
    json.put("removals", removals.stream().map(RemovedRange::toJson).toList());
    return json;
  }
}
