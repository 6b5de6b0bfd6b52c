package id.terbuka.deploy.config;

/** A setting or argument the launcher cannot use; the message is shown to the operator as is. */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }
}
