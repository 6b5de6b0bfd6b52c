package id.terbuka.catalog.domain;

import id.terbuka.shared.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file uploaded for a change that waits for review: stored content-addressed like every file, but
 * not yet a version of its resource.
 */
public record StagedFile(String sha256, long size, String filename, String mimetype) {
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sha256", sha256);
    m.put("size", size);
    m.put("filename", filename);
    m.put("mimetype", mimetype);
    return m;
  }

  static StagedFile of(Object json) {
    Map<String, Object> m = Values.map(json);
    return new StagedFile(
        Values.text(m.get("sha256")),
        ((Number) m.get("size")).longValue(),
        Values.text(m.get("filename")),
        Values.text(m.get("mimetype")));
  }
}
