package id.terbuka.ops;

import id.terbuka.accounts.service.Accounts;
import id.terbuka.catalog.domain.Upload;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.UserAccount;
import id.terbuka.identity.domain.UserRules;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.Json;
import id.terbuka.shared.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Loads the bundled demo catalogue ({@code demo/catalogue.json} and its CSV files) through the
 * application services, exactly as a publisher would, once per database.
 */
@ApplicationScoped
public class DemoCatalogue {
  private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
  static final String MARKER = "demo.loaded";

  @Inject SettingsService settings;
  @Inject GroupService groups;
  @Inject DatasetService datasets;
  @Inject ResourceService resources;
  @Inject Accounts accounts;
  @Inject UserService users;

  @SuppressWarnings("unchecked")
  public void loadOnce(UserAccount admin) {
    if (settings.remembered(MARKER).isPresent()) {
      return;
    }
    Actor system = Actor.system(admin);
    Map<String, Object> catalogue = Json.parseObject(read("demo/catalogue.json"));
    int orgs =
        createOrganisations(system, (List<Map<String, Object>>) catalogue.get("organizations"));
    for (Map<String, Object> group : (List<Map<String, Object>>) catalogue.get("groups")) {
      if (!groups.exists((String) group.get("name"), false)) {
        groups.create(system, group, false);
      }
    }
    int count = 0;
    for (Map<String, Object> dataset : (List<Map<String, Object>>) catalogue.get("datasets")) {
      if (!datasets.exists(system, (String) dataset.get("name"))) {
        createDataset(system, dataset);
        count++;
      }
    }
    waitingForReview(system);
    settings.remember(MARKER, java.time.Instant.now().toString());
    LOG.info("Demo catalogue loaded: " + orgs + " organisations, " + count + " datasets");
  }

  /**
   * Two publications waiting for the walidata, so that the review queue (issue 13) shows the
   * workflow from the first start: a producer of Dinas Kesehatan proposes a change to a published
   * dataset and a new dataset. The producer's password is random and shown nowhere; the admin gives
   * them one on the account pages to try the producer's side.
   */
  private void waitingForReview(Actor system) {
    if (users.findByName(DEMO_PRODUCER).isPresent()) {
      return;
    }
    UserAccount producer =
        accounts.create(
            system,
            DEMO_PRODUCER,
            DEMO_PRODUCER + "@demo.invalid",
            UserRules.generatedPassword(),
            "Produsen Data Dinas Kesehatan (demo)",
            false);
    groups.addMember(system, "dinas-kesehatan", DEMO_PRODUCER, "editor", true);
    Actor actor = users.actorFor(producer);
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("id", "jumlah-fasilitas-kesehatan-per-kecamatan-2023");
    change.put("satuan", "unit fasilitas");
    change.put(
        "metodologi", "Rekap laporan bulanan puskesmas dan rumah sakit, diverifikasi Dinkes.");
    datasets.patch(actor, change);
    Map<String, Object> fresh = new LinkedHashMap<>();
    fresh.put("name", "jumlah-tenaga-kesehatan-per-kecamatan-2024");
    fresh.put("title", "Jumlah Tenaga Kesehatan per Kecamatan Tahun 2024");
    fresh.put("owner_org", "dinas-kesehatan");
    fresh.put("notes", "Dokter, perawat, bidan dan tenaga kesehatan lain per kecamatan (demo).");
    fresh.put("license_id", "cc-by");
    fresh.put("frekuensi", "tahunan");
    datasets.create(actor, fresh);
  }

  static final String DEMO_PRODUCER = "produsen-dinkes";

  /** The organisations not there yet; returns how many were created. */
  private int createOrganisations(Actor system, List<Map<String, Object>> organisations) {
    int created = 0;
    for (Map<String, Object> org : organisations) {
      if (!groups.exists((String) org.get("name"), true)) {
        Map<String, Object> dict = new LinkedHashMap<>(org);
        if (Boolean.TRUE.equals(dict.remove("kode_unit_demo"))) {
          dict.put(
              "description", dict.getOrDefault("description", "") + " (Kode unit: nilai demo.)");
        }
        // The demo shows the walidata's review (issue 13): every unit's producers wait for it.
        dict.putIfAbsent("review_required", true);
        groups.create(system, dict, true);
        created++;
      }
    }
    return created;
  }

  /** The dataset with its link resources, then each file resource uploaded from the demo files. */
  @SuppressWarnings("unchecked")
  private void createDataset(Actor system, Map<String, Object> dataset) {
    Map<String, Object> dict = new LinkedHashMap<>(dataset);
    List<Map<String, Object>> files = new ArrayList<>();
    List<Map<String, Object>> links = new ArrayList<>();
    for (Map<String, Object> r :
        (List<Map<String, Object>>) dict.getOrDefault("resources", List.of())) {
      (r.containsKey("file") ? files : links).add(r);
    }
    dict.put("resources", links);
    Map<String, Object> created = datasets.create(system, dict);
    for (Map<String, Object> file : files) {
      Map<String, Object> r = new LinkedHashMap<>(file);
      String path = (String) r.remove("file");
      r.put("package_id", created.get("id"));
      try (InputStream in = stream("demo/" + path)) {
        resources.create(
            system, r, new Upload(path.substring(path.lastIndexOf('/') + 1), "text/csv", in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static String read(String resource) {
    try (InputStream in = stream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String resource) {
    InputStream in = DemoCatalogue.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing bundled resource " + resource);
    }
    return in;
  }
}
