package id.terbuka.catalog.domain;

/**
 * Fired inside the transaction that gave a resource a new uploaded file, once the resource row is
 * written, so that the DataStore can queue its load in that same transaction.
 */
public record ResourceFileStored(
    String resourceId,
    String datasetId,
    String sha256,
    String format,
    String mimetype,
    String filename) {}
