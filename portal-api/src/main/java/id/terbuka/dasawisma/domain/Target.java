package id.terbuka.dasawisma.domain;

/**
 * How many households a desa should have entered in a year: the denominator of coverage (issue 12,
 * item 6).
 */
public record Target(int tahun, String kodeDesa, int jumlahKkTarget) {}
