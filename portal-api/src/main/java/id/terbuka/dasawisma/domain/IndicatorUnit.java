package id.terbuka.dasawisma.domain;

/** What an indicator counts; its Indonesian and English names are in the indicator texts. */
public enum IndicatorUnit {
  RUMAH_TANGGA("rumah_tangga"),
  KELUARGA("keluarga"),
  JIWA("jiwa"),
  PASANGAN("pasangan"),
  UNIT("unit");

  private final String code;

  IndicatorUnit(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
