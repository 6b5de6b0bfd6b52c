package id.terbuka.audit.chain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A gap in the sequence numbers that purge or retention removal entries account for: not a break,
 * but reported so that a reviewer sees what was removed and by which entries.
 *
 * @param from the first removed sequence number
 * @param to the last removed sequence number
 * @param recordedBy the sequence numbers of the entries whose removal records bridge the gap
 */
public record RemovedRange(long from, long to, List<Long> recordedBy) {

  public RemovedRange {
    recordedBy = List.copyOf(recordedBy);
  }

  /** The range as a JSON object for reports. */
  public Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", from);
    json.put("to", to);
    json.put("recorded_by", recordedBy);
    return json;
  }
}
