package id.terbuka.catalog;

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
  @Id String id;

  @Column(nullable = false, unique = true)
  String name;

  String title;
  String type = "dataset";
  String state = "active";

  @Column(name = "private")
  boolean privat;

  @ManyToOne
  @JoinColumn(name = "owner_org")
  CatalogGroup organization;

  String notes;
  String url;
  String version;
  String author;

  @Column(name = "author_email")
  String authorEmail;

  String maintainer;

  @Column(name = "maintainer_email")
  String maintainerEmail;

  @Column(name = "license_id")
  String licenseId;

  @Column(name = "creator_user_id")
  String creatorUserId;

  @Column(name = "metadata_created")
  LocalDateTime metadataCreated;

  @Column(name = "metadata_modified")
  LocalDateTime metadataModified;

  @Column(name = "produsen_data")
  String produsenData;

  String frekuensi;

  @Column(name = "cakupan_wilayah")
  @Convert(converter = StringListConverter.class)
  List<String> cakupanWilayah = new ArrayList<>();

  @Column(name = "cakupan_waktu_mulai")
  LocalDate cakupanWaktuMulai;

  @Column(name = "cakupan_waktu_selesai")
  LocalDate cakupanWaktuSelesai;

  String satuan;
  String metodologi;
  long revision = 1;

  @ElementCollection
  @CollectionTable(name = "dataset_extra", joinColumns = @JoinColumn(name = "dataset_id"))
  @MapKeyColumn(name = "key")
  @Column(name = "value")
  Map<String, String> extras = new TreeMap<>();

  @ManyToMany
  @JoinTable(
      name = "dataset_tag",
      joinColumns = @JoinColumn(name = "dataset_id"),
      inverseJoinColumns = @JoinColumn(name = "tag_id"))
  List<Tag> tags = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "dataset_group",
      joinColumns = @JoinColumn(name = "dataset_id"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  List<CatalogGroup> groups = new ArrayList<>();

  @OneToMany(mappedBy = "dataset", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  List<Resource> resources = new ArrayList<>();

  protected Dataset() {}

  Dataset(String id, String name, LocalDateTime created) {
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
