package id.terbuka.datastore.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one page of {@code datastore_search} records in the requested {@code records_format}.
 */
public abstract class RecordWriter {
  public abstract void add(Object[] row);

  public abstract Object result();

  public static RecordWriter of(RecordsFormat format, List<TableField> fields) {
    return switch (format) {
      case OBJECTS -> new Objects(fields);
      case LISTS -> new Lists();
      case CSV -> new Delimited(',');
      case TSV -> new Delimited('\t');
    };
  }

  private static final class Objects extends RecordWriter {
    private final List<TableField> fields;
    private final List<Map<String, Object>> records = new ArrayList<>();

    Objects(List<TableField> fields) {
      this.fields = fields;
    }

    @Override
    public void add(Object[] row) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < row.length; i++) {
        record.put(fields.get(i).id(), row[i]);
      }
      records.add(record);
    }

    @Override
    public Object result() {
      return records;
    }
  }

  private static final class Lists extends RecordWriter {
    private final List<List<Object>> records = new ArrayList<>();

    @Override
    public void add(Object[] row) {
      records.add(Arrays.asList(row.clone()));
    }

    @Override
    public Object result() {
      return records;
    }
  }

  /** CKAN's csv/tsv records: one string, a line per row, no header, nulls as empty cells. */
  private static final class Delimited extends RecordWriter {
    private final char delimiter;
    private final StringBuilder out = new StringBuilder();

    Delimited(char delimiter) {
      this.delimiter = delimiter;
    }

    @Override
    public void add(Object[] row) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.append(delimiter);
        }
        if (row[i] != null) {
          out.append(quoted(row[i].toString()));
        }
      }
      out.append("\r\n");
    }

    private String quoted(String value) {
      boolean needs =
          value.indexOf(delimiter) >= 0
              || value.indexOf('"') >= 0
              || value.indexOf('\n') >= 0
              || value.indexOf('\r') >= 0;
      return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    @Override
    public Object result() {
      return out.toString();
    }
  }
}
