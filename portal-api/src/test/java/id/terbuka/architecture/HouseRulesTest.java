package id.terbuka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.terbuka.shared.TerbukaConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URISyntaxException;

/**
 * The rules of {@code docs/architecture.md} ("Rules") and ADR 0011 that the code keeps today,
 * checked on portal-api's main classes (its own output directory only: the search-index module's
 * classes share the {@code id.terbuka} prefix but are not portal-api's).
 */
@AnalyzeClasses(
    packages = "id.terbuka",
    importOptions = {ImportOption.DoNotIncludeTests.class, HouseRulesTest.PortalApiOnly.class})
class HouseRulesTest {

  /** Capabilities and adapters are the packages right below {@code id.terbuka}. */
  private static final String TOP_LEVEL_PACKAGES = "id.terbuka.(*)..";

  /** The HTTP adapters: they turn requests into service calls and answers, nothing more. */
  private static final String[] HTTP_ADAPTERS = {
    "id.terbuka.ckan..", "id.terbuka.web..", "id.terbuka.ops..", "id.terbuka.http.."
  };

  @ArchTest
  static final ArchRule noSolrInThePortal =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.solr..")
          .because(
              "Solr is derived from PostgreSQL and reached only through the search port"
                  + " (id.terbuka.search types); SolrJ lives in the search-index module alone"
                  + " (ADR 0008), so that swapping or upgrading the search server touches one"
                  + " module");

  @ArchTest
  static final ArchRule noCyclesBetweenCapabilities =
      slices()
          .matching(TOP_LEVEL_PACKAGES)
          .namingSlices("$1")
          .should()
          .beFreeOfCycles()
          .because(
              "dependencies point one way (adapters -> services -> entities) and no two"
                  + " capabilities depend on each other, so each can be read, tested and changed"
                  + " on its own (ADR 0011)");

  @ArchTest
  static final ArchRule noDatabaseInHttpAdapters =
      noClasses()
          .that()
          .resideInAnyPackage(HTTP_ADAPTERS)
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(EntityManager.class, EntityManagerFactory.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..")
          .because(
              "the HTTP adapters (ckan, web, ops, http) call application services, which check"
                  + " permissions with the Actor and own the transactions; no EntityManager or JDBC"
                  + " in adapters (docs/architecture.md, Rules)");

  /** The layers of a capability above its repositories (ADR 0011), named by pattern. */
  private static final String[] ABOVE_PERSISTENCE = {
    "id.terbuka.*.domain..", "id.terbuka.*.service..", "id.terbuka.*.api.."
  };

  @ArchTest
  static final ArchRule onlyRepositoriesHoldTheDatabase =
      noClasses()
          .that()
          .resideInAnyPackage(ABOVE_PERSISTENCE)
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(EntityManager.class, EntityManagerFactory.class)
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage("java.sql..", "javax.sql..")
          .because(
              "a capability's persistence package holds its EntityManager, DataSource and SQL;"
                  + " domain, service and api reach the database through it (ADR 0011)");

  @ArchTest
  static final ArchRule domainDependsOnNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage("id.terbuka.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "id.terbuka.*.persistence..", "id.terbuka.*.service..", "id.terbuka.*.api..")
          .because(
              "dependencies point one way: api -> service -> persistence -> domain (ADR 0011)");

  @ArchTest
  static final ArchRule persistenceDependsOnNoService =
      noClasses()
          .that()
          .resideInAPackage("id.terbuka.*.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.terbuka.*.service..", "id.terbuka.*.api..")
          .because(
              "repositories store and find; the use cases that call them live in service"
                  + " (ADR 0011)");

  @ArchTest
  static final ArchRule noHttpInsideCapabilityLayers =
      noClasses()
          .that()
          .resideInAnyPackage(
              "id.terbuka.*.domain..", "id.terbuka.*.service..", "id.terbuka.*.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.servlet..", "jakarta.ws.rs..")
          .because(
              "servlet and JAX-RS types belong to the adapters and a capability's api package"
                  + " (ADR 0011)");

  @ArchTest
  static final ArchRule adaptersReachNoRepository =
      noClasses()
          .that()
          .resideInAnyPackage(HTTP_ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("id.terbuka.*.persistence..")
          .because(
              "adapters call services, which check permissions and own transactions; no"
                  + " repository in ckan, web, ops or http (ADR 0011)");

  /** Keeps only classes compiled from portal-api's own sources (its main output directory). */
  static final class PortalApiOnly implements ImportOption {
    private static final String MAIN_CLASSES = mainClassesRoot();

    @Override
    public boolean includes(Location location) {
      return location.asURI().toString().startsWith(MAIN_CLASSES);
    }

    private static String mainClassesRoot() {
      try {
        return TerbukaConfig.class
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toURI()
            .toString();
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
