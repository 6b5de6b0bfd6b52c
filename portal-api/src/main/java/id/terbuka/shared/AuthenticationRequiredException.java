package id.terbuka.shared;

/**
 * The caller sent no valid credentials where some are needed: a 401 on the native API (a 403 is for
 * a known caller without the right).
 */
public class AuthenticationRequiredException extends AccessDeniedException {
  public AuthenticationRequiredException(String message) {
    super(message);
  }
}
