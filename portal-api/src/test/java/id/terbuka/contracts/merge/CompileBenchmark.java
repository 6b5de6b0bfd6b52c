package id.terbuka.contracts.merge;

import id.terbuka.contracts.domain.OcdsJson;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 11 item 12: how long compiling every record takes for 100,000 releases over 20,000 ocids
 * (target: under 60 s). Not a test; run by hand (see the command in the ocds-merge branch report):
 *
 * <pre>
 * ./mvnw -o -q -pl portal-api test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp portal-api/target/classes:portal-api/target/test-classes:$(cat /tmp/cp.txt) \
 *     id.terbuka.contracts.merge.CompileBenchmark
 * </pre>
 *
 * <p>Each process gets five releases cut from the official fictional example (planning, tender,
 * award, contract, implementation; every fourth process has a tender amendment instead of the
 * implementation), with its own ocid, release ids, dates and amounts, so values change from release
 * to release as in real data. Releases are built in batches outside the timed part; only the {@code
 * compile} and {@code versioned} calls are timed, each reported on its own.
 */
public final class CompileBenchmark {

  private static final String TEMPLATE_OCID = "ocds-213czf-000-00001";
  private static final int OCIDS = 20_000;
  private static final int BATCH = 1_000;

  private CompileBenchmark() {}

  public static void main(String[] args) {
    int ocids = args.length > 0 ? Integer.parseInt(args[0]) : OCIDS;
    List<ObjectNode> template = template();
    RecordCompiler compiler = RecordCompiler.bundled();
    Random random = new Random(11);

    long compiledNanos = 0;
    long versionedNanos = 0;
    long generationNanos = 0;
    long releases = 0;
    long outputFields = 0;
    for (int start = 0; start < ocids; start += BATCH) {
      long t0 = System.nanoTime();
      List<List<ObjectNode>> batch = new ArrayList<>();
      for (int i = start; i < Math.min(ocids, start + BATCH); i++) {
        batch.add(process(template, i, random));
      }
      long t1 = System.nanoTime();
      for (List<ObjectNode> process : batch) {
        outputFields += compiler.compile(process).size();
        releases += process.size();
      }
      long t2 = System.nanoTime();
      for (List<ObjectNode> process : batch) {
        outputFields += compiler.versioned(process).size();
      }
      long t3 = System.nanoTime();
      generationNanos += t1 - t0;
      compiledNanos += t2 - t1;
      versionedNanos += t3 - t2;
    }

    System.out.printf(
        "records: %d ocids, %d releases (release generation, untimed: %.1f s)%n",
        ocids, releases, generationNanos / 1e9);
    report("compiled", compiledNanos, ocids);
    report("versioned", versionedNanos, ocids);
    report("both", compiledNanos + versionedNanos, ocids);
    System.out.printf("(checksum %d top-level fields)%n", outputFields);
  }

  private static void report(String what, long nanos, int records) {
    System.out.printf(
        "%-9s %6.2f s  (%.3f ms per record, %.0f records/s)%n",
        what, nanos / 1e9, nanos / 1e6 / records, records / (nanos / 1e9));
  }

  /** Planning, tender, tender amendment, award, contract, implementation of the example. */
  private static List<ObjectNode> template() {
    JsonNode releasePackage =
        OcdsJson.resource(
            "id/terbuka/contracts/examples/release-package-fictional-6-releases.json");
    List<ObjectNode> releases = new ArrayList<>();
    releasePackage.get("releases").forEach(release -> releases.add((ObjectNode) release));
    return releases;
  }

  /** The five releases of process {@code index}: the example's, made its own. */
  private static List<ObjectNode> process(List<ObjectNode> template, int index, Random random) {
    int[] stages = index % 4 == 0 ? new int[] {0, 1, 2, 3, 4} : new int[] {0, 1, 3, 4, 5};
    String ocid = String.format("ocds-b0j0n9-%08d", index);
    BigDecimal scale = BigDecimal.valueOf(50 + random.nextInt(150)).movePointLeft(2);
    List<ObjectNode> process = new ArrayList<>();
    for (int stage : stages) {
      ObjectNode release = template.get(stage).deepCopy();
      rewrite(release, ocid, scale, index);
      OffsetDateTime date =
          OffsetDateTime.parse(release.get("date").asString()).plusMinutes(index + stage * 7L);
      release.put("date", date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      process.add(release);
    }
    // Stored releases come back in id order, not date order: make the compiler sort them.
    process.add(0, process.remove(process.size() - 1));
    return process;
  }

  /** Own ocid and ids, own amounts (scaled), own titles, everywhere in the tree. */
  private static void rewrite(JsonNode node, String ocid, BigDecimal scale, int index) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
        JsonNode value = field.getValue();
        String name = field.getKey();
        if (name.equals("amount") && value.isNumber()) {
          object.put(name, value.decimalValue().multiply(scale));
        } else if (name.equals("title") && value.isString()) {
          object.put(name, value.asString() + " #" + index);
        } else if (value.isString() && value.asString().contains(TEMPLATE_OCID)) {
          object.put(name, value.asString().replace(TEMPLATE_OCID, ocid));
        } else {
          rewrite(value, ocid, scale, index);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> rewrite(item, ocid, scale, index));
    }
  }
}
