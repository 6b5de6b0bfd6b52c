package id.terbuka.harvest.domain;

import java.time.LocalDateTime;

/** A harvest source: a CKAN site root feeding one local organisation. */
public record HarvestSource(
    String id,
    String url,
    String organizationId,
    String title,
    String schedule,
    boolean enabled,
    LocalDateTime created,
    String highWater) {}
