package id.terbuka.shared;

/** A request that contradicts what is already there (HTTP 409), with a message for the caller. */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
