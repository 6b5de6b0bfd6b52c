package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawRowsTest {
  @TempDir Path dir;

  @Test
  void recordsComeRawWithTheRowNumbersASpreadsheetShows() throws IOException {
    Path file = Tables.write(dir, "a.csv", "\uFEFFa;b\n\n1,5;x\n2;y\n");

    try (RawRows rows = RawRows.open(TableFile.detect(file))) {
      assertArrayEquals(new String[] {"a", "b"}, rows.next());
      assertEquals(1, rows.rowNumber());
      assertArrayEquals(new String[] {"1,5", "x"}, rows.next());
      assertEquals(3, rows.rowNumber());
      assertArrayEquals(new String[] {"2", "y"}, rows.next());
      assertEquals(4, rows.rowNumber());
      assertNull(rows.next());
      assertFalse(rows.spreadsheetNumbers());
    }
  }

  @Test
  void aQuoteThatNeverClosesIsTheFilesProblemAtItsRow() throws IOException {
    Path file = Tables.write(dir, "q.csv", "a,b\n1,\"x\n");

    try (RawRows rows = RawRows.open(TableFile.detect(file))) {
      rows.next();
      TableLoadException e = assertThrows(TableLoadException.class, rows::next);
      assertEquals(2, e.errors().get(0).row());
    }
  }
}
