package id.terbuka.harvest.domain;

import java.time.LocalDateTime;

/** One harvest run and its report; {@code errorsJson} is the list of per-dataset errors. */
public record HarvestRun(
    String id,
    String sourceId,
    boolean full,
    LocalDateTime started,
    LocalDateTime finished,
    String status,
    int created,
    int updated,
    int unchanged,
    int withdrawn,
    int failed,
    String message,
    String errorsJson) {}
