package id.terbuka.catalog.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dataset (CKAN's package) with the Satu Data Indonesia metadata as first-class fields. {@code
 * revision} grows with every change and is what the search index stores to detect stale entries.
 */
@Entity
@Table(name = "dataset")
public class Dataset {
  @Id public String id;

  @Column(nullable = false, unique = true)
  public String name;

  public String title;
  public String type = "dataset";
  public String state = "active";

  @Column(name = "private")
  public boolean privat;

  @ManyToOne
  @JoinColumn(name = "owner_org")
  public CatalogGroup organization;

  public String notes;
  public String url;
  public String version;
  public String author;

  @Column(name = "author_email")
  public String authorEmail;

  public String maintainer;

  @Column(name = "maintainer_email")
  public String maintainerEmail;

  @Column(name = "license_id")
  public String licenseId;

  /** Of the version the public sees ({@link ReviewStatus}); null when never reviewed. */
  @Column(name = "review_status")
  public String reviewStatus;

  @Column(name = "creator_user_id")
  public String creatorUserId;

  @Column(name = "metadata_created")
  public LocalDateTime metadataCreated;

  @Column(name = "metadata_modified")
  public LocalDateTime metadataModified;

  @Column(name = "produsen_data")
  public String produsenData;

  public String frekuensi;

  @Column(name = "cakupan_wilayah")
  @Convert(converter = StringListConverter.class)
  public List<String> cakupanWilayah = new ArrayList<>();

  @Column(name = "cakupan_waktu_mulai")
  public LocalDate cakupanWaktuMulai;

  @Column(name = "cakupan_waktu_selesai")
  public LocalDate cakupanWaktuSelesai;

  public String satuan;
  public String metodologi;
  public long revision = 1;

  @ElementCollection
  @CollectionTable(name = "dataset_extra", joinColumns = @JoinColumn(name = "dataset_id"))
  @MapKeyColumn(name = "key")
  @Column(name = "value")
  public Map<String, String> extras = new TreeMap<>();

  @ManyToMany
  @JoinTable(
      name = "dataset_tag",
      joinColumns = @JoinColumn(name = "dataset_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  public List<Tag> tags = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "dataset_group",
      joinColumns = @JoinColumn(name = "dataset_id"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  public List<CatalogGroup> groups = new ArrayList<>();

  @OneToMany(mappedBy = "dataset", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Resource> resources = new ArrayList<>();

  protected Dataset() {}

  public Dataset(String id, String name, LocalDateTime created) {
    this.id = id;
    this.name = name;
    this.metadataCreated = created;
    this.metadataModified = created;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String title() {
    return title;
  }

  public String state() {
    return state;
  }

  public boolean isPrivate() {
    return privat;
  }

  public CatalogGroup organization() {
    return organization;
  }

  public String ownerOrgId() {
    return organization == null ? null : organization.id;
  }

  public String creatorUserId() {
    return creatorUserId;
  }

  public long revision() {
    return revision;
  }

  public List<Resource> resources() {
    return resources;
  }

  public List<CatalogGroup> groups() {
    return groups;
  }
}
