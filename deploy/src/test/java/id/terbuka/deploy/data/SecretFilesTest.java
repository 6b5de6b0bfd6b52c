package id.terbuka.deploy.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretFilesTest {

  @TempDir Path dir;

  @Test
  void secretIsCreatedOnceAndOnlyTheOwnerCanReadIt() throws IOException {
    Path file = dir.resolve("secrets/cli-secret");

    String first = SecretFiles.readOrCreate(file, "first");
    String second = SecretFiles.readOrCreate(file, "second");

    assertEquals("first", first);
    assertEquals("first", second);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void generatedSecretsAreLongAndDiffer() {
    assertTrue(SecretFiles.randomToken().length() >= 43);
    assertEquals(20, SecretFiles.randomPassword().length());
    assertNotEquals(SecretFiles.randomPassword(), SecretFiles.randomPassword());
  }
}
