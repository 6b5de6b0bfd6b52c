package id.terbuka.web;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

/** The DCAT-AP shapes of the test resources, run by Jena's SHACL engine. */
final class DcatShapes {
  private static final Shapes SHAPES =
      Shapes.parse(RDFDataMgr.loadGraph("dcat/dcat-ap-mandatory.ttl"));

  private DcatShapes() {}

  static ValidationReport validate(Model model) {
    return ShaclValidator.get().validate(SHAPES, model.getGraph());
  }

  /** The report in words, for assertion messages. */
  static String describe(ValidationReport report) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ShLib.printReport(out, report);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
