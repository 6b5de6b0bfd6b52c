/**
 * The DataStore's domain: parsed requests ({@code SearchRequest}, {@code DumpRequest}, {@code
 * TextQuery}, {@code FieldDefinitions}, {@code WriteParams}), a table's columns ({@code
 * TableField}) and {@code datastore_table} row ({@code LiveTable}), load jobs, and how records are
 * shaped for the API ({@code RecordsFormat}, {@code RecordWriter}). No SQL, no database.
 */
package id.terbuka.datastore.domain;
