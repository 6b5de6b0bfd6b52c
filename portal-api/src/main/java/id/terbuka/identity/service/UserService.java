package id.terbuka.identity.service;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.Membership;
import id.terbuka.identity.domain.PasswordHasher;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.domain.UserRules;
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

/** Users: creation (sysadmins only), look-up by id or name, password checks, memberships. */
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

  /** The user if the password matches, for logins. */
  public Optional<UserAccount> authenticate(String name, String password) {
    return findByName(name)
        .filter(u -> UserRules.maySignIn(u.state()))
        .filter(u -> PasswordHasher.verify(password, u.passwordHash()));
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
