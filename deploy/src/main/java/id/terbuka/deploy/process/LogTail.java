package id.terbuka.deploy.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The last lines of a log file, for error messages that explain a failed start. */
public final class LogTail {

  private static final int MAX_BYTES = 16 * 1024;

  private LogTail() {}

  /** Up to {@code lines} last lines of {@code file}, or a note if it cannot be read. */
  public static String of(Path file, int lines) {
    if (!Files.isReadable(file)) {
      return "(no log at " + file + ")";
    }
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long start = Math.max(0, in.length() - MAX_BYTES);
      byte[] bytes = new byte[(int) (in.length() - start)];
      in.seek(start);
      in.readFully(bytes);
      String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
      int from = Math.max(0, all.length - lines);
      return String.join(
          System.lineSeparator(), java.util.Arrays.copyOfRange(all, from, all.length));
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }

  /** The current length of {@code file}, 0 when it does not exist yet. */
  public static long length(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * Whether {@code file} contains {@code text} after its first {@code from} bytes: the part a
   * process started at that length wrote (logs are appended across restarts).
   */
  public static boolean containsAfter(Path file, long from, String text) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      if (in.length() <= from) {
        return false;
      }
      byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, in.length() - from)];
      in.seek(from);
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether {@code file} contains {@code text} (the whole file is read; logs here are small). */
  public static boolean contains(Path file, String text) {
    try {
      return Files.isReadable(file)
          && Files.readString(file, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      return false;
    }
  }
}
