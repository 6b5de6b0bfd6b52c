package id.terbuka.datastore.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test helpers: write a table file, inspect it, read it all. */
final class Tables {
  private Tables() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, String content, Charset charset) {
    return write(dir, name, content.getBytes(charset));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      return Files.write(dir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TableSchema inspect(Path file) throws IOException {
    return TableInspector.inspect(TableFile.detect(file), Map.of());
  }

  static List<String[]> readAll(Path file, TableSchema schema) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (TableReader reader = TableReader.open(TableFile.detect(file), schema)) {
      for (String[] row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    return rows;
  }

  static List<String> names(TableSchema schema) {
    return schema.columns().stream().map(Column::name).toList();
  }

  static List<ColumnType> types(TableSchema schema) {
    return schema.columns().stream().map(Column::type).toList();
  }
}
