package id.terbuka.dasawisma.domain;

/**
 * One region of the regency, as a row of the {@code wilayah} table.
 *
 * @param code the Kemendagri code ({@code 35.22.01.2001})
 * @param name its name ({@code Luwihaji})
 * @param level kabupaten, kecamatan, desa or kelurahan
 * @param parentCode the code of the region it lies in ({@code 35.22.01}); the province's code for
 *     the kabupaten
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {}
