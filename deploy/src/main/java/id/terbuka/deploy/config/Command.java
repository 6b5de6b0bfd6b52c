package id.terbuka.deploy.config;

import java.util.List;
import java.util.Optional;

/**
 * One parsed launcher command line.
 *
 * @param name the command: {@code start}, {@code demo}, {@code stop}, {@code reindex}, {@code
 *     token}, {@code solr} or {@code help}
 * @param check {@code reindex --check}: report drift instead of repairing it
 * @param user {@code token --user NAME}: whose token to create
 */
public record Command(String name, boolean check, Optional<String> user) {

  static final List<String> NAMES =
      List.of("start", "demo", "stop", "reindex", "token", "solr", "help");

  public static final String USAGE =
      """
      usage: terbuka <command>
        start               run PostgreSQL, Solr and the portal in the foreground
        demo                like start, and load the demo catalogue on first start
        stop                stop the instance using TERBUKA_DATA_DIR
        reindex [--check]   rebuild the search index (--check: only report drift)
        token --user NAME   create an API token for NAME and print it
        solr                run only the bundled Solr in the foreground
      Settings come from TERBUKA_* environment variables (see docs/operations.md).""";

  /**
   * Parses the arguments after the script name.
   *
   * @throws ConfigException for an unknown command or a misplaced option
   */
  public static Command parse(List<String> args) {
    if (args.isEmpty() || List.of("-h", "--help").contains(args.get(0))) {
      return new Command("help", false, Optional.empty());
    }
    String name = args.get(0);
    if (!NAMES.contains(name)) {
      throw new ConfigException("unknown command '" + name + "'");
    }
    List<String> rest = args.subList(1, args.size());
    return switch (name) {
      case "reindex" -> parseReindex(rest);
      case "token" -> parseToken(rest);
      default -> {
        if (!rest.isEmpty()) {
          throw new ConfigException("'" + name + "' takes no arguments, got " + rest);
        }
        yield new Command(name, false, Optional.empty());
      }
    };
  }

  private static Command parseReindex(List<String> rest) {
    if (rest.isEmpty()) {
      return new Command("reindex", false, Optional.empty());
    }
    if (rest.equals(List.of("--check"))) {
      return new Command("reindex", true, Optional.empty());
    }
    throw new ConfigException("'reindex' takes only --check, got " + rest);
  }

  private static Command parseToken(List<String> rest) {
    String user = null;
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (arg.equals("--user") && i + 1 < rest.size()) {
        user = rest.get(++i);
      } else if (arg.startsWith("--user=")) {
        user = arg.substring("--user=".length());
      } else {
        throw new ConfigException("'token' takes --user NAME, got '" + arg + "'");
      }
    }
    if (user == null || user.isBlank()) {
      throw new ConfigException("'token' needs --user NAME");
    }
    return new Command("token", false, Optional.of(user.trim()));
  }
}
