package id.terbuka.contracts.service;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.contracts.domain.StoredRelease;
import id.terbuka.contracts.persistence.ReleaseStore;
import id.terbuka.identity.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What follows new releases, in one transaction with them: the affected records recompiled, every
 * process's red flags refreshed, the affected years' datasets republished, and (after commit) the
 * search index brought up to date.
 */
@ApplicationScoped
public class ContractChanges {
  @Inject ReleaseStore releases;
  @Inject ContractRecords records;
  @Inject ContractFlags flags;
  @Inject id.terbuka.contracts.persistence.RecordStore recordStore;
  @Inject ContractPublisher publisher;
  @Inject Event<ContractIndexSync.RecordsChanged> changed;

  /** What storing did. */
  public record Outcome(List<String> ocids, Set<Integer> years, List<String> datasets) {}

  /**
   * Stores new releases and everything that follows from them, in the caller's transaction (a new
   * one when there is none).
   *
   * @param generatedBy kept on each regenerated resource, e.g. {@code ocds:<import id>}
   * @param cause recorded with each dataset's activity
   */
  @Transactional
  public Outcome store(
      List<StoredRelease> fresh,
      Actor actor,
      GroupService.Unit owner,
      String generatedBy,
      Map<String, Object> cause) {
    releases.insert(fresh);
    Set<String> ocids = new LinkedHashSet<>();
    fresh.forEach(r -> ocids.add(r.ocid()));
    Set<String> buyersBefore = recordStore.buyersOf(ocids);
    Set<Integer> years = records.recompile(ocids);
    flags.refresh(ocids, buyersBefore);
    List<String> datasets = new ArrayList<>();
    for (int year : years) {
      datasets.add(publisher.publish(actor, owner, year, generatedBy, cause).datasetName());
    }
    changed.fire(new ContractIndexSync.RecordsChanged());
    return new Outcome(List.copyOf(ocids), years, datasets);
  }
}
