package id.terbuka.deploy.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolrServerArgsTest {

  @Test
  void portComesFromTheArgumentThenTheEnvironmentThen8983() {
    assertEquals(
        new SolrServerMain.SolrServerArgs(Path.of("/d/solr"), 9000, true),
        SolrServerMain.SolrServerArgs.parse(
            List.of("--home", "/d/solr", "--port", "9000", "--stop-with-parent"),
            Map.of("TERBUKA_SOLR_PORT", "7000")));
    assertEquals(
        7000,
        SolrServerMain.SolrServerArgs.parse(
                List.of("--home", "/d/solr"), Map.of("TERBUKA_SOLR_PORT", "7000"))
            .port());
    assertEquals(
        8983, SolrServerMain.SolrServerArgs.parse(List.of("--home", "/d/solr"), Map.of()).port());
  }

  @Test
  void homeIsRequiredAndArgumentsAreChecked() {
    assertThrows(
        IllegalArgumentException.class,
        () -> SolrServerMain.SolrServerArgs.parse(List.of(), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> SolrServerMain.SolrServerArgs.parse(List.of("--home"), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SolrServerMain.SolrServerArgs.parse(List.of("--home", "/x", "--port", "x"), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> SolrServerMain.SolrServerArgs.parse(List.of("--home", "/x", "--verbose"), Map.of()));
  }
}
