package id.terbuka.web;

import static id.terbuka.web.ItSupport.dict;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publication log through the deployed WAR (issue 13 item 3): an accepted import appends its
 * entries (the import, each generated file, the dataset version) with the hashes of what was
 * published; the head is the last entry; the chain verifies. Then the database is tampered with
 * directly and verification must say so: an altered entry, a removed entry, a changed stored file
 * (found by the background check). The database itself refuses updates, deletes and truncation,
 * except the delete of an entry a purge entry already recorded, which verification then bridges.
 *
 * <p>How the test tampers: the portal's database user owns {@code publication_log}, so it may
 * {@code ALTER TABLE publication_log DISABLE TRIGGER publication_log_append_only}, change rows and
 * enable the trigger again, in one transaction. That is exactly the rewrite the chain exists to
 * expose. Each tampering is undone before the next, so other ITs sharing the portal see an intact
 * log.
 */
@ExtendWith(SharedPortal.class)
class PublicationLogIT {
  private static final int TAHUN = 2011;
  private static final String KODE = "5.02.0.00.0.00.07.0000";

  @SharedPortal.Base URL base;

  private Http http;

  /** The importing organisation and its editor's token. */
  record World(String org, String editor) {}

  private World world;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    world =
        ItSupport.once(
            PublicationLogIT.class,
            () -> {
              String admin = ItSupport.cliToken(http, "admin");
              String org = "bpkad-log-" + ItSupport.unique();
              ok(
                  http,
                  "organization_create",
                  admin,
                  dict("name", org, "title", "BPKAD (log)", "kode_unit", KODE));
              String editor =
                  PublisherSetup.userWithToken(
                      http, admin, "log-" + ItSupport.unique(), org, "editor");
              return new World(org, editor);
            });
  }

  @Test
  void anImportIsLoggedWithItsHashesAndTamperingIsDetected() throws Exception {
    long before = ((Number) get("/api/v1/audit/head").get("seq")).longValue();
    byte[] csv = budgetFile("600000").getBytes(StandardCharsets.UTF_8);
    Http.Reply imported =
        http.postMultipart(
            "/api/v1/budget/imports",
            world.editor(),
            Map.of("organization", world.org()),
            "file",
            "lra-" + TAHUN + ".csv",
            csv);
    assertEquals(201, imported.status(), imported.body());

    Map<String, Object> page = get("/api/v1/audit/log?cursor=" + before + "&limit=1000");
    List<Map<String, Object>> entries =
        list(page.get("entries")).stream().map(ItSupport::map).toList();
    Map<String, Object> accepted = only(entries, "import_accepted");
    assertEquals(sha256(csv), accepted.get("content_sha256"));
    assertEquals(world.org(), map(accepted.get("details")).get("organization"));
    Map<String, Object> version = only(entries, "dataset_published");
    assertEquals("realisasi-apbd-" + TAHUN, map(version.get("subject")).get("name"));

    // Every generated file of the dataset is in the log with its bytes' SHA-256.
    Map<String, Object> dataset =
        ok(http.get(Http.action("package_show", "id", "realisasi-apbd-" + TAHUN), null));
    Set<String> fileHashes =
        list(dataset.get("resources")).stream()
            .map(r -> ((String) map(r).get("hash")).substring("sha256:".length()))
            .collect(Collectors.toSet());
    Set<String> logged =
        entries.stream()
            .filter(e -> "resource_file_published".equals(e.get("event")))
            .map(e -> (String) e.get("content_sha256"))
            .collect(Collectors.toSet());
    assertEquals(fileHashes, logged);

    // The head is the last entry, the chain verifies, and the same page reads as JSON Lines.
    Map<String, Object> last = entries.get(entries.size() - 1);
    Map<String, Object> head = get("/api/v1/audit/head");
    assertEquals(last.get("seq"), head.get("seq"));
    assertEquals(last.get("hash"), head.get("hash"));
    assertChainOk();
    assertTheDatabaseRefusesUpdatesAndDeletes();
    Http.Reply lines = http.get("/api/v1/audit/log?format=jsonl&limit=2&cursor=" + before, null);
    assertEquals(200, lines.status(), lines.body());
    assertEquals(2, lines.body().strip().split("\n").length);
    assertEquals(
        String.valueOf(((Number) entries.get(1).get("seq")).longValue()),
        lines.headers().firstValue("X-Next-Cursor").orElseThrow());

    long seq = ((Number) version.get("seq")).longValue();
    tamper("update publication_log set actor = 'mallory' where seq = " + seq);
    assertBreak("altered_entry", seq);
    tamper("update publication_log set actor = '" + version.get("actor") + "' where seq = " + seq);
    assertChainOk();

    tamper("delete from publication_log where seq = " + seq);
    assertBreak("missing_entries", seq);
    restore(seq, version);
    assertChainOk();

    String fileSha = logged.iterator().next();
    Path stored =
        TestInfrastructure.dataDir()
            .resolve("files/sha256")
            .resolve(fileSha.substring(0, 2))
            .resolve(fileSha.substring(2, 4))
            .resolve(fileSha);
    byte[] original = Files.readAllBytes(stored);
    try {
      Files.write(stored, "tampered".getBytes(StandardCharsets.UTF_8));
      Map<String, Object> check = map(fullCheck().get("files"));
      assertFalse((Boolean) check.get("ok"), check.toString());
      assertTrue(
          list(check.get("problems")).stream()
              .map(ItSupport::map)
              .anyMatch(
                  p -> fileSha.equals(p.get("content_sha256")) && "changed".equals(p.get("kind"))),
          check.toString());
    } finally {
      Files.write(stored, original);
    }
    assertTrue((Boolean) fullCheck().get("ok"));

    // A stranger may not start full checks back to back: the last one started just now.
    Http.Reply again = http.postJson("/api/v1/audit/verify/full", null, Map.of());
    assertEquals(429, again.status(), again.body());
    assertTrue(again.headers().firstValue("Retry-After").isPresent(), again.body());

    // The quick check re-reads its checkpoint (the head it last found sound): changing that
    // entry shows at once, without a full check.
    Map<String, Object> headNow = get("/api/v1/audit/head");
    long headSeq = ((Number) headNow.get("seq")).longValue();
    assertEquals(Boolean.TRUE, map(get("/api/v1/audit/verify").get("chain")).get("ok"));
    Map<String, Object> headEntry = map(headNow.get("entry"));
    tamper("update publication_log set actor = 'mallory' where seq = " + headSeq);
    try {
      Map<String, Object> quick = map(get("/api/v1/audit/verify").get("chain"));
      assertEquals(Boolean.FALSE, quick.get("ok"), quick.toString());
      assertTrue(
          String.valueOf(quick.get("checkpoint_problem")).contains("entry " + headSeq),
          quick.toString());
    } finally {
      tamper(
          "update publication_log set actor = '"
              + headEntry.get("actor")
              + "' where seq = "
              + headSeq);
    }
    assertChainOk();

    // A purge recorded first may delete, as the application's role with the trigger on, and
    // verification bridges the gap instead of reporting it.
    appendPurgeOf(version);
    var db = TestInfrastructure.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        Statement s = c.createStatement()) {
      assertEquals(1, s.executeUpdate("delete from publication_log where seq = " + seq));
      SQLException e =
          assertThrows(
              SQLException.class,
              () -> s.execute("delete from publication_log where seq = " + (seq - 1)));
      assertTrue(e.getMessage().contains("append-only"), e.getMessage());
    }
    assertChainOk();
  }

  @Test
  void uploadsAndWithdrawalsThroughTheCkanApiAreLogged() throws Exception {
    String name = ItSupport.uniqueName("log-unggah");
    String pkg =
        (String)
            ItSupport.packageCreate(
                    http, world.editor(), dict("name", name, "owner_org", world.org()))
                .get("id");
    long before = headSeq();
    byte[] bytes = "kecamatan,jumlah\nNgraho,120\n".getBytes(StandardCharsets.UTF_8);
    Map<String, Object> r =
        ok(
            http.postMultipart(
                "/api/3/action/resource_create",
                world.editor(),
                Map.of("package_id", pkg, "name", "Jumlah"),
                "jumlah.csv",
                bytes));
    String rid = (String) r.get("id");
    List<Map<String, Object>> entries = entriesAfter(before);
    Map<String, Object> file = only(entries, "resource_file_published");
    assertEquals(rid, map(file.get("subject")).get("id"));
    assertEquals(sha256(bytes), file.get("content_sha256"));
    assertEquals(name, map(only(entries, "dataset_published").get("subject")).get("name"));
    // What a reader downloads hashes to what the log says.
    String path = "/dataset/" + pkg + "/resource/" + rid + "/download/jumlah.csv";
    HttpResponse<byte[]> download = http.getBytes(path, Map.of());
    assertEquals(200, download.statusCode());
    assertEquals(file.get("content_sha256"), sha256(download.body()));

    // A new file for the same resource is a replacement.
    before = headSeq();
    byte[] newer = "kecamatan,jumlah\nNgraho,121\n".getBytes(StandardCharsets.UTF_8);
    ok(
        http.postMultipart(
            "/api/3/action/resource_update",
            world.editor(),
            Map.of("id", rid),
            "jumlah.csv",
            newer));
    Map<String, Object> replaced = only(entriesAfter(before), "resource_file_replaced");
    assertEquals(sha256(newer), replaced.get("content_sha256"));
    // The DataStore loads the new file in the background and changes the resource's dict without
    // an activity; wait for it, so that the diffs below hold only what the edits changed.
    ItSupport.eventually(
        "DataStore load of " + rid,
        java.time.Duration.ofSeconds(60),
        () ->
            ItSupport.<Map<String, Object>>ok(
                http, "resource_show", world.editor(), dict("id", rid)),
        x -> "active".equals(x.get("datastore_status")));

    // Made private with a reason: a withdrawal. Public again: published again, files not re-logged.
    before = headSeq();
    ok(
        http,
        "package_patch",
        world.editor(),
        dict("id", pkg, "private", true, "reason", "data pribadi terlanjur tercantum"));
    Map<String, Object> withdrawal = only(entriesAfter(before), "withdrawal");
    assertEquals("data pribadi terlanjur tercantum", map(withdrawal.get("details")).get("reason"));
    assertEquals("true", map(withdrawal.get("details")).get("private"));
    before = headSeq();
    ok(http, "package_patch", world.editor(), dict("id", pkg, "notes", "diperbaiki, belum publik"));
    assertEquals(List.of(), entriesAfter(before), "a change nobody outside sees is not logged");
    before = headSeq();
    ok(http, "package_patch", world.editor(), dict("id", pkg, "private", false));
    List<Map<String, Object>> again = entriesAfter(before);
    only(again, "dataset_published");
    assertTrue(
        again.stream().noneMatch(e -> String.valueOf(e.get("event")).startsWith("resource_file")),
        again.toString());

    // Deleting a public dataset is a withdrawal with its reason, which the history keeps too.
    before = headSeq();
    ok(http, "package_delete", world.editor(), dict("id", pkg, "reason", "diganti dataset baru"));
    Map<String, Object> deleted = only(entriesAfter(before), "withdrawal");
    assertEquals("deleted", map(deleted.get("details")).get("state"));
    assertEquals("diganti dataset baru", map(deleted.get("details")).get("reason"));
    String admin = ItSupport.cliToken(http, "admin");
    List<Object> activities = ok(http.get(Http.action("package_activity_list", "id", pkg), admin));
    Map<String, Object> newest = map(activities.get(0));
    assertEquals("deleted package", newest.get("activity_type"));
    assertEquals("diganti dataset baru", map(newest.get("data")).get("reason"));

    // The history says what changed: the notes edit as a diff, the new file by its resource.
    Map<String, Object> notesEdit =
        activities.stream()
            .map(ItSupport::map)
            .filter(a -> "diperbaiki, belum publik".equals(pkgOf(a).get("notes")))
            .reduce((later, earlier) -> earlier)
            .orElseThrow();
    Map<String, Object> diff =
        ok(http.get(Http.action("activity_diff", "id", notesEdit.get("id")), admin));
    assertTrue(
        String.valueOf(diff.get("diff")).contains("+  \"notes\": \"diperbaiki, belum publik\""),
        String.valueOf(diff.get("diff")));
    List<Object> changes = list(diff.get("changes"));
    assertEquals(
        List.of("notes"), changes.stream().map(c -> map(c).get("field")).toList(), diff.toString());
    assertEquals(2, list(diff.get("activities")).size());
    Map<String, Object> fileChange =
        activities.stream()
            .map(ItSupport::map)
            .filter(a -> map(a.get("data")).get("resource") != null)
            .filter(a -> "updated".equals(map(map(a.get("data")).get("resource")).get("change")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(activities.toString()));
    Map<String, Object> resource = map(map(fileChange.get("data")).get("resource"));
    assertEquals(rid, resource.get("id"));
    assertEquals(true, resource.get("new_file"));
    Map<String, Object> shown =
        ok(
            http.get(
                Http.action("activity_show", "id", fileChange.get("id"), "include_data", "false"),
                admin));
    assertEquals(fileChange.get("id"), shown.get("id"));
    assertFalse(shown.containsKey("data"));
    // Anonymous readers cannot see the history of what is now deleted.
    assertEquals(
        404, http.get(Http.action("activity_show", "id", fileChange.get("id")), null).status());
    assertEquals(
        409,
        http.get(Http.action("activity_diff", "id", notesEdit.get("id"), "object_type", "x"), admin)
            .status());

    Http.Reply tooLong =
        ItSupport.post(
            http, "package_delete", world.editor(), dict("id", pkg, "reason", "x".repeat(1001)));
    assertEquals(409, tooLong.status(), tooLong.body());
    assertTrue(tooLong.body().contains("reason"), tooLong.body());
  }

  private static Map<String, Object> pkgOf(Map<String, Object> activity) {
    Object data = activity.get("data");
    return data == null ? Map.of() : map(map(data).getOrDefault("package", Map.of()));
  }

  @Test
  void theDailyHeadsArePublishedAsADatasetWhoseFilesTheLogVouchesFor() throws Exception {
    String admin = ItSupport.cliToken(http, "admin");
    String org = "dinas-komunikasi-dan-informatika";
    if (http.get(Http.action("organization_show", "id", org), null).status() == 404) {
      ok(http, "organization_create", admin, dict("name", org, "title", "Diskominfo"));
    }
    assertEquals(
        403, http.postJson("/api/v1/admin/audit/daily-heads", world.editor(), Map.of()).status());
    for (String bad : List.of("kemarin", "2999-01-01T00:00:00Z")) {
      Http.Reply r = http.postJson("/api/v1/admin/audit/daily-heads?as_of=" + bad, admin, Map.of());
      assertEquals(422, r.status(), r.body());
      assertTrue(r.body().contains("as_of"), r.body());
    }
    Map<String, Object> head = get("/api/v1/audit/head");
    Http.Reply published = http.postJson("/api/v1/admin/audit/daily-heads", admin, Map.of());
    assertEquals(200, published.status(), published.body());
    assertEquals(Boolean.TRUE, published.map().get("published"), published.body());
    List<Map<String, Object>> entries = entriesAfter(((Number) head.get("seq")).longValue());

    Map<String, Object> dataset =
        ok(http.get(Http.action("package_show", "id", "kepala-log-publikasi"), null));
    Map<String, Object> csv =
        list(dataset.get("resources")).stream()
            .map(ItSupport::map)
            .filter(x -> "kepala-log-harian.csv".equals(x.get("name")))
            .findFirst()
            .orElseThrow();
    String url = (String) csv.get("url");
    HttpResponse<byte[]> download =
        http.getBytes(url.substring(url.indexOf("/dataset/")), Map.of());
    assertEquals(200, download.statusCode());
    String[] lines = new String(download.body(), StandardCharsets.UTF_8).strip().split("\n");
    assertEquals("tanggal,seq,hash,waktu_entri", lines[0]);
    String[] last = lines[lines.length - 1].split(",");
    assertEquals(String.valueOf(head.get("seq")), last[1], "today's row is the head before");
    assertEquals(head.get("hash"), last[2]);
    // The file a reader downloads is the one the log recorded.
    Map<String, Object> logged =
        entries.stream()
            .filter(e -> csv.get("id").equals(map(e.get("subject")).get("id")))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no log entry for the CSV in " + entries));
    assertEquals(logged.get("content_sha256"), sha256(download.body()));

    // Nothing new up to the same moment: nothing published again.
    Http.Reply same =
        http.postJson(
            "/api/v1/admin/audit/daily-heads?as_of="
                + java.net.URLEncoder.encode(
                    (String) published.map().get("as_of"), StandardCharsets.UTF_8),
            admin,
            Map.of());
    assertEquals(0L, ((Number) same.map().get("files_changed")).longValue(), same.body());
  }

  private long headSeq() {
    return ((Number) get("/api/v1/audit/head").get("seq")).longValue();
  }

  private List<Map<String, Object>> entriesAfter(long seq) {
    Map<String, Object> page = get("/api/v1/audit/log?cursor=" + seq + "&limit=1000");
    return list(page.get("entries")).stream().map(ItSupport::map).toList();
  }

  /** Appends, as the portal would, a purge entry recording the removal of entry {@code e}. */
  private void appendPurgeOf(Map<String, Object> e) throws SQLException {
    Map<String, Object> head = get("/api/v1/audit/head");
    var removal =
        new id.terbuka.audit.chain.Removal(
            ((Number) e.get("seq")).longValue(),
            ((Number) e.get("seq")).longValue(),
            (String) e.get("prev_hash"),
            (String) e.get("hash"));
    var purge =
        id.terbuka.audit.chain.LogEntry.compute(
            new id.terbuka.audit.chain.ChainHead(
                ((Number) head.get("seq")).longValue(), (String) head.get("hash")),
            Instant.now(),
            id.terbuka.audit.chain.LogEvent.removal(
                id.terbuka.audit.chain.EventType.PURGE,
                "admin",
                new id.terbuka.audit.chain.Subject("dataset", "test-purge", ""),
                removal,
                "published by mistake (test)"));
    restore(
        purge.seq(),
        ItSupport.map(id.terbuka.shared.Json.parse(id.terbuka.shared.Json.write(purge.toJson()))));
  }

  /** Row triggers fire only on rows: run with at least one entry in the log. */
  private static void assertTheDatabaseRefusesUpdatesAndDeletes() throws SQLException {
    var db = TestInfrastructure.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        Statement s = c.createStatement()) {
      for (String sql :
          List.of(
              "update publication_log set actor = 'x'",
              "delete from publication_log",
              "truncate publication_log")) {
        SQLException e = assertThrows(SQLException.class, () -> s.execute(sql), sql);
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
      }
    }
  }

  @Test
  void badParametersAre422NamingTheField() {
    for (String query :
        List.of(
            "limit=0", "limit=abc", "limit=1001", "cursor=-1", "since=yesterday", "format=xml")) {
      Http.Reply r = http.get("/api/v1/audit/log?" + query, null);
      assertEquals(422, r.status(), query + ": " + r.body());
      assertTrue(r.body().contains(query.substring(0, query.indexOf('='))), r.body());
    }
  }

  private Map<String, Object> get(String path) {
    Http.Reply r = http.get(path, null);
    assertEquals(200, r.status(), r.body());
    return r.map();
  }

  private static Map<String, Object> only(List<Map<String, Object>> entries, String event) {
    List<Map<String, Object>> found =
        entries.stream().filter(e -> event.equals(e.get("event"))).toList();
    assertEquals(1, found.size(), event + " in " + entries);
    return found.get(0);
  }

  /** The full check finds the whole chain sound, and then so does the quick one. */
  private void assertChainOk() throws InterruptedException {
    Map<String, Object> full = map(fullCheck().get("chain"));
    assertEquals(Boolean.TRUE, full.get("ok"), full.toString());
    Map<String, Object> chain = map(get("/api/v1/audit/verify").get("chain"));
    assertEquals(Boolean.TRUE, chain.get("ok"), chain.toString());
  }

  /** The full check (the quick one does not re-read old entries) reports the break. */
  private void assertBreak(String kind, long seq) throws InterruptedException {
    Map<String, Object> chain = map(fullCheck().get("chain"));
    assertEquals(Boolean.FALSE, chain.get("ok"), chain.toString());
    assertTrue(
        list(chain.get("breaks")).stream()
            .map(ItSupport::map)
            .anyMatch(
                b -> kind.equals(b.get("kind")) && ((Number) b.get("seq")).longValue() == seq),
        chain.toString());
  }

  /**
   * Starts a full check as a sysadmin (waiting for a running one first) and waits for its result.
   */
  private Map<String, Object> fullCheck() throws InterruptedException {
    Instant asked = Instant.now();
    String admin = ItSupport.cliToken(http, "admin");
    for (int i = 0; i < 600; i++) {
      Http.Reply r = http.postJson("/api/v1/audit/verify/full", admin, Map.of());
      assertEquals(202, r.status(), r.body());
      if (Boolean.TRUE.equals(r.map().get("started"))) {
        break;
      }
      Thread.sleep(100);
    }
    for (int i = 0; i < 600; i++) {
      Map<String, Object> state = map(get("/api/v1/audit/verify").get("full_check"));
      Object last = state.get("last");
      if (!Boolean.TRUE.equals(state.get("running"))
          && last != null
          && !Instant.parse((String) map(last).get("started")).isBefore(asked)) {
        return map(last);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the full check did not finish in 60 s");
  }

  /** Runs {@code sql} as the table's owner with the append-only trigger disabled. */
  private static void tamper(String sql) throws SQLException {
    var db = TestInfrastructure.database();
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("alter table publication_log disable trigger publication_log_append_only");
        s.execute(sql);
        s.execute("alter table publication_log enable trigger publication_log_append_only");
      }
      c.commit();
    }
  }

  /** Puts a deleted entry back as the API showed it. */
  private static void restore(long seq, Map<String, Object> e) throws SQLException {
    var db = TestInfrastructure.database();
    Map<String, Object> subject = map(e.get("subject"));
    try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
        PreparedStatement ps =
            c.prepareStatement(
                "insert into publication_log (seq, time, event, actor, subject_kind, subject_id,"
                    + " subject_name, content_sha256, details, prev_hash, hash)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setString(2, (String) e.get("time"));
      ps.setString(3, (String) e.get("event"));
      ps.setString(4, (String) e.get("actor"));
      ps.setString(5, (String) subject.get("kind"));
      ps.setString(6, (String) subject.get("id"));
      ps.setString(7, (String) subject.get("name"));
      ps.setString(8, (String) e.get("content_sha256"));
      ps.setString(9, id.terbuka.shared.Json.write(e.get("details")));
      ps.setString(10, (String) e.get("prev_hash"));
      ps.setString(11, (String) e.get("hash"));
      ps.executeUpdate();
    }
  }

  private String budgetFile(String realisasiTw2) {
    String u = TAHUN + ",%s," + KODE + ",BPKAD,%s,%s,%s,%s\n";
    long modal = Long.parseLong(realisasiTw2) - 400000;
    return "tahun,periode,kode_skpd,nama_skpd,kode_rekening,uraian,anggaran,realisasi\n"
        + String.format(u, "TW1", "5", "BELANJA DAERAH", "1000000", "300000")
        + String.format(u, "TW1", "5.1", "Belanja Operasi", "600000", "200000")
        + String.format(u, "TW1", "5.2", "Belanja Modal", "400000", "100000")
        + String.format(u, "TW2", "5", "BELANJA DAERAH", "1000000", realisasiTw2)
        + String.format(u, "TW2", "5.1", "Belanja Operasi", "600000", "400000")
        + String.format(u, "TW2", "5.2", "Belanja Modal", "400000", String.valueOf(modal));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
