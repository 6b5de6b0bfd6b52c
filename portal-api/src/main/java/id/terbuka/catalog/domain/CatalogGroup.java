package id.terbuka.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An organisation (a government unit publishing data, with its {@code kode_unit}) or a group (a
 * topic). CKAN keeps both in one table, and so do we: they share names, titles and membership.
 */
@Entity
@Table(name = "catalog_group")
public class CatalogGroup {
  @Id public String id;

  @Column(nullable = false, unique = true)
  public String name;

  public String title;
  public String description;

  @Column(name = "image_url")
  public String imageUrl;

  @Column(name = "kode_unit")
  public String kodeUnit;

  @Column(name = "is_organization")
  public boolean organization;

  public String state = "active";

  @Column(name = "approval_status")
  public String approvalStatus = "approved";

  public LocalDateTime created;
  public long revision = 1;

  /** Set by a sysadmin: its producers' publications wait for the walidata (ADR 0016). */
  @Column(name = "review_required")
  public boolean reviewRequired;

  protected CatalogGroup() {}

  public CatalogGroup(String id, String name, boolean organization, LocalDateTime created) {
    this.id = id;
    this.name = name;
    this.organization = organization;
    this.created = created;
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

  /** The title, or the name when no title was given (what CKAN displays). */
  public String displayName() {
    return title == null || title.isBlank() ? name : title;
  }

  public boolean isOrganization() {
    return organization;
  }

  public String state() {
    return state;
  }
}
