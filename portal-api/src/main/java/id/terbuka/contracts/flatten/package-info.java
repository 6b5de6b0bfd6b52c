/**
 * OCDS releases as spreadsheet tables in the Flatten Tool layout that OCDS users know: a main sheet
 * {@code releases} with one row per release and slash-path columns ({@code tender/value/amount}),
 * string arrays joined with {@code ;}, and a child sheet per array of objects ({@code parties},
 * {@code awards}, {@code award_suppliers}, {@code tender_items}, {@code contract_transactions},
 * ...) joined back by {@code ocid}, the release {@code id} and the ancestors' ids.
 *
 * <p>{@link id.terbuka.contracts.flatten.ReleaseFlattener} builds the tables, {@link
 * id.terbuka.contracts.flatten.SheetCsv} writes one as RFC 4180 CSV with spreadsheet formulas
 * neutralised. Pure code: no database, no HTTP, no beans.
 */
package id.terbuka.contracts.flatten;
