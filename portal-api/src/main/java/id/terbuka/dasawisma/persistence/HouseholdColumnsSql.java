package id.terbuka.dasawisma.persistence;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.KriteriaRumah;
import id.terbuka.dasawisma.domain.Living;
import id.terbuka.dasawisma.domain.MakananPokok;
import id.terbuka.dasawisma.domain.Members;
import id.terbuka.dasawisma.domain.SumberAir;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A household's columns in table {@code dasawisma.household}: the select list, COPY and back. */
final class HouseholdColumnsSql {
  /** The household's own columns, in the order of {@link #values} and {@link #read}. */
  static final String COLUMNS =
      "tahun, kode_desa, kelompok_dasawisma, id_keluarga, dusun, rw, rt, jumlah_kk, anggota_l,"
          + " anggota_p, balita_l, balita_p, pus, wus, ibu_hamil, ibu_menyusui, lansia,"
          + " buta_huruf_l, buta_huruf_p, berkebutuhan_khusus, kriteria_rumah, tempat_sampah,"
          + " spal, jamban, sumber_air, stiker_p4k, makanan_pokok, up2k, pemanfaatan_pekarangan,"
          + " industri_rumah_tangga, kesehatan_lingkungan";

  static final int COUNT = 31;

  private HouseholdColumnsSql() {}

  /** The columns' values as COPY text (booleans as t/f), into {@code row} from {@code offset}. */
  static void values(Household h, String[] row, int offset) {
    HouseholdKey k = h.key();
    Members m = h.members();
    Living l = h.living();
    String[] v = {
      Integer.toString(k.tahun()),
      k.kodeDesa(),
      k.kelompokDasawisma(),
      k.idKeluarga(),
      h.dusun(),
      Integer.toString(h.rw()),
      Integer.toString(h.rt()),
      Integer.toString(m.jumlahKk()),
      Integer.toString(m.anggotaL()),
      Integer.toString(m.anggotaP()),
      Integer.toString(m.balitaL()),
      Integer.toString(m.balitaP()),
      Integer.toString(m.pus()),
      Integer.toString(m.wus()),
      Integer.toString(m.ibuHamil()),
      Integer.toString(m.ibuMenyusui()),
      Integer.toString(m.lansia()),
      Integer.toString(m.butaHurufL()),
      Integer.toString(m.butaHurufP()),
      Integer.toString(m.berkebutuhanKhusus()),
      l.kriteriaRumah().code(),
      bool(l.tempatSampah()),
      bool(l.spal()),
      Integer.toString(l.jamban()),
      l.sumberAir().code(),
      bool(l.stikerP4k()),
      l.makananPokok().code(),
      bool(l.up2k()),
      bool(l.pemanfaatanPekarangan()),
      bool(l.industriRumahTangga()),
      bool(l.kesehatanLingkungan())
    };
    System.arraycopy(v, 0, row, offset, COUNT);
  }

  /** The household from a result row whose columns start with {@link #COLUMNS} at {@code first}. */
  static Household read(ResultSet rs, int first) throws SQLException {
    int i = first;
    HouseholdKey key =
        new HouseholdKey(rs.getInt(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++));
    String dusun = rs.getString(i++);
    int rw = rs.getInt(i++);
    int rt = rs.getInt(i++);
    Members members =
        new Members(
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++),
            rs.getInt(i++));
    Living living =
        new Living(
            KriteriaRumah.parse(rs.getString(i++)).orElseThrow(),
            rs.getBoolean(i++),
            rs.getBoolean(i++),
            rs.getInt(i++),
            SumberAir.parse(rs.getString(i++)).orElseThrow(),
            rs.getBoolean(i++),
            MakananPokok.parse(rs.getString(i++)).orElseThrow(),
            rs.getBoolean(i++),
            rs.getBoolean(i++),
            rs.getBoolean(i++),
            rs.getBoolean(i));
    return new Household(key, dusun, rw, rt, members, living);
  }

  private static String bool(boolean b) {
    return b ? "t" : "f";
  }
}
