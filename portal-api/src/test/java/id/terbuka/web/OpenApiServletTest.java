package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class OpenApiServletTest {

  @Test
  void theJsonRenderingHoldsTheWholeYamlDocument() {
    byte[] yaml = OpenApiServlet.read();
    JsonNode fromYaml = new YAMLMapper().readTree(yaml);
    JsonNode fromJson = JsonMapper.builder().build().readTree(OpenApiServlet.toJson(yaml));
    assertEquals(fromYaml, fromJson);
    assertEquals("3.0.3", fromJson.get("openapi").asString());
    assertTrue(fromJson.get("paths").has("/api/v1/audit/verify"), "a known path is there");
    assertTrue(new String(OpenApiServlet.toJson(yaml), StandardCharsets.UTF_8).startsWith("{"));
  }

  @Test
  void jsonOnlyWhenAskedForByFormatOrAccept() {
    assertFalse(OpenApiServlet.wantsJson(null, null));
    assertFalse(OpenApiServlet.wantsJson(null, "*/*"));
    assertFalse(OpenApiServlet.wantsJson(null, "application/yaml, application/json;q=0.5"));
    assertTrue(OpenApiServlet.wantsJson(null, "application/json"));
    assertTrue(OpenApiServlet.wantsJson("JSON", "application/yaml"));
    assertFalse(OpenApiServlet.wantsJson("yaml", "application/json"));
  }
}
