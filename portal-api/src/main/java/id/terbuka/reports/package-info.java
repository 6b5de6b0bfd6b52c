/**
 * Timeliness and completeness reports for reviewers (issue 13, items 4 and 8): which datasets are
 * updated as their declared frequency promises, which units published which budget period and how
 * late, which contracting processes lack later stages or values, Dasa Wisma coverage per kecamatan,
 * and a scorecard per organisation. Public data only, read through the owning capabilities'
 * services.
 *
 * <p>Laid out as ADR 0011 says: {@code domain} (the pure rules), {@code service}, {@code api}. It
 * has no tables of its own, so no {@code persistence}.
 */
package id.terbuka.reports;
