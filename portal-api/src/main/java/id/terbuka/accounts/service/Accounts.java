package id.terbuka.accounts.service;

import id.terbuka.accounts.domain.AccountChange;
import id.terbuka.audit.service.ActivityLog;
import id.terbuka.audit.service.ActivityQueries;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.domain.UserRules;
import id.terbuka.identity.domain.UserUpdate;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.AccessDeniedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What sysadmins do to accounts (and users to their own, {@code user_update}), from the API ({@code
 * user_create}, {@code user_update}, {@code user_delete}) and the publisher pages alike: each
 * change and its activity in one transaction, so that no change goes unrecorded. The rules are
 * {@link UserService}'s and {@link UserRules}'.
 */
@ApplicationScoped
@Transactional
public class Accounts {
  @Inject UserService users;
  @Inject ActivityLog activities;
  @Inject ActivityQueries queries;

  /** Every account, by name (sysadmins only). */
  public List<UserAccount> list(Actor actor) {
    return users.list(actor);
  }

  /** One account for the account pages (sysadmins only; the permission is checked first). */
  public UserAccount require(Actor actor, String idOrName) {
    return users.requireManaged(actor, idOrName);
  }

  /** {@code user_create}, recorded as {@code new user}. */
  public UserAccount create(
      Actor actor, String name, String email, String password, String fullname, boolean sysadmin) {
    UserAccount user = users.create(actor, name, email, password, fullname, sysadmin);
    record(actor, user, AccountChange.CREATED);
    return user;
  }

  /** Disables the account; false (and nothing recorded) when it already was disabled. */
  public boolean disable(Actor actor, String idOrName) {
    return changeState(actor, idOrName, UserRules.DISABLED, AccountChange.DISABLED);
  }

  /** Re-enables the account; false (and nothing recorded) when it was active. */
  public boolean enable(Actor actor, String idOrName) {
    return changeState(actor, idOrName, UserRules.ACTIVE, AccountChange.ENABLED);
  }

  /**
   * Gives the account a generated password and returns it, to be shown once; the activity says that
   * the password was reset, nothing of either password.
   */
  public String resetPassword(Actor actor, String idOrName) {
    UserAccount user = users.requireManaged(actor, idOrName);
    String password = users.resetPassword(actor, user);
    record(actor, user, AccountChange.PASSWORD_RESET);
    return password;
  }

  /**
   * {@code user_update}, by the user or a sysadmin: one {@code changed user} activity for the
   * profile and one for a new password, each only when it changed.
   */
  public UserAccount update(
      Actor actor, String idOrName, Function<UserAccount, UserUpdate> request) {
    UserAccount user = users.require(idOrName);
    UserRules.requireMayEdit(actor, user);
    UserService.Updated updated = users.update(actor, user, request.apply(user));
    if (updated.profile()) {
      record(actor, user, AccountChange.UPDATED);
    }
    if (updated.password()) {
      record(actor, user, AccountChange.PASSWORD_CHANGED);
    }
    return user;
  }

  /**
   * {@code user_activity_list}: what the user did and what was done to their account, newest first,
   * for the user themself and sysadmins ({@link UserRules#maySeeActivityOf}); {@code visible}
   * leaves out activities of datasets the caller may not read.
   */
  public List<Map<String, Object>> activitiesOf(
      Actor actor, String idOrName, int offset, int limit, Predicate<Map<String, Object>> visible) {
    UserAccount user = users.require(idOrName);
    if (!UserRules.maySeeActivityOf(actor, user.id())) {
      throw new AccessDeniedException("User not authorized to see the activity of this user");
    }
    return queries.ofUser(user.id(), offset, limit, visible);
  }

  private boolean changeState(Actor actor, String idOrName, String state, AccountChange change) {
    UserAccount user = users.requireManaged(actor, idOrName);
    boolean changed = users.changeState(actor, user, state);
    if (changed) {
      record(actor, user, change);
    }
    return changed;
  }

  private void record(Actor actor, UserAccount user, AccountChange change) {
    activities.record(
        actor,
        change.activityType(),
        user.id(),
        null,
        List.of(),
        AccountChange.OBJECT_KEY,
        AccountChange.recorded(user),
        change.cause());
  }
}
