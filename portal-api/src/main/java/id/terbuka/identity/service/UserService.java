package id.terbuka.identity.service;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.Membership;
import id.terbuka.identity.domain.PasswordHasher;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.domain.UserRules;
import id.terbuka.identity.domain.UserUpdate;
import id.terbuka.identity.persistence.MembershipRepository;
import id.terbuka.identity.persistence.UserRepository;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Users: creation, listing, state and password resets (sysadmins only), look-up by id or name,
 * password checks, memberships. Activities of account changes are recorded by the {@code accounts}
 * capability, which calls these.
 */
@ApplicationScoped
@Transactional
public class UserService {
  @Inject UserRepository accounts;
  @Inject MembershipRepository memberships;

  /** {@code user_create}: name, email and password are required (CKAN's rules). */
  public UserAccount create(
      Actor actor, String name, String email, String password, String fullname, boolean sysadmin) {
    UserRules.requireMayCreateUsers(actor);
    UserRules.check(name, email, password, n -> findByName(n).isPresent()).throwIfAny();
    return insert(name, email, password, fullname, sysadmin);
  }

  /** Creates the user without permission checks (bootstrap of the first sysadmin). */
  public UserAccount insert(
      String name, String email, String password, String fullname, boolean sysadmin) {
    UserAccount user = new UserAccount(UUID.randomUUID().toString(), name, Timestamps.now());
    user.email(email);
    user.fullname(fullname);
    user.passwordHash(password == null ? null : PasswordHasher.hash(password));
    user.sysadmin(sysadmin);
    accounts.add(user);
    return user;
  }

  /** Every account, by name (sysadmins only). */
  public List<UserAccount> list(Actor actor) {
    UserRules.requireMayManageUsers(actor);
    return accounts.all();
  }

  /** A user for a sysadmin's account pages: the permission is checked before the look-up. */
  public UserAccount requireManaged(Actor actor, String idOrName) {
    UserRules.requireMayManageUsers(actor);
    return require(idOrName);
  }

  /**
   * Sets the account's state ({@link UserRules#ACTIVE} or {@link UserRules#DISABLED}); false when
   * it already had it. A disabled account's API tokens stop working at their next request (the
   * state is checked each time) and are kept, so re-enabling restores them; its sign-in sessions
   * are ended for good, so re-enabling does not revive a session someone left open.
   */
  public boolean changeState(Actor actor, UserAccount user, String state) {
    UserRules.requireMayManageUsers(actor);
    UserRules.checkState(actor, user, state).throwIfAny();
    if (state.equals(user.state())) {
      return false;
    }
    user.state(state);
    if (UserRules.DISABLED.equals(state)) {
      user.endSessions(Timestamps.now());
    }
    return true;
  }

  /**
   * Replaces the password with a generated one and returns it, to be shown once to the sysadmin;
   * only its hash is stored. The old password stops working at once, and so does every session
   * signed in with it (whoever the reset is meant to lock out). API tokens are kept: they are
   * revoked one by one.
   */
  public String resetPassword(Actor actor, UserAccount user) {
    UserRules.requireMayManageUsers(actor);
    String password = UserRules.generatedPassword();
    user.passwordHash(PasswordHasher.hash(password));
    user.endSessions(Timestamps.now());
    return password;
  }

  /** What a {@link #update} changed: the profile (email, names, sysadmin) and the password. */
  public record Updated(boolean profile, boolean password) {}

  /**
   * {@code user_update} after {@link UserRules#checkUpdate}. A new password ends the account's
   * sign-in sessions, as a reset does; API tokens are kept, as CKAN keeps them.
   */
  public Updated update(Actor actor, UserAccount user, UserUpdate update) {
    UserRules.requireMayEdit(actor, user);
    UserRules.checkUpdate(actor, user, update).throwIfAny();
    String before = profile(user);
    user.email(update.email());
    if (update.fullname() != null) {
      user.fullname(blankToNull(update.fullname()));
    }
    if (update.about() != null) {
      user.about(blankToNull(update.about()));
    }
    if (update.sysadmin() != null) {
      user.sysadmin(update.sysadmin());
    }
    boolean password = update.password() != null;
    if (password) {
      user.passwordHash(PasswordHasher.hash(update.password()));
      user.endSessions(Timestamps.now());
    }
    return new Updated(!before.equals(profile(user)), password);
  }

  /** Whether {@code password} is the account's current one. */
  public boolean passwordMatches(UserAccount user, String password) {
    return password != null && PasswordHasher.verify(password, user.passwordHash());
  }

  private static String profile(UserAccount u) {
    return String.join(
        "\u0000", "" + u.email(), "" + u.fullname(), "" + u.about(), "" + u.sysadmin());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** The first sysadmin, in whose name scheduled work (monthly snapshots) runs. */
  public Optional<UserAccount> firstSysadmin() {
    return accounts.firstSysadmin();
  }

  public Optional<UserAccount> findByName(String name) {
    return accounts.byName(name);
  }

  /** By id or name, as CKAN's {@code id} parameters accept either. */
  public Optional<UserAccount> find(String idOrName) {
    if (idOrName == null || idOrName.isBlank()) {
      return Optional.empty();
    }
    return accounts.byId(idOrName).or(() -> accounts.byName(idOrName));
  }

  public UserAccount require(String idOrName) {
    return find(idOrName).orElseThrow(() -> new ObjectNotFoundException("User not found"));
  }

  /**
   * The user if the password matches, whatever the account's state, for logins: the caller refuses
   * an account that may not sign in ({@link UserRules#maySignIn}), and may say why, since whoever
   * knows the password is told nothing a guesser could use.
   */
  public Optional<UserAccount> withPassword(String name, String password) {
    return findByName(name).filter(u -> passwordMatches(u, password));
  }

  /** The actor for a user: their capacities in every organisation and group. */
  public Actor actorFor(UserAccount user) {
    Map<String, Capacity> capacities = new HashMap<>();
    for (Membership m : memberships.ofUser(user.id())) {
      capacities.put(m.groupId(), m.capacity());
    }
    return Actor.user(user, capacities);
  }

  /** Adds or changes a membership (callers check permissions). */
  public void setMembership(String groupId, String userId, Capacity capacity) {
    memberships
        .find(groupId, userId)
        .ifPresentOrElse(
            existing -> existing.capacity(capacity),
            () -> memberships.add(new Membership(groupId, userId, capacity)));
  }

  /** Ends a membership; false when there was none (callers check permissions). */
  public boolean removeMembership(String groupId, String userId) {
    Optional<Membership> existing = memberships.find(groupId, userId);
    existing.ifPresent(memberships::remove);
    return existing.isPresent();
  }

  public List<Membership> membersOf(String groupId) {
    return memberships.ofGroup(groupId);
  }
}
