package id.terbuka.deploy.bench;

import id.terbuka.deploy.process.LogTail;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Sends every generated process to {@code POST /api/v1/ocds/release-packages}, whole processes per
 * package, one package at a time, timing each answer (validation, storage, compilation of the
 * affected records, red flags, publication of the affected years). A package that fails is reported
 * as found, with the Payara log lines it caused; the processes not yet stored are then sent again
 * in smaller packages, as additional rows, while the portal still answers.
 */
final class PackageIngest {
  private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(60);
  private static final int SMALLER = 5;

  /** One package: which processes, its size, its answer and how long it took. */
  record Sent(
      int number,
      int firstProcess,
      int lastProcess,
      int releases,
      double megabytes,
      int status,
      double seconds,
      long inserted,
      String datasets,
      String failure) {
    boolean stored() {
      return failure == null;
    }
  }

  private final PortalHttp http;
  private final ProcurementGenerator generator;
  private final Path payaraLog;
  private final List<Sent> sent = new ArrayList<>();
  private double generateSeconds;
  private int storedProcesses;

  PackageIngest(PortalHttp http, ProcurementGenerator generator, Path payaraLog) {
    this.http = http;
    this.generator = generator;
    this.payaraLog = payaraLog;
  }

  List<Sent> sent() {
    return sent;
  }

  int storedProcesses() {
    return storedProcesses;
  }

  /** Time spent generating package text, outside the timed answers. */
  double generateSeconds() {
    return generateSeconds;
  }

  /** Sends every process in packages of about {@code releasesPerPackage} releases. */
  void sendAll(int releasesPerPackage) throws InterruptedException {
    int perPackage = Math.max(1, releasesPerPackage / 5);
    int next = 1;
    boolean loweredOnce = false;
    while (next <= generator.processes()) {
      int last = Math.min(generator.processes(), next + perPackage - 1);
      Sent s = send(sent.size() + 1, next, last);
      sent.add(s);
      if (s.stored()) {
        storedProcesses += last - next + 1;
        next = last + 1;
        continue;
      }
      System.err.println("Package " + s.number() + " failed: " + s.failure());
      if (loweredOnce || perPackage < SMALLER || !answers()) {
        return;
      }
      perPackage /= SMALLER;
      loweredOnce = true;
    }
  }

  /** A package's text, ready to send, with what its row in the report says about it. */
  private record Outgoing(int number, int first, int last, int releases, String body, double mb) {
    Sent answered(int status, double seconds, long inserted, String datasets, String failure) {
      return new Sent(
          number, first, last, releases, mb, status, seconds, inserted, datasets, failure);
    }
  }

  private Sent send(int number, int first, int last) throws InterruptedException {
    Outgoing out = generate(number, first, last);
    long logFrom = LogTail.length(payaraLog);
    long t0 = System.nanoTime();
    HttpResponse<String> r;
    try {
      r = http.post("/api/v1/ocds/release-packages", out.body(), true, ANSWER_TIMEOUT);
    } catch (IOException e) {
      double seconds = secondsSince(t0);
      return out.answered(0, seconds, 0, "", "no answer (" + e + ")" + logExcerpt(logFrom));
    }
    double seconds = secondsSince(t0);
    System.err.printf(
        Locale.ROOT,
        "package %d: %d releases, %.1f MB, %d in %.1f s%n",
        number,
        out.releases(),
        out.mb(),
        r.statusCode(),
        seconds);
    if (r.statusCode() != 201) {
      String failure =
          "answer "
              + r.statusCode()
              + ": "
              + PortalHttp.abbreviate(r.body(), 1500)
              + logExcerpt(logFrom);
      return out.answered(r.statusCode(), seconds, 0, "", failure);
    }
    return created(out, r, seconds);
  }

  /** Generates the package text of processes {@code first} to {@code last}, timing it. */
  private Outgoing generate(int number, int first, int last) {
    long g0 = System.nanoTime();
    List<String> releases = new ArrayList<>();
    for (int n = first; n <= last; n++) {
      releases.addAll(generator.releases(n));
    }
    String body =
        ProcurementGenerator.releasePackage(
            "https://data.bojonegorokab.go.id/bench/ocds/package-" + number + ".json", releases);
    generateSeconds += secondsSince(g0);
    double mb = body.getBytes(StandardCharsets.UTF_8).length / 1e6;
    return new Outgoing(number, first, last, releases.size(), body, mb);
  }

  /** A 201 answer: stored only when it says every release of the package was inserted. */
  private static Sent created(Outgoing out, HttpResponse<String> r, double seconds) {
    JsonObject answer = PortalHttp.parse(r.body());
    long inserted = answer.getJsonObject("summary").getJsonNumber("inserted").longValue();
    String datasets =
        answer.getJsonArray("datasets").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.joining(", "));
    String failure =
        inserted == out.releases()
            ? null
            : "201 but " + inserted + " of " + out.releases() + " releases inserted";
    return out.answered(r.statusCode(), seconds, inserted, datasets, failure);
  }

  private static double secondsSince(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Whether the portal still answers its readiness probe. */
  private boolean answers() throws InterruptedException {
    try {
      return http.get("/health/ready").statusCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * What Payara logged while the package was handled: errors, warnings and exceptions with their
   * causes (at most 40 lines).
   */
  private String logExcerpt(long from) {
    try (RandomAccessFile in = new RandomAccessFile(payaraLog.toFile(), "r")) {
      long length = in.length();
      if (length <= from) {
        return "\n(Payara logged nothing meanwhile)";
      }
      long start = Math.max(from, length - 4 * 1024 * 1024);
      byte[] bytes = new byte[(int) (length - start)];
      in.seek(start);
      in.readFully(bytes);
      List<String> lines =
          Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\\R"))
              .filter(
                  l ->
                      l.contains("OutOfMemory")
                          || l.contains("SEVERE")
                          || l.contains("WARNING")
                          || l.contains("Exception")
                          || l.startsWith("Caused by"))
              .toList();
      List<String> tail = lines.subList(Math.max(0, lines.size() - 40), lines.size());
      return "\nPayara log meanwhile ("
          + lines.size()
          + " lines of errors/warnings, last "
          + tail.size()
          + "):\n"
          + String.join("\n", tail);
    } catch (IOException e) {
      return "\n(cannot read the Payara log: " + e.getMessage() + ")";
    }
  }
}
