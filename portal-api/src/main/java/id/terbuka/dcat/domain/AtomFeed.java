package id.terbuka.dcat.domain;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) of recently changed datasets: each entry with its id (the dataset's URI,
 * stable across renames), title, updated time, link to the page and author (the unit that publishes
 * it). Written with StAX, so every text is escaped.
 */
public final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final String site;
  private final String siteTitle;

  public AtomFeed(String site, String siteTitle) {
    this.site = site;
    this.siteTitle = siteTitle;
  }

  /**
   * @param selfUrl the feed's own URL, also its id
   * @param title the feed's title
   * @param fallbackUpdated the feed's updated time when it has no entry (RFC 3339)
   * @param datasets {@code package_show} dicts, newest change first
   */
  public void write(
      OutputStream out,
      String selfUrl,
      String title,
      String fallbackUpdated,
      List<Map<String, Object>> datasets) {
    try {
      XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeStartElement("feed");
      w.writeDefaultNamespace(ATOM);
      element(w, "id", selfUrl);
      element(w, "title", title);
      String updated =
          datasets.isEmpty() ? fallbackUpdated : rfc3339(datasets.get(0).get("metadata_modified"));
      element(w, "updated", updated);
      link(w, "self", selfUrl, "application/atom+xml");
      link(w, "alternate", site + "/dataset", "text/html");
      w.writeStartElement("author");
      element(w, "name", siteTitle);
      w.writeEndElement();
      for (Map<String, Object> d : datasets) {
        entry(w, d);
      }
      w.writeEndElement();
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Atom feed not written", e);
    }
  }

  private void entry(XMLStreamWriter w, Map<String, Object> d) throws XMLStreamException {
    String name = DcatMapping.text(d, "name");
    String title = Optional.ofNullable(DcatMapping.text(d, "title")).orElse(name);
    w.writeStartElement("entry");
    element(w, "id", site + "/dataset/" + DcatMapping.text(d, "id"));
    element(w, "title", title);
    element(w, "updated", rfc3339(d.get("metadata_modified")));
    element(w, "published", rfc3339(d.get("metadata_created")));
    link(w, "alternate", site + "/dataset/" + name, "text/html");
    link(w, "alternate", site + "/dataset/" + name + ".ttl", "text/turtle");
    w.writeStartElement("author");
    String org = null;
    if (d.get("organization") instanceof Map<?, ?> o && o.get("title") != null) {
      org = XmlText.clean(o.get("title").toString());
    }
    element(w, "name", org == null ? siteTitle : org);
    w.writeEndElement();
    String notes = DcatMapping.text(d, "notes");
    if (notes != null) {
      w.writeStartElement("summary");
      w.writeAttribute("type", "text");
      w.writeCharacters(notes);
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text == null ? "" : text);
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String rel, String href, String type)
      throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
    w.writeAttribute("href", href);
  }

  /** CKAN's UTC timestamp with Atom's required offset. */
  static String rfc3339(Object ckanTimestamp) {
    if (ckanTimestamp == null) {
      return null;
    }
    String s = ckanTimestamp.toString();
    return s.endsWith("Z") ? s : s + "Z";
  }
}
