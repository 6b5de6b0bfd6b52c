package id.terbuka.contracts.service;

import id.terbuka.contracts.domain.ProcessSummary;
import id.terbuka.contracts.persistence.RecordStore;
import id.terbuka.search.SearchDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A process's search document, from its stored record. */
final class ContractDocuments {

  private ContractDocuments() {}

  static SearchDocument of(RecordStore.StoredRecord r) {
    ProcessSummary s = ProcessSummary.of(r.compiled());
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", r.ocid());
    f.put("index_version", r.changeSeq());
    f.put("ocid", r.ocid());
    f.put("title", s.title());
    putIfPresent(f, "description", s.description());
    putIfPresent(f, "buyer_id", s.buyerId());
    putIfPresent(f, "buyer", s.buyerName());
    List<String> supplierIds = new ArrayList<>();
    List<String> supplierNames = new ArrayList<>();
    for (ProcessSummary.Party p : s.suppliers()) {
      supplierIds.add(p.id());
      supplierNames.add(p.name());
    }
    if (!supplierIds.isEmpty()) {
      f.put("supplier_id", supplierIds);
      f.put("supplier", supplierNames);
    }
    putIfPresent(f, "method", s.method());
    putIfPresent(f, "category", s.category());
    putIfPresent(f, "status", s.status());
    f.put("year", r.year());
    s.value().ifPresent(v -> f.put("value", v));
    putIfPresent(f, "value_source", s.valueSource());
    s.budget().ifPresent(v -> f.put("planning_value", v));
    s.estimate().ifPresent(v -> f.put("tender_value", v));
    s.awardValue().ifPresent(v -> f.put("award_value", v));
    s.contractValue().ifPresent(v -> f.put("contract_value", v));
    f.put("date", r.latestDate());
    if (!r.flags().isEmpty()) {
      f.put("flag", r.flags());
    }
    List<String> text = new ArrayList<>(List.of(r.ocid(), s.title(), s.description()));
    text.add(s.buyerName());
    text.addAll(supplierNames);
    text.add(s.methodDetails());
    f.put("text", String.join(" \n", text));
    return new SearchDocument(f);
  }

  private static void putIfPresent(Map<String, Object> f, String field, String value) {
    if (value != null && !value.isBlank()) {
      f.put(field, value);
    }
  }
}
