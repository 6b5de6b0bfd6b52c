package id.terbuka.harvest.service;

import id.terbuka.harvest.domain.HarvestSource;
import id.terbuka.harvest.domain.SourceRules;
import id.terbuka.shared.Timestamps;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Scheduled sources: every ten minutes, an enabled {@code hourly} or {@code daily} source whose
 * last run started longer ago than its interval gets a run: incremental, or full when no full run
 * started in the last day (so remote deletions are withdrawn here within about a day). At start-up,
 * runs a stopped server left {@code running} are marked {@code interrupted}, so the source can run
 * again (one node; a cluster would mark only its own, see docs/operations.md).
 */
@Singleton
@Startup
@jakarta.ejb.DependsOn("SchemaMigrations")
public class HarvestSchedule {
  private static final Logger LOG = Logger.getLogger(HarvestSchedule.class.getName());

  @Inject HarvestLedger ledger;
  @Inject HarvestRuns runs;

  @PostConstruct
  void interruptLeftovers() {
    try {
      int n = ledger.interruptRunning(Timestamps.now());
      if (n > 0) {
        LOG.info("Harvest runs interrupted by the last stop: " + n);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Harvest runs left running not checked: {0}", e.toString());
    }
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  void due() {
    try {
      LocalDateTime now = Timestamps.now();
      for (HarvestSource s : ledger.sources()) {
        var interval = SourceRules.interval(s.schedule());
        if (!s.enabled() || interval.isEmpty()) {
          continue;
        }
        var recent = ledger.runs(s.id(), HarvestRuns.LISTED);
        if (recent.isEmpty() || isDue(recent.get(0).started(), interval.get(), now)) {
          var lastFull = recent.stream().filter(r -> r.full()).map(r -> r.started()).findFirst();
          runs.startRun(s, SourceRules.fullRunDue(lastFull, now));
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Scheduled harvests not started: {0}", e.toString());
    }
  }

  static boolean isDue(LocalDateTime lastStart, Duration interval, LocalDateTime now) {
    return !lastStart.plus(interval).isAfter(now);
  }
}
