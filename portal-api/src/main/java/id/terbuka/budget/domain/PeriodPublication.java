package id.terbuka.budget.domain;

import java.time.LocalDateTime;

/**
 * When a unit first published a period of a year's realisation, and how often it was replaced.
 *
 * @param firstPublished the creation time (UTC) of the slice's first version
 * @param versions how many versions the slice has
 */
public record PeriodPublication(
    int tahun,
    String kodeSkpd,
    String namaSkpd,
    Period periode,
    LocalDateTime firstPublished,
    int versions) {}
