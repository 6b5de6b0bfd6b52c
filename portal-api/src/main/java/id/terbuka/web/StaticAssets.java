package id.terbuka.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The pages' static files (classpath {@code id/terbuka/web/static/}), served under a name that
 * carries a hash of their content ({@code /static/site.3f2a9c1b0d.css}). A changed file gets a new
 * URL, so browsers may keep each one for a year without asking again. Held in memory with a gzip
 * copy: they are a few kilobytes.
 */
@ApplicationScoped
public class StaticAssets {
  /** The files that exist; a new one is listed here. */
  static final List<String> NAMES =
      List.of("site.css", "print.css", "autocomplete.js", "publisher.js");

  /**
   * A file as served.
   *
   * @param type its Content-Type
   * @param bytes the content
   * @param gzipped the same, gzip-compressed
   */
  public record Asset(String type, byte[] bytes, byte[] gzipped) {}

  private final Map<String, String> urls = new HashMap<>();
  private final Map<String, Asset> byFingerprintedName = new HashMap<>();

  @PostConstruct
  void load() {
    for (String name : NAMES) {
      byte[] bytes = read(name);
      String fingerprinted = fingerprinted(name, bytes);
      urls.put(name, "/static/" + fingerprinted);
      byFingerprintedName.put(fingerprinted, new Asset(type(name), bytes, gzip(bytes)));
    }
  }

  /** The path of {@code name} below the context root. */
  public String url(String name) {
    String url = urls.get(name);
    if (url == null) {
      throw new IllegalArgumentException("No static file " + name);
    }
    return url;
  }

  /** The file behind a fingerprinted name; empty for any other (including an outdated hash). */
  public Optional<Asset> find(String fingerprintedName) {
    return Optional.ofNullable(byFingerprintedName.get(fingerprintedName));
  }

  /** {@code site.css} with content {@code bytes} becomes {@code site.<10 hex digits>.css}. */
  static String fingerprinted(String name, byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String hash = HexFormat.of().formatHex(digest).substring(0, 10);
      int dot = name.lastIndexOf('.');
      return name.substring(0, dot) + "." + hash + name.substring(dot);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String type(String name) {
    if (name.endsWith(".css")) {
      return "text/css;charset=utf-8";
    }
    if (name.endsWith(".js")) {
      return "text/javascript;charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }

  private static byte[] read(String name) {
    try (InputStream in = StaticAssets.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing static file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
