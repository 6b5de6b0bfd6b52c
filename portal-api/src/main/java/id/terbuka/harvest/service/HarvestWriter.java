package id.terbuka.harvest.service;

import id.terbuka.catalog.service.DatasetService;
import id.terbuka.harvest.domain.HarvestException;
import id.terbuka.harvest.domain.HarvestedDataset;
import id.terbuka.harvest.domain.LocalNames;
import id.terbuka.harvest.domain.RemoteDatasets;
import id.terbuka.harvest.persistence.HarvestStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.Json;
import id.terbuka.shared.Values;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one remote dataset, each in its own transaction, through {@link DatasetService} (its
 * rules, activity and search indexing apply) and remembers it in {@code harvest_object}: the local
 * copy and its record commit together or not at all. A remote content equal to the last one written
 * (same hash) is not written again, so a repeated run leaves no activity and no new {@code
 * metadata_modified}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class HarvestWriter {
  /** What happened to one dataset. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @Inject DatasetService datasets;
  @Inject HarvestStore store;

  public Outcome apply(Actor system, RemoteDatasets.Target target, RemoteDatasets.Mapped m) {
    Optional<HarvestedDataset> known = store.object(target.sourceId(), m.remoteId());
    boolean exists = known.isPresent() && datasets.exists(system, known.get().datasetId());
    if (exists && !known.get().withdrawn() && known.get().contentSha256().equals(m.sha256())) {
      return Outcome.UNCHANGED;
    }
    Map<String, Object> dict = new LinkedHashMap<>(m.dict());
    Map<String, Object> written;
    String name;
    if (exists) {
      name = known.get().datasetName();
      dict.put("id", known.get().datasetId());
      dict.put("name", name);
      dict.put("state", "active");
      dict.put("resources", withLocalIds(m, known.get().resourceIdsJson()));
      written = datasets.update(system, dict);
    } else {
      name = LocalNames.free(m.remoteName(), n -> datasets.exists(system, n));
      dict.put("name", name);
      written = datasets.create(system, dict);
    }
    List<String> resourceIds = new ArrayList<>();
    for (Object r : Values.list(written.get("resources"))) {
      resourceIds.add(Values.text(Values.map(r).get("id")));
    }
    store.saveObject(
        new HarvestedDataset(
            target.sourceId(),
            m.remoteId(),
            Values.text(written.get("id")),
            name,
            m.remoteModified(),
            m.sha256(),
            Json.write(resourceIds),
            false));
    return exists ? Outcome.UPDATED : Outcome.CREATED;
  }

  /**
   * Withdraws the local copy of a dataset the remote no longer lists: a soft delete (CKAN's {@code
   * package_delete}), so it leaves search and lists, its history stays, and it comes back (same
   * name and id) if the remote lists it again. True when something changed.
   */
  public boolean withdraw(Actor system, String sourceId, String remoteId) {
    HarvestedDataset o =
        store
            .object(sourceId, remoteId)
            .orElseThrow(() -> new HarvestException("Nothing harvested under " + remoteId));
    boolean changed = false;
    if (datasets.exists(system, o.datasetId())
        && !"deleted".equals(datasets.show(system, o.datasetId()).get("state"))) {
      datasets.delete(system, o.datasetId());
      changed = true;
    }
    store.saveObject(
        new HarvestedDataset(
            o.sourceId(),
            o.remoteId(),
            o.datasetId(),
            o.datasetName(),
            o.remoteModified(),
            o.contentSha256(),
            o.resourceIdsJson(),
            true));
    return changed;
  }

  /** The mapped resources with the local ids of the same positions, so resources keep their ids. */
  private static List<Map<String, Object>> withLocalIds(RemoteDatasets.Mapped m, String idsJson) {
    List<Object> ids;
    try {
      ids = Values.list(Json.parse(idsJson));
    } catch (RuntimeException e) {
      ids = List.of();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    List<Object> mapped = Values.list(m.dict().get("resources"));
    for (int i = 0; i < mapped.size(); i++) {
      Map<String, Object> r = new LinkedHashMap<>(Values.map(mapped.get(i)));
      if (i < ids.size() && ids.get(i) instanceof String id) {
        r.put("id", id);
      }
      out.add(r);
    }
    return out;
  }
}
