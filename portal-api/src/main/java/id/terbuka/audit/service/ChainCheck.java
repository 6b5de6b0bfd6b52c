package id.terbuka.audit.service;

import id.terbuka.audit.chain.ChainHead;
import id.terbuka.audit.chain.ChainReport;
import id.terbuka.audit.chain.ChainVerifier;
import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.chain.Removal;
import id.terbuka.audit.persistence.PublicationLogStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chain check that answers at once: entries are verified once, from a checkpoint on. The
 * checkpoint is the last entry an earlier check (this one or a full check) found sound; each call
 * re-reads that entry (it must still be there with the same content and hash) and verifies the
 * entries after it, then moves the checkpoint to the head when all is well. So a call costs two
 * small reads plus the entries appended since the last call, however long the log is.
 *
 * <p>What it cannot see: a change to an entry before the checkpoint. The full check ({@link
 * FullCheck}, daily and on request) reads the whole chain for that; when the checkpoint entry
 * itself is gone or changed this check reports it and starts a full check, which also tells whether
 * a purge or retention removal accounts for it.
 *
 * <p>A result with breaks is kept for {@link #BROKEN_RESULT_KEPT}, so that asking again and again
 * while the chain is broken re-reads the range at most that often.
 */
@ApplicationScoped
public class ChainCheck {
  static final Duration BROKEN_RESULT_KEPT = Duration.ofSeconds(10);

  /**
   * Entries a node that has no checkpoint yet (just started, no full check finished) checks: the
   * last ones, chained to an entry it takes as it stands. It also starts a full check, whose sound
   * result becomes the checkpoint; until then the answer says the anchor is not yet verified.
   */
  static final long FIRST_WINDOW = 10_000;

  @Inject PublicationLogStore store;
  @Inject FullCheck fullCheck;

  private ChainHead checkpoint = ChainHead.EMPTY;
  private Result lastBroken;

  /**
   * A check's answer.
   *
   * @param checkedAt when it ran
   * @param checkpoint the entry the check started after (0: from the first entry)
   * @param checkpointVerified false when the checkpoint is only the start of the first window of a
   *     node that has no verified checkpoint yet (its full check is running)
   * @param checkpointProblem why the checkpoint entry could not be trusted, or null
   * @param chain what the entries after the checkpoint showed
   */
  public record Result(
      Instant checkedAt,
      ChainHead checkpoint,
      boolean checkpointVerified,
      String checkpointProblem,
      ChainReport chain) {
    public boolean ok() {
      return checkpointProblem == null && chain.ok();
    }
  }

  /** Verifies what was appended since the checkpoint (see the class comment). */
  public synchronized Result check() {
    Instant now = Instant.now();
    if (lastBroken != null
        && lastBroken.checkedAt().plus(BROKEN_RESULT_KEPT).isAfter(now)
        && lastBroken.checkpoint().equals(checkpoint)) {
      return lastBroken;
    }
    ChainHead from = checkpoint;
    boolean anchorVerified = true;
    if (from.seq() == 0) {
      Optional<ChainHead> window = firstWindow();
      if (window.isPresent()) {
        from = window.get();
        anchorVerified = false;
        fullCheck.startForChainCheck();
      }
    }
    String problem = null;
    if (anchorVerified) {
      Optional<ChainHead> bridged = pastRetention(from);
      if (bridged.isPresent()) {
        from = bridged.get();
      } else {
        problem = checkpointProblem(from);
      }
    }
    ChainVerifier verifier = ChainVerifier.startingAfter(from);
    store.streamAfter(from.seq(), verifier, bad -> verifier.unreadable(bad.seq(), bad.reason()));
    ChainReport report = verifier.finish();
    Result result = new Result(now, from, anchorVerified, problem, report);
    if (result.ok()) {
      lastBroken = null;
      if (anchorVerified && report.headSeq() > from.seq() && report.headHash() != null) {
        checkpoint = new ChainHead(report.headSeq(), report.headHash());
      }
    } else {
      lastBroken = result;
      if (problem != null) {
        fullCheck.startForChainCheck();
      }
    }
    return result;
  }

  /**
   * A full check found the chain sound up to {@code head}: later quick checks start there. A head
   * below the checkpoint (entries removed from the end by a recorded removal) moves it back.
   */
  public synchronized void trust(ChainHead head) {
    checkpoint = head;
    lastBroken = null;
  }

  /** The entry {@link #FIRST_WINDOW} before the head, when the log is longer than that. */
  private Optional<ChainHead> firstWindow() {
    ChainHead head = store.head();
    if (head.seq() <= FIRST_WINDOW) {
      return Optional.empty();
    }
    return store
        .entry(head.seq() - FIRST_WINDOW, bad -> {})
        .map(e -> new ChainHead(e.seq(), e.hash()));
  }

  /**
   * When the checkpoint entry was taken out by a recorded retention removal (which removes every
   * entry up to its {@code removed_to}), the point the chain now resumes from: the removed range's
   * last entry as the record names it, so the next entry must name its hash. Not a break: the full
   * check bridges the same gap the same way.
   */
  private Optional<ChainHead> pastRetention(ChainHead from) {
    if (from.seq() == 0 || store.entry(from.seq(), bad -> {}).isPresent()) {
      return Optional.empty();
    }
    return store
        .lastRetentionRemoval()
        .flatMap(
            e -> {
              try {
                return Removal.of(e);
              } catch (IllegalArgumentException malformed) {
                return Optional.empty(); // the full check reports it
              }
            })
        .filter(r -> r.to() >= from.seq())
        .map(r -> new ChainHead(r.to(), r.lastHash()));
  }

  /** Null when the checkpoint entry is still stored unchanged; else what is wrong with it. */
  private String checkpointProblem(ChainHead from) {
    if (from.seq() == 0) {
      return null;
    }
    List<String> unreadable = new ArrayList<>();
    Optional<LogEntry> stored = store.entry(from.seq(), bad -> unreadable.add(bad.reason()));
    if (!unreadable.isEmpty()) {
      return "entry "
          + from.seq()
          + ", found sound earlier, can no longer be read: "
          + unreadable.get(0)
          + "; a full check was started";
    }
    if (stored.isEmpty()) {
      return "entry "
          + from.seq()
          + ", found sound earlier, is gone; a full check was started"
          + " to tell whether a recorded purge or retention removal accounts for it";
    }
    LogEntry e = stored.get();
    if (!e.hash().equals(from.hash()) || !e.recomputedHash().equals(e.hash())) {
      return "entry " + from.seq() + ", found sound earlier, was changed; a full check was started";
    }
    return null;
  }
}
