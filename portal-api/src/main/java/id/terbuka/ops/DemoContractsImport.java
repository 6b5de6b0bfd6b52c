package id.terbuka.ops;

import id.terbuka.contracts.sample.ProcurementSample;
import id.terbuka.contracts.service.ContractImports;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads a year of illustrative procurement for the demo units ({@link ProcurementSample}) through
 * the spreadsheet import, as the procurement office (UKPBJ) would send it: the mid-year file, then
 * the year-end file that completes, pays and amends contracts (so update releases, amendments and
 * the "amended up" flag are there too). Once per database; called on a request ({@code POST
 * /api/v1/admin/demo/contracts}) by the launcher, for the reason {@link DemoBudgetImport} gives.
 */
@ApplicationScoped
public class DemoContractsImport {
  private static final Logger LOG = Logger.getLogger(DemoContractsImport.class.getName());
  static final String MARKER = "demo.contracts.loaded";

  /** The demo's procurement office, which imports for every unit. */
  static final String IMPORTER = "ukpbj";

  @Inject SettingsService settings;
  @Inject ImportService imports;
  @Inject ContractImports contracts;

  @SuppressWarnings("unchecked")
  public boolean loadOnce(UserAccount admin) {
    if (settings.remembered(MARKER).isPresent()) {
      return false;
    }
    Map<String, Object> catalogue = Json.parseObject(DemoCatalogue.read("demo/catalogue.json"));
    ProcurementSample sample =
        ProcurementSample.forOrganisations(
            (List<Map<String, Object>>) catalogue.get("organizations"));
    for (int version = 1; version <= 2; version++) {
      String csv = sample.generate(ProcurementSample.SEED, version);
      String name = "demo-pengadaan-" + ProcurementSample.YEAR + "-v" + version + ".csv";
      ImportReport report = importFile(admin, name, csv);
      if (report.status() != ImportStatus.ACCEPTED) {
        throw new IllegalStateException(
            "The demo procurement file "
                + name
                + " was not accepted: "
                + report.errorCount()
                + " errors, first "
                + report.errors().stream().findFirst().map(Object::toString).orElse("-"));
      }
      LOG.info("Demo procurement " + name + " loaded: " + report.file().rows() + " rows");
    }
    settings.remember(MARKER, java.time.Instant.now().toString());
    return true;
  }

  private ImportReport importFile(UserAccount admin, String name, String csv) {
    try (InputStream in = new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))) {
      return imports.run(contracts, Actor.system(admin), IMPORTER, name, in, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
