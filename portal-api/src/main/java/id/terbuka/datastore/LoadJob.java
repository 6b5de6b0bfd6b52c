package id.terbuka.datastore;

/** A claimed load: the resource, its dataset (to re-index) and the stored file to load. */
record LoadJob(String resourceId, String datasetId, String sha256) {}
