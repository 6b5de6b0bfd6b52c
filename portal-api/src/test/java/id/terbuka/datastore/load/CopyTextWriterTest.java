package id.terbuka.datastore.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CopyTextWriterTest {
  private static String copy(String[]... rows) throws IOException {
    StringWriter out = new StringWriter();
    CopyTextWriter writer = new CopyTextWriter(out);
    for (String[] row : rows) {
      writer.writeRow(row);
    }
    writer.flush();
    return out.toString();
  }

  @Test
  void valuesAreTabSeparatedWithNullAsBackslashN() throws IOException {
    assertEquals("1\t\\N\tx\n", copy(new String[] {"1", null, "x"}));
  }

  @Test
  void emptyStringIsNotNull() throws IOException {
    assertEquals("\t\\N\n", copy(new String[] {"", null}));
  }

  @Test
  void structureCharactersAreEscaped() throws IOException {
    assertEquals(
        "a\\tb\\nc\\rd\\\\e\tC:\\\\data\n", copy(new String[] {"a\tb\nc\rd\\e", "C:\\data"}));
  }

  @Test
  void literalBackslashNIsNotNull() throws IOException {
    assertEquals("\\\\N\n", copy(new String[] {"\\N"}));
  }

  @Test
  void nulCharactersAreDropped() throws IOException {
    assertEquals("ab\n", copy(new String[] {"a\0b"}));
  }

  @Test
  void severalRows() throws IOException {
    assertEquals("1\n2\n", copy(new String[] {"1"}, new String[] {"2"}));
  }
}
