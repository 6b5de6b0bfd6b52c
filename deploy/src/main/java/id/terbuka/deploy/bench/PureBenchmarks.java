package id.terbuka.deploy.bench;

import id.terbuka.deploy.process.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs portal-api's two pure-code OCDS benchmarks (test sources: {@code
 * id.terbuka.contracts.merge.CompileBenchmark}, {@code
 * id.terbuka.contracts.validate.ValidationBenchmark}) in their own JVMs on portal-api's class path
 * and reads their figures from what they print. They run before the stack starts, on a quiet
 * machine.
 */
final class PureBenchmarks {
  private static final Pattern COMPILED = Pattern.compile("(?m)^compiled\\s+([0-9.]+) s");
  private static final Pattern VERSIONED = Pattern.compile("(?m)^versioned\\s+([0-9.]+) s");
  private static final Pattern RECORDS =
      Pattern.compile("(?m)^records: (\\d+) ocids, (\\d+) releases");
  private static final Pattern MEASURED =
      Pattern.compile(
          "(?m)^measured: ([0-9.]+) s, ([0-9.]+) releases/s \\(errors (\\d+), warnings (\\d+)\\)");

  /** CompileBenchmark's figures: compiled and versioned releases, timed apart. */
  record Compile(
      int ocids, long releases, double compiledSeconds, double versionedSeconds, String output) {}

  /** ValidationBenchmark's figures: one measured pass after three warm-up passes. */
  record Validation(
      double seconds, double releasesPerSecond, long errors, long warnings, String output) {}

  private final String classpath;

  PureBenchmarks(String classpath) {
    this.classpath = classpath;
  }

  Compile compile() throws IOException, InterruptedException {
    String out = run("id.terbuka.contracts.merge.CompileBenchmark");
    Matcher records = find(RECORDS, out);
    return new Compile(
        Integer.parseInt(records.group(1)),
        Long.parseLong(records.group(2)),
        Double.parseDouble(find(COMPILED, out).group(1)),
        Double.parseDouble(find(VERSIONED, out).group(1)),
        out);
  }

  Validation validation() throws IOException, InterruptedException {
    String out = run("id.terbuka.contracts.validate.ValidationBenchmark");
    Matcher m = find(MEASURED, out);
    return new Validation(
        Double.parseDouble(m.group(1)),
        Double.parseDouble(m.group(2)),
        Long.parseLong(m.group(3)),
        Long.parseLong(m.group(4)),
        out);
  }

  private String run(String mainClass) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ChildJvm.javaExecutable());
    // Their printf uses the default locale: pin it so that decimals are read back right.
    command.add("-Duser.language=en");
    command.add("-Duser.country=US");
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    System.err.println("Running " + mainClass);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(mainClass + " exited with " + exit + ":\n" + out);
    }
    System.err.print(out);
    return out;
  }

  private static Matcher find(Pattern pattern, String out) {
    Matcher m = pattern.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("No line matching " + pattern + " in:\n" + out);
    }
    return m;
  }
}
