package id.terbuka.catalog.domain;

/** What a review item asks the walidata to approve. */
public enum ReviewKind {
  /** A new dataset, kept as a draft until approved. */
  DATASET_BARU("dataset_baru"),
  /** A change (metadata, resources, files) to a published dataset, held apart until approved. */
  PERUBAHAN("perubahan"),
  /** An accepted domain import (budget, contracts), applied only when approved. */
  IMPOR("impor");

  private final String code;

  ReviewKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static ReviewKind of(String code) {
    for (ReviewKind k : values()) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    throw new IllegalArgumentException("Unknown review kind " + code);
  }
}
