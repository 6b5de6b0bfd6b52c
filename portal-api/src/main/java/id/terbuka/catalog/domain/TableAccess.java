package id.terbuka.catalog.domain;

/**
 * Which DataStore table a reader gets for a resource: its live table, or, for the editors of a
 * dataset whose change waits for review (and the walidata), the table of the file that waits.
 *
 * @param waitingFile the reader gets the waiting file's table
 * @param privateData what is read must not be cached by shared caches
 */
public record TableAccess(String resourceId, boolean waitingFile, boolean privateData) {}
