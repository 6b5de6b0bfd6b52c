package id.terbuka.deploy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceLockTest {

  @TempDir Path dir;

  @Test
  void secondInstanceIsRefusedUntilTheFirstHasClosed() throws IOException {
    DataDirectory dataDir = new DataDirectory(dir).create();

    InstanceLock first = InstanceLock.acquire(dataDir).orElseThrow();
    assertEquals(Optional.of(ProcessHandle.current().pid()), InstanceLock.recordedPid(dataDir));
    assertTrue(InstanceLock.acquire(dataDir).isEmpty());
    first.close();

    assertFalse(Files.exists(dataDir.pidFile()));
    InstanceLock.acquire(dataDir).orElseThrow().close();
  }

  @Test
  void layoutIsCreated() {
    DataDirectory dataDir = new DataDirectory(dir.resolve("var")).create();

    for (Path sub :
        new Path[] {
          dataDir.solr(), dataDir.files(), dataDir.payara(), dataDir.logs(), dataDir.secrets()
        }) {
      assertTrue(Files.isDirectory(sub), sub.toString());
    }
  }
}
