package id.terbuka.dasawisma.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.terbuka.dasawisma.domain.Household;
import id.terbuka.dasawisma.domain.HouseholdColumns;
import id.terbuka.dasawisma.domain.HouseholdKey;
import id.terbuka.dasawisma.domain.KriteriaRumah;
import id.terbuka.dasawisma.domain.Living;
import id.terbuka.dasawisma.domain.MakananPokok;
import id.terbuka.dasawisma.domain.Members;
import id.terbuka.dasawisma.domain.SumberAir;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvWritersTest {
  private static final Household HOUSEHOLD =
      new Household(
          new HouseholdKey(2025, "35.22.01.2001", "Melati 3", "017"),
          "Krajan, Lor",
          2,
          5,
          new Members(1, 2, 2, 1, 0, 1, 2, 0, 0, 0, 0, 0, 0),
          new Living(
              KriteriaRumah.KURANG_SEHAT,
              true,
              false,
              1,
              SumberAir.SUMUR,
              false,
              MakananPokok.BERAS,
              false,
              true,
              false,
              true));

  @Test
  void householdsAreWrittenUnderTheFormatsHeaderInItsColumnOrder() throws IOException {
    StringWriter out = new StringWriter();
    HouseholdCsv.write(List.of(HOUSEHOLD), out);

    String[] lines = out.toString().split("\n", -1);
    assertEquals(String.join(",", HouseholdColumns.names()), lines[0]);
    assertEquals(
        "2025,35.22.01.2001,\"Krajan, Lor\",2,5,Melati 3,017,1,2,2,1,0,1,2,0,0,0,0,0,0,"
            + "kurang_sehat,ya,tidak,1,sumur,tidak,beras,tidak,ya,tidak,ya",
        lines[1]);
    assertEquals("", lines[2]);
    assertEquals(3, lines.length);
  }

  @Test
  void targetsAreWrittenAsKodeDesaTahunJumlahKkTarget() throws IOException {
    Map<String, Integer> targets = new LinkedHashMap<>();
    targets.put("35.22.15.1005", 640);
    targets.put("35.22.05.2001", 327);
    StringWriter out = new StringWriter();

    TargetCsv.write(2025, targets, out);

    assertEquals(
        "kode_desa,tahun,jumlah_kk_target\n35.22.15.1005,2025,640\n35.22.05.2001,2025,327\n",
        out.toString());
  }
}
