package id.terbuka.budget.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regency's 74 units with an illustrative size and role, from {@code unit-bojonegoro.csv} next
 * to this class (its header says what the figures are and are not).
 */
public final class BojonegoroUnits {
  private static final String RESOURCE = "unit-bojonegoro.csv";
  private static final List<SampleUnit> ALL = load();

  private BojonegoroUnits() {}

  /** Every unit, largest first. */
  public static List<SampleUnit> all() {
    return ALL;
  }

  /** The unit with this code, if the list has it. */
  public static Optional<SampleUnit> byCode(String kodeSkpd) {
    return ALL.stream().filter(u -> u.kodeSkpd().equals(kodeSkpd)).findFirst();
  }

  private static List<SampleUnit> load() {
    try (InputStream in = BojonegoroUnits.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, SampleUnit> units = new LinkedHashMap<>();
      boolean header = true;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split(";", -1);
        if (cells.length != 4) {
          throw new IllegalStateException(RESOURCE + ": expected 4 cells in " + line);
        }
        SampleUnit unit =
            new SampleUnit(
                cells[0], cells[1], UnitRole.valueOf(cells[2]), Long.parseLong(cells[3]));
        if (units.put(unit.kodeSkpd(), unit) != null) {
          throw new IllegalStateException(RESOURCE + ": code listed twice: " + unit.kodeSkpd());
        }
      }
      List<SampleUnit> list = new ArrayList<>(units.values());
      list.sort((a, b) -> Long.compare(b.belanjaJuta(), a.belanjaJuta()));
      return Collections.unmodifiableList(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
