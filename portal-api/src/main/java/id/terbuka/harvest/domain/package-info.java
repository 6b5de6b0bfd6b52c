/**
 * The harvester's pure rules: what a source may be ({@link id.terbuka.harvest.domain.SourceRules},
 * {@link id.terbuka.harvest.domain.SourceUrl}, {@link id.terbuka.harvest.domain.Addresses}), how a
 * remote CKAN dataset dict becomes a local {@code package_create} dict ({@link
 * id.terbuka.harvest.domain.RemoteDatasets}, {@link id.terbuka.harvest.domain.LocalNames}), how a
 * {@code package_search} answer is read ({@link id.terbuka.harvest.domain.SearchPage}) and where
 * the next incremental run starts ({@link id.terbuka.harvest.domain.HighWater}). No database, no
 * HTTP.
 */
package id.terbuka.harvest.domain;
