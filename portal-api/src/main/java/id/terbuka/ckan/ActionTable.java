package id.terbuka.ckan;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every action the API offers, by name, with whether it is side-effect free (only those may be
 * called with GET, as in CKAN).
 */
@ApplicationScoped
public class ActionTable {
  /** An action and whether GET may call it. */
  public record Entry(Action action, boolean readOnly) {}

  @Inject CatalogReadActions catalogReads;
  @Inject CatalogWriteActions catalogWrites;
  @Inject IdentityActions identity;
  @Inject ActivityActions activity;
  @Inject SiteActions site;
  @Inject DataStoreActions datastore;

  private final Map<String, Entry> entries = new TreeMap<>();

  @PostConstruct
  void init() {
    catalogReads.register(this);
    catalogWrites.register(this);
    identity.register(this);
    activity.register(this);
    site.register(this);
    datastore.register(this);
  }

  void read(String name, Action action) {
    entries.put(name, new Entry(action, true));
  }

  void write(String name, Action action) {
    entries.put(name, new Entry(action, false));
  }

  public Optional<Entry> find(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  public java.util.Set<String> names() {
    return entries.keySet();
  }
}
