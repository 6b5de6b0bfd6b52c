package id.terbuka.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A file or link of a dataset. Unknown keys sent by clients are kept as extras (CKAN's rule). */
@Entity
@Table(name = "resource")
public class Resource {
  @Id String id;

  @ManyToOne
  @JoinColumn(name = "dataset_id")
  Dataset dataset;

  int position;
  String url;
  String name;
  String description;
  String format;
  String mimetype;

  @Column(name = "mimetype_inner")
  String mimetypeInner;

  Long size;
  String hash;

  @Column(name = "resource_type")
  String resourceType;

  @Column(name = "url_type")
  String urlType;

  String state = "active";
  LocalDateTime created;

  @Column(name = "last_modified")
  LocalDateTime lastModified;

  @Column(name = "metadata_modified")
  LocalDateTime metadataModified;

  @Convert(converter = StringMapConverter.class)
  Map<String, String> extras = new LinkedHashMap<>();

  protected Resource() {}

  Resource(String id, Dataset dataset, LocalDateTime created) {
    this.id = id;
    this.dataset = dataset;
    this.created = created;
    this.metadataModified = created;
  }

  public String id() {
    return id;
  }

  public Dataset dataset() {
    return dataset;
  }

  public String urlType() {
    return urlType;
  }

  public String name() {
    return name;
  }

  public String format() {
    return format;
  }
}
