package id.terbuka.deploy.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A JVM the launcher started. Output goes to a log file (or the launcher's console); stopping sends
 * SIGTERM first so the child's own shutdown hooks run, and kills it only after a grace period.
 */
public final class ChildJvm {

  private final String name;
  private final Process process;
  private final Optional<Path> logFile;

  private ChildJvm(String name, Process process, Optional<Path> logFile) {
    this.name = name;
    this.process = process;
    this.logFile = logFile;
  }

  /** The {@code java} binary of the running JVM, so children use the same Java. */
  public static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Starts {@code java <arguments>}.
   *
   * @param name shown in messages, e.g. "Solr"
   * @param arguments everything after {@code java}
   * @param environment variables added to (or replacing) the inherited environment
   * @param logFile output is appended here; empty means the launcher's own console
   */
  public static ChildJvm start(
      String name, List<String> arguments, Map<String, String> environment, Optional<Path> logFile)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(javaExecutable());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    if (logFile.isPresent()) {
      Files.createDirectories(logFile.get().getParent());
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.get().toFile()));
    } else {
      builder.inheritIO();
    }
    return new ChildJvm(name, builder.start(), logFile);
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Optional<Path> logFile() {
    return logFile;
  }

  /** Blocks until the child exits; returns its exit code. */
  public int waitFor() throws InterruptedException {
    return process.waitFor();
  }

  /** The last lines of the child's log, for error messages. */
  public String logTail() {
    return logFile.map(f -> LogTail.of(f, 40)).orElse("(output went to the console)");
  }

  /**
   * SIGTERM, wait up to {@code grace}, then SIGKILL.
   *
   * @return true when the child ended within the grace period
   */
  public boolean stop(Duration grace) {
    if (!process.isAlive()) {
      return true;
    }
    process.destroy();
    try {
      if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }
}
