package id.terbuka.datastore;

/** A load was queued outside an upload (a type_override changed); the scheduler starts it. */
record LoadQueued(String resourceId) {}
