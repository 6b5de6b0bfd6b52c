package id.terbuka.audit.service;

import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.persistence.PublicationLogStore;
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
 * Re-hashes the stored file of every resource file entry of the publication log in the background
 * and keeps the last result. At most one run per node at a time, so that asking for a check cannot
 * load the server: a request while one runs is told so and changes nothing. Files are stored under
 * their SHA-256, so each distinct {@code content_sha256} is read once and must hash to itself.
 */
@ApplicationScoped
public class StoredFileCheck {
  /** Problems listed in a result; more are counted only. */
  static final int MAX_LISTED = 1000;

  @Inject PublicationLogStore store;
  @Inject FileStore files;
  @Resource ManagedExecutorService executor;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicReference<Result> last = new AtomicReference<>();
  private volatile Instant runningSince;

  /** Starts a check unless one is running; true when this call started it. */
  public boolean start() {
    if (!running.compareAndSet(false, true)) {
      return false;
    }
    runningSince = Instant.now();
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
    try {
      last.set(run(runningSince));
    } catch (RuntimeException e) {
      last.set(new Result(runningSince, Instant.now(), 0, 1, List.of(problem(null, "failed", e))));
    } finally {
      running.set(false);
    }
  }

  private Result run(Instant started) {
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
    return new Result(started, Instant.now(), counts[0], counts[1], problems);
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
   * @param filesChecked distinct files hashed
   * @param problemCount files missing, changed or unreadable
   * @param problems the first {@value #MAX_LISTED} of them
   */
  public record Result(
      Instant started,
      Instant finished,
      long filesChecked,
      long problemCount,
      List<Map<String, Object>> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problemCount == 0;
    }
  }
}
