package id.terbuka.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person or system account that can log in or hold API tokens. */
@Entity
@Table(name = "user_account")
public class UserAccount {
  @Id String id;

  @Column(nullable = false, unique = true)
  String name;

  String fullname;
  String email;
  String about;

  @Column(name = "password_hash")
  String passwordHash;

  boolean sysadmin;
  String state = "active";
  LocalDateTime created;

  @Column(name = "sessions_ended")
  LocalDateTime sessionsEnded;

  protected UserAccount() {}

  public UserAccount(String id, String name, LocalDateTime created) {
    this.id = id;
    this.name = name;
    this.created = created;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String fullname() {
    return fullname;
  }

  public void fullname(String fullname) {
    this.fullname = fullname;
  }

  public String email() {
    return email;
  }

  public void email(String email) {
    this.email = email;
  }

  public String about() {
    return about;
  }

  public void about(String about) {
    this.about = about;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public void passwordHash(String hash) {
    this.passwordHash = hash;
  }

  public boolean sysadmin() {
    return sysadmin;
  }

  public void sysadmin(boolean sysadmin) {
    this.sysadmin = sysadmin;
  }

  public String state() {
    return state;
  }

  /** {@code active} or {@code disabled} ({@link UserRules}); callers check who may change it. */
  public void state(String state) {
    this.state = state;
  }

  /** When the account's sign-in sessions were last ended, or null if never. */
  public LocalDateTime sessionsEnded() {
    return sessionsEnded;
  }

  /** Ends every session signed in before {@code when} ({@link UserRules#sessionStands}). */
  public void endSessions(LocalDateTime when) {
    this.sessionsEnded = when;
  }

  public LocalDateTime created() {
    return created;
  }
}
