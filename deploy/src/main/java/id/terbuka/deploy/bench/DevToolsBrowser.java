package id.terbuka.deploy.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket, JDK only): loads a
 * page with an empty cache and adds up what went over the wire for it and everything it pulled in
 * ({@code Network.loadingFinished}'s {@code encodedDataLength}: compressed bodies plus headers).
 * Selenium's WebDriver cannot see transfer sizes; the protocol can.
 */
final class DevToolsBrowser implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final Duration WAIT = Duration.ofSeconds(30);

  /** One page load: bytes on the wire, requests, and the time to the load event. */
  record PageLoad(String url, long transferredBytes, int requests, double loadMillis) {}

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();
  private final Map<Integer, CompletableFuture<JsonObject>> replies = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  private DevToolsBrowser(Process process, Path profile, WebSocket socket) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
  }

  /** Starts Chromium with a fresh profile and a viewport of {@code width} x {@code height}. */
  static DevToolsBrowser start(int width, int height) throws IOException, InterruptedException {
    Path binary = Path.of(System.getProperty("terbuka.chromium", "/usr/bin/chromium"));
    if (!Files.isExecutable(binary)) {
      throw new IOException(
          binary + " not found: apt-get install chromium (or run .ci/install-chromium as root)");
    }
    Path profile = Files.createTempDirectory("terbuka-bench-chromium-");
    Process process =
        new ProcessBuilder(
                binary.toString(),
                "--headless=new",
                "--no-sandbox", // as root, Chromium refuses to start otherwise
                "--disable-gpu",
                "--no-first-run",
                "--disable-extensions",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height,
                "about:blank")
            .redirectErrorStream(true)
            .start();
    String browserUrl = awaitDevToolsUrl(process);
    String pageSocket = newPage(browserUrl);
    DevToolsBrowser browser = null;
    try {
      Listener listener = new Listener();
      WebSocket socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(URI.create(pageSocket), listener)
              .get(WAIT.toSeconds(), TimeUnit.SECONDS);
      browser = new DevToolsBrowser(process, profile, socket);
      listener.browser = browser;
      browser.call("Network.enable", "{}");
      browser.call("Page.enable", "{}");
      browser.call("Network.setCacheDisabled", "{\"cacheDisabled\":true}");
      return browser;
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("Could not connect to Chromium's DevTools: " + e, e);
    }
  }

  /**
   * Loads {@code url} with an empty cache and cookies cleared; waits for the load event and for the
   * network to be quiet for half a second (late requests count too).
   */
  PageLoad load(String url) throws IOException, InterruptedException {
    call("Network.clearBrowserCookies", "{}");
    call("Network.clearBrowserCache", "{}");
    events.clear();
    long started = System.nanoTime();
    call("Page.navigate", "{\"url\":\"" + url.replace("\"", "%22") + "\"}");
    long bytes = 0;
    int requests = 0;
    double loadMillis = -1;
    int inFlight = 0;
    long deadline = System.nanoTime() + WAIT.toNanos();
    long quietSince = -1;
    while (System.nanoTime() < deadline) {
      JsonObject event = events.poll(100, TimeUnit.MILLISECONDS);
      if (event == null) {
        if (loadMillis >= 0 && inFlight <= 0) {
          if (quietSince < 0) {
            quietSince = System.nanoTime();
          } else if (System.nanoTime() - quietSince > 500_000_000L) {
            return new PageLoad(url, bytes, requests, loadMillis);
          }
        }
        continue;
      }
      quietSince = -1;
      switch (event.getString("method")) {
        case "Network.requestWillBeSent" -> {
          requests++;
          inFlight++;
        }
        case "Network.loadingFinished" -> {
          bytes += event.getJsonObject("params").getJsonNumber("encodedDataLength").longValue();
          inFlight--;
        }
        case "Network.loadingFailed" -> inFlight--;
        case "Page.loadEventFired" -> loadMillis = (System.nanoTime() - started) / 1e6;
        default -> {
          // other events are not needed
        }
      }
    }
    throw new IOException("Page did not finish loading within " + WAIT + ": " + url);
  }

  private JsonObject call(String method, String params) throws IOException, InterruptedException {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonObject> reply = new CompletableFuture<>();
    replies.put(id, reply);
    socket
        .sendText(
            "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
        .join();
    try {
      JsonObject answer = reply.get(WAIT.toSeconds(), TimeUnit.SECONDS);
      if (answer.containsKey("error")) {
        throw new IOException(method + " failed: " + answer.get("error"));
      }
      return answer;
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IOException(method + " got no answer", e);
    } finally {
      replies.remove(id);
    }
  }

  private void received(String text) {
    JsonObject message;
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      message = reader.readObject();
    }
    if (message.containsKey("id")) {
      CompletableFuture<JsonObject> reply = replies.get(message.getInt("id"));
      if (reply != null) {
        reply.complete(message);
      }
    } else if (message.containsKey("method")) {
      events.add(message);
    }
  }

  /** Collects a message's frames and hands the whole text on. */
  private static final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    volatile DevToolsBrowser browser;

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String whole = text.toString();
        text.setLength(0);
        if (browser != null) {
          browser.received(whole);
        }
      }
      socket.request(1);
      return null;
    }
  }

  private static String awaitDevToolsUrl(Process process) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    url.complete(m.group(1));
                  }
                }
                url.completeExceptionally(new IOException("Chromium exited"));
              } catch (IOException e) {
                url.completeExceptionally(e);
              }
            },
            "chromium-output");
    reader.setDaemon(true);
    reader.start();
    try {
      return url.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IOException("Chromium did not open its DevTools port: " + e, e);
    }
  }

  /** Opens a new tab through the DevTools HTTP endpoint; returns its WebSocket URL. */
  private static String newPage(String browserSocketUrl) throws IOException, InterruptedException {
    URI ws = URI.create(browserSocketUrl);
    URI endpoint = URI.create("http://" + ws.getHost() + ":" + ws.getPort() + "/json/new");
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(endpoint).PUT(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("DevTools /json/new answered " + r.statusCode() + ": " + r.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject().getString("webSocketDebuggerUrl");
    }
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary profile left behind is harmless.
    }
  }
}
