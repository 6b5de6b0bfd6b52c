package id.terbuka.catalog.domain;

import id.terbuka.identity.domain.Capacity;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a create, update or membership request of an organisation or group must hold and how its
 * dict becomes fields: names follow the dataset name rule, {@code kode_unit} may come as a field or
 * (as CKAN clients send it) as an extra, {@code users} may be names or dicts with a capacity.
 */
public final class GroupInput {
  private GroupInput() {}

  /** A user named in a create or update request and the capacity they are to have. */
  public record RequestedMember(String userRef, Capacity capacity) {}

  /**
   * The name of a new organisation or group checked. When it is taken, that is the only problem
   * reported, in CKAN's words.
   */
  public static FieldErrors checkNewName(String name, Predicate<String> nameTaken) {
    FieldErrors errors = new FieldErrors();
    DatasetRules.checkName(name, errors, nameTaken);
    if (errors.has("name") && name != null && nameTaken.test(name)) {
      errors = new FieldErrors().add("name", "Group name already exists in database");
    }
    return errors;
  }

  /** A changed organisation's or group's name checked (the dataset name rule). */
  public static FieldErrors checkName(String name, Predicate<String> nameTaken) {
    FieldErrors errors = new FieldErrors();
    DatasetRules.checkName(name, errors, nameTaken);
    return errors;
  }

  /** The name after an update: the one sent, or the current one when none was sent. */
  public static String nameAfterUpdate(Map<String, Object> dict, CatalogGroup current) {
    String name = Values.text(dict.get("name"));
    return name == null ? current.name : name;
  }

  /** Sets the fields the dict gives (an absent one is cleared, as CKAN's update does). */
  public static void apply(CatalogGroup g, Map<String, Object> dict) {
    g.title = Values.text(dict.get("title"));
    g.description = Values.rawText(dict.get("description"));
    g.imageUrl = Values.text(dict.get("image_url"));
    if (g.organization) {
      g.kodeUnit = Values.text(dict.get("kode_unit"));
      if (g.kodeUnit == null) {
        for (Object e : Values.list(dict.get("extras"))) {
          Map<String, Object> extra = Values.map(e);
          if (extra != null && Objects.equals(extra.get("key"), "kode_unit")) {
            g.kodeUnit = Values.text(extra.get("value"));
          }
        }
      }
    }
  }

  /**
   * Applies {@code review_required} when the dict sends it (an organisation's only; left out, it
   * stays as it is): changing it is for sysadmins ({@link ReviewRules}).
   */
  public static void applyReviewRequired(
      CatalogGroup g, Map<String, Object> dict, id.terbuka.identity.domain.Actor actor) {
    if (!g.organization || !dict.containsKey("review_required")) {
      return;
    }
    boolean wanted;
    try {
      wanted = Values.bool(dict.get("review_required"), false);
    } catch (IllegalArgumentException e) {
      throw id.terbuka.shared.InvalidInputException.of(
          "review_required", "Value must be one of: true, false");
    }
    if (wanted != g.reviewRequired) {
      ReviewRules.requireMaySetReviewRequired(actor);
      g.reviewRequired = wanted;
    }
  }

  /**
   * The users a request's {@code users} names, in order: a name or id, or a dict with {@code name}
   * (else {@code id}) and {@code capacity}, {@code member} when none or unknown. Entries naming no
   * one are skipped.
   */
  public static List<RequestedMember> requestedMembers(Map<String, Object> dict) {
    List<RequestedMember> out = new ArrayList<>();
    for (Object u : Values.list(dict.get("users"))) {
      Map<String, Object> um = Values.map(u);
      String ref =
          um == null
              ? Values.text(u)
              : Values.text(um.get("name") != null ? um.get("name") : um.get("id"));
      if (ref == null) {
        continue;
      }
      Capacity c =
          Capacity.parse(um == null ? null : Values.text(um.get("capacity")))
              .orElse(Capacity.MEMBER);
      out.add(new RequestedMember(ref, c));
    }
    return out;
  }

  /**
   * A membership request ({@code organization_member_create}) checked: the group, the user and the
   * role are needed, every missing one reported.
   *
   * @return the capacity the role names
   */
  public static Capacity checkMemberRequest(String groupRef, String userRef, String role) {
    FieldErrors errors = checkMemberRef(groupRef, userRef);
    Capacity capacity = Capacity.parse(role).orElse(null);
    if (capacity == null) {
      errors.add(
          "role", role == null ? "Missing value" : "Role must be one of: admin, editor, member");
    }
    errors.throwIfAny();
    return capacity;
  }

  /** An end of membership request checked: the group and the user are needed. */
  public static void checkMemberRemoval(String groupRef, String userRef) {
    checkMemberRef(groupRef, userRef).throwIfAny();
  }

  private static FieldErrors checkMemberRef(String groupRef, String userRef) {
    FieldErrors errors = new FieldErrors();
    if (groupRef == null) {
      errors.add("id", "Missing value");
    }
    if (userRef == null) {
      errors.add("username", "Missing value");
    }
    return errors;
  }
}
