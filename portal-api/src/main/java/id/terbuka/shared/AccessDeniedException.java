package id.terbuka.shared;

/** The caller may not do this. The message is shown to the caller. */
public class AccessDeniedException extends RuntimeException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
