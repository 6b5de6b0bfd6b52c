package id.terbuka.audit.service;

import id.terbuka.audit.chain.ChainHead;
import id.terbuka.audit.chain.ChainReport;
import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.persistence.PublicationLogStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.storage.FileStore;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The full check of the publication log, in the background: the whole chain from the first entry,
 * then the stored file of every resource file entry re-hashed; the last result is kept. At most one
 * run per node at a time, and callers who are not sysadmins may start one only when the last began
 * at least {@link AuditSettings#fullCheckInterval()} ago, so that asking for checks cannot load the
 * server. Files are stored under their SHA-256, so each distinct {@code content_sha256} is read
 * once and must hash to itself. A sound chain becomes the quick {@link ChainCheck}'s checkpoint.
 */
@ApplicationScoped
public class FullCheck {
  /** Problems listed in a result; more are counted only. */
  static final int MAX_LISTED = 1000;

  @Inject PublicationLogStore store;
  @Inject PublicationLog log;
  @Inject FileStore files;
  @Inject ChainCheck chainCheck;
  @Inject AuditSettings settings;
  @Resource ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicReference<Result> last = new AtomicReference<>();
  private volatile Instant runningSince;
  private volatile Instant lastStarted;
  private volatile String startedBy;

  /** What a request to start a check did. */
  public enum Start {
    STARTED,
    ALREADY_RUNNING,
    TOO_SOON
  }

  /**
   * Starts a check for {@code actor} unless one runs or (for a caller who is not a sysadmin) the
   * last one started less than the configured interval ago.
   */
  public Start start(Actor actor) {
    if (!actor.sysadmin() && nextAllowed().isAfter(Instant.now())) {
      return running.get() ? Start.ALREADY_RUNNING : Start.TOO_SOON;
    }
    return begin(actor.sysadmin() ? "sysadmin" : "public") ? Start.STARTED : Start.ALREADY_RUNNING;
  }

  /** When a caller who is not a sysadmin may start the next check. */
  public Instant nextAllowed() {
    Instant started = lastStarted;
    return started == null ? Instant.EPOCH : started.plus(settings.fullCheckInterval());
  }

  /** The daily run: starts unless one runs. */
  public boolean startScheduled() {
    return begin("schedule");
  }

  /**
   * Started by the quick check when its checkpoint entry is gone or changed; at most once per
   * interval, like a stranger's request, since a stranger's request causes it.
   */
  void startForChainCheck() {
    if (!nextAllowed().isAfter(Instant.now())) {
      begin("chain_check");
    }
  }

  private boolean begin(String by) {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    runningSince = Instant.now();
    lastStarted = runningSince;
    startedBy = by;
    try {
      executor.execute(this::runAndRelease);
    } catch (RuntimeException e) {
      running.set(false);
      throw e;
    }
    return true;
  }

  /** Whether a check runs now, and since when. */
  public Optional<Instant> runningSince() {
    return running.get() ? Optional.ofNullable(runningSince) : Optional.empty();
  }

  /** The last finished check, if any ran since this node started. */
  public Optional<Result> lastResult() {
    return Optional.ofNullable(last.get());
  }

  private void runAndRelease() {
    String by = startedBy;
    try {
      ChainReport chain = log.verifyChain();
      if (chain.ok() && chain.headHash() != null) {
        chainCheck.trust(new ChainHead(chain.headSeq(), chain.headHash()));
      }
      last.set(rehashFiles(runningSince, by, chain));
    } catch (RuntimeException e) {
      last.set(
          new Result(
              runningSince, Instant.now(), by, null, 0, 1, List.of(problem(null, "failed", e))));
    } finally {
      running.set(false);
    }
  }

  private Result rehashFiles(Instant started, String by, ChainReport chain) {
    Set<String> seen = new HashSet<>();
    List<Map<String, Object>> problems = new ArrayList<>();
    long[] counts = new long[2]; // files checked, problems found
    store.streamFileHashes(
        entry -> {
          if (!seen.add(entry.contentSha256())) {
            return;
          }
          counts[0]++;
          String found = check(entry.contentSha256());
          if (found != null) {
            counts[1]++;
            if (problems.size() < MAX_LISTED) {
              problems.add(problem(entry, found, null));
            }
          }
        });
    return new Result(started, Instant.now(), by, chain, counts[0], counts[1], problems);
  }

  /**
   * Null when the stored file hashes to {@code sha256}; else {@code missing} or {@code changed}.
   */
  private String check(String sha256) {
    try {
      Optional<InputStream> opened = files.open(sha256);
      if (opened.isEmpty()) {
        return "missing";
      }
      try (InputStream in = opened.get()) {
        return sha256.equals(hash(in)) ? null : "changed";
      }
    } catch (IOException e) {
      return "unreadable";
    }
  }

  private static String hash(InputStream in) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        md.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> problem(LogEntry entry, String kind, Exception e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", kind);
    if (entry != null) {
      json.put("seq", entry.seq());
      json.put("content_sha256", entry.contentSha256());
      json.put("subject", entry.subject().toJson());
      json.put(
          "message",
          "the stored file of entry "
              + entry.seq()
              + " is "
              + kind
              + " (recorded SHA-256 "
              + entry.contentSha256()
              + ")");
    } else {
      json.put("message", "the check could not finish: " + e.getMessage());
    }
    return json;
  }

  /**
   * A finished check.
   *
   * @param started when it started
   * @param finished when it finished
   * @param startedBy {@code schedule}, {@code sysadmin}, {@code public} or {@code chain_check}
   * @param chain the whole chain's verification (null if the check failed before it finished)
   * @param filesChecked distinct files hashed
   * @param problemCount files missing, changed or unreadable
   * @param problems the first {@value #MAX_LISTED} of them
   */
  public record Result(
      Instant started,
      Instant finished,
      String startedBy,
      ChainReport chain,
      long filesChecked,
      long problemCount,
      List<Map<String, Object>> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    /** The chain and every file are sound. */
    public boolean ok() {
      return chain != null && chain.ok() && problemCount == 0;
    }

    /** Every stored file hashes to its logged SHA-256. */
    public boolean filesOk() {
      return problemCount == 0;
    }
  }
}
