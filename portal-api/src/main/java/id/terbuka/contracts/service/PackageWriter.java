package id.terbuka.contracts.service;

import id.terbuka.contracts.domain.OcdsJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams an OCDS package to a file: the package head's fields, then one array ({@code releases} or
 * {@code records}) whose items are written one per line as they come, then optional trailing
 * fields. The file is valid JSON once closed.
 */
final class PackageWriter implements AutoCloseable {
  private final Writer out;
  private boolean first = true;
  private boolean closed;

  PackageWriter(Path file, ObjectNode head, String arrayField) throws IOException {
    out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    String text = OcdsJson.write(head);
    // The head is an object: reopen it to add the array after its last field.
    out.write(text, 0, text.length() - 1);
    out.write(head.isEmpty() ? "" : ",");
    out.write(OcdsJson.write(OcdsJson.nodes().stringNode(arrayField)));
    out.write(":[");
  }

  /** Adds one item to the array. */
  void add(JsonNode item) throws IOException {
    out.write(first ? "\n" : ",\n");
    out.write(OcdsJson.write(item));
    first = false;
  }

  /** Ends the array, adds one more field, and closes the file. */
  void closeWith(String field, JsonNode value) throws IOException {
    out.write("\n],");
    out.write(OcdsJson.write(OcdsJson.nodes().stringNode(field)));
    out.write(":");
    out.write(OcdsJson.write(value));
    out.write("}\n");
    closed = true;
    out.close();
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      out.write("\n]}\n");
      closed = true;
    }
    out.close();
  }
}
