package id.terbuka.usage.service;

import id.terbuka.usage.domain.UsageKey;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the in-memory counts to PostgreSQL every {@value #SECONDS} seconds and when the
 * application stops. A node that crashes loses at most the counts of the last few seconds; a failed
 * write puts the counts back for the next attempt.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class UsageFlusher {
  private static final Logger LOG = Logger.getLogger(UsageFlusher.class.getName());
  static final int SECONDS = 5;

  @Inject UsageCounter counter;
  @Inject UsageRecorder recorder;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  void tick() {
    flush();
  }

  @PreDestroy
  void stop() {
    flush();
  }

  /** Writes what has been counted; synchronized so two flushes never interleave on one node. */
  public synchronized void flush() {
    Map<UsageKey, Long> counts = counter.drain();
    if (counts.isEmpty()) {
      return;
    }
    try {
      recorder.add(counts);
    } catch (RuntimeException e) {
      counter.restore(counts);
      LOG.log(Level.WARNING, "Usage counts not written, kept for the next try: {0}", e.toString());
    }
  }
}
