package id.terbuka.contracts.service;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.flags.FlagFinding;
import id.terbuka.contracts.flags.FlagInput;
import id.terbuka.contracts.flags.RedFlags;
import id.terbuka.contracts.persistence.RecordStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recomputes the red flags of every process after a change: contract splitting compares a buyer's
 * direct procurements with each other, so one new process can flag older ones.
 */
@ApplicationScoped
public class ContractFlags {
  @Inject RecordStore records;
  @Inject OcdsSettings settings;

  /**
   * Stores the flags and explanations of every process of the buyers of {@code ocids} (before and
   * after the change: the caller passes the buyers it read before); returns how many changed.
   */
  public int refresh(java.util.Collection<String> ocids, java.util.Set<String> buyersBefore) {
    java.util.Set<String> buyers = new java.util.TreeSet<>(buyersBefore);
    buyers.addAll(records.buyersOf(ocids));
    List<RecordStore.StoredRecord> all = records.ofBuyers(buyers);
    List<FlagInput> inputs = all.stream().map(ContractFlags::input).toList();
    Map<String, List<FlagFinding>> findings = rules().evaluateInputs(inputs);
    int changed = 0;
    for (RecordStore.StoredRecord r : all) {
      List<FlagFinding> found = findings.getOrDefault(r.ocid(), List.of());
      List<String> ids = found.stream().map(f -> f.flag().id()).toList();
      if (records.saveFlags(r.ocid(), ids, notes(found))) {
        changed++;
      }
    }
    return changed;
  }

  private static FlagInput input(RecordStore.StoredRecord r) {
    Map<String, BigDecimal> signed = new LinkedHashMap<>();
    r.signedValues().properties().forEach(e -> signed.put(e.getKey(), e.getValue().decimalValue()));
    return new FlagInput(r.compiled(), signed);
  }

  RedFlags rules() {
    return new RedFlags(settings.minTenderDays(), settings.directThreshold());
  }

  private static ArrayNode notes(List<FlagFinding> found) {
    ArrayNode notes = OcdsJson.nodes().arrayNode();
    for (FlagFinding f : found) {
      ObjectNode n = notes.addObject();
      n.put("flag", f.flag().id());
      n.put("id", f.explanationId());
      n.put("en", f.explanationEn());
    }
    return notes;
  }
}
