package id.terbuka.catalog.domain;

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
  @Id public String id;

  @ManyToOne
  @JoinColumn(name = "dataset_id")
  public Dataset dataset;

  public int position;
  public String url;
  public String name;
  public String description;
  public String format;
  public String mimetype;

  @Column(name = "mimetype_inner")
  public String mimetypeInner;

  public Long size;
  public String hash;

  @Column(name = "resource_type")
  public String resourceType;

  @Column(name = "url_type")
  public String urlType;

  public String state = "active";
  public LocalDateTime created;

  @Column(name = "last_modified")
  public LocalDateTime lastModified;

  @Column(name = "metadata_modified")
  public LocalDateTime metadataModified;

  /**
   * The import that produced this resource ({@code budget:<import id>}), or null for a resource a
   * publisher made. A generated resource changes only through a new import (ADR 0012).
   */
  @Column(name = "generated_by")
  public String generatedBy;

  @Convert(converter = StringMapConverter.class)
  public Map<String, String> extras = new LinkedHashMap<>();

  protected Resource() {}

  public Resource(String id, Dataset dataset, LocalDateTime created) {
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
