package id.terbuka.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An API token; only the SHA-256 of its secret is kept. The id is CKAN's {@code jti}. */
@Entity
@Table(name = "api_token")
public class ApiToken {
  @Id String id;

  @Column(name = "user_id")
  String userId;

  String name;

  @Column(name = "token_hash")
  String tokenHash;

  LocalDateTime created;

  @Column(name = "last_access")
  LocalDateTime lastAccess;

  LocalDateTime revoked;

  protected ApiToken() {}

  public ApiToken(String id, String userId, String name, String tokenHash, LocalDateTime created) {
    this.id = id;
    this.userId = userId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.created = created;
  }

  public String id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public String name() {
    return name;
  }

  public LocalDateTime created() {
    return created;
  }

  public LocalDateTime lastAccess() {
    return lastAccess;
  }

  /** Records use, at most once a minute: a write per request would be wasted work. */
  public void touched(LocalDateTime when) {
    if (lastAccess == null || lastAccess.isBefore(when.minusMinutes(1))) {
      this.lastAccess = when;
    }
  }

  public boolean revoked() {
    return revoked != null;
  }

  public void revoke(LocalDateTime when) {
    this.revoked = when;
  }
}
