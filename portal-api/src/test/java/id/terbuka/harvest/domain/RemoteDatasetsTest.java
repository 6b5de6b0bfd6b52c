package id.terbuka.harvest.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.shared.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoteDatasetsTest {
  private static final RemoteDatasets.Target TARGET =
      new RemoteDatasets.Target("src-1", "https://kec.example.go.id", "org-1");

  private static Map<String, Object> remote(String json) {
    return Json.parseObject(json);
  }

  private static final String FULL =
      """
      {"id": "r-1", "name": "Penduduk-Kecamatan", "title": "Penduduk", "notes": "Jumlah",
       "license_id": "cc-by", "metadata_modified": "2026-01-02T03:04:05.123456",
       "private": true, "owner_org": "theirs", "groups": [{"name": "kesehatan"}],
       "tags": [{"name": "penduduk"}, {"name": "demografi"}],
       "frekuensi": "tahunan",
       "extras": [{"key": "sumber", "value": "BPS"}, {"key": "satuan", "value": "jiwa"},
                  {"key": "harvest_source_id", "value": "spoofed"}],
       "resources": [{"id": "res-9", "url": "https://kec.example.go.id/d.csv", "name": "CSV",
                      "format": "CSV", "size": 120, "url_type": "upload", "datastore_active": true}]}
      """;

  @Test
  void copiesKnownFieldsIntoTheTargetOrganisationAsPublicLinks() {
    RemoteDatasets.Mapped m = RemoteDatasets.map(remote(FULL), TARGET);
    Map<String, Object> d = m.dict();
    assertEquals("r-1", m.remoteId());
    assertEquals("Penduduk-Kecamatan", m.remoteName());
    assertEquals("2026-01-02T03:04:05.123456", m.remoteModified());
    assertEquals("org-1", d.get("owner_org"));
    assertEquals(false, d.get("private"));
    assertEquals("cc-by", d.get("license_id"));
    assertEquals(List.of("demografi", "penduduk"), d.get("tags"));
    assertEquals("tahunan", d.get("frekuensi"));
    assertEquals("jiwa", d.get("satuan"));
    assertFalse(d.containsKey("groups"));
    assertFalse(d.containsKey("id"));
    assertFalse(d.containsKey("name"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> resources = (List<Map<String, Object>>) d.get("resources");
    assertEquals(1, resources.size());
    Map<String, Object> r = resources.get(0);
    assertEquals("https://kec.example.go.id/d.csv", r.get("url"));
    assertEquals(120L, r.get("size"));
    assertFalse(r.containsKey("id"));
    assertFalse(r.containsKey("url_type"), "an upload there is a link here");
    assertFalse(r.containsKey("datastore_active"));
    String extras = Json.write(d.get("extras"));
    assertTrue(extras.contains("\"sumber\""));
    assertTrue(extras.contains("{\"key\":\"harvest_source_id\",\"value\":\"src-1\"}"), extras);
    assertFalse(extras.contains("spoofed"));
    assertTrue(extras.contains("https://kec.example.go.id/dataset/Penduduk-Kecamatan"));
  }

  @Test
  void sameContentSameHashWhateverTheOrderOfExtrasAndTags() {
    String reordered =
        FULL.replace(
                "[{\"name\": \"penduduk\"}, {\"name\": \"demografi\"}]",
                "[{\"name\": \"demografi\"}, {\"name\": \"penduduk\"}]")
            .replace(
                "\"metadata_modified\": \"2026-01-02T03:04:05.123456\"",
                "\"metadata_modified\": \"2026-02-02T00:00:00\"");
    assertEquals(
        RemoteDatasets.map(remote(FULL), TARGET).sha256(),
        RemoteDatasets.map(remote(reordered), TARGET).sha256());
    String changed = FULL.replace("\"Jumlah\"", "\"Jumlah penduduk\"");
    assertNotEquals(
        RemoteDatasets.map(remote(FULL), TARGET).sha256(),
        RemoteDatasets.map(remote(changed), TARGET).sha256());
  }

  @Test
  void refusesDictsWithWrongTypesWithAReason() {
    assertEquals(
        "The dataset has no usable id",
        assertThrows(
                HarvestException.class, () -> RemoteDatasets.map(remote("{\"id\": 5}"), TARGET))
            .getMessage());
    assertEquals(
        "Field title is not text",
        assertThrows(
                HarvestException.class,
                () ->
                    RemoteDatasets.map(
                        remote("{\"id\": \"a\", \"name\": \"a\", \"title\": []}"), TARGET))
            .getMessage());
    assertEquals(
        "Resource 1 has a URL that is not http, https or ftp",
        assertThrows(
                HarvestException.class,
                () ->
                    RemoteDatasets.map(
                        remote(
                            "{\"id\": \"a\", \"name\": \"a\","
                                + " \"resources\": [{\"url\": \"javascript:alert(1)\"}]}"),
                        TARGET))
            .getMessage());
    assertThrows(HarvestException.class, () -> RemoteDatasets.map("text", TARGET));
    assertThrows(
        HarvestException.class,
        () -> RemoteDatasets.map(remote("{\"id\": \"a\", \"name\": \"a\", \"tags\": {}}"), TARGET));
  }

  @Test
  void titleDefaultsToTheNameAndRegionListsAreKept() {
    RemoteDatasets.Mapped m =
        RemoteDatasets.map(
            remote(
                "{\"id\": \"a\", \"name\": \"ab\", \"cakupan_wilayah\": [\"35.22\", \"35.22.01\"]}"),
            TARGET);
    assertEquals("ab", m.dict().get("title"));
    assertEquals(List.of("35.22", "35.22.01"), m.dict().get("cakupan_wilayah"));
  }
}
