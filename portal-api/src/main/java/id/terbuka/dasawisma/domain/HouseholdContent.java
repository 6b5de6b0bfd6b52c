package id.terbuka.dasawisma.domain;

import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.ANGGOTA_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BALITA_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BERKEBUTUHAN_KHUSUS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BUTA_HURUF_L;
import static id.terbuka.dasawisma.domain.HouseholdColumns.BUTA_HURUF_P;
import static id.terbuka.dasawisma.domain.HouseholdColumns.DUSUN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.IBU_HAMIL;
import static id.terbuka.dasawisma.domain.HouseholdColumns.IBU_MENYUSUI;
import static id.terbuka.dasawisma.domain.HouseholdColumns.ID_KELUARGA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.INDUSTRI_RUMAH_TANGGA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.JAMBAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.JUMLAH_KK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KELOMPOK_DASAWISMA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KESEHATAN_LINGKUNGAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KODE_DESA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.KRITERIA_RUMAH;
import static id.terbuka.dasawisma.domain.HouseholdColumns.LANSIA;
import static id.terbuka.dasawisma.domain.HouseholdColumns.MAKANAN_POKOK;
import static id.terbuka.dasawisma.domain.HouseholdColumns.PEMANFAATAN_PEKARANGAN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.PUS;
import static id.terbuka.dasawisma.domain.HouseholdColumns.RT;
import static id.terbuka.dasawisma.domain.HouseholdColumns.RW;
import static id.terbuka.dasawisma.domain.HouseholdColumns.SPAL;
import static id.terbuka.dasawisma.domain.HouseholdColumns.STIKER_P4K;
import static id.terbuka.dasawisma.domain.HouseholdColumns.SUMBER_AIR;
import static id.terbuka.dasawisma.domain.HouseholdColumns.TAHUN;
import static id.terbuka.dasawisma.domain.HouseholdColumns.TEMPAT_SAMPAH;
import static id.terbuka.dasawisma.domain.HouseholdColumns.UP2K;
import static id.terbuka.dasawisma.domain.HouseholdColumns.WUS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A household's content in canonical form and its SHA-256, so that re-importing the same workbook
 * changes nothing (issue 12, item 3): a stored household whose hash equals the new row's is
 * unchanged. Canonical means independent of how the file wrote it: column order, header spelling,
 * {@code Ya}/{@code y}/{@code 1}/{@code TRUE}, {@code Kurang Sehat}/{@code kurang_sehat}, {@code
 * 005}/{@code 5} and extra spaces all give the same hash. The set hash of a whole file is also
 * independent of its row order.
 */
public final class HouseholdContent {
  /** Written first into every hash: a change of the canonical form changes every hash. */
  static final String VERSION = "dasawisma-household/1";

  private HouseholdContent() {}

  /**
   * The household as the cells of the format, canonical, in column order (a {@link LinkedHashMap}):
   * read back by {@link HouseholdRowParser}, they give the same household.
   */
  public static Map<String, String> cells(Household h) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put(TAHUN, String.valueOf(h.key().tahun()));
    c.put(KODE_DESA, h.key().kodeDesa());
    c.put(DUSUN, h.dusun());
    c.put(RW, String.valueOf(h.rw()));
    c.put(RT, String.valueOf(h.rt()));
    c.put(KELOMPOK_DASAWISMA, h.key().kelompokDasawisma());
    c.put(ID_KELUARGA, h.key().idKeluarga());
    members(h.members(), c);
    living(h.living(), c);
    return c;
  }

  private static void members(Members m, Map<String, String> c) {
    c.put(JUMLAH_KK, String.valueOf(m.jumlahKk()));
    c.put(ANGGOTA_L, String.valueOf(m.anggotaL()));
    c.put(ANGGOTA_P, String.valueOf(m.anggotaP()));
    c.put(BALITA_L, String.valueOf(m.balitaL()));
    c.put(BALITA_P, String.valueOf(m.balitaP()));
    c.put(PUS, String.valueOf(m.pus()));
    c.put(WUS, String.valueOf(m.wus()));
    c.put(IBU_HAMIL, String.valueOf(m.ibuHamil()));
    c.put(IBU_MENYUSUI, String.valueOf(m.ibuMenyusui()));
    c.put(LANSIA, String.valueOf(m.lansia()));
    c.put(BUTA_HURUF_L, String.valueOf(m.butaHurufL()));
    c.put(BUTA_HURUF_P, String.valueOf(m.butaHurufP()));
    c.put(BERKEBUTUHAN_KHUSUS, String.valueOf(m.berkebutuhanKhusus()));
  }

  private static void living(Living l, Map<String, String> c) {
    c.put(KRITERIA_RUMAH, l.kriteriaRumah().code());
    c.put(TEMPAT_SAMPAH, YesNo.of(l.tempatSampah()));
    c.put(SPAL, YesNo.of(l.spal()));
    c.put(JAMBAN, String.valueOf(l.jamban()));
    c.put(SUMBER_AIR, l.sumberAir().code());
    c.put(STIKER_P4K, YesNo.of(l.stikerP4k()));
    c.put(MAKANAN_POKOK, l.makananPokok().code());
    c.put(UP2K, YesNo.of(l.up2k()));
    c.put(PEMANFAATAN_PEKARANGAN, YesNo.of(l.pemanfaatanPekarangan()));
    c.put(INDUSTRI_RUMAH_TANGGA, YesNo.of(l.industriRumahTangga()));
    c.put(KESEHATAN_LINGKUNGAN, YesNo.of(l.kesehatanLingkungan()));
  }

  /**
   * The household's content hash: SHA-256, as 64 hex digits, of the version line and one {@code
   * column=value} line per cell of {@link #cells}, in column order. Values hold no line break
   * (cells are single-line after whitespace is collapsed), so the text reads back unambiguously.
   */
  public static String hash(Household h) {
    StringBuilder text = new StringBuilder(VERSION).append('\n');
    for (Map.Entry<String, String> cell : cells(h).entrySet()) {
      text.append(cell.getKey()).append('=').append(cell.getValue()).append('\n');
    }
    return sha256(text.toString());
  }

  /**
   * The hash of a set of households, whatever their order: SHA-256 of the version line and the
   * households' hashes sorted, one per line.
   */
  public static String hash(Collection<Household> households) {
    List<String> hashes = households.stream().map(HouseholdContent::hash).sorted().toList();
    return sha256(VERSION + "\n" + String.join("\n", hashes) + "\n");
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
