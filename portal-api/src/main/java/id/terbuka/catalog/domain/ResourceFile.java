package id.terbuka.catalog.domain;

import java.time.Instant;

/**
 * A stored file of a resource (its current upload or an earlier version), as a download serves it.
 *
 * @param sha256 the address in the file store (hex)
 * @param filename the name offered to the client
 * @param mimetype the media type, null when unknown
 * @param modified when the content last changed
 * @param ofPrivateDataset true when the dataset is private (shared caches must not keep the file)
 */
public record ResourceFile(
    String sha256, String filename, String mimetype, Instant modified, boolean ofPrivateDataset) {}
