package id.terbuka.datastore.domain;

/** A load was queued outside an upload (a type_override changed); the scheduler starts it. */
public record LoadQueued(String resourceId) {}
