package id.terbuka.catalog.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A free keyword shared by datasets. */
@Entity
@Table(name = "tag")
public class Tag {
  @Id public String id;
  public String name;

  protected Tag() {}

  public Tag(String id, String name) {
    this.id = id;
    this.name = name;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }
}
