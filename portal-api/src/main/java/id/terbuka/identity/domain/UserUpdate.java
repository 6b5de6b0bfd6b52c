package id.terbuka.identity.domain;

/**
 * What a {@code user_update} asks for: the account's editable fields as sent, and whether the
 * current password sent with a new one matched. As in CKAN, a field not sent (null) is left as it
 * is, except {@code email}, which is required; an empty {@code fullname} or {@code about} clears
 * it.
 */
public record UserUpdate(
    String name,
    String email,
    String fullname,
    String about,
    String password,
    boolean oldPasswordMatches,
    Boolean sysadmin) {}
