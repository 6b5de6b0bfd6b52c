package id.terbuka.catalog.domain;

import java.time.LocalDateTime;

/** A resource of a public active dataset: an entry of the sitemap (its page). */
public record PublicResource(String datasetName, String resourceId, LocalDateTime modified) {}
