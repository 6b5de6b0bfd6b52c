package id.terbuka.contracts.domain;

import tools.jackson.databind.node.ObjectNode;

/**
 * What every package the portal publishes says about itself (configuration, see
 * docs/operations.md): who publishes, under which licence and policy.
 *
 * @param publisherName e.g. Pemerintah Kabupaten Bojonegoro
 * @param publisherScheme an org-id.guide scheme for {@code publisherUid}, or empty
 * @param publisherUid the publisher's identifier in that scheme, or empty
 * @param publisherUri a web address for the publisher, or empty
 * @param license the data licence's URL
 * @param publicationPolicy the publication policy's URL
 */
public record PackageMetadata(
    String publisherName,
    String publisherScheme,
    String publisherUid,
    String publisherUri,
    String license,
    String publicationPolicy) {

  /** OCDS version of everything the portal writes. */
  public static final String VERSION = "1.1";

  /**
   * A package head: {@code uri, version, publishedDate, publisher, license, publicationPolicy}, in
   * the order the schema lists them; the caller adds {@code releases} or {@code records}.
   */
  public ObjectNode head(String uri, String publishedDate) {
    ObjectNode p = OcdsJson.object();
    p.put("uri", uri);
    p.put("version", VERSION);
    p.put("publishedDate", publishedDate);
    ObjectNode publisher = p.putObject("publisher");
    publisher.put("name", publisherName);
    putIfPresent(publisher, "scheme", publisherScheme);
    putIfPresent(publisher, "uid", publisherUid);
    putIfPresent(publisher, "uri", publisherUri);
    putIfPresent(p, "license", license);
    putIfPresent(p, "publicationPolicy", publicationPolicy);
    return p;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null && !value.isBlank()) {
      node.put(field, value);
    }
  }
}
