/**
 * The Dasa Wisma household and its import format, pure: the 31 columns with their vocabularies and
 * example row ({@link id.terbuka.dasawisma.domain.HouseholdColumns}), the columns that carry
 * identities and are dropped unread ({@link id.terbuka.dasawisma.domain.IdentityColumns}), one
 * row's parsing with every problem located ({@link
 * id.terbuka.dasawisma.domain.HouseholdRowParser}), the household's key and content hash, the
 * regency's regions as a value handed in by the caller ({@link
 * id.terbuka.dasawisma.domain.Regions}), and the indicators counted from households with their
 * metadata and additive relations ({@link id.terbuka.dasawisma.domain.Indicators}). No database, no
 * HTTP, no CDI.
 *
 * <p>Problem texts are in {@code problems_id.properties} and {@code problems_en.properties}, the
 * indicators' metadata texts in {@code indicators_id.properties} and {@code
 * indicators_en.properties}, next to these classes.
 */
package id.terbuka.dasawisma.domain;
