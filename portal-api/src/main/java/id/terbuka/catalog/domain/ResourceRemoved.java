package id.terbuka.catalog.domain;

/**
 * Fired inside the transaction that deletes a resource (or purges its dataset), so that the
 * DataStore drops the resource's table in that same transaction.
 */
public record ResourceRemoved(String resourceId) {}
