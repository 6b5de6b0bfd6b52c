package id.terbuka.web;

import static id.terbuka.web.ItSupport.failed;
import static id.terbuka.web.ItSupport.list;
import static id.terbuka.web.ItSupport.map;
import static id.terbuka.web.ItSupport.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * File downloads through the deployed WAR: byte ranges, conditional requests, gzip, previous
 * versions of a replaced file, and uploads that must leave nothing behind (declared oversize,
 * failed transactions).
 */
@ExtendWith(SharedPortal.class)
class DownloadsIT {

  @SharedPortal.Base URL base;

  private Http http;

  /** An organisation with an editor, and a user outside it, made once through the API. */
  private static PublisherSetup setup;

  private static String editor;
  private static String outsider;

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
    synchronized (DownloadsIT.class) {
      if (setup == null) {
        setup = PublisherSetup.create(http, "unduh");
        editor = setup.editor();
        outsider = setup.outsider();
      }
    }
  }

  private String dataset(boolean isPrivate) {
    return setup.dataset(http, isPrivate);
  }

  private Map<String, Object> upload(String pkg, String filename, byte[] bytes) {
    return setup.upload(http, pkg, filename, bytes);
  }

  /** Text of a known length whose every byte position is recognisable. */
  private static byte[] csv(int rows, String tag) {
    StringBuilder b = new StringBuilder("no,kecamatan,nilai\n");
    for (int i = 0; i < rows; i++) {
      b.append(i).append(",Kecamatan ").append(tag).append(' ').append(i).append(',').append(i * 7);
      b.append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> withoutDatastoreKeys(Map<String, Object> resource) {
    Map<String, Object> m = new java.util.LinkedHashMap<>(resource);
    m.keySet().removeIf(k -> k.startsWith("datastore_"));
    return m;
  }

  private static String header(HttpResponse<?> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  private static String downloadPath(Map<String, Object> resource) {
    String url = (String) resource.get("url");
    return url.substring(url.indexOf("/dataset/"));
  }

  // ---------------------------------------------------------------- ranges and conditions

  @Test
  void byteRangesAnswerWithTheRightSlices() {
    byte[] bytes = csv(200, "rentang");
    int size = bytes.length;
    String path = downloadPath(upload(dataset(false), "rentang.csv", bytes));

    HttpResponse<byte[]> whole = get(path);
    assertEquals(200, whole.statusCode());
    assertArrayEquals(bytes, whole.body());
    assertEquals("bytes", header(whole, "Accept-Ranges"));
    assertTrue(header(whole, "Content-Disposition").contains("rentang.csv"));

    HttpResponse<byte[]> first = get(path, "Range", "bytes=0-9");
    assertEquals(206, first.statusCode());
    assertEquals("bytes 0-9/" + size, header(first, "Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(bytes, 0, 10), first.body());
    assertEquals("bytes", header(first, "Accept-Ranges"));

    HttpResponse<byte[]> suffix = get(path, "Range", "bytes=-25");
    assertEquals(206, suffix.statusCode());
    assertEquals(
        "bytes " + (size - 25) + "-" + (size - 1) + "/" + size, header(suffix, "Content-Range"));
    assertArrayEquals(Arrays.copyOfRange(bytes, size - 25, size), suffix.body());

    HttpResponse<byte[]> open = get(path, "Range", "bytes=1000-");
    assertEquals(206, open.statusCode());
    assertArrayEquals(Arrays.copyOfRange(bytes, 1000, size), open.body());
    assertEquals(String.valueOf(size - 1000), header(open, "Content-Length"));

    HttpResponse<byte[]> beyond = get(path, "Range", "bytes=" + size + "-");
    assertEquals(416, beyond.statusCode());
    assertEquals("bytes */" + size, header(beyond, "Content-Range"));

    HttpResponse<byte[]> several = get(path, "Range", "bytes=0-1,5-6");
    assertEquals(200, several.statusCode(), "several ranges: the whole file");
    assertArrayEquals(bytes, several.body());
  }

  @Test
  void ifRangeAndConditionalGets() {
    byte[] bytes = csv(50, "syarat");
    String path = downloadPath(upload(dataset(false), "syarat.csv", bytes));
    HttpResponse<byte[]> whole = get(path);
    String etag = header(whole, "ETag");
    String lastModified = header(whole, "Last-Modified");
    assertTrue(etag != null && etag.startsWith("\""), String.valueOf(etag));
    assertTrue(lastModified != null && lastModified.endsWith("GMT"), String.valueOf(lastModified));

    HttpResponse<byte[]> sameTag = get(path, "Range", "bytes=0-4", "If-Range", etag);
    assertEquals(206, sameTag.statusCode());
    assertArrayEquals(Arrays.copyOfRange(bytes, 0, 5), sameTag.body());
    HttpResponse<byte[]> otherTag = get(path, "Range", "bytes=0-4", "If-Range", "\"lain\"");
    assertEquals(200, otherTag.statusCode(), "a changed file is sent whole");
    assertArrayEquals(bytes, otherTag.body());
    assertEquals(206, get(path, "Range", "bytes=0-4", "If-Range", lastModified).statusCode());
    assertEquals(
        200,
        get(path, "Range", "bytes=0-4", "If-Range", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());

    HttpResponse<byte[]> byTag = get(path, "If-None-Match", etag);
    assertEquals(304, byTag.statusCode());
    assertEquals(0, byTag.body().length);
    assertEquals(etag, header(byTag, "ETag"));
    assertEquals(304, get(path, "If-None-Match", "\"lain\", " + etag).statusCode());
    assertEquals(200, get(path, "If-None-Match", "\"lain\"").statusCode());
    assertEquals(304, get(path, "If-Modified-Since", lastModified).statusCode());
    assertEquals(200, get(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
    assertEquals(
        200,
        get(path, "If-None-Match", "\"lain\"", "If-Modified-Since", lastModified).statusCode(),
        "If-None-Match decides when both are sent");
  }

  @Test
  void textIsGzippedWhenAcceptedButNeverARange() throws IOException {
    byte[] bytes = csv(500, "kompres");
    String path = downloadPath(upload(dataset(false), "kompres.csv", bytes));

    HttpResponse<byte[]> gz = get(path, "Accept-Encoding", "gzip, deflate");
    assertEquals(200, gz.statusCode());
    assertEquals("gzip", header(gz, "Content-Encoding"));
    assertTrue(header(gz, "Vary").contains("Accept-Encoding"), gz.headers().toString());
    assertTrue(gz.body().length < bytes.length / 2, "compressed: " + gz.body().length);
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
      assertArrayEquals(bytes, in.readAllBytes());
    }
    assertEquals(304, get(path, "If-None-Match", header(gz, "ETag")).statusCode());

    HttpResponse<byte[]> plain = get(path);
    assertEquals(null, header(plain, "Content-Encoding"));
    assertTrue(header(plain, "Vary").contains("Accept-Encoding"));
    assertArrayEquals(bytes, plain.body());

    HttpResponse<byte[]> range = get(path, "Accept-Encoding", "gzip", "Range", "bytes=0-99");
    assertEquals(206, range.statusCode());
    assertEquals(null, header(range, "Content-Encoding"));
    assertArrayEquals(Arrays.copyOfRange(bytes, 0, 100), range.body());

    assertEquals(null, header(get(path, "Accept-Encoding", "gzip;q=0"), "Content-Encoding"));

    // Binary files are sent as they are.
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    String binPath = downloadPath(upload(dataset(false), "acak.bin", binary));
    HttpResponse<byte[]> bin = get(binPath, "Accept-Encoding", "gzip");
    assertEquals(null, header(bin, "Content-Encoding"));
    assertArrayEquals(binary, bin.body());
  }

  // ---------------------------------------------------------------- versions

  @Test
  void replacedFilesStayDownloadableAsVersions() throws Exception {
    String pkg = dataset(false);
    byte[] v1 = csv(10, "versi-satu");
    byte[] v2 = csv(12, "versi-dua");
    Map<String, Object> r1 = upload(pkg, "data-v1.csv", v1);
    String rid = (String) r1.get("id");
    List<Object> afterFirst = list(r1.get("versions"));
    assertEquals(1, afterFirst.size(), r1.toString());
    assertEquals(1L, map(afterFirst.get(0)).get("version"));

    Map<String, Object> r2 =
        ok(
            http.postMultipart(
                "/api/3/action/resource_update",
                editor,
                Map.of("id", rid, "name", "Data"),
                "data-v2.csv",
                v2));
    assertEquals("sha256:" + sha256(v2), r2.get("hash"));
    Map<String, Object> shown = ok(http.get(Http.action("resource_show", "id", rid), null));
    // The DataStore loads the CSV in the background: its keys may move on between the two calls.
    assertEquals(withoutDatastoreKeys(r2), withoutDatastoreKeys(shown));
    List<Object> versions = list(shown.get("versions"));
    assertEquals(2, versions.size(), shown.toString());
    Map<String, Object> first = map(versions.get(0));
    Map<String, Object> second = map(versions.get(1));
    assertEquals(1L, first.get("version"), "oldest first");
    assertEquals("sha256:" + sha256(v1), first.get("hash"));
    assertEquals((long) v1.length, first.get("size"));
    assertEquals("data-v1.csv", first.get("filename"));
    assertTrue(first.get("created") != null);
    assertEquals(2L, second.get("version"));
    assertEquals("sha256:" + sha256(v2), second.get("hash"));
    assertEquals("data-v2.csv", second.get("filename"));

    assertArrayEquals(v2, get(downloadPath(shown)).body(), "the current file is the new one");
    String url1 = (String) first.get("url");
    assertTrue(
        url1.endsWith("/dataset/" + pkg + "/resource/" + rid + "/version/1/download/data-v1.csv"),
        url1);
    HttpResponse<byte[]> old = get(url1.substring(url1.indexOf("/dataset/")));
    assertEquals(200, old.statusCode());
    assertArrayEquals(v1, old.body());
    assertEquals("\"" + sha256(v1) + "\"", header(old, "ETag"));
    String url2 = (String) second.get("url");
    assertArrayEquals(v2, get(url2.substring(url2.indexOf("/dataset/"))).body());
    assertEquals(
        404,
        get("/dataset/" + pkg + "/resource/" + rid + "/version/3/download/x.csv").statusCode());

    // A patch with a new file adds a third version; ranges work on old versions too.
    byte[] v3 = csv(3, "versi-tiga");
    Map<String, Object> r3 =
        ok(
            http.postMultipart(
                "/api/3/action/resource_patch", editor, Map.of("id", rid), "data-v3.csv", v3));
    assertEquals(3, list(r3.get("versions")).size());
    HttpResponse<byte[]> part =
        get(
            "/dataset/" + pkg + "/resource/" + rid + "/version/1/download/data-v1.csv",
            "Range",
            "bytes=0-2");
    assertEquals(206, part.statusCode());
    assertArrayEquals(Arrays.copyOfRange(v1, 0, 3), part.body());
  }

  @Test
  void versionsOfPrivateDatasetsFollowTheirVisibility() {
    String pkg = dataset(true);
    byte[] v1 = csv(5, "rahasia-satu");
    Map<String, Object> r = upload(pkg, "rahasia.csv", v1);
    String rid = (String) r.get("id");
    ok(
        http.postMultipart(
            "/api/3/action/resource_patch",
            editor,
            Map.of("id", rid),
            "rahasia.csv",
            csv(6, "dua")));
    String path = "/dataset/" + pkg + "/resource/" + rid + "/version/1/download/rahasia.csv";
    assertEquals(403, get(path).statusCode());
    assertEquals(403, get(path, "Authorization", outsider).statusCode());
    HttpResponse<byte[]> asEditor = get(path, "Authorization", editor);
    assertEquals(200, asEditor.statusCode());
    assertArrayEquals(v1, asEditor.body());
    assertTrue(header(asEditor, "Cache-Control").startsWith("private"));
    failed(http.get(Http.action("resource_show", "id", rid), outsider), 403, "Authorization Error");
  }

  // ---------------------------------------------------------------- nothing left behind

  @Test
  void aDeclaredOversizeBodyIsRefusedBeforeItIsRead() throws IOException {
    String pkg = dataset(false);
    URL url = new URL(base, "api/3/action/resource_create");
    String boundary = "----terbukaRaw";
    String start =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"package_id\"\r\n\r\n"
            + pkg
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"besar.csv\""
            + "\r\nContent-Type: text/csv\r\n\r\na,b\n1,2\n";
    long started = System.nanoTime();
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + url.getPath()
                  + " HTTP/1.1\r\nHost: "
                  + url.getHost()
                  + ":"
                  + url.getPort()
                  + "\r\nAuthorization: "
                  + editor
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + boundary
                  + "\r\nContent-Length: 2147483648\r\n\r\n"
                  + start)
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      String response = readResponse(socket.getInputStream());
      assertTrue(response.startsWith("HTTP/1.1 409"), response);
      assertTrue(response.contains("\"File upload too large\""), response);
      assertTrue(response.contains("Validation Error"), response);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis < 10_000, "answered in " + millis + " ms");
    Map<String, Object> d = ok(http.get(Http.action("package_show", "id", pkg), null));
    assertEquals(0L, d.get("num_resources"));
  }

  /** Status line, headers and a body of the declared length (the server may keep the socket). */
  private static String readResponse(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    int length = -1;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    byte[] body = length >= 0 ? in.readNBytes(length) : in.readAllBytes();
    return headers + new String(body, StandardCharsets.UTF_8);
  }

  @Test
  void aFailedUploadLeavesNoFileBehind() throws Exception {
    String pkg = dataset(false);
    byte[] bytes = csv(40, "gagal-" + ItSupport.unique());
    String sha = sha256(bytes);
    long before = storedFiles();

    // The file streams into the store, then another field's error rolls the transaction back.
    Map<String, Object> e =
        failed(
            http.postMultipart(
                "/api/3/action/resource_create",
                editor,
                Map.of("package_id", pkg, "last_modified", "bukan-tanggal"),
                "gagal.csv",
                bytes),
            409,
            "Validation Error");
    assertEquals(List.of("Date format incorrect"), e.get("last_modified"));
    assertFalse(Files.exists(storedPath(sha)), "the rolled-back upload's file was removed");
    assertEquals(before, storedFiles());

    // Over the limit while streaming (the declared size is within the allowance).
    byte[] big = new byte[1024 * 1024 + 1];
    big[0] = 42;
    Map<String, Object> tooLarge =
        failed(
            http.postMultipart(
                "/api/3/action/resource_create",
                editor,
                Map.of("package_id", pkg),
                "besar.bin",
                big),
            409,
            "Validation Error");
    assertEquals(List.of("File upload too large"), tooLarge.get("upload"));
    assertEquals(before, storedFiles());
    assertEquals(0, partFiles(), "no part files left in tmp/");

    // A failed replacement keeps the file that is still referenced.
    Map<String, Object> r = upload(pkg, "tetap.csv", bytes);
    failed(
        http.postMultipart(
            "/api/3/action/resource_update",
            editor,
            Map.of("id", (String) r.get("id"), "last_modified", "bukan-tanggal"),
            "tetap.csv",
            bytes),
        409,
        "Validation Error");
    assertTrue(Files.exists(storedPath(sha)), "a referenced file survives a failed re-upload");
    assertArrayEquals(bytes, get(downloadPath(r)).body());
    Map<String, Object> d = ok(http.get(Http.action("package_show", "id", pkg), null));
    assertEquals(1L, d.get("num_resources"), "only the successful upload made a resource");
  }

  private static Path filesRoot() {
    return TestInfrastructure.dataDir().resolve("files");
  }

  private static Path storedPath(String sha) {
    return filesRoot()
        .resolve("sha256")
        .resolve(sha.substring(0, 2))
        .resolve(sha.substring(2, 4))
        .resolve(sha);
  }

  private static long storedFiles() throws IOException {
    return count(filesRoot().resolve("sha256"), "");
  }

  private static long partFiles() throws IOException {
    return count(filesRoot().resolve("tmp"), ".part");
  }

  private static long count(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).count();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private HttpResponse<byte[]> get(String path, String... headers) {
    return http.getBytes(path, headers);
  }
}
