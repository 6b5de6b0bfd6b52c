package id.terbuka.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UncommittedFilesTest {
  private final UncommittedFiles files = new UncommittedFiles();

  @Test
  void aLoneRollbackDeletesACommitKeeps() {
    files.begin("a");
    assertTrue(files.end("a", false));
    files.begin("b");
    assertFalse(files.end("b", true));
  }

  @Test
  void aRollbackAfterAConcurrentCommitKeepsTheSharedFile() {
    files.begin("x");
    files.begin("x");
    assertFalse(files.end("x", true));
    assertFalse(files.end("x", false), "the committed upload refers to the file");
  }

  @Test
  void theLastOfSeveralRollbacksDeletes() {
    files.begin("y");
    files.begin("y");
    assertFalse(files.end("y", false), "another upload still uses it");
    assertTrue(files.end("y", false));
    assertFalse(files.end("y", false), "unknown files are left alone");
  }
}
