package id.terbuka.audit.chain;

import static id.terbuka.audit.chain.TestChains.alteredActor;
import static id.terbuka.audit.chain.TestChains.bySeq;
import static id.terbuka.audit.chain.TestChains.chain;
import static id.terbuka.audit.chain.TestChains.purge;
import static id.terbuka.audit.chain.TestChains.retention;
import static id.terbuka.audit.chain.TestChains.withPrevHash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's verifier and {@code deploy/bench/audit-verify.py} (Python standard library only, the
 * way docs/audit-log.md tells a reviewer to check) read the same exported files and must give the
 * same report: same entries read, head, breaks (kind, entry, message) and bridged removals. The
 * export is written in {@link LogEntry#toJson()}'s member order, not canonical, so that the Python
 * side has to canonicalise by itself.
 */
class PythonCrossCheckTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path OUT = Path.of("target", "audit-crosscheck");
  private static final Path SCRIPT =
      Path.of("").toAbsolutePath().getParent().resolve("deploy/bench/audit-verify.py");

  @Test
  void anIntactLogWithPurgesAndRetentionAgrees() throws Exception {
    List<LogEntry> entries = chain(300);
    purge(entries, 41, 43);
    TestChains.append(entries, 20);
    purge(entries, 200, 200);
    retention(entries, 30);
    TestChains.append(entries, 20);
    Map<String, Object> report = crossCheck("intact", lines(entries));
    assertEquals(true, report.get("ok"));
    assertEquals(3, ((List<?>) report.get("removals")).size());
  }

  @Test
  void everyKindOfTamperingAgrees() throws Exception {
    List<LogEntry> entries = chain(400);
    purge(entries, 41, 43);
    TestChains.append(entries, 20);
    int k = entries.indexOf(bySeq(entries, 100));
    entries.set(k, alteredActor(entries.get(k), "Mallory \u00E9\uD83D\uDE00"));
    entries.removeIf(e -> e.seq() == 150 || e.seq() == 151);
    int i = entries.indexOf(bySeq(entries, 200));
    Collections.swap(entries, i, i + 1);
    int j = entries.indexOf(bySeq(entries, 250));
    entries.set(j, withPrevHash(entries.get(j), "a".repeat(64), true));
    entries.add(entries.indexOf(bySeq(entries, 300)) + 1, bySeq(entries, 300));
    String h350 = bySeq(entries, 350).hash();
    entries.removeIf(e -> e.seq() >= 351 && e.seq() <= 352);
    entries.add(forgedPurge(entries, new Removal(351, 352, h350, "b".repeat(64))));
    List<String> lines = lines(entries);
    lines.add(lines.indexOf(JSON.writeValueAsString(bySeq(entries, 120).toJson())), "{not json");
    Map<String, Object> wrongType = new LinkedHashMap<>(bySeq(entries, 130).toJson());
    wrongType.put("details", Map.of("rows", 12));
    lines.set(
        lines.indexOf(JSON.writeValueAsString(bySeq(entries, 130).toJson())),
        JSON.writeValueAsString(wrongType));
    Map<String, Object> report = crossCheck("tampered", lines);
    List<String> found = new ArrayList<>();
    for (Object b : (List<?>) report.get("breaks")) {
      Map<?, ?> brk = (Map<?, ?>) b;
      found.add(brk.get("kind") + "@" + brk.get("seq"));
    }
    assertEquals(
        List.of(
            "altered_entry@100",
            "altered_entry@120",
            "inserted_or_reordered@120",
            "altered_entry@130",
            "missing_entries@150",
            "inserted_or_reordered@200",
            "broken_link@250",
            "broken_link@251",
            "inserted_or_reordered@300",
            "missing_entries@351",
            "invalid_removal@422"),
        found);
  }

  private static LogEntry forgedPurge(List<LogEntry> entries, Removal removal) {
    return LogEntry.compute(
        TestChains.head(entries),
        TestChains.START.plusSeconds(1_000_000),
        LogEvent.removal(
            EventType.PURGE, "admin", new Subject("dataset", "d-x", "x"), removal, "forged"));
  }

  private static List<String> lines(List<LogEntry> entries) {
    List<String> lines = new ArrayList<>();
    for (LogEntry e : entries) {
      lines.add(JSON.writeValueAsString(e.toJson()));
    }
    return lines;
  }

  /** Writes the export, verifies it in Java and in Python, asserts both agree; Java's report. */
  private static Map<String, Object> crossCheck(String name, List<String> lines) throws Exception {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    Map<String, Object> java = normalised(verifyInJava(file).toJson());
    Map<String, Object> python = normalised(verifyInPython(file, (Boolean) java.get("ok")));
    assertEquals(java, python);
    return java;
  }

  private static ChainReport verifyInJava(Path file) throws IOException {
    ChainVerifier verifier = new ChainVerifier();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      Object parsed;
      try {
        parsed = JSON.readValue(line, Object.class);
      } catch (JacksonException e) {
        verifier.unreadable("not JSON");
        continue;
      }
      try {
        if (!(parsed instanceof Map<?, ?> map)) {
          throw new IllegalArgumentException("not a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> object = (Map<String, ?>) map;
        verifier.accept(LogEntry.fromJson(object));
      } catch (IllegalArgumentException e) {
        long seq = readableSeq(parsed);
        if (seq > 0) {
          verifier.unreadable(seq, e.getMessage());
        } else {
          verifier.unreadable(e.getMessage());
        }
      }
    }
    return verifier.finish();
  }

  private static long readableSeq(Object parsed) {
    if (parsed instanceof Map<?, ?> map
        && (map.get("seq") instanceof Integer || map.get("seq") instanceof Long)) {
      long seq = ((Number) map.get("seq")).longValue();
      return seq >= 1 && seq < (1L << 53) ? seq : 0;
    }
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> verifyInPython(Path file, boolean expectOk)
      throws IOException, InterruptedException {
    Process python;
    try {
      python =
          new ProcessBuilder("python3", SCRIPT.toString(), file.toAbsolutePath().toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
    } catch (IOException e) {
      fail(
          "python3 must be installed for the cross-check of deploy/bench/audit-verify.py with the"
              + " Java verifier: "
              + e.getMessage());
      throw e;
    }
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(python.waitFor(60, TimeUnit.SECONDS), "audit-verify.py did not finish");
    assertEquals(expectOk ? 0 : 1, python.exitValue(), out);
    assertFalse(out.isBlank());
    return JSON.readValue(out, Map.class);
  }

  /**
   * The reports as comparable maps: numbers as longs, and the reason after "cannot be read" cut off
   * (each side words its parser's complaint differently; which entry is unreadable must agree).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> normalised(Map<String, Object> report) {
    Map<String, Object> copy = JSON.readValue(JSON.writeValueAsString(report), Map.class);
    List<Map<String, Object>> breaks = (List<Map<String, Object>>) copy.get("breaks");
    for (Map<String, Object> b : breaks) {
      String message = (String) b.get("message");
      int cut = message.indexOf(" cannot be read: ");
      if (cut >= 0) {
        b.put("message", message.substring(0, cut) + " cannot be read");
      }
    }
    return copy;
  }
}
