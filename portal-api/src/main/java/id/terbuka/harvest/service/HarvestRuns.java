package id.terbuka.harvest.service;

import id.terbuka.harvest.domain.HarvestRun;
import id.terbuka.harvest.domain.HarvestSource;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.shared.Timestamps;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Starts runs in the background (the server's managed executor) and reports them. One run per
 * source at a time: the database refuses a second running row, whichever node asks. Datasets are
 * written in the name of the first sysadmin (the system actor), so the catalogue's rules,
 * activities and indexing apply as to any other change.
 */
@ApplicationScoped
public class HarvestRuns {
  /** Runs listed per source, newest first. */
  public static final int LISTED = 50;

  @Inject HarvestSources sources;
  @Inject HarvestLedger ledger;
  @Inject HarvestWriter writer;
  @Inject UserService users;
  @Inject TerbukaConfig config;
  @Resource ManagedExecutorService executor;

  /** A sysadmin's "run now"; {@code full} also withdraws what the remote no longer lists. */
  public HarvestRun start(Actor actor, String sourceId, boolean full) {
    HarvestSource source = sources.require(actor, sourceId);
    return startRun(source, full)
        .orElseThrow(() -> new ConflictException("A run of this source is already in progress"));
  }

  /**
   * Starts a run unless one is in progress. The first run of a source (no high-water mark yet) is
   * always full.
   */
  java.util.Optional<HarvestRun> startRun(HarvestSource source, boolean full) {
    boolean isFull = full || source.highWater() == null;
    String runId = UUID.randomUUID().toString();
    LocalDateTime started = Timestamps.now();
    if (!ledger.start(runId, source.id(), isFull, started)) {
      return java.util.Optional.empty();
    }
    var admin = users.firstSysadmin();
    HarvestJob job =
        new HarvestJob(
            source,
            runId,
            isFull,
            started,
            admin.map(Actor::system).orElse(Actor.anonymous()),
            writer,
            ledger,
            new RemoteCkan(source.url(), config.harvestAllowPrivate()));
    try {
      executor.execute(job::run);
    } catch (RuntimeException e) {
      ledger.finish(
          new HarvestRun(
              runId,
              source.id(),
              isFull,
              started,
              Timestamps.now(),
              "failed",
              0,
              0,
              0,
              0,
              0,
              "The run could not be started",
              "[]"),
          java.util.Optional.empty());
      throw e;
    }
    return java.util.Optional.of(
        new HarvestRun(
            runId, source.id(), isFull, started, null, "running", 0, 0, 0, 0, 0, null, "[]"));
  }

  public List<HarvestRun> list(Actor actor, String sourceId) {
    sources.require(actor, sourceId);
    return ledger.runs(sourceId, LISTED);
  }

  public HarvestRun show(Actor actor, String sourceId, String runId) {
    sources.require(actor, sourceId);
    return ledger
        .run(sourceId, runId)
        .orElseThrow(() -> new ObjectNotFoundException("Harvest run not found"));
  }
}
