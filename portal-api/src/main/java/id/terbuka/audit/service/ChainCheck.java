package id.terbuka.audit.service;

import id.terbuka.audit.chain.ChainHead;
import id.terbuka.audit.chain.ChainReport;
import id.terbuka.audit.chain.ChainVerifier;
import id.terbuka.audit.chain.LogEntry;
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

  @Inject PublicationLogStore store;
  @Inject FullCheck fullCheck;

  private ChainHead checkpoint = ChainHead.EMPTY;
  private Result lastBroken;

  /**
   * A check's answer.
   *
   * @param checkedAt when it ran
   * @param checkpoint the entry the check started after (0: from the first entry)
   * @param checkpointProblem why the checkpoint entry could not be trusted, or null
   * @param chain what the entries after the checkpoint showed
   */
  public record Result(
      Instant checkedAt, ChainHead checkpoint, String checkpointProblem, ChainReport chain) {
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
    String problem = checkpointProblem(from);
    ChainVerifier verifier = ChainVerifier.startingAfter(from);
    store.streamAfter(from.seq(), verifier, bad -> verifier.unreadable(bad.seq(), bad.reason()));
    ChainReport report = verifier.finish();
    Result result = new Result(now, from, problem, report);
    if (result.ok()) {
      lastBroken = null;
      if (report.headSeq() > from.seq() && report.headHash() != null) {
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
