package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.deploy.data.InstanceRecord;
import id.terbuka.deploy.process.Ports;
import id.terbuka.deploy.process.ProcessRef;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import contract's all-or-nothing under the worst case (issue 10, item 7): the portal process
 * killed ({@code SIGKILL}) while an accepted budget file is being written and published. After
 * {@code stop; start} nothing of it is visible (no lines, no dataset, no accepted report), and the
 * same file then imports whole. The same restart checks that a DataStore table waiting for review
 * survives recovery ({@link WaitingTable}).
 */
class ImportKillIT {
  private static final int TAHUN = 2022;
  private static final String KODE = "5.02.0.00.0.00.77.0000";

  /** Enough lines that writing and publishing them takes seconds, so the kill lands inside. */
  private static final int UNITS_OF_WORK = 300;

  private static final int ACCOUNTS = 999;

  @TempDir static Path work;

  private static LauncherSupport launcher;
  private static Map<String, String> runningEnv;

  @AfterAll
  static void stopWhatIsLeft() throws Exception {
    if (launcher != null) {
      launcher.cleanUp(runningEnv);
    }
  }

  @Test
  void aKilledImportLeavesNothingAndTheSameFileThenImportsWhole() throws Exception {
    launcher = new LauncherSupport(work);
    Path dataDir = work.resolve("data");
    int port = Ports.freePort();
    Map<String, String> env =
        LauncherSupport.env(dataDir, port, Ports.freePort(), Ports.freePort());
    runningEnv = env;
    launcher.start(env, work.resolve("first.out"));
    Http http = new Http("http://127.0.0.1:" + port + "/");
    String token = adminToken(env);
    ItSupport.ok(
        http,
        "organization_create",
        token,
        ItSupport.dict("name", "bpkad-kill", "kode_unit", KODE));
    WaitingTable waiting = WaitingTable.propose(http, token);
    byte[] body = multipart(bigFile());

    CompletableFuture<HttpResponse<String>> upload = send(port, token, body);
    Path publishing = waitForPublication(dataDir.resolve("tmp"), upload);
    ProcessRef payara = payara(LauncherSupport.record(dataDir));
    payara.live().orElseThrow().destroyForcibly();
    waitUntilGone(payara);
    assertTrue(upload.handle((r, e) -> r == null || r.statusCode() != 201).get(), "not accepted");

    assertEquals(0, launcher.run(env, "stop").code());
    launcher.start(env, work.resolve("second.out"));
    assertEquals(
        404,
        http.get("/api/v1/budget/" + TAHUN + "/units", null).status(),
        "no lines" + publishing);
    assertEquals(
        404,
        http.get(Http.action("package_show", "id", "realisasi-apbd-" + TAHUN), token).status(),
        "no dataset");
    Http.Reply history = http.get("/api/v1/budget/imports?organization=bpkad-kill", token);
    assertEquals(0, ((Number) history.map().get("total")).intValue(), history.body());

    waiting.survivedTheRestart(http, token);

    HttpResponse<String> again = send(port, token, body).get();
    assertEquals(201, again.statusCode(), again.body());
    assertTrue(
        again.body().contains("\"inserted\":" + UNITS_OF_WORK * ACCOUNTS),
        "all new: " + again.body());
  }

  /**
   * The same kill and restart also prove that a DataStore table waiting for review (ADR 0016) is
   * kept by the restart's recovery, which requeues unfinished loads and drops orphan tables: its
   * editors still read the waiting rows, the public the approved ones, and approval publishes them.
   */
  private record WaitingTable(String datasetId, String resourceId, String producer) {
    static WaitingTable propose(Http http, String admin) {
      ItSupport.ok(
          http,
          "organization_create",
          admin,
          ItSupport.dict("name", "dinas-tunggu", "review_required", true));
      String producer =
          PublisherSetup.userWithToken(http, admin, "produsen-tunggu", "dinas-tunggu", "editor");
      Map<String, Object> dataset =
          ItSupport.packageCreate(
              http, admin, ItSupport.dict("name", "tabel-tunggu", "owner_org", "dinas-tunggu"));
      Map<String, Object> created =
          ItSupport.ok(
              http.postMultipart(
                  "/api/3/action/resource_create",
                  admin,
                  Map.of("package_id", "tabel-tunggu", "format", "CSV"),
                  "tabel.csv",
                  "desa,jumlah\nKapas,1\n".getBytes(StandardCharsets.UTF_8)));
      String rid = (String) created.get("id");
      ItSupport.tableLoaded(http, null, rid, 1);
      ItSupport.ok(
          http.postMultipart(
              "/api/3/action/resource_patch",
              producer,
              Map.of("id", rid, "format", "CSV"),
              "tabel-baru.csv",
              "desa,jumlah\nKapas,1\nDander,2\n".getBytes(StandardCharsets.UTF_8)));
      ItSupport.tableLoaded(http, producer, rid, 2);
      return new WaitingTable((String) dataset.get("id"), rid, producer);
    }

    void survivedTheRestart(Http http, String admin) {
      assertEquals(
          List.of("Kapas", "Dander"), ItSupport.column(http, producer, "desa", resourceId));
      assertEquals(List.of("Kapas"), ItSupport.column(http, null, "desa", resourceId));
      Map<String, Object> queue = http.get("/api/v1/reviews", admin).map();
      String item =
          ItSupport.list(queue.get("results")).stream()
              .map(ItSupport::map)
              .filter(r -> datasetId.equals(r.get("dataset_id")))
              .map(r -> (String) r.get("id"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no item for the table in " + queue));
      assertEquals(200, http.postJson("/api/v1/reviews/" + item + "/approve", admin, "").status());
      ItSupport.tableLoaded(http, null, resourceId, 2);
      assertEquals(List.of("Kapas", "Dander"), ItSupport.column(http, null, "desa", resourceId));
    }
  }

  private String adminToken(Map<String, String> env) throws Exception {
    LauncherSupport.Result r = launcher.run(env, "token", "--user", "admin");
    assertEquals(0, r.code(), r.output());
    List<String> lines = r.output().lines().filter(l -> !l.isBlank()).toList();
    return lines.get(lines.size() - 1).strip();
  }

  /** Leaf lines only (no parent sums to keep): sub kegiatan x sub rincian objek. */
  private static byte[] bigFile() {
    StringBuilder csv =
        new StringBuilder(
            "tahun,periode,kode_skpd,nama_skpd,kode_rekening,uraian,anggaran,realisasi,"
                + "kode_sub_kegiatan\n");
    for (int s = 1; s <= UNITS_OF_WORK; s++) {
      String sub = String.format("5.02.02.2.01.%04d", s);
      for (int a = 1; a <= ACCOUNTS; a++) {
        csv.append(TAHUN)
            .append(",TW1,")
            .append(KODE)
            .append(",BPKAD,")
            .append(String.format("5.1.02.01.01.%04d", a))
            .append(",Belanja ")
            .append(a)
            .append(',')
            .append(1000 + a)
            .append(',')
            .append(a)
            .append(',')
            .append(sub)
            .append('\n');
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final String BOUNDARY = "----terbuka-kill";

  private static byte[] multipart(byte[] file) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(
        ("--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"organization\"\r\n\r\nbpkad-kill\r\n"
                + "--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.write(file);
    out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static CompletableFuture<HttpResponse<String>> send(int port, String token, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/budget/imports"))
            .timeout(Duration.ofMinutes(5))
            .header("Authorization", token)
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The publisher's working directory ({@code tmp/budget-*}) appears only inside the import's
   * transaction, after the lines were written: the moment to kill.
   */
  private static Path waitForPublication(Path tmp, CompletableFuture<HttpResponse<String>> upload)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (upload.isDone()) {
        throw new AssertionError(
            "the import ended before it could be killed: " + upload.get().body());
      }
      if (Files.isDirectory(tmp)) {
        try (Stream<Path> entries = Files.list(tmp)) {
          var found =
              entries.filter(p -> p.getFileName().toString().startsWith("budget-")).findFirst();
          if (found.isPresent()) {
            return found.get();
          }
        }
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the import never reached its publication");
  }

  private static ProcessRef payara(InstanceRecord record) {
    return record.processes().stream()
        .filter(p -> p.name().toLowerCase().contains("payara"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Payara process in " + record));
  }

  private static void waitUntilGone(ProcessRef process) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (process.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertFalse(process.isAlive(), process + " survived SIGKILL");
  }
}
