package id.terbuka.datastore.load;

/**
 * One column of a loaded table: its PostgreSQL name, its type and, for numbers, the convention its
 * values are written in (null otherwise).
 */
public record Column(String name, ColumnType type, NumberConvention convention) {}
