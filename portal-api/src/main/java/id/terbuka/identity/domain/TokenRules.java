package id.terbuka.identity.domain;

import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.InvalidInputException;
import java.util.Optional;

/**
 * API tokens: their form {@code <jti>.<secret>} (the jti lets CKAN clients revoke by id, the secret
 * carries {@value #SECRET_BYTES} random bytes), the fingerprint stored instead of the token, and
 * who may create, list and revoke them (the token's owner, and sysadmins). Tokens do not expire;
 * they are revoked.
 */
public final class TokenRules {
  /** Random bytes in a token's secret part (256 bits). */
  public static final int SECRET_BYTES = 32;

  /** Longer presented tokens are not looked up at all (ours are far shorter). */
  public static final int MAX_PRESENTED_LENGTH = 200;

  private TokenRules() {}

  /** A new token for this jti; it is shown once, only {@link #fingerprint} is kept. */
  public static String newToken(String jti) {
    return jti + "." + Secrets.random(SECRET_BYTES);
  }

  /** What is stored of a token and looked up when one is presented. */
  public static String fingerprint(String token) {
    return Secrets.sha256Hex(token);
  }

  /**
   * The fingerprint to look a presented token up by (surrounding white space ignored); empty for
   * nothing, blanks and anything longer than {@value #MAX_PRESENTED_LENGTH} characters.
   */
  public static Optional<String> presentedFingerprint(String token) {
    if (token == null || token.isBlank() || token.length() > MAX_PRESENTED_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(fingerprint(token.trim()));
  }

  /** {@code api_token_create} needs the user and a name for the token. */
  public static void checkCreate(String userIdOrName, String name) {
    FieldErrors errors = new FieldErrors();
    if (userIdOrName == null || userIdOrName.isBlank()) {
      errors.add("user", "Missing value");
    }
    if (name == null || name.isBlank()) {
      errors.add("name", "Missing value");
    }
    errors.throwIfAny();
  }

  public static void requireMayCreate(Actor actor, UserAccount owner) {
    if (!ownerOrSysadmin(actor, owner.id())) {
      throw new AccessDeniedException(
          "User not authorized to create API tokens for " + owner.name());
    }
  }

  public static void requireMayList(Actor actor, UserAccount owner) {
    if (!ownerOrSysadmin(actor, owner.id())) {
      throw new AccessDeniedException("User not authorized to list API tokens of " + owner.name());
    }
  }

  public static void requireMayRevoke(Actor actor, String ownerUserId) {
    if (!ownerOrSysadmin(actor, ownerUserId)) {
      throw new AccessDeniedException("User not authorized to revoke this API token");
    }
  }

  /**
   * The jti of the token to revoke: {@code jti} when given, else the part of {@code token} before
   * its first dot (the whole of it when there is none).
   *
   * @throws InvalidInputException neither is given
   */
  public static String revokedJti(String token, String jti) {
    String id = jti;
    if ((id == null || id.isBlank()) && token != null && !token.isBlank()) {
      id = token.contains(".") ? token.substring(0, token.indexOf('.')) : token;
    }
    if (id == null || id.isBlank()) {
      throw InvalidInputException.of("token", "Missing value");
    }
    return id;
  }

  private static boolean ownerOrSysadmin(Actor actor, String ownerUserId) {
    return actor.sysadmin() || actor.is(ownerUserId);
  }
}
