/**
 * Dasa Wisma aggregation, pure (no CDI, no persistence, no HTTP): households added up for the
 * restricted PKK recaps ({@link id.terbuka.dasawisma.aggregate.Recaps}, raw counts by dasa wisma
 * group up to kabupaten), the public indicator tables of one snapshot after disclosure control
 * ({@link id.terbuka.dasawisma.aggregate.PublicTables}, through {@link
 * id.terbuka.dasawisma.aggregate.DisclosureMapping}, the one mapping from domain to disclosure
 * types), coverage against targets ({@link id.terbuka.dasawisma.aggregate.Coverage}, {@link
 * id.terbuka.dasawisma.aggregate.CoverageTrend}), and the publication's files: CSV and JSON per
 * table ({@link id.terbuka.dasawisma.aggregate.PublicationFiles}), the data dictionary and the
 * disclosure notes in Indonesian and English ({@code texts_id.properties}, {@code
 * texts_en.properties} next to these classes).
 */
package id.terbuka.dasawisma.aggregate;
