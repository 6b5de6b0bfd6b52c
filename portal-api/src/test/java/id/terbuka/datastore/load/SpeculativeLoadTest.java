package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types inferred from the first rows hold for the whole file exactly when the full inspection would
 * infer the same: every later value that would change the full inference stops the read.
 */
class SpeculativeLoadTest {
  @TempDir Path dir;

  private static final String HEAD = "kode,jumlah,nilai,tanggal,aktif,catatan,kosong\n";
  private static final String SAMPLED =
      "1,1.234,\"12,5\",2024-03-01,ya,satu,\n" + "2,98.765,\"7,25\",01/04/2024,tidak,dua,\n";

  private List<String[]> readSpeculatively(String rest) throws IOException {
    Path file = Tables.write(dir, "t.csv", HEAD + SAMPLED + rest);
    TableFile table = TableFile.detect(file);
    Sample sample = TableInspector.sample(table, Map.of(), 2);
    assertFalse(sample.complete());
    List<String[]> rows = new ArrayList<>();
    try (TableReader reader = TableReader.speculative(table, sample)) {
      for (String[] row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    // Whatever was read must be what the full inspection gives.
    assertEquals(
        Tables.types(TableInspector.inspect(table, Map.of())), Tables.types(sample.schema()));
    return rows;
  }

  @Test
  void laterRowsThatFitAreReadInTheSamePass() throws IOException {
    List<String[]> rows = readSpeculatively("3,5,\"1.000,5\",31/12/2023,YA,tiga,\n");
    assertEquals(3, rows.size());
    assertEquals("1000.5", rows.get(2)[2]);
    assertEquals("2023-12-31", rows.get(2)[3]);
  }

  @Test
  void aValueThatWouldChangeTheTypeStopsTheRead() {
    // Each later row contradicts one sampled column's type in a different way.
    for (String later :
        List.of(
            "3,\"5,5\",1,2024-01-01,ya,x,\n", // decimal in an integer column
            "3,0123,1,2024-01-01,ya,x,\n", // a leading zero makes it a code (text)
            "3,12.5,1,2024-01-01,ya,x,\n", // English decimal: not Indonesian
            "3,1,1,2024-01-01 10:00,ya,x,\n", // a time in a date column
            "3,1,1,2024-01-01,mungkin,x,\n", // not a boolean
            "3,1,1,2024-01-01,ya,x,isi\n")) { // a value in a column empty so far
      assertThrows(SpeculationFailed.class, () -> readSpeculatively(later), later);
    }
  }

  @Test
  void aShortFileIsInspectedCompletely() throws IOException {
    Path file = Tables.write(dir, "pendek.csv", HEAD + SAMPLED);
    Sample sample = TableInspector.sample(TableFile.detect(file), Map.of(), 20_000);
    assertTrue(sample.complete());
    assertEquals(2, sample.schema().rowCount());
  }

  @Test
  void overriddenColumnsAdmitWhatConverts() throws IOException {
    Path file = Tables.write(dir, "o.csv", "kode\n1\n2\n0123\n");
    TableFile table = TableFile.detect(file);
    Sample sample = TableInspector.sample(table, Map.of("kode", ColumnType.TEXT), 1);
    try (TableReader reader = TableReader.speculative(table, sample)) {
      reader.next();
      reader.next();
      assertEquals("0123", reader.next()[0]);
    }
  }
}
