package id.terbuka.deploy.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {
  @TempDir Path dir;

  @Test
  void anEarlierRunsBannerDoesNotCountForTheNextRun() throws IOException {
    Path log = dir.resolve("payara.log");
    Files.writeString(log, "boot\nPayara Micro ready in 20,000 (ms)\nstopped\n");
    long start = LogTail.length(log);
    assertTrue(LogTail.contains(log, "ready in"));
    assertFalse(LogTail.containsAfter(log, start, "ready in"));

    Files.writeString(log, "boot again\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertFalse(LogTail.containsAfter(log, start, "ready in"));
    Files.writeString(
        log,
        "Payara Micro ready in 31,000 (ms)\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    assertTrue(LogTail.containsAfter(log, start, "ready in"));
  }

  @Test
  void aMissingLogHasLengthZeroAndContainsNothing() {
    Path log = dir.resolve("absent.log");
    assertEquals(0, LogTail.length(log));
    assertFalse(LogTail.containsAfter(log, 0, "ready in"));
  }
}
