/**
 * Statistical disclosure control for Dasa Wisma counts (issue 12, item 5), pure: no CDI, no
 * persistence, no HTTP. A {@link id.terbuka.dasawisma.disclosure.SuppressionTable} holds counts per
 * desa over a {@link id.terbuka.dasawisma.disclosure.Regions} hierarchy (kecamatan and kabupaten
 * are their sums) and the additive {@link id.terbuka.dasawisma.disclosure.Relation}s between
 * indicators; {@link id.terbuka.dasawisma.disclosure.Suppressor#suppress} withholds sensitive
 * indicators below kecamatan, small desa (fewer than 10 households), counts from 1 to k-1 (k = 3
 * general, 5 sensitive; zero is published) and, by Gaussian elimination over the table's free
 * parameters, the complementary cells (smallest first, lowest level first) without which a withheld
 * cell would follow from the published ones. {@link
 * id.terbuka.dasawisma.disclosure.Disclosure#determined} is the one definition of "follows from",
 * written independently over the relations themselves; the tests check the suppressor against it.
 */
package id.terbuka.dasawisma.disclosure;
