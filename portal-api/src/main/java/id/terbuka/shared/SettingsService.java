package id.terbuka.shared;

import id.terbuka.shared.persistence.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Small facts the installation remembers (for example, that the demo catalogue was loaded), for
 * adapters such as {@code ops}, which reach no repository themselves.
 */
@ApplicationScoped
public class SettingsService {
  @Inject Settings settings;

  /** The value remembered under the key, if any. */
  public Optional<String> remembered(String key) {
    return settings.get(key);
  }

  /** Remembers the value under the key, replacing an earlier one. */
  public void remember(String key, String value) {
    settings.put(key, value);
  }
}
