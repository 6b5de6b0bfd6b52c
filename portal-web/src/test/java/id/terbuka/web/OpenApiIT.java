package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.budget.api.BudgetImportServlet;
import id.terbuka.ckan.DumpServlet;
import id.terbuka.contracts.api.ContractImportServlet;
import id.terbuka.contracts.api.OcdsPostServlet;
import id.terbuka.dasawisma.api.HouseholdImportServlet;
import id.terbuka.dasawisma.api.TargetImportServlet;
import id.terbuka.ops.NativeApi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /openapi} as served by the deployed WAR: valid OpenAPI 3 for a real parser, every native
 * endpoint in it (the JAX-RS methods read from {@link NativeApi}'s classes by reflection, the
 * servlets from their {@code @WebServlet} patterns, so a new endpoint without an entry fails here),
 * every operation with a documented answer and an example, and the documented answers matching what
 * the portal really sends for a few of them.
 */
@ExtendWith(SharedPortal.class)
class OpenApiIT {
  @SharedPortal.Base URL base;

  private Http http;

  /** The servlets of the native API, the dump and the autocomplete (JAX-RS cannot see them). */
  private static final List<Class<?>> SERVLETS =
      List.of(
          BudgetImportServlet.class,
          OcdsPostServlet.class,
          ContractImportServlet.class,
          HouseholdImportServlet.class,
          TargetImportServlet.class,
          DumpServlet.class,
          AutocompleteServlet.class);

  @BeforeEach
  void setUp() {
    http = new Http(base.toString());
  }

  private OpenAPI document() {
    Http.Reply reply = http.get("/openapi", null);
    assertEquals(200, reply.status(), reply.body());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(reply.body(), null, options);
    assertNotNull(parsed.getOpenAPI(), String.valueOf(parsed.getMessages()));
    assertEquals(List.of(), parsed.getMessages(), "the parser's complaints");
    assertTrue(parsed.getOpenAPI().getOpenapi().startsWith("3."), parsed.getOpenAPI().getOpenapi());
    return parsed.getOpenAPI();
  }

  @Test
  void everyJaxRsMethodIsDocumentedWithItsVerb() {
    OpenAPI api = document();
    List<String> missing = new ArrayList<>();
    for (Class<?> type : new NativeApi().getClasses()) {
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue; // the problem mapper and the NUL filter
      }
      for (Method m : type.getDeclaredMethods()) {
        String verb = verb(m);
        if (verb == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String path = "/api/v1/" + root.value() + (sub == null ? "" : "/" + sub.value());
        PathItem item = api.getPaths().get(path);
        if (item == null
            || !item.readOperationsMap().containsKey(PathItem.HttpMethod.valueOf(verb))) {
          missing.add(verb + " " + path);
        }
      }
    }
    assertEquals(List.of(), missing, "JAX-RS endpoints missing from /openapi");
  }

  @Test
  void everyServletEndpointIsDocumented() {
    OpenAPI api = document();
    List<String> missing = new ArrayList<>();
    for (Class<?> servlet : SERVLETS) {
      for (String pattern : servlet.getAnnotation(WebServlet.class).urlPatterns()) {
        String path =
            pattern.equals("/datastore/dump/*") ? "/datastore/dump/{resource_id}" : pattern;
        if (pattern.startsWith("/api/2/")) {
          continue; // CKAN's old alias of the autocomplete, named in its summary
        }
        if (!api.getPaths().containsKey(path)) {
          missing.add(pattern);
        }
      }
    }
    assertEquals(List.of(), missing, "servlet endpoints missing from /openapi");
    assertTrue(api.getPaths().get("/api/v1/budget/imports").getPost() != null);
    assertTrue(api.getPaths().get("/api/v1/budget/imports").getGet() != null);
  }

  @Test
  void everyOperationHasAnIdADocumentedAnswerAndAnExample() {
    OpenAPI api = document();
    TreeSet<String> ids = new TreeSet<>();
    List<String> without = new ArrayList<>();
    for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
      for (var op : e.getValue().readOperationsMap().entrySet()) {
        String name = op.getKey() + " " + e.getKey();
        Operation o = op.getValue();
        assertNotNull(o.getOperationId(), name);
        assertTrue(ids.add(o.getOperationId()), "operationId used twice: " + o.getOperationId());
        assertFalse(o.getResponses() == null || o.getResponses().isEmpty(), name);
        boolean success = false;
        boolean example = false;
        for (var r : o.getResponses().entrySet()) {
          assertNotNull(r.getValue().getDescription(), name + " " + r.getKey());
          success |= r.getKey().startsWith("2");
          example |= hasExample(r.getValue());
        }
        if (!success || !example) {
          without.add(name);
        }
      }
    }
    assertEquals(List.of(), without, "operations without a 2xx answer or any example");
    assertTrue(ids.size() > 50, "operations: " + ids.size());
  }

  /** Examples that are what the portal really answers. */
  @Test
  void documentedAnswersMatchThePortal() {
    OpenAPI api = document();
    Object documented =
        api.getPaths()
            .get("/api")
            .getGet()
            .getResponses()
            .get("200")
            .getContent()
            .get("application/json")
            .getExample();
    Http.Reply version = http.get("/api", null);
    assertEquals(200, version.status());
    assertEquals(Map.of("version", 1L), version.map());
    // The parser gives the example as a JSON tree, which prints as JSON.
    assertEquals("{\"version\":1}", String.valueOf(documented).replace(" ", ""));

    // A bad year is the documented 422 problem, in the documented media type and shape.
    ApiResponse invalid =
        api.getPaths().get("/api/v1/budget/{tahun}/units").getGet().getResponses().get("422");
    assertTrue(invalid.getContent().containsKey("application/problem+json"));
    Http.Reply bad = http.get("/api/v1/budget/abcd/units", null);
    assertEquals(422, bad.status(), bad.body());
    assertTrue(
        bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    Map<String, Object> problem = bad.map();
    assertEquals(422L, problem.get("status"));
    assertTrue(problem.get("errors") instanceof Map, bad.body());

    // The autocomplete answers in the documented ResultSet shape.
    Http.Reply complete = http.get("/api/util/dataset/autocomplete?incomplete=zzzq", null);
    assertEquals(200, complete.status());
    assertTrue(complete.map().containsKey("ResultSet"), complete.body());
  }

  /** YAML by default, the same document in JSON on request, and Payara's own service is off. */
  @Test
  void servedInYamlOrJsonByThePortal() {
    Http.Reply yaml = http.get("/openapi", null);
    assertTrue(
        yaml.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"),
        yaml.headers().map().toString());
    assertTrue(yaml.body().startsWith("openapi: 3."), yaml.body().substring(0, 40));
    assertFalse(yaml.body().contains("\nendpoints:"), "no non-OpenAPI top-level member");
    for (Http.Reply json :
        List.of(
            http.get("/openapi?format=JSON", null),
            http.getWithHeaders("/openapi", Map.of("Accept", "application/json")))) {
      assertEquals(200, json.status(), json.body());
      assertTrue(
          json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      Map<String, Object> tree = json.map();
      assertEquals(document().getPaths().keySet(), ((Map<?, ?>) tree.get("paths")).keySet());
    }
    Http.Reply bad = http.get("/openapi?format=xml", null);
    assertEquals(422, bad.status(), bad.body());
    assertTrue(bad.body().contains("format"), bad.body());
    assertEquals(403, http.get("/payara-openapi", null).status(), "Payara's service is off");
  }

  private static boolean hasExample(ApiResponse r) {
    if (r.getContent() == null) {
      return false;
    }
    for (MediaType m : r.getContent().values()) {
      boolean binary = m.getSchema() != null && "binary".equals(m.getSchema().getFormat());
      if (m.getExample() != null
          || (m.getExamples() != null && !m.getExamples().isEmpty())
          || binary) {
        return true;
      }
    }
    return false;
  }

  private static String verb(Method m) {
    if (m.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (m.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (m.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (m.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    return null;
  }
}
