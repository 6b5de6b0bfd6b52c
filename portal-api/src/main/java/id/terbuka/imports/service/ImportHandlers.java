package id.terbuka.imports.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every domain's {@link ImportHandler} bean by its kind, so that a page or endpoint serving all
 * imports (the publisher's upload pages) finds a domain without naming it: a new domain joins by
 * being a handler bean.
 */
@ApplicationScoped
public class ImportHandlers {
  @Inject @Any Instance<ImportHandler<?>> beans;

  private Map<String, ImportHandler<?>> byKind;

  @PostConstruct
  void collect() {
    Map<String, ImportHandler<?>> found = new TreeMap<>();
    for (ImportHandler<?> h : beans) {
      ImportHandler<?> earlier = found.putIfAbsent(h.kind(), h);
      if (earlier != null) {
        throw new IllegalStateException("Two import handlers of kind " + h.kind());
      }
    }
    byKind = Map.copyOf(found);
  }

  /** The handler of {@code kind}, if a domain registered one. */
  public Optional<ImportHandler<?>> find(String kind) {
    return Optional.ofNullable(kind == null ? null : byKind.get(kind));
  }

  /** The kinds, in alphabetical order. */
  public List<String> kinds() {
    return List.copyOf(new TreeMap<>(byKind).keySet());
  }
}
