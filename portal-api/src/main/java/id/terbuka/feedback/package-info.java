/**
 * The per-dataset satisfaction question ("Bagaimana tanggapan Anda?"): one answer per browser (a
 * random cookie, stored hashed), the share of each answer for the public page, and the optional
 * comments, which only the dataset's organisation editors and admins and sysadmins may read.
 *
 * <p>Laid out as ADR 0011 says: {@code domain}, {@code persistence}, {@code service}, {@code api}.
 */
package id.terbuka.feedback;
