package id.terbuka.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A dataset as a search result or a home page entry.
 *
 * @param formats distinct resource formats, upper case, in resource order
 * @param modified CKAN timestamp (UTC) of the last change
 * @param summary the start of the description, as plain text
 * @param id the dataset id (null when not known)
 * @param views page views so far ({@code id.terbuka.usage})
 * @param downloads downloads so far
 */
public record DatasetSummary(
    String name,
    String title,
    String orgName,
    String orgTitle,
    List<String> formats,
    String modified,
    String summary,
    boolean isPrivate,
    String id,
    long views,
    long downloads) {

  /** A summary without usage figures. */
  public DatasetSummary(
      String name,
      String title,
      String orgName,
      String orgTitle,
      List<String> formats,
      String modified,
      String summary,
      boolean isPrivate) {
    this(name, title, orgName, orgTitle, formats, modified, summary, isPrivate, null, 0, 0);
  }

  /** The same summary with its dataset's views and downloads. */
  public DatasetSummary withUsage(long views, long downloads) {
    return new DatasetSummary(
        name, title, orgName, orgTitle, formats, modified, summary, isPrivate, id, views,
        downloads);
  }

  static DatasetSummary of(Map<String, Object> dict) {
    Set<String> formats = new LinkedHashSet<>();
    for (Map<String, Object> r : Dicts.maps(dict, "resources")) {
      String f = Dicts.text(r, "format");
      if (f != null) {
        formats.add(f.toUpperCase(Locale.ROOT));
      }
    }
    Map<String, Object> org = Dicts.map(dict, "organization");
    String name = Dicts.text(dict, "name");
    String title = Dicts.text(dict, "title");
    return new DatasetSummary(
        name,
        title == null ? name : title,
        Dicts.text(org, "name"),
        Dicts.text(org, "title"),
        List.copyOf(formats),
        Dicts.text(dict, "metadata_modified"),
        Markdown.summary(Dicts.text(dict, "notes"), 200),
        Boolean.TRUE.equals(dict.get("private")),
        Dicts.text(dict, "id"),
        0,
        0);
  }
}
