package id.terbuka.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFileStoreTest {
  @TempDir Path root;

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void storesByContentAndDeletes() throws Exception {
    DirectoryFileStore store = new DirectoryFileStore(root);
    FileStore.StoredFile a = store.put(text("a,b\n1,2\n"), 1024);
    FileStore.StoredFile again = store.put(text("a,b\n1,2\n"), 1024);
    assertEquals(a, again);
    assertEquals(8L, store.size(a.sha256()).orElseThrow());
    try (InputStream in = store.open(a.sha256()).orElseThrow()) {
      assertArrayEquals("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
    }
    store.delete(a.sha256());
    assertTrue(store.open(a.sha256()).isEmpty());
    store.delete(a.sha256());
    assertEquals(0, parts());
  }

  @Test
  void tooLargeKeepsNothing() throws Exception {
    DirectoryFileStore store = new DirectoryFileStore(root);
    assertThrows(FileStore.TooLargeException.class, () -> store.put(text("0123456789"), 5));
    assertEquals(0, parts());
    assertFalse(Files.exists(root.resolve("sha256")));
  }

  @Test
  void onlyStalePartFilesAreRemoved() throws Exception {
    DirectoryFileStore store = new DirectoryFileStore(root);
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    Path stale = Files.writeString(tmp.resolve("upload-1.part"), "x");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
    Path fresh = Files.writeString(tmp.resolve("upload-2.part"), "y");
    assertEquals(1, store.removeStaleParts(Duration.ofHours(6)));
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(fresh), "an upload in progress is left alone");
  }

  private long parts() throws Exception {
    Path tmp = root.resolve("tmp");
    if (!Files.isDirectory(tmp)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(tmp)) {
      return s.count();
    }
  }
}
