package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetRulesTest {
  /** A catalogue with one organisation, one group, a few regions and one taken name. */
  private static final DatasetRules.Lookups LOOKUPS =
      new DatasetRules.Lookups() {
        @Override
        public boolean regionExists(String code) {
          return Set.of("35", "35.22", "35.22.01", "35.22.02").contains(code);
        }

        @Override
        public boolean nameTaken(String name) {
          return name.equals("sudah-ada");
        }

        @Override
        public boolean organizationExists(String idOrName) {
          return idOrName.equals("dinas-kominfo");
        }

        @Override
        public boolean groupExists(String idOrName) {
          return idOrName.equals("ekonomi");
        }
      };

  private static Map<String, Object> dict(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static Map<String, List<String>> errors(Map<String, Object> dict) {
    return assertThrows(InvalidInputException.class, () -> DatasetRules.check(dict, LOOKUPS))
        .errors();
  }

  @Test
  void normalisesAValidDataset() {
    DatasetInput in =
        DatasetRules.check(
            dict(
                "name", "apbd-2024",
                "title", "  APBD 2024 ",
                "owner_org", "dinas-kominfo",
                "private", "True",
                "notes", "  Markdown *kept*  ",
                "tags", List.of(Map.of("name", "Keuangan Daerah"), Map.of("name", "apbd")),
                "tag_string", "apbd, belanja",
                "groups", List.of(Map.of("name", "ekonomi")),
                "extras", List.of(Map.of("key", "sumber", "value", "SIPD")),
                "frekuensi", "tahunan",
                "cakupan_wilayah", "35.22, 35.22.01,35.22",
                "cakupan_waktu_mulai", "2024-01-01",
                "cakupan_waktu_selesai", "2024-12-31T00:00:00"),
            LOOKUPS);
    assertEquals("apbd-2024", in.name);
    assertEquals("APBD 2024", in.title);
    assertEquals(Boolean.TRUE, in.isPrivate);
    assertEquals("  Markdown *kept*  ", in.notes);
    assertEquals(Licenses.DEFAULT_ID, in.licenseId);
    assertEquals("dataset", in.type);
    assertEquals(List.of("Keuangan Daerah", "apbd", "belanja"), in.tags, "deduplicated, in order");
    assertEquals(List.of("ekonomi"), in.groups);
    assertEquals(Map.of("sumber", "SIPD"), in.extras);
    assertEquals(List.of("35.22", "35.22.01"), in.cakupanWilayah);
    assertEquals(LocalDate.of(2024, 1, 1), in.cakupanWaktuMulai);
    assertEquals(LocalDate.of(2024, 12, 31), in.cakupanWaktuSelesai);
    assertNull(in.resources, "no resources key: keep the existing ones");
  }

  @Test
  void resourcesKeyPresentMeansReplaceEvenWhenEmpty() {
    DatasetInput in =
        DatasetRules.check(
            dict("name", "ab", "owner_org", "dinas-kominfo", "resources", List.of()), LOOKUPS);
    assertEquals(List.of(), in.resources);
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Map<String, List<String>> e =
        errors(
            dict(
                "name", "Bad Name",
                "private", "maybe",
                "state", "archived",
                "author_email", "nope",
                "maintainer_email", "a@b",
                "frekuensi", "kadang",
                "cakupan_wilayah", List.of("35.22", "99.99"),
                "cakupan_waktu_mulai", "2024-02-01",
                "cakupan_waktu_selesai", "2024-01-31",
                "tags", List.of(Map.of("name", "x"), Map.of("name", "a/b")),
                "groups", List.of(Map.of("name", "tidak-ada"))));
    assertEquals(
        Set.of(
            "name",
            "private",
            "state",
            "owner_org",
            "author_email",
            "maintainer_email",
            "frekuensi",
            "cakupan_wilayah",
            "cakupan_waktu_selesai",
            "tags",
            "groups"),
        e.keySet());
    assertEquals(List.of("Missing value"), e.get("owner_org"));
    assertEquals(List.of("Unknown Kemendagri region code: 99.99"), e.get("cakupan_wilayah"));
    assertEquals(2, e.get("tags").size(), e.get("tags").toString());
    assertEquals(List.of("Must not be before cakupan_waktu_mulai"), e.get("cakupan_waktu_selesai"));
  }

  @Test
  void nameRules() {
    assertEquals(List.of("Missing value"), errors(dict("owner_org", "dinas-kominfo")).get("name"));
    assertEquals(
        List.of("That URL is already in use."),
        errors(dict("name", "sudah-ada", "owner_org", "dinas-kominfo")).get("name"));
    assertEquals(
        List.of("Must be at least 2 characters long"),
        errors(dict("name", "a", "owner_org", "dinas-kominfo")).get("name"));
    assertEquals(
        List.of("Name must be a maximum of 100 characters long"),
        errors(dict("name", "a".repeat(101), "owner_org", "dinas-kominfo")).get("name"));
    for (String reserved : List.of("new", "edit", "search")) {
      assertEquals(
          List.of("That name cannot be used"),
          errors(dict("name", reserved, "owner_org", "dinas-kominfo")).get("name"));
    }
    assertTrue(
        errors(dict("name", "Ünïcode", "owner_org", "dinas-kominfo"))
            .get("name")
            .get(0)
            .contains("lowercase alphanumeric"));
    // Every allowed character.
    assertEquals(
        "a_b-0-9",
        DatasetRules.check(dict("name", "a_b-0-9", "owner_org", "dinas-kominfo"), LOOKUPS).name);
  }

  @Test
  void unknownOrganisationAndBadDate() {
    Map<String, List<String>> e =
        errors(dict("name", "ab", "owner_org", "lain", "cakupan_waktu_mulai", "01/02/2024"));
    assertEquals(List.of("Organization does not exist"), e.get("owner_org"));
    assertEquals(
        List.of("Date format incorrect (expected YYYY-MM-DD)"), e.get("cakupan_waktu_mulai"));
  }

  @Test
  void satuDataFieldsMayComeAsExtrasButTopLevelWins() {
    DatasetInput in =
        DatasetRules.check(
            dict(
                "name", "ab",
                "owner_org", "dinas-kominfo",
                "satuan", "Jiwa",
                "extras",
                    List.of(
                        Map.of("key", "satuan", "value", "Orang"),
                        Map.of("key", "produsen_data", "value", "Bappeda"),
                        Map.of("key", "cakupan_wilayah", "value", "[\"35.22.02\"]"))),
            LOOKUPS);
    assertEquals("Jiwa", in.satuan);
    assertEquals("Bappeda", in.produsenData);
    assertEquals(List.of("35.22.02"), in.cakupanWilayah);
    assertEquals(Map.of(), in.extras, "Satu Data keys do not stay extras");
  }

  @Test
  void extrasRules() {
    Map<String, List<String>> e =
        errors(
            dict(
                "name", "ab",
                "owner_org", "dinas-kominfo",
                "extras",
                    List.of(
                        Map.of("key", "a", "value", "1"),
                        Map.of("key", "a", "value", "2"),
                        Map.of("key", "title", "value", "x"),
                        Map.of("value", "no key"))));
    assertEquals(
        List.of(
            "Duplicate key \"a\"",
            "There is a schema field with the same name: title",
            "key: Missing value"),
        e.get("extras"));
  }

  @Test
  void tagRules() {
    DatasetInput in =
        DatasetRules.check(
            dict(
                "name", "ab",
                "owner_org", "dinas-kominfo",
                "tags", List.of("data.go.id", Map.of("name", "Pendidikan Dasar_2")),
                "tag_string", " ,kesehatan ,"),
            LOOKUPS);
    assertEquals(List.of("data.go.id", "Pendidikan Dasar_2", "kesehatan"), in.tags);
    Map<String, List<String>> e =
        errors(
            dict(
                "name",
                "ab",
                "owner_org",
                "dinas-kominfo",
                "tags",
                List.of(
                    Map.of("name", "x"), Map.of("name", "t".repeat(101)), Map.of("name", "#a"))));
    assertEquals(3, e.get("tags").size(), e.toString());
  }
}
