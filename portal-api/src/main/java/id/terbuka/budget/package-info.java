/**
 * Budget transparency (issue 10, ADR 0012): the regency's APBD realisation reports (LRA) imported
 * from the finance office's files, checked, stored per slice ({@code tahun, periode, kode_skpd})
 * with versions, published as open data and shown per unit as ringkasan, penjelasan and realisasi.
 *
 * <p>Laid out as ADR 0011 says: {@code domain}, {@code persistence}, {@code service}, {@code api}.
 */
package id.terbuka.budget;
