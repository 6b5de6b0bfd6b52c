/**
 * Generated APBD realisation files in the budget import format: deterministic (seeded), of the
 * regency's orders of magnitude and consistent to the rupiah (every parent line the exact sum of
 * its children, cumulative realisasi that never falls), for the demo start-up ({@link
 * id.terbuka.budget.sample.DemoBudget}) and the import benchmark ({@link
 * id.terbuka.budget.sample.SampleRealisation}). The figures are illustrative, never official.
 *
 * <p>A pure part: no CDI, no database, no HTTP, only the JDK and {@code budget.domain}, so the
 * benchmark launcher can run it without the server's libraries.
 */
package id.terbuka.budget.sample;
