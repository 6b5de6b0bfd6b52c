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

class ConfigsetsTest {

  @Test
  void schemaNameInSchemaXmlMatchesTheVersionTheCodeExpects() {
    String schema =
        new String(Configsets.file(Configsets.DATASETS, "schema.xml"), StandardCharsets.UTF_8);
    Matcher name = Pattern.compile("<schema name=\"([^\"]+)\"").matcher(schema);
    assertTrue(name.find());
    assertEquals(Configsets.schemaName(Configsets.DATASETS), name.group(1));
    assertEquals("terbuka-datasets-" + Configsets.DATASETS_VERSION, name.group(1));
  }

  @Test
  void fileListNamesEveryFileAndTheEssentialOnes() {
    List<String> files = Configsets.files(Configsets.DATASETS);
    assertTrue(files.containsAll(List.of("solrconfig.xml", "schema.xml", "stemdict_id.txt")));
    for (String file : files) {
      assertTrue(Configsets.file(Configsets.DATASETS, file).length > 0, file);
    }
  }

  @Test
  void zipHoldsTheFilesAtItsRoot() throws IOException {
    byte[] zip = Configsets.zip(Configsets.DATASETS);
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        assertArrayEquals(
            Configsets.file(Configsets.DATASETS, entry.getName()),
            in.readAllBytes(),
            entry.getName());
      }
    }
    assertEquals(Configsets.files(Configsets.DATASETS), names);
  }

  @Test
  void writesAStandaloneSolrHome(@TempDir Path home) throws IOException {
    Configsets.writeSolrHome(home, Map.of("datasets", Configsets.DATASETS));
    assertTrue(Files.isRegularFile(home.resolve("solr.xml")));
    assertEquals(
        "name=datasets",
        Files.readAllLines(home.resolve("datasets/core.properties")).stream()
            .filter(line -> line.startsWith("name="))
            .findFirst()
            .orElseThrow());
    for (String file : Configsets.files(Configsets.DATASETS)) {
      assertTrue(Files.isRegularFile(home.resolve("datasets/conf").resolve(file)), file);
    }
  }
}
