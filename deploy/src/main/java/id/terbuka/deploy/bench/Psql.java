package id.terbuka.deploy.bench;

import id.terbuka.deploy.db.DatabaseCoordinates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code psql} against the bench stack's database, for baselines measured outside the portal. */
final class Psql {
  private final DatabaseCoordinates coordinates;
  private final String password;

  Psql(DatabaseCoordinates coordinates, String password) {
    this.coordinates = coordinates;
    this.password = password;
  }

  /** Runs one command (SQL or a backslash command such as {@code \copy}); fails if psql does. */
  void run(String command) throws IOException, InterruptedException {
    Process p = process(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (p.waitFor() != 0) {
      throw new IOException("psql failed: " + command);
    }
  }

  /**
   * The seconds each of {@code runs} {@code \copy} of a CSV file with a header takes into a new
   * table of {@code columns} without index (the table is made afresh for each run, and dropped
   * after the last): the baseline a portal import is set against.
   */
  List<Double> timedCopies(String table, String columns, Path csv, int runs)
      throws IOException, InterruptedException {
    List<Double> seconds = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      run("drop table if exists " + table);
      run("create table " + table + " (" + columns + ")");
      long c0 = System.nanoTime();
      run("\\copy " + table + " from '" + csv + "' with (format csv, header true)");
      seconds.add(Measure.seconds(c0));
    }
    run("drop table " + table);
    return seconds;
  }

  /** Runs a query that answers one value. */
  String scalar(String command) throws IOException, InterruptedException {
    Process p = process(command).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IOException("psql failed: " + command);
    }
    return out;
  }

  /** The psql process for one command, stderr inherited, stdout for the caller to read. */
  ProcessBuilder process(String command) {
    Matcher m = Pattern.compile("//([^:/]+):(\\d+)/([^?]+)").matcher(coordinates.jdbcUrl());
    if (!m.find()) {
      throw new IllegalStateException("Unexpected JDBC URL " + coordinates.jdbcUrl());
    }
    ProcessBuilder pb =
        new ProcessBuilder(
            "psql",
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            m.group(1),
            "-p",
            m.group(2),
            "-U",
            coordinates.user(),
            "-d",
            m.group(3),
            "-At",
            "-c",
            command);
    pb.environment().put("PGPASSWORD", password);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    return pb;
  }
}
