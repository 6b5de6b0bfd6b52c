package id.terbuka.identity.service;

import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.Capacity;
import id.terbuka.identity.domain.Membership;
import id.terbuka.identity.domain.PasswordHasher;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.persistence.MembershipRepository;
import id.terbuka.identity.persistence.UserRepository;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.FieldErrors;
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
import java.util.regex.Pattern;

/** Users: creation (sysadmins only), look-up by id or name, password checks, memberships. */
@ApplicationScoped
@Transactional
public class UserService {
  private static final Pattern NAME = Pattern.compile("[a-z0-9_\\-]{2,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Inject UserRepository accounts;
  @Inject MembershipRepository memberships;

  /** {@code user_create}: name, email and password are required (CKAN's rules). */
  public UserAccount create(
      Actor actor, String name, String email, String password, String fullname, boolean sysadmin) {
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("User not authorized to create users");
    }
    FieldErrors errors = new FieldErrors();
    if (name == null || name.isBlank()) {
      errors.add("name", "Missing value");
    } else if (!NAME.matcher(name).matches()) {
      errors.add(
          "name", "Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_");
    } else if (findByName(name).isPresent()) {
      errors.add("name", "That login name is not available.");
    }
    if (email == null || email.isBlank()) {
      errors.add("email", "Missing value");
    } else if (!EMAIL.matcher(email).matches()) {
      errors.add("email", "Email " + email + " is not a valid format");
    }
    if (password == null || password.isBlank()) {
      errors.add("password", "Missing value");
    } else if (password.length() < 8) {
      errors.add("password", "Your password must be 8 characters or longer");
    }
    errors.throwIfAny();
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
        .filter(u -> "active".equals(u.state()))
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
