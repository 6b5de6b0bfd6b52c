package id.terbuka.datastore.load;

import java.util.List;

/**
 * What the inspection pass learned: the columns to create, and how many data rows the file holds
 * (so the loader can report progress as a fraction).
 */
public record TableSchema(List<Column> columns, long rowCount) {
  public TableSchema {
    columns = List.copyOf(columns);
  }
}
