package id.terbuka.contracts.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terbuka.contracts.domain.OcdsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PackageWriterTest {
  @TempDir Path dir;

  @Test
  void itemsStreamIntoAValidPackage() throws Exception {
    ObjectNode head = OcdsJson.object();
    head.put("uri", "https://example.org/p");
    Path file = dir.resolve("p.json");
    try (PackageWriter w = new PackageWriter(file, head, "records")) {
      w.add(OcdsJson.parse("{\"ocid\":\"a\"}"));
      w.add(OcdsJson.parse("{\"ocid\":\"b\"}"));
      w.closeWith("packages", OcdsJson.parse("[\"https://example.org/r\"]"));
    }
    JsonNode p = OcdsJson.parse(Files.readString(file));
    assertEquals("https://example.org/p", p.path("uri").asString());
    assertEquals(2, p.path("records").size());
    assertEquals("b", p.path("records").get(1).path("ocid").asString());
    assertEquals("https://example.org/r", p.path("packages").get(0).asString());
  }

  @Test
  void anEmptyPackageIsValidJsonToo() throws Exception {
    Path file = dir.resolve("e.json");
    try (PackageWriter w = new PackageWriter(file, OcdsJson.object(), "releases")) {
      // nothing added
    }
    assertEquals(0, OcdsJson.parse(Files.readString(file)).path("releases").size());
  }
}
