package id.terbuka.dasawisma.domain;

/**
 * A household's house, sanitation, food and PKK activities (forms 4.14.2a-c).
 *
 * @param kriteriaRumah the house is healthy or not
 * @param tempatSampah has a rubbish bin or pit
 * @param spal has a waste-water drain
 * @param jamban how many toilets (MCK) the household has
 * @param sumberAir the source of drinking water
 * @param stikerP4k has the birth-planning (P4K) sticker
 * @param makananPokok the staple food
 * @param up2k takes part in the family income programme (UP2K)
 * @param pemanfaatanPekarangan uses its yard (livestock, fish, vegetables, medicinal plants)
 * @param industriRumahTangga runs a home industry
 * @param kesehatanLingkungan takes part in environmental health activities
 */
public record Living(
    KriteriaRumah kriteriaRumah,
    boolean tempatSampah,
    boolean spal,
    int jamban,
    SumberAir sumberAir,
    boolean stikerP4k,
    MakananPokok makananPokok,
    boolean up2k,
    boolean pemanfaatanPekarangan,
    boolean industriRumahTangga,
    boolean kesehatanLingkungan) {}
