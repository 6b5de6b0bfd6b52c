/**
 * A generated procurement spreadsheet for the demo (issue 11, item 10): a year (2025) of
 * illustrative procurement by the demo units, in the columns of {@link
 * id.terbuka.contracts.sheet.ProcurementColumns}, deterministic for a seed, with every method and
 * stage and some processes that trip each red flag. Names, numbers and NPWPs are made up, never
 * official or real.
 *
 * <p>A pure part: no CDI, no database, no HTTP, only the JDK, {@code budget.sample}'s units and
 * {@code contracts.sheet}'s vocabularies.
 */
package id.terbuka.contracts.sample;
