package id.terbuka.contracts.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the OCDS schema says about one field, as far as the checks beyond JSON Schema need it: its
 * declared sub-fields, its array items, and the custom keywords a JSON Schema validator ignores
 * ({@code deprecated}, {@code codelist} with {@code openCodelist}, {@code wholeListMerge}).
 * Immutable once built by {@link FieldRules}.
 */
final class FieldRule {

  /** A {@code patternProperties} entry: field names matching the pattern follow the rule. */
  record NamePattern(Pattern pattern, FieldRule rule) {}

  private final Map<String, FieldRule> properties;
  private final List<NamePattern> patternProperties;
  private final FieldRule items;
  private final String deprecatedSince;
  private final String openCodelist;
  private final Set<String> openCodes;
  private final boolean mergedById;

  FieldRule(
      Map<String, FieldRule> properties,
      List<NamePattern> patternProperties,
      FieldRule items,
      String deprecatedSince,
      String openCodelist,
      Set<String> openCodes,
      boolean mergedById) {
    this.properties = Map.copyOf(properties);
    this.patternProperties = List.copyOf(patternProperties);
    this.items = items;
    this.deprecatedSince = deprecatedSince;
    this.openCodelist = openCodelist;
    this.openCodes = openCodes == null ? Set.of() : Set.copyOf(openCodes);
    this.mergedById = mergedById;
  }

  /**
   * True when the schema lists this object's fields, so any other field is an additional one. An
   * object the schema leaves open (such as {@code parties/details}) declares none.
   */
  boolean declaresFields() {
    return !properties.isEmpty() || !patternProperties.isEmpty();
  }

  /** The rule of a sub-field, or null when the schema does not define it. */
  FieldRule field(String name) {
    FieldRule rule = properties.get(name);
    if (rule != null) {
      return rule;
    }
    for (NamePattern p : patternProperties) {
      if (p.pattern().matcher(name).find()) {
        return p.rule();
      }
    }
    return null;
  }

  /** The rule of each array item, or null when this is no array of described items. */
  FieldRule items() {
    return items;
  }

  /** The OCDS version that deprecated this field, or null. */
  String deprecatedSince() {
    return deprecatedSince;
  }

  /** The open codelist's name without {@code .csv} ({@code partyRole}), or null. */
  String openCodelist() {
    return openCodelist;
  }

  boolean inOpenCodelist(String code) {
    return openCodes.contains(code);
  }

  /**
   * True for an array whose objects the merge routine matches by {@code id} (items with an {@code
   * id} property, and no {@code wholeListMerge}): an item without id cannot be merged.
   */
  boolean mergedById() {
    return mergedById;
  }
}
