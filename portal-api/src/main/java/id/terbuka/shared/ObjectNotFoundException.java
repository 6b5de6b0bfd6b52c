package id.terbuka.shared;

/** The object asked for does not exist (or is not visible as existing). */
public class ObjectNotFoundException extends RuntimeException {
  public ObjectNotFoundException(String message) {
    super(message);
  }
}
