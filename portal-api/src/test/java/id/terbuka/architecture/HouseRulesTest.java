package id.terbuka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

  /** The adapters plus the packages that are no capability (shared helpers, the file store). */
  private static final String[] NOT_CAPABILITIES = {
    "id.terbuka.ckan..",
    "id.terbuka.web..",
    "id.terbuka.ops..",
    "id.terbuka.http..",
    "id.terbuka.shared..",
    "id.terbuka.storage.."
  };

  /** The layers of a capability (ADR 0011); any other sub-package is a pure part. */
  private static final Set<String> LAYERS = Set.of("domain", "persistence", "service", "api");

  @ArchTest
  static final ArchRule capabilitiesFollowTheLayout =
      classes()
          .that()
          .resideOutsideOfPackages(NOT_CAPABILITIES)
          .and()
          .doNotHaveSimpleName("package-info")
          .should(liveInALayerOrAPurePart())
          .because(
              "every capability has the same inner layout (domain, persistence, service, api, or a"
                  + " pure part such as datastore.load), so a reader knows where a new domain's"
                  + " files go (ADR 0011)");

  @ArchTest
  static final ArchRule purePartsArePure =
      noClasses()
          .that(areInAPurePart())
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              adaptersAnd(
                  "id.terbuka.*.service..", "id.terbuka.*.persistence..", "id.terbuka.*.api.."))
          .orShould()
          .beAnnotatedWith(ApplicationScoped.class)
          .orShould()
          .beAnnotatedWith(RequestScoped.class)
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(EntityManager.class, EntityManagerFactory.class)
          .because(
              "a part outside the four layers (datastore.load, datastore.dump, datastore.sql) is"
                  + " plain code that services use: no beans, no repositories, no HTTP (ADR 0011)");

  @ArchTest
  static final ArchRule servicesKnowNoAdapters =
      noClasses()
          .that()
          .resideInAPackage("id.terbuka.*.service..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(adaptersAnd("id.terbuka.*.api.."))
          .because(
              "services are called by the adapters and a capability's api, never the other way"
                  + " round, so pages, the CKAN API and imports reuse them unchanged (ADR 0011)");

  @ArchTest
  static final ArchRule noCapabilityUsesAnothersRepositories =
      classes()
          .should(notUseAnotherCapabilitysPersistence())
          .because(
              "a capability reaches another one through its services, so that the other's"
                  + " permission checks and invariants hold (ADR 0011)");

  private static String[] adaptersAnd(String... more) {
    List<String> all = new ArrayList<>(List.of(HTTP_ADAPTERS));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** {@code catalog} for {@code id.terbuka.catalog.service.X}. */
  private static String capabilityOf(String packageName) {
    String[] parts = packageName.split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }

  /** {@code service} for {@code id.terbuka.catalog.service.X}; empty at the capability's root. */
  private static String layerOf(String packageName) {
    String[] parts = packageName.split("\\.");
    return parts.length > 3 ? parts[3] : "";
  }

  private static boolean isCapability(String packageName) {
    for (String p : NOT_CAPABILITIES) {
      String prefix = p.substring(0, p.length() - 2);
      if (packageName.equals(prefix) || packageName.startsWith(prefix + ".")) {
        return false;
      }
    }
    return packageName.startsWith("id.terbuka.");
  }

  private static DescribedPredicate<JavaClass> areInAPurePart() {
    return DescribedPredicate.describe(
        "are in a pure part of a capability",
        c ->
            isCapability(c.getPackageName())
                && !layerOf(c.getPackageName()).isEmpty()
                && !LAYERS.contains(layerOf(c.getPackageName())));
  }

  private static ArchCondition<JavaClass> liveInALayerOrAPurePart() {
    return new ArchCondition<>("live in domain, persistence, service, api or a pure part") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        if (layerOf(c.getPackageName()).isEmpty()) {
          events.add(
              SimpleConditionEvent.violated(
                  c, c.getName() + " sits at its capability's root, outside every layer"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> notUseAnotherCapabilitysPersistence() {
    return new ArchCondition<>("not use another capability's persistence") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        String own = capabilityOf(c.getPackageName());
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          if (isCapability(target)
              && layerOf(target).equals("persistence")
              && !capabilityOf(target).equals(own)) {
            events.add(SimpleConditionEvent.violated(c, d.getDescription()));
          }
        }
      }
    };
  }

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
