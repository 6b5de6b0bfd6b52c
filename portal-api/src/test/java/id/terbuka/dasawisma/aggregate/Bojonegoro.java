package id.terbuka.dasawisma.aggregate;

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
 * The whole regency as the {@code wilayah} table has it: 28 kecamatan, 419 desa and 11 kelurahan,
 * read from the bundled {@code reference/wilayah/bojonegoro-desa.csv} ({@code
 * kode,nama,level,kode_induk}; no field holds a comma).
 */
final class Bojonegoro {

  static final Regions REGIONS = read();

  private Bojonegoro() {}

  private static Regions read() {
    try (InputStream in =
            Bojonegoro.class.getResourceAsStream("/reference/wilayah/bojonegoro-desa.csv");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Region> regions = new ArrayList<>();
      lines.readLine();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] f = line.split(",", -1);
        regions.add(new Region(f[0], f[1], RegionLevel.of(f[2]).orElseThrow(), f[3]));
      }
      return Regions.of(regions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codes of every desa and kelurahan, kecamatan by kecamatan. */
  static List<String> villages() {
    List<String> codes = new ArrayList<>();
    for (Region kecamatan : REGIONS.children(REGIONS.regency().code())) {
      REGIONS.children(kecamatan.code()).forEach(v -> codes.add(v.code()));
    }
    return codes;
  }
}
