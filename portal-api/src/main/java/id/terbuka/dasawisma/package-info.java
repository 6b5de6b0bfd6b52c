/**
 * Dasa Wisma (issue 12): the PKK cadres' household records (one row per household, entered in the
 * pages or imported from a spreadsheet), kept in a restricted store, and the indicators published
 * from them only as aggregates that pass the disclosure rule.
 *
 * <p>Laid out as ADR 0011 says: {@code domain} (the import format, the household and the
 * indicators, pure), then {@code persistence}, {@code service} and {@code api} as they come.
 */
package id.terbuka.dasawisma;
