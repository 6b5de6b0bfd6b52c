package id.terbuka.contracts.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terbuka.imports.domain.ColumnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcurementColumnsTest {

  @Test
  void theIssuesTwentyFourColumnsInOrderSevenRequired() {
    assertEquals(
        List.of(
            "kode_rup",
            "judul",
            "kode_skpd",
            "nama_skpd",
            "kategori",
            "metode",
            "pagu",
            "kode_rekening",
            "hps",
            "tanggal_pengumuman",
            "tanggal_penutupan",
            "jumlah_peserta",
            "status_tender",
            "pemenang_nama",
            "pemenang_npwp",
            "nilai_penawaran",
            "tanggal_penetapan",
            "nomor_kontrak",
            "nilai_kontrak",
            "tanggal_kontrak",
            "mulai_kontrak",
            "selesai_kontrak",
            "status_kontrak",
            "nilai_dibayar"),
        ProcurementColumns.all().stream().map(ColumnSpec::name).toList());
    assertEquals(
        List.of("kode_rup", "judul", "kode_skpd", "nama_skpd", "kategori", "metode", "pagu"),
        ProcurementColumns.required());
  }

  @Test
  void theExampleRowFillsEveryColumnInOrder() {
    assertEquals(
        ProcurementColumns.all().stream().map(ColumnSpec::name).toList(),
        new ArrayList<>(ProcurementColumns.exampleRow().keySet()));
  }

  @Test
  void fourClosedVocabulariesForTheDropDowns() {
    Map<String, List<String>> v = ProcurementColumns.vocabularies();
    assertEquals(
        List.of("kategori", "metode", "status_tender", "status_kontrak"), List.copyOf(v.keySet()));
    assertEquals(
        List.of("barang", "pekerjaan_konstruksi", "jasa_konsultansi", "jasa_lainnya"),
        v.get("kategori"));
    assertEquals(
        List.of(
            "tender",
            "tender_cepat",
            "seleksi",
            "pengadaan_langsung",
            "penunjukan_langsung",
            "e_purchasing",
            "swakelola"),
        v.get("metode"));
    assertEquals(
        List.of("direncanakan", "diumumkan", "evaluasi", "selesai", "batal", "gagal"),
        v.get("status_tender"));
    assertEquals(List.of("berjalan", "selesai", "diputus"), v.get("status_kontrak"));
  }
}
