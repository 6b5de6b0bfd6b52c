package id.terbuka.deploy.db;

/** How the WAR reaches its database: {@code terbuka.db.url}, {@code .user}, {@code .password}. */
public record DatabaseCoordinates(String jdbcUrl, String user, String password) {

  @Override
  public String toString() {
    // Never print the password, e.g. when a record ends up in a log line.
    return "DatabaseCoordinates[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
  }
}
