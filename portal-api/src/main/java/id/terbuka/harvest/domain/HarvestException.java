package id.terbuka.harvest.domain;

/**
 * What went wrong with a remote or one of its datasets, in a sentence fit for the run report (the
 * remote is a stranger: its answers are reported, never trusted, never a crash).
 */
public class HarvestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HarvestException(String reason) {
    super(reason);
  }

  public HarvestException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
