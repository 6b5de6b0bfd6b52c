package id.terbuka.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ResourceUploadsTest {
  private static final LocalDateTime NOW = LocalDateTime.of(2024, 1, 1, 0, 0);
  private static final String SHA = "ab".repeat(32);

  private static Resource resource() {
    Dataset d = new Dataset("ds-1", "stunting", NOW);
    return new Resource("r-1", d, NOW);
  }

  @Test
  void theResourcePointsAtTheStoredFile() {
    Resource r = resource();
    r.urlType = null;
    r.url = "https://example.org/old.csv";
    ResourceUploads.pointAt(r, "data.csv", 1234, SHA, "text/csv; charset=utf-8", NOW);
    assertEquals("upload", r.urlType);
    assertEquals("data.csv", r.url);
    assertEquals(1234L, r.size);
    assertEquals("sha256:" + SHA, r.hash);
    assertEquals(NOW, r.lastModified);
    assertEquals("data.csv", r.name, "an unnamed resource is named after its file");
    assertEquals("text/csv", r.mimetype, "parameters dropped");
    assertEquals("CSV", r.format);
  }

  @Test
  void whatTheUploaderGaveIsKept() {
    Resource r = resource();
    r.name = "Angka stunting";
    r.mimetype = "application/vnd.ms-excel";
    r.format = "XLS";
    ResourceUploads.pointAt(r, "data.csv", 1, SHA, "text/csv", NOW);
    assertEquals("Angka stunting", r.name);
    assertEquals("application/vnd.ms-excel", r.mimetype);
    assertEquals("XLS", r.format);
  }

  @Test
  void anOctetStreamSaysNothingSoTheFormatComesFromTheFileName() {
    Resource r = resource();
    ResourceUploads.pointAt(r, "peta.json", 1, SHA, "application/octet-stream", NOW);
    assertEquals("JSON", r.format);
    assertEquals("application/json", r.mimetype, "the format's media type");
    assertEquals("peta.json", r.url);
  }

  @Test
  void noContentTypeAndNoKnownExtensionLeaveBothEmpty() {
    Resource r = resource();
    ResourceUploads.pointAt(r, "catatan", 1, SHA, null, NOW);
    assertNull(r.mimetype);
    assertNull(r.format);
  }

  @Test
  void onlyUploadsHaveAStoredFile() {
    Resource r = resource();
    assertNull(ResourceUploads.storedSha256(r));
    r.hash = "md5:abc";
    assertNull(ResourceUploads.storedSha256(r), "a hash a link's publisher gave");
    r.hash = "sha256:" + SHA;
    assertEquals(SHA, ResourceUploads.storedSha256(r));
  }
}
