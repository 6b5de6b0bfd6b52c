package id.terbuka.harvest.service;

import id.terbuka.harvest.domain.HarvestRun;
import id.terbuka.harvest.domain.HarvestSource;
import id.terbuka.harvest.persistence.HarvestStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The bookkeeping of runs, each call its own short transaction (the background run calls it from
 * outside any transaction, between the datasets' own).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class HarvestLedger {
  @Inject HarvestStore store;

  public boolean start(String runId, String sourceId, boolean full, LocalDateTime started) {
    return store.startRun(runId, sourceId, full, started);
  }

  public void finish(HarvestRun run, Optional<String> newHighWater) {
    store.finishRun(run);
    newHighWater.ifPresent(mark -> store.setHighWater(run.sourceId(), mark));
  }

  public Optional<HarvestSource> source(String id) {
    return store.source(id);
  }

  public List<HarvestSource> sources() {
    return store.sources();
  }

  public List<String> activeRemoteIds(String sourceId) {
    return store.activeRemoteIds(sourceId);
  }

  public Optional<HarvestRun> run(String sourceId, String runId) {
    return store.run(sourceId, runId);
  }

  public int interruptRunning(LocalDateTime now) {
    return store.interruptRunning(now);
  }

  public List<HarvestRun> runs(String sourceId, int limit) {
    return store.runs(sourceId, limit);
  }
}
