package id.terbuka.ops;

import id.terbuka.identity.domain.Secrets;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.TerbukaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After migrations: makes sure the sysadmin {@code admin} exists (password from {@code
 * terbuka.admin.password}, or generated and logged once), then loads the demo catalogue when asked.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Bootstrap {
  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());
  public static final String ADMIN = "admin";

  @Inject UserService users;
  @Inject TerbukaConfig config;
  @Inject DemoCatalogue demo;

  @PostConstruct
  void start() {
    if (users.findByName(ADMIN).isEmpty()) {
      String password = config.adminPassword().orElse(null);
      if (password == null) {
        password = Secrets.random(12);
        LOG.warning("Created sysadmin 'admin' with generated password: " + password);
      }
      users.insert(ADMIN, "admin@localhost", password, "Administrator", true);
      LOG.info("Created sysadmin 'admin'");
    }
    if (config.demo()) {
      try {
        demo.loadOnce(users.findByName(ADMIN).orElseThrow());
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Loading the demo catalogue failed", e);
      }
    }
  }
}
