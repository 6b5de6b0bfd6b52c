package id.terbuka.ops;

import id.terbuka.budget.sample.DemoBudget;
import id.terbuka.budget.service.BudgetImports;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportStatus;
import id.terbuka.imports.service.ImportService;
import id.terbuka.shared.Json;
import id.terbuka.shared.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads two years of illustrative budget realisation for the demo units ({@link DemoBudget}),
 * through the import service exactly as the finance office would send it, once per database. Called
 * on a request ({@code POST /api/v1/admin/demo/budget}, by the launcher once the portal is ready),
 * not from a start-up callback: there the import's JDBC and JPA work did not share one transaction,
 * and its lines could not see its own report row.
 */
@ApplicationScoped
public class DemoBudgetImport {
  private static final Logger LOG = Logger.getLogger(DemoBudgetImport.class.getName());
  static final String MARKER = "demo.budget.loaded";

  /** The demo's finance office (BPKAD), which imports for every unit. */
  static final String IMPORTER = "bpkad";

  @Inject SettingsService settings;
  @Inject ImportService imports;
  @Inject BudgetImports budget;

  @SuppressWarnings("unchecked")
  public boolean loadOnce(UserAccount admin) {
    if (settings.remembered(MARKER).isPresent()) {
      return false;
    }
    Map<String, Object> catalogue = Json.parseObject(DemoCatalogue.read("demo/catalogue.json"));
    StringWriter csv = new StringWriter();
    try {
      DemoBudget.write((List<Map<String, Object>>) catalogue.get("organizations"), csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImportReport report;
    try (InputStream in =
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8))) {
      report =
          imports.run(budget, Actor.system(admin), IMPORTER, "demo-realisasi-apbd.csv", in, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (report.status() != ImportStatus.ACCEPTED) {
      throw new IllegalStateException(
          "The demo budget was not accepted: "
              + report.errorCount()
              + " errors, first "
              + report.errors().stream().findFirst().map(Object::toString).orElse("-"));
    }
    settings.remember(MARKER, java.time.Instant.now().toString());
    LOG.info(
        "Demo budget loaded: "
            + report.file().rows()
            + " lines, datasets "
            + String.join(", ", report.datasets()));
    return true;
  }
}
