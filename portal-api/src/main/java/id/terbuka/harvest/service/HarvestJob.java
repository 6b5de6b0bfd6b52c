package id.terbuka.harvest.service;

import id.terbuka.harvest.domain.HarvestException;
import id.terbuka.harvest.domain.HarvestRun;
import id.terbuka.harvest.domain.HarvestSource;
import id.terbuka.harvest.domain.HighWater;
import id.terbuka.harvest.domain.RemoteDatasets;
import id.terbuka.harvest.domain.SearchPage;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.Timestamps;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One run of one source, in the background: pages through the remote's {@code package_search}
 * (oldest changes first, so a dataset changed during the run moves behind the pages still to read
 * and none is skipped), writes each dataset through {@link HarvestWriter}, and, on a full run that
 * read every page, withdraws the local copies of datasets the remote no longer lists. A remote
 * failure ends the run as {@code failed} with its reason and withdraws nothing; a dataset's failure
 * is an entry of the report and the run goes on.
 */
final class HarvestJob {
  private static final Logger LOG = Logger.getLogger(HarvestJob.class.getName());

  /** Per-dataset errors kept in a report; more are counted only. */
  static final int MAX_ERRORS = 500;

  private final HarvestSource source;
  private final String runId;
  private final boolean full;
  private final LocalDateTime started;
  private final Actor system;
  private final HarvestWriter writer;
  private final HarvestLedger ledger;
  private final RemoteCkan remote;

  private final Set<String> seen = new HashSet<>();
  private final List<Map<String, Object>> errors = new ArrayList<>();
  private int created;
  private int updated;
  private int unchanged;
  private int withdrawn;
  private int failed;
  private String latestSeen;
  private String earliestFailed;

  HarvestJob(
      HarvestSource source,
      String runId,
      boolean full,
      LocalDateTime started,
      Actor system,
      HarvestWriter writer,
      HarvestLedger ledger,
      RemoteCkan remote) {
    this.source = source;
    this.runId = runId;
    this.full = full;
    this.started = started;
    this.system = system;
    this.writer = writer;
    this.ledger = ledger;
    this.remote = remote;
  }

  void run() {
    String message = null;
    boolean complete = false;
    try {
      complete = readAllPages();
      if (!complete) {
        message = "Stopped after " + SearchPage.MAX_PAGES + " pages; the next run goes on";
      } else if (full) {
        withdrawUnseen();
      }
    } catch (HarvestException e) {
      message = e.getMessage();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Harvest run " + runId + " failed", e);
      message = "The run failed: " + e.getClass().getSimpleName();
    }
    String status = !complete ? "failed" : failed > 0 ? "partial" : "succeeded";
    Optional<String> mark =
        complete
            ? Optional.ofNullable(HighWater.next(source.highWater(), latestSeen, earliestFailed))
            : Optional.empty();
    ledger.finish(
        new HarvestRun(
            runId,
            source.id(),
            full,
            started,
            Timestamps.now(),
            status,
            created,
            updated,
            unchanged,
            withdrawn,
            failed,
            message,
            Json.write(errors)),
        mark);
  }

  private boolean readAllPages() {
    String fq = full ? null : HighWater.filter(source.highWater()).orElse(null);
    RemoteDatasets.Target target =
        new RemoteDatasets.Target(source.id(), source.url(), source.organizationId());
    int start = 0;
    for (int pages = 0; pages < SearchPage.MAX_PAGES; pages++) {
      SearchPage page = remote.search(fq, start);
      for (Object item : page.results()) {
        harvest(item, target);
      }
      start = SearchPage.nextStart(start, page);
      if (start < 0) {
        return true;
      }
    }
    return false;
  }

  private void harvest(Object item, RemoteDatasets.Target target) {
    String remoteId = null;
    String modified = null;
    try {
      remoteId = RemoteDatasets.remoteId(item);
      if (!seen.add(remoteId)) {
        return; // seen on an earlier page: it changed during the run and moved back
      }
      RemoteDatasets.Mapped m = RemoteDatasets.map(item, target);
      modified = m.remoteModified();
      switch (writer.apply(system, target, m)) {
        case CREATED -> created++;
        case UPDATED -> updated++;
        case UNCHANGED -> unchanged++;
      }
      latestSeen = HighWater.later(latestSeen, modified);
    } catch (RuntimeException e) {
      failed(remoteId, modifiedOf(item, modified), e);
    }
  }

  private void withdrawUnseen() {
    for (String remoteId : ledger.activeRemoteIds(source.id())) {
      if (seen.contains(remoteId)) {
        continue;
      }
      try {
        if (writer.withdraw(system, source.id(), remoteId)) {
          withdrawn++;
        }
      } catch (RuntimeException e) {
        failed(remoteId, null, e);
      }
    }
  }

  private void failed(String remoteId, String modified, RuntimeException e) {
    failed++;
    if (modified != null) {
      earliestFailed = HighWater.earlier(earliestFailed, modified);
    }
    if (errors.size() < MAX_ERRORS) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("remote_id", remoteId);
      error.put("reason", reason(e));
      errors.add(error);
    }
  }

  private static String modifiedOf(Object item, String known) {
    if (known != null) {
      return known;
    }
    return item instanceof Map<?, ?> m && m.get("metadata_modified") instanceof String s ? s : null;
  }

  /** The reason in words: the remote's fault, our rules' refusal, or an unexpected failure. */
  static String reason(Throwable e) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof HarvestException h) {
        return h.getMessage();
      }
      if (t instanceof InvalidInputException invalid) {
        List<String> parts = new ArrayList<>();
        invalid
            .errors()
            .forEach((field, messages) -> parts.add(field + ": " + String.join("; ", messages)));
        return "Refused by the catalogue's rules: " + String.join(", ", parts);
      }
      t = t.getCause();
    }
    LOG.log(Level.WARNING, "Harvested dataset not written", e);
    return "Not written: " + e.getClass().getSimpleName();
  }
}
