package id.terbuka.contracts.validate;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validation throughput (issue 11, item 12: at least 1,000 releases/s). Not a test: run by hand.
 *
 * <p>Builds N releases (default 10,000) from the six releases of the official fictional example,
 * one copy of the six per contracting process with its own ocid and release ids, puts them in
 * release packages of 100 (default), validates every package three times to warm up (the JIT), then
 * once more measured, on one thread, and prints releases per second.
 *
 * <pre>
 * ./mvnw -o -q -pl portal-api test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp portal-api/target/classes:portal-api/target/test-classes:$(cat /tmp/cp.txt) \
 *     id.terbuka.contracts.validate.ValidationBenchmark [releases] [releasesPerPackage]
 * </pre>
 */
public final class ValidationBenchmark {

  private static final String TEMPLATE =
      "id/terbuka/contracts/examples/release-package-fictional-6-releases.json";
  private static final String TEMPLATE_OCID = "ocds-213czf-000-00001";
  private static final int WARM_UP_ROUNDS = 3;

  private ValidationBenchmark() {}

  public static void main(String[] args) {
    int releases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int perPackage = args.length > 1 ? Integer.parseInt(args[1]) : 100;

    long loadStart = System.nanoTime();
    OcdsValidator validator = OcdsValidator.bundled();
    double loadSeconds = seconds(loadStart);

    List<ObjectNode> packages = packages(releases, perPackage);
    long[] warmUp = new long[2];
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      warmUp = validateAll(validator, packages);
    }
    long start = System.nanoTime();
    long[] measured = validateAll(validator, packages);
    double elapsed = seconds(start);

    System.out.printf(
        Locale.ROOT,
        "schemas loaded in %.2f s; %d releases in %d packages of %d; warm-up errors %d, warnings"
            + " %d%n",
        loadSeconds,
        releases,
        packages.size(),
        perPackage,
        warmUp[0],
        warmUp[1]);
    System.out.printf(
        Locale.ROOT,
        "measured: %.2f s, %.0f releases/s (errors %d, warnings %d)%n",
        elapsed,
        releases / elapsed,
        measured[0],
        measured[1]);
  }

  /** Validates every package; returns the total error and warning counts. */
  private static long[] validateAll(OcdsValidator validator, List<ObjectNode> packages) {
    long errors = 0;
    long warnings = 0;
    for (ObjectNode releasePackage : packages) {
      ValidationReport report = validator.validateReleasePackage(releasePackage);
      errors += report.errorCount();
      warnings += report.warningCount();
    }
    return new long[] {errors, warnings};
  }

  /** Packages holding {@code count} releases: the template's six per process, new ocid each. */
  static List<ObjectNode> packages(int count, int perPackage) {
    ObjectNode template = (ObjectNode) OcdsJson.resource(TEMPLATE);
    String sixReleases = OcdsJson.write(template.get("releases"));
    List<ObjectNode> packages = new ArrayList<>();
    ObjectNode current = null;
    int made = 0;
    for (int process = 0; made < count; process++) {
      String ocid = String.format(Locale.ROOT, "ocds-b0j0n9-%08d", 21_000_000 + process);
      JsonNode copies = OcdsJson.parse(sixReleases.replace(TEMPLATE_OCID, ocid));
      for (int i = 0; i < copies.size() && made < count; i++, made++) {
        if (current == null || current.get("releases").size() == perPackage) {
          current = template.deepCopy();
          current.put("uri", "https://data.example.id/ocds/bench/" + packages.size() + ".json");
          current.putArray("releases");
          packages.add(current);
        }
        ((ArrayNode) current.get("releases")).add(copies.get(i));
      }
    }
    return packages;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
