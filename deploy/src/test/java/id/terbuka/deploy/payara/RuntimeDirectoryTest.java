package id.terbuka.deploy.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeDirectoryTest {
  @Test
  void anEarlierRunsDeploymentIsGoneBeforePayaraStarts(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("payara");
    Files.createDirectories(root.resolve("applications/terbuka/WEB-INF"));
    Files.writeString(root.resolve("applications/terbuka/WEB-INF/web.xml"), "<web-app/>");
    Files.createDirectories(root.resolve("config"));
    Files.writeString(root.resolve("config/domain.xml"), "<application name=\"terbuka\"/>");

    PayaraMicro.recreate(root);

    assertTrue(Files.isDirectory(root));
    try (var left = Files.list(root)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void aMissingDirectoryIsCreated(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("a/b/payara");
    PayaraMicro.recreate(root);
    assertTrue(Files.isDirectory(root));
  }
}
