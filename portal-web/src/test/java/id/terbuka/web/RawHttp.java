package id.terbuka.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket, for requests that {@link java.net.http.HttpClient} refuses to send:
 * a request target with {@code %00}, a cut escape or bytes that are not UTF-8, a body of arbitrary
 * bytes. Reads the whole answer (the server closes the connection).
 */
final class RawHttp {
  /** An answer: the status (0 when the server closed without one) and the body as text. */
  record Answer(int status, String head, String body) {}

  private final String host;
  private final int port;
  private final String contextPath;

  RawHttp(URL base) {
    this.host = base.getHost();
    this.port = base.getPort();
    String path = base.getPath();
    this.contextPath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  Answer get(String target, String... headerLines) {
    return send("GET", target, null, null, headerLines);
  }

  Answer post(String target, String contentType, byte[] body, String... headerLines) {
    return send("POST", target, contentType, body, headerLines);
  }

  Answer send(
      String method, String target, String contentType, byte[] body, String... headerLines) {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(contextPath).append(target).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(host).append(':').append(port).append("\r\n");
      head.append("Connection: close\r\n");
      for (String line : headerLines) {
        head.append(line).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Type: ").append(contentType).append("\r\n");
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return parse(readAll(socket.getInputStream()));
    } catch (SocketTimeoutException e) {
      throw new IllegalStateException("No answer within 60 s: " + method + " " + target, e);
    } catch (IOException e) {
      // A reset after a refusal (the server may close on an over-large request): no status.
      return new Answer(0, "", String.valueOf(e));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    try {
      while ((n = in.read(buffer)) > 0) {
        bytes.write(buffer, 0, n);
      }
    } catch (IOException e) {
      if (bytes.size() == 0) {
        throw e;
      }
    }
    return bytes.toByteArray();
  }

  private static Answer parse(byte[] raw) {
    String text = new String(raw, StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
      body = dechunk(body);
    }
    int status = 0;
    if (head.startsWith("HTTP/1.")) {
      String[] parts = head.split(" ", 3);
      status = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0;
    }
    return new Answer(status, head, body);
  }

  /**
   * The body of a chunked answer without its chunk sizes (sizes count bytes; close enough here).
   */
  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int eol = chunked.indexOf("\r\n", at);
      if (eol < 0) {
        break;
      }
      int size;
      try {
        size = Integer.parseInt(chunked.substring(at, eol).split(";")[0].trim(), 16);
      } catch (NumberFormatException e) {
        return chunked;
      }
      if (size == 0) {
        break;
      }
      byte[] rest = chunked.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
      String piece = new String(rest, 0, Math.min(size, rest.length), StandardCharsets.UTF_8);
      out.append(piece);
      at = eol + 2 + piece.length() + 2;
    }
    return out.toString();
  }
}
