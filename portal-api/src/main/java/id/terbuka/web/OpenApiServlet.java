package id.terbuka.web;

import id.terbuka.http.JsonReplies;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code GET /openapi}: the hand-kept OpenAPI 3 document of the native API ({@code openapi.yaml}
 * beside this class), in YAML, or in JSON for {@code ?format=json} or {@code Accept:
 * application/json} (MicroProfile OpenAPI's conventions, which clients expect at this path).
 *
 * <p>The portal serves it itself rather than through Payara's MicroProfile OpenAPI service, which
 * the launcher turns off: Payara Micro 6.2025.10 adds a top-level {@code endpoints} map to every
 * document, which is not OpenAPI, so strict parsers and code generators refuse it (Payara renamed
 * it {@code x-endpoints} in a later release, FISH-12303). The document is the same for everyone, so
 * it may be cached anywhere and read from any origin.
 */
@WebServlet(name = "openapi", urlPatterns = "/openapi")
public class OpenApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String RESOURCE = "openapi.yaml";
  static final String YAML = "application/yaml; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  /** Both renderings, made once: the file is part of the build. */
  private static final class Document {
    static final byte[] YAML_BYTES = read();
    static final byte[] JSON_BYTES = toJson(YAML_BYTES);
    static final String YAML_TAG = etag(YAML_BYTES);
    static final String JSON_TAG = etag(JSON_BYTES);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String format = req.getParameter("format");
    if (format != null && !format.equalsIgnoreCase("json") && !format.equalsIgnoreCase("yaml")) {
      resp.setHeader("Cache-Control", "no-store");
      JsonReplies.problem(
          resp, 422, "Invalid input", null, Map.of("format", List.of("Must be yaml or json")));
      return;
    }
    boolean json = wantsJson(format, req.getHeader("Accept"));
    String tag = json ? Document.JSON_TAG : Document.YAML_TAG;
    resp.setHeader("Vary", "Accept");
    resp.setHeader("Cache-Control", "public, max-age=3600");
    resp.setHeader("Access-Control-Allow-Origin", "*");
    resp.setHeader("ETag", tag);
    if (tag.equals(req.getHeader("If-None-Match"))) {
      resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    write(resp, json ? JSON : YAML, json ? Document.JSON_BYTES : Document.YAML_BYTES);
  }

  /** An explicit {@code format} wins; otherwise JSON only when asked for and YAML is not. */
  static boolean wantsJson(String format, String accept) {
    if (format != null) {
      return format.equalsIgnoreCase("json");
    }
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    return a.contains("application/json") && !a.contains("yaml");
  }

  private static void write(HttpServletResponse resp, String type, byte[] body) throws IOException {
    resp.setContentType(type);
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }

  static byte[] read() {
    try (InputStream in = OpenApiServlet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] toJson(byte[] yaml) {
    JsonNode tree = new YAMLMapper().readTree(yaml);
    return JsonMapper.builder().build().writeValueAsBytes(tree);
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
