package id.terbuka.datastore.load;

import java.util.List;

/**
 * The schema inferred from the first rows of a file, with what each column's inference allows of
 * the rows not yet read.
 *
 * @param complete true when every row was read: the schema is then the full inspection's
 * @param checks per column, whether a later value keeps the inferred type what a full inspection
 *     would infer
 */
public record Sample(TableSchema schema, boolean complete, List<ColumnCheck> checks) {
  public Sample {
    checks = List.copyOf(checks);
  }
}
