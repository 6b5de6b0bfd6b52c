package id.terbuka.contracts.service;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.domain.PublicationYear;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.flags.SignedContractValues;
import id.terbuka.contracts.merge.RecordCompiler;
import id.terbuka.contracts.persistence.RecordStore;
import id.terbuka.contracts.persistence.ReleaseStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Compiles the records of processes whose releases changed, in the caller's transaction. */
@ApplicationScoped
public class ContractRecords {
  @Inject ReleaseStore releases;
  @Inject RecordStore records;

  private final RecordCompiler compiler = RecordCompiler.bundled();

  /**
   * Recompiles the given processes' records from all their stored releases.
   *
   * @return the publication years of the given processes, before and after (a process that moved to
   *     another year changes both)
   */
  public Set<Integer> recompile(Collection<String> ocids) {
    Set<Integer> years = new TreeSet<>();
    records.findAll(List.copyOf(ocids)).forEach(r -> years.add(r.year()));
    Map<String, List<StoredRelease>> byOcid = releases.releasesOf(ocids);
    for (Map.Entry<String, List<StoredRelease>> e : byOcid.entrySet()) {
      List<StoredRelease> all = e.getValue();
      ObjectNode compiled = compile(all);
      int year = PublicationYear.of(compiled, all);
      years.add(year);
      records.save(
          e.getKey(),
          compiled,
          all.size(),
          year,
          all.get(all.size() - 1).date(),
          signedValues(all));
    }
    return years;
  }

  /** The compiled release of stored releases (oldest first). */
  public ObjectNode compile(List<StoredRelease> all) {
    return compiler.compile(contents(all));
  }

  /** The versioned release of stored releases (oldest first). */
  public ObjectNode versioned(List<StoredRelease> all) {
    return compiler.versioned(contents(all));
  }

  /** Each contract's value at signature, for the "amended up" red flag. */
  private static ObjectNode signedValues(List<StoredRelease> all) {
    ObjectNode values = OcdsJson.object();
    SignedContractValues.of(contents(all)).forEach(values::put);
    return values;
  }

  private static List<JsonNode> contents(List<StoredRelease> all) {
    return all.stream().map(StoredRelease::content).toList();
  }
}
