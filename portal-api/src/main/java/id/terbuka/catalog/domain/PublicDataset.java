package id.terbuka.catalog.domain;

import java.time.LocalDateTime;

/** A public active dataset's name and last change: an entry of the sitemap. */
public record PublicDataset(String name, LocalDateTime modified) {}
