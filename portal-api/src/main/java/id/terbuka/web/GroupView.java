package id.terbuka.web;

/**
 * {@code /organization/{name}} or {@code /group/{name}}: the unit or topic and its datasets.
 *
 * @param organization a unit ({@code true}) or a topic
 * @param descriptionHtml the description rendered from Markdown and sanitised; empty when none
 * @param summary the description's start as plain text (meta description), may be empty
 * @param kodeUnit the unit's code, null for topics or when not set
 * @param search the scoped dataset search
 */
public record GroupView(
    boolean organization,
    String name,
    String title,
    String descriptionHtml,
    String summary,
    String kodeUnit,
    SearchView search) {

  /** Message key prefix: {@code orgs.} or {@code groups.}. */
  public String keys() {
    return organization ? "orgs." : "groups.";
  }

  /** The list this page belongs to. */
  public String listPath() {
    return organization ? "/organization" : "/group";
  }
}
