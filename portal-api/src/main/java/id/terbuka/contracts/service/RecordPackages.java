package id.terbuka.contracts.service;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.persistence.RecordStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record as OCDS writes it: linked releases, the compiled release, the versioned one on request.
 */
final class RecordPackages {

  private RecordPackages() {}

  /**
   * @param releases the process's releases, oldest first
   * @param versioned the versioned release, or null to leave it out
   */
  static ObjectNode record(
      RecordStore.StoredRecord stored, java.util.List<StoredRelease> releases, JsonNode versioned) {
    ObjectNode record = OcdsJson.object();
    record.put("ocid", stored.ocid());
    ArrayNode linked = record.putArray("releases");
    for (StoredRelease r : releases) {
      ObjectNode link = linked.addObject();
      link.put("url", r.packageUri() + "#" + r.releaseId());
      link.put("date", r.dateText());
      ArrayNode tags = link.putArray("tag");
      r.tags().forEach(tags::add);
    }
    record.set("compiledRelease", stored.compiled());
    if (versioned != null) {
      record.set("versionedRelease", versioned);
    }
    return record;
  }
}
