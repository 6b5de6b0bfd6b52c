package id.terbuka.deploy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terbuka.deploy.process.ProcessRef;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceRecordTest {

  private static final InstanceRecord RECORD =
      InstanceRecord.empty()
          .withProcess(new ProcessRef("the launcher", 100, 1_700_000_000_000L))
          .withProcess(new ProcessRef("PostgreSQL", 101, 1_700_000_001_000L))
          .withPort("PostgreSQL", 5433)
          .withProcess(new ProcessRef("Payara Micro", 102, 0))
          .withPort("the portal", 8080)
          .withInstanceId("0f9c-run");

  @Test
  void writtenAndReadBack(@TempDir Path root) throws Exception {
    DataDirectory dataDir = new DataDirectory(root);
    assertEquals(Optional.empty(), InstanceRecord.read(dataDir));
    RECORD.write(dataDir);
    assertEquals(Optional.of(RECORD), InstanceRecord.read(dataDir));
    InstanceRecord.delete(dataDir);
    assertEquals(Optional.empty(), InstanceRecord.read(dataDir));
  }

  @Test
  void damagedLinesAreSkipped() {
    InstanceRecord read =
        InstanceRecord.parse(
            "instance run-7\nprocess x 1 Solr\nprocess 55\nport 8983 Solr\nport many the portal\n"
                + "garbage\n\nprocess 56 0 Solr\n");
    assertEquals(
        new InstanceRecord("run-7", List.of(new ProcessRef("Solr", 56, 0)), Map.of("Solr", 8983)),
        read);
  }
}
