package id.terbuka.web;

/**
 * Where a dataset search runs: the whole catalogue ({@code /dataset}), or the page of one unit
 * ({@code /organization/{name}}) or topic ({@code /group/{name}}), which fixes one filter that the
 * visitor cannot remove. The fixed filter is not a URL parameter: the page's path carries it.
 *
 * @param path the page's path below the context root, without query
 * @param field the facet field the scope fixes, null for the whole catalogue
 * @param value the fixed value (the unit's or topic's name), null for the whole catalogue
 */
public record SearchScope(String path, String field, String value) {
  public static final SearchScope ALL = new SearchScope("/dataset", null, null);

  public static SearchScope organization(String name) {
    return new SearchScope("/organization/" + SearchParams.enc(name), "organization", name);
  }

  public static SearchScope group(String name) {
    return new SearchScope("/group/" + SearchParams.enc(name), "groups", name);
  }

  /** Whether this scope fixes {@code field} (so its facet would only repeat the scope). */
  public boolean fixes(String facetField) {
    return field != null && field.equals(facetField);
  }
}
