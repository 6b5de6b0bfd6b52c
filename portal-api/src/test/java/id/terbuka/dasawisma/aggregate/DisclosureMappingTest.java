package id.terbuka.dasawisma.aggregate;

import static id.terbuka.dasawisma.aggregate.Households.KABUPATEN;
import static id.terbuka.dasawisma.aggregate.Households.KEPATIHAN;
import static id.terbuka.dasawisma.aggregate.Households.NGRAHO;
import static id.terbuka.dasawisma.aggregate.Households.REGIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.terbuka.dasawisma.disclosure.Indicator;
import id.terbuka.dasawisma.disclosure.Level;
import id.terbuka.dasawisma.disclosure.Region;
import id.terbuka.dasawisma.disclosure.Regions;
import id.terbuka.dasawisma.disclosure.Relation;
import id.terbuka.dasawisma.disclosure.Sensitivity;
import id.terbuka.dasawisma.domain.Indicators;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DisclosureMappingTest {

  @Test
  void desaAndKelurahanAreBothAtDesaLevel() {
    Regions regions = DisclosureMapping.regions(REGIONS);
    assertEquals(8, regions.all().size());
    assertEquals(new Region(KEPATIHAN, "35.22.15", Level.DESA), regions.get(KEPATIHAN));
    assertEquals(Level.KECAMATAN, regions.get(NGRAHO).level());
    assertNull(regions.get(KABUPATEN).parentCode());
    assertEquals(List.of(NGRAHO, "35.22.15"), regions.children(KABUPATEN));
  }

  @Test
  void householdsAreAlwaysPublicAndTheRestKeepTheirSensitivity() {
    Map<String, Sensitivity> mapped =
        DisclosureMapping.indicators().stream()
            .collect(Collectors.toMap(Indicator::code, Indicator::sensitivity));
    assertEquals(Indicators.ALL.size(), mapped.size());
    assertEquals(Sensitivity.ALWAYS_PUBLIC, mapped.get("rumah_tangga"));
    assertEquals(Sensitivity.GENERAL, mapped.get("anggota_l"));
    assertEquals(Sensitivity.SENSITIVE, mapped.get("ibu_hamil"));
    assertEquals(Sensitivity.SENSITIVE, mapped.get("stiker_p4k"));
    assertEquals(
        Indicators.ALL.stream().map(i -> i.code()).toList(),
        DisclosureMapping.indicators().stream().map(Indicator::code).toList());
  }

  @Test
  void relationsAreTheDomainsOwn() {
    List<Relation> relations = DisclosureMapping.relations();
    assertEquals(Indicators.RELATIONS.size(), relations.size());
    assertEquals(Relation.of("anggota", "anggota_l", "anggota_p"), relations.get(0));
    assertEquals(
        Relation.of("rumah_tangga", "makanan_pokok_beras", "makanan_pokok_non_beras"),
        relations.get(3));
  }
}
