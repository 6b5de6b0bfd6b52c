package id.terbuka.identity.domain;

import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.FieldErrors;
import java.time.LocalDateTime;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Who may create and manage users, what a new user's name, email and password must be, and which
 * accounts may sign in. The messages are CKAN's (or in CKAN's style where CKAN has none): clients
 * and the publisher pages show them as they are.
 */
public final class UserRules {
  /** Shortest password accepted, in characters. */
  public static final int MIN_PASSWORD_LENGTH = 8;

  /** The state of an account that signs in. */
  public static final String ACTIVE = "active";

  /**
   * The state of an account a sysadmin switched off: no sign-in, no API token, until re-enabled.
   */
  public static final String DISABLED = "disabled";

  /** Random bytes of a generated password: 96 bits, 16 URL-safe characters. */
  private static final int GENERATED_PASSWORD_BYTES = 12;

  private static final Pattern NAME = Pattern.compile("[a-z0-9_\\-]{2,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private UserRules() {}

  /** Only sysadmins create users (and so decide whether a new user is a sysadmin too). */
  public static void requireMayCreateUsers(Actor actor) {
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("User not authorized to create users");
    }
  }

  /** Only sysadmins list accounts, disable or re-enable them and reset their passwords. */
  public static void requireMayManageUsers(Actor actor) {
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("User not authorized to manage users");
    }
  }

  /**
   * The problem of setting {@code user}'s state to {@code state}, if any: only the two states are
   * known, and a sysadmin cannot disable their own account (the portal's last sysadmin would lock
   * everyone out of the account pages).
   */
  public static FieldErrors checkState(Actor actor, UserAccount user, String state) {
    FieldErrors errors = new FieldErrors();
    if (!ACTIVE.equals(state) && !DISABLED.equals(state)) {
      errors.add("state", "Must be one of: " + ACTIVE + ", " + DISABLED);
    } else if (DISABLED.equals(state) && actor.is(user.id())) {
      errors.add("id", "You cannot disable your own account");
    }
    return errors;
  }

  /**
   * A new random password for a reset: the sysadmin never chooses (or sees a pattern in) it, and it
   * is longer than {@link #MIN_PASSWORD_LENGTH}.
   */
  public static String generatedPassword() {
    return Secrets.random(GENERATED_PASSWORD_BYTES);
  }

  /**
   * Every problem of a new user's fields, one per field at most. {@code nameTaken} is asked only
   * for a well-formed name, so a malformed one costs no look-up.
   */
  public static FieldErrors check(
      String name, String email, String password, Predicate<String> nameTaken) {
    FieldErrors errors = new FieldErrors();
    if (name == null || name.isBlank()) {
      errors.add("name", "Missing value");
    } else if (!NAME.matcher(name).matches()) {
      errors.add(
          "name", "Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_");
    } else if (nameTaken.test(name)) {
      errors.add("name", "That login name is not available.");
    }
    checkEmail(email, errors);
    if (password == null || password.isBlank()) {
      errors.add("password", "Missing value");
    } else {
      checkPasswordLength(password, errors);
    }
    return errors;
  }

  private static void checkEmail(String email, FieldErrors errors) {
    if (email == null || email.isBlank()) {
      errors.add("email", "Missing value");
    } else if (!EMAIL.matcher(email).matches()) {
      errors.add("email", "Email " + email + " is not a valid format");
    }
  }

  private static void checkPasswordLength(String password, FieldErrors errors) {
    if (password.length() < MIN_PASSWORD_LENGTH) {
      errors.add(
          "password", "Your password must be " + MIN_PASSWORD_LENGTH + " characters or longer");
    }
  }

  /** {@code user_update}: a user edits their own account; sysadmins edit any. */
  public static void requireMayEdit(Actor actor, UserAccount user) {
    if (!actor.sysadmin() && !actor.is(user.id())) {
      throw new AccessDeniedException("User not authorized to edit user " + user.name());
    }
  }

  /**
   * Every problem of a {@code user_update}, one per field at most. The login name stays: the
   * publication log and the activities name people by it, and they are never rewritten. Only a
   * sysadmin changes {@code sysadmin}, never their own (the portal's last sysadmin would lock
   * everyone out). A user changing their own password gives the current one ({@code
   * oldPasswordMatches}), so that a leaked API token cannot take the account over; a sysadmin
   * resets passwords instead.
   */
  public static FieldErrors checkUpdate(Actor actor, UserAccount user, UserUpdate update) {
    FieldErrors errors = new FieldErrors();
    if (update.name() != null && !update.name().equals(user.name())) {
      errors.add("name", "Login names cannot be changed");
    }
    checkEmail(update.email(), errors);
    if (update.password() != null) {
      checkPasswordLength(update.password(), errors);
      if (!errors.has("password") && !actor.sysadmin() && !update.oldPasswordMatches()) {
        errors.add("old_password", "Your current password is incorrect");
      }
    }
    if (update.sysadmin() != null && update.sysadmin() != user.sysadmin()) {
      if (!actor.sysadmin()) {
        errors.add("sysadmin", "Only a sysadmin can change this");
      } else if (actor.is(user.id())) {
        errors.add("sysadmin", "You cannot remove your own sysadmin rights");
      }
    }
    return errors;
  }

  /** Only active accounts sign in, by password or by API token. */
  public static boolean maySignIn(String accountState) {
    return ACTIVE.equals(accountState);
  }

  /**
   * Whether a sign-in session begun at {@code signedInAt} (null when the session does not say)
   * still stands for {@code user}: not if the account's sessions were ended after it began (the
   * account was disabled or its password reset since). The account's state is checked apart.
   */
  public static boolean sessionStands(UserAccount user, LocalDateTime signedInAt) {
    LocalDateTime ended = user.sessionsEnded();
    return ended == null || (signedInAt != null && !signedInAt.isBefore(ended));
  }

  /**
   * A user's activity stream (what they did, and what was done to their account) is shown to
   * themselves and to sysadmins only: it tells when an account was disabled or reset.
   */
  public static boolean maySeeActivityOf(Actor actor, String userId) {
    return actor.sysadmin() || actor.is(userId);
  }

  /** A user's email is shown to themselves and to sysadmins only. */
  public static boolean maySeePrivateFields(Actor actor, UserAccount user) {
    return actor.sysadmin() || actor.is(user.id());
  }
}
