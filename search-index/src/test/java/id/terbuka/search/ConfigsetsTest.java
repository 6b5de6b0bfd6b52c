package id.terbuka.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigsetsTest {

  /** The Indonesian analysis both configsets share: word lists and field types. */
  private static final List<String> SHARED_WORD_LISTS =
      List.of("protwords_id.txt", "stemdict_id.txt", "stopwords_id.txt", "synonyms_id.txt");

  private static final List<String> SHARED_FIELD_TYPES =
      List.of("text_id", "text_id_exact", "text_spell");

  @Test
  void bothConfigsetsAreBundled() {
    assertEquals(List.of(Configsets.CONTRACTS, Configsets.DATASETS), Configsets.names());
    assertEquals("terbuka-contracts-" + Configsets.CONTRACTS_VERSION, schemaNameIn("contracts"));
    assertEquals("terbuka-datasets-" + Configsets.DATASETS_VERSION, schemaNameIn("datasets"));
  }

  @ParameterizedTest
  @MethodSource("configsets")
  void schemaNameInSchemaXmlMatchesTheVersionTheCodeExpects(String configset) {
    assertEquals(Configsets.schemaName(configset), schemaNameIn(configset));
  }

  @ParameterizedTest
  @MethodSource("configsets")
  void fileListNamesEveryFileAndTheEssentialOnes(String configset) {
    List<String> files = Configsets.files(configset);
    assertTrue(files.containsAll(List.of("solrconfig.xml", "schema.xml")));
    assertTrue(files.containsAll(SHARED_WORD_LISTS));
    for (String file : files) {
      assertTrue(Configsets.file(configset, file).length > 0, file);
    }
  }

  @ParameterizedTest
  @MethodSource("configsets")
  void zipHoldsTheFilesAtItsRoot(String configset) throws IOException {
    byte[] zip = Configsets.zip(configset);
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        assertArrayEquals(
            Configsets.file(configset, entry.getName()), in.readAllBytes(), entry.getName());
      }
    }
    assertEquals(Configsets.files(configset), names);
  }

  /** Contracts are searched as datasets are: a fix to the analysis must reach both. */
  @Test
  void contractsAnalyseIndonesianExactlyAsDatasets() {
    for (String list : SHARED_WORD_LISTS) {
      assertArrayEquals(
          Configsets.file(Configsets.DATASETS, list),
          Configsets.file(Configsets.CONTRACTS, list),
          list);
    }
    for (String type : SHARED_FIELD_TYPES) {
      assertEquals(
          fieldType(Configsets.DATASETS, type), fieldType(Configsets.CONTRACTS, type), type);
    }
  }

  @Test
  void contractsSchemaHasTheExplorersFields() {
    String schema = schema(Configsets.CONTRACTS);
    Map<String, String> typeByField =
        Map.ofEntries(
            Map.entry("ocid", "string"),
            Map.entry("title", "text_id"),
            Map.entry("description", "text_id"),
            Map.entry("text", "text_id"),
            Map.entry("buyer_id", "string"),
            Map.entry("buyer", "string"),
            Map.entry("supplier_id", "string"),
            Map.entry("supplier", "string"),
            Map.entry("method", "string"),
            Map.entry("category", "string"),
            Map.entry("status", "string"),
            Map.entry("year", "pint"),
            Map.entry("value", "pdouble"),
            Map.entry("date", "pdate"),
            Map.entry("flag", "string"));
    typeByField.forEach(
        (field, type) ->
            assertTrue(
                schema.contains("<field name=\"" + field + "\" type=\"" + type + "\""), field));
  }

  @Test
  void writesAStandaloneSolrHomeWithOneCorePerConfigset(@TempDir Path home) throws IOException {
    Configsets.writeSolrHome(
        home, Map.of("datasets", Configsets.DATASETS, "contracts", Configsets.CONTRACTS));
    assertTrue(Files.isRegularFile(home.resolve("solr.xml")));
    for (String core : List.of("datasets", "contracts")) {
      assertEquals(
          "name=" + core,
          Files.readAllLines(home.resolve(core).resolve("core.properties")).stream()
              .filter(line -> line.startsWith("name="))
              .findFirst()
              .orElseThrow());
      for (String file : Configsets.files(core)) {
        assertArrayEquals(
            Configsets.file(core, file),
            Files.readAllBytes(home.resolve(core).resolve("conf").resolve(file)),
            core + "/" + file);
      }
    }
  }

  static List<String> configsets() {
    return Configsets.names();
  }

  private static String schema(String configset) {
    return new String(Configsets.file(configset, "schema.xml"), StandardCharsets.UTF_8);
  }

  private static String schemaNameIn(String configset) {
    Matcher name = Pattern.compile("<schema name=\"([^\"]+)\"").matcher(schema(configset));
    assertTrue(name.find(), configset);
    return name.group(1);
  }

  private static String fieldType(String configset, String type) {
    Matcher definition =
        Pattern.compile(
                "<fieldType name=\"" + Pattern.quote(type) + "\".*?</fieldType>", Pattern.DOTALL)
            .matcher(schema(configset));
    assertTrue(definition.find(), configset + " " + type);
    return definition.group();
  }
}
