package id.terbuka.ops;

import id.terbuka.catalog.domain.Upload;
import id.terbuka.catalog.service.DatasetService;
import id.terbuka.catalog.service.GroupService;
import id.terbuka.catalog.service.ResourceService;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.domain.UserAccount;
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
    settings.remember(MARKER, java.time.Instant.now().toString());
    LOG.info("Demo catalogue loaded: " + orgs + " organisations, " + count + " datasets");
  }

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
