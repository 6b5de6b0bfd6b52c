package id.terbuka.imports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ColumnSpecTest {
  @Test
  void headersAreReadCaseAndSeparatorInsensitively() {
    assertEquals("kode_rekening", ColumnSpec.canonical("Kode Rekening"));
    assertEquals("kode_rekening", ColumnSpec.canonical("  KODE-rekening "));
    assertEquals("kode_rekening", ColumnSpec.canonical("kode.\t_ rekening"));
    assertEquals("kode_rekening", ColumnSpec.canonical("_kode_rekening_"));
    assertEquals("kode_rekening", ColumnSpec.canonical("-kode__rekening."));
    assertEquals("kurang_sehat", ColumnSpec.canonical("Kurang Sehat"));
    assertEquals("", ColumnSpec.canonical(" - "));
    assertEquals("nama", ColumnSpec.canonical("nama"));
  }

  @Test
  void aSpecNamesItsColumnCanonically() {
    assertEquals("anggota_l", ColumnSpec.required("anggota_l").name());
    assertThrows(IllegalArgumentException.class, () -> ColumnSpec.required("Anggota L"));
  }
}
