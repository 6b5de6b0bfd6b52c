package id.terbuka.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One file a resource has had (the current one included): immutable once written, so that a
 * replaced upload stays downloadable under its version number.
 */
@Entity
@Table(name = "resource_file_version")
public class ResourceFileVersion {
  @Id String id;

  @Column(name = "resource_id")
  String resourceId;

  int version;
  String sha256;
  long size;
  String filename;
  String mimetype;
  LocalDateTime created;

  protected ResourceFileVersion() {}

  public ResourceFileVersion(
      String id,
      String resourceId,
      int version,
      String sha256,
      long size,
      String filename,
      String mimetype,
      LocalDateTime created) {
    this.id = id;
    this.resourceId = resourceId;
    this.version = version;
    this.sha256 = sha256;
    this.size = size;
    this.filename = filename;
    this.mimetype = mimetype;
    this.created = created;
  }

  public int version() {
    return version;
  }

  public String sha256() {
    return sha256;
  }

  public long size() {
    return size;
  }

  public String filename() {
    return filename;
  }

  public String mimetype() {
    return mimetype;
  }

  public LocalDateTime created() {
    return created;
  }
}
