package id.terbuka.dcat.domain;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the DCAT endpoints write, by file extension and media type. */
public enum RdfSyntax {
  TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_BLOCKS),
  RDF_XML("rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN),
  /** {@code .xml}: RDF/XML as ckanext-dcat also serves it. */
  XML("xml", "application/rdf+xml", RDFFormat.RDFXML_PLAIN),
  JSON_LD("jsonld", "application/ld+json", RDFFormat.JSONLD11);

  private final String extension;
  private final String mediaType;
  private final RDFFormat format;

  RdfSyntax(String extension, String mediaType, RDFFormat format) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.format = format;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public void write(Model model, OutputStream out) {
    RDFDataMgr.write(out, model, format);
  }

  public static Optional<RdfSyntax> ofExtension(String ext) {
    for (RdfSyntax s : values()) {
      if (s.extension.equals(ext)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The syntax an {@code Accept} header prefers among ours (first listed wins; q-values are not
   * weighed), Turtle when it names none of them.
   */
  public static RdfSyntax negotiate(String accept) {
    if (accept != null) {
      for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
        String type = part.split(";")[0].strip();
        switch (type) {
          case "text/turtle", "application/x-turtle":
            return TURTLE;
          case "application/rdf+xml":
            return RDF_XML;
          case "application/ld+json":
            return JSON_LD;
          default:
            break;
        }
      }
    }
    return TURTLE;
  }
}
