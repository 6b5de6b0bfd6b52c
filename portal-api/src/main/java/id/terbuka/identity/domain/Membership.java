package id.terbuka.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A user's capacity in one organisation or group. */
@Entity
@Table(name = "membership")
@IdClass(Membership.Key.class)
public class Membership {
  @Id
  @Column(name = "group_id")
  String groupId;

  @Id
  @Column(name = "user_id")
  String userId;

  String capacity;

  protected Membership() {}

  public Membership(String groupId, String userId, Capacity capacity) {
    this.groupId = groupId;
    this.userId = userId;
    this.capacity = capacity.id();
  }

  public String groupId() {
    return groupId;
  }

  public String userId() {
    return userId;
  }

  public Capacity capacity() {
    return Capacity.parse(capacity).orElse(Capacity.MEMBER);
  }

  public void capacity(Capacity capacity) {
    this.capacity = capacity.id();
  }

  /** Composite key. */
  public static class Key implements Serializable {
    String groupId;
    String userId;

    public Key() {}

    public Key(String groupId, String userId) {
      this.groupId = groupId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(groupId, k.groupId)
          && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(groupId, userId);
    }
  }
}
