package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Region;
import id.terbuka.dasawisma.domain.RegionLevel;
import id.terbuka.dasawisma.domain.Regions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The regency's regions from the bundled {@code reference/wilayah/bojonegoro-desa.csv} (the file
 * the {@code wilayah} migration is generated from), for code that runs without the database: tests
 * and benchmark launchers. The server builds its {@link Regions} from the {@code wilayah} table.
 */
public final class BojonegoroRegions {
  static final String RESOURCE = "reference/wilayah/bojonegoro-desa.csv";

  private BojonegoroRegions() {}

  /** Kabupaten Bojonegoro with its 28 kecamatan and 430 desa and kelurahan. */
  public static Regions load() {
    InputStream in = BojonegoroRegions.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing class path resource " + RESOURCE);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return Regions.of(rows(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows {@code kode,nama,level,kode_induk} after the header (names hold no comma). */
  private static List<Region> rows(BufferedReader reader) throws IOException {
    List<Region> regions = new ArrayList<>();
    reader.readLine();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      RegionLevel level =
          RegionLevel.of(f[2])
              .orElseThrow(() -> new IllegalStateException("Unknown level in " + RESOURCE));
      regions.add(new Region(f[0], f[1], level, f[3]));
    }
    return regions;
  }
}
