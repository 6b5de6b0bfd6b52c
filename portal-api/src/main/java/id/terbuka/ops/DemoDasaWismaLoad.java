package id.terbuka.ops;

import id.terbuka.dasawisma.service.DasaWismaDemo;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.shared.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Loads the demo's Dasa Wisma ({@link DasaWismaDemo}) once per database, on a request ({@code POST
 * /api/v1/admin/demo/dasawisma}) by the launcher after the budget and the procurement, for the
 * reason {@link DemoBudgetImport} gives.
 */
@ApplicationScoped
public class DemoDasaWismaLoad {
  private static final Logger LOG = Logger.getLogger(DemoDasaWismaLoad.class.getName());
  static final String MARKER = "demo.dasawisma.loaded";

  @Inject SettingsService settings;
  @Inject DasaWismaDemo demo;

  public boolean loadOnce(UserAccount admin) {
    if (settings.remembered(MARKER).isPresent()) {
      return false;
    }
    DasaWismaDemo.Loaded loaded = demo.load(Actor.system(admin));
    settings.remember(MARKER, java.time.Instant.now().toString());
    LOG.info(
        "Demo Dasa Wisma loaded: "
            + loaded.households()
            + " households of "
            + loaded.tahun()
            + " in "
            + loaded.desa()
            + " desa; the admin is TP PKK of the kabupaten and cadre of "
            + loaded.cadreDesa());
    return true;
  }
}
