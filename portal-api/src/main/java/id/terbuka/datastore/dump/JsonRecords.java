package id.terbuka.datastore.dump;

import id.terbuka.shared.Json;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CKAN's JSON dump: {@code {"fields": [{"id", "type"}, ...], "records": [[...], ...]}}, records as
 * lists in the order of {@code fields}, one record per line; typed values (numbers, booleans, ISO
 * dates) as {@code datastore_search} gives them.
 */
public final class JsonRecords implements RecordWriter {
  private final Writer out;
  private boolean first = true;

  public JsonRecords(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(List<DumpColumn> columns) throws IOException {
    out.write("{\n  \"fields\": ");
    out.write(Json.write(columns.stream().map(DumpColumn::dict).toList()));
    out.write(",\n  \"records\": [");
  }

  @Override
  public boolean row(Object[] values) throws IOException {
    List<Object> record = new ArrayList<>(values.length);
    for (Object v : values) {
      record.add(Cells.json(v));
    }
    out.write(first ? "\n    " : ",\n    ");
    first = false;
    out.write(Json.write(record));
    return true;
  }

  @Override
  public void end() throws IOException {
    out.write("\n]}\n");
    out.flush();
  }
}
