package id.terbuka.deploy.admin;

/** An admin command could not be carried out; the message is for the operator. */
public final class AdminException extends Exception {

  public AdminException(String message) {
    super(message);
  }

  public AdminException(String message, Throwable cause) {
    super(message, cause);
  }
}
