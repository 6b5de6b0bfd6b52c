package id.terbuka.deploy.data;

import id.terbuka.deploy.process.ProcessRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a running instance consists of, kept in {@code terbuka.instance} so that {@code terbuka
 * stop} can wait for all of it to be gone: its processes (the launcher, PostgreSQL, Solr, Payara)
 * and the ports they listen on. Rewritten as each part starts; the launcher's readiness check
 * compares {@link #instanceId()} with what the portal reports.
 *
 * <p>One line per entry: {@code instance <id>}, {@code process <pid> <startMillis> <name>}, {@code
 * port <port> <what>}.
 *
 * @param instanceId the id handed to this run's Payara ({@code terbuka.instance.id}), empty before
 *     Payara starts
 * @param processes in start order
 * @param ports what listens (e.g. "the portal") to the port
 */
public record InstanceRecord(
    String instanceId, List<ProcessRef> processes, Map<String, Integer> ports) {

  public InstanceRecord {
    processes = List.copyOf(processes);
    ports = Collections.unmodifiableMap(new LinkedHashMap<>(ports));
  }

  public static InstanceRecord empty() {
    return new InstanceRecord("", List.of(), Map.of());
  }

  public InstanceRecord withProcess(ProcessRef process) {
    List<ProcessRef> more = new ArrayList<>(processes);
    more.add(process);
    return new InstanceRecord(instanceId, more, ports);
  }

  public InstanceRecord withPort(String what, int port) {
    Map<String, Integer> more = new LinkedHashMap<>(ports);
    more.put(what, port);
    return new InstanceRecord(instanceId, processes, more);
  }

  public InstanceRecord withInstanceId(String id) {
    return new InstanceRecord(id, processes, ports);
  }

  String format() {
    StringBuilder text = new StringBuilder();
    if (!instanceId.isEmpty()) {
      text.append("instance ").append(instanceId).append('\n');
    }
    for (ProcessRef process : processes) {
      text.append("process ")
          .append(process.pid())
          .append(' ')
          .append(process.startMillis())
          .append(' ')
          .append(process.name())
          .append('\n');
    }
    ports.forEach(
        (what, port) -> text.append("port ").append(port).append(' ').append(what).append('\n'));
    return text.toString();
  }

  /**
   * Reads the text {@link #format()} wrote; lines it does not understand are skipped (a record is a
   * help for {@code stop}, never a reason for it to fail).
   */
  static InstanceRecord parse(String text) {
    InstanceRecord record = empty();
    for (String line : text.split("\n")) {
      String[] parts = line.strip().split(" ", 4);
      try {
        switch (parts[0]) {
          case "instance" -> record = record.withInstanceId(parts[1]);
          case "process" ->
              record =
                  record.withProcess(
                      new ProcessRef(parts[3], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
          case "port" -> {
            String[] port = line.strip().split(" ", 3);
            record = record.withPort(port[2], Integer.parseInt(port[1]));
          }
          default -> {
            // an empty or unknown line
          }
        }
      } catch (RuntimeException e) {
        // a damaged line: skip it
      }
    }
    return record;
  }

  /** Replaces the file in one step, so a {@code stop} never reads half of it. */
  public void write(DataDirectory dataDir) throws IOException {
    Path file = dataDir.instanceFile();
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, format(), StandardCharsets.UTF_8);
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The record of the instance that runs (or ran) on {@code dataDir}, if any. */
  public static Optional<InstanceRecord> read(DataDirectory dataDir) throws IOException {
    Path file = dataDir.instanceFile();
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
  }

  public static void delete(DataDirectory dataDir) throws IOException {
    Files.deleteIfExists(dataDir.instanceFile());
  }
}
