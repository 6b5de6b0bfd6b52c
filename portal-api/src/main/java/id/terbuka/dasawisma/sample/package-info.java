/**
 * Synthetic Dasa Wisma households in the household import format, for the demo ({@link
 * id.terbuka.dasawisma.sample.DemoDasaWisma}: a few kecamatan, their targets and a year of entry
 * months that tells the coverage story) and for the 400,000-household benchmark ({@link
 * id.terbuka.dasawisma.sample.BenchmarkHouseholds}). Deterministic for a seed; every household
 * passes {@link id.terbuka.dasawisma.domain.HouseholdRowParser}. The households are invented: they
 * describe no real family, and their proportions are plausible orders of magnitude, not statistics.
 *
 * <p>A pure part: no CDI, no database, no HTTP, only the JDK and {@code dasawisma.domain}, so a
 * benchmark launcher can run it without the server's libraries.
 */
package id.terbuka.dasawisma.sample;
