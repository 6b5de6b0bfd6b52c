package id.terbuka.budget.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The names of the account codes the product bundles: akun, kelompok and jenis, from {@code
 * bagan-akun.csv} next to this class (its header says where the names come from). The views use
 * these names at those levels; deeper levels take the {@code uraian} of the imported file.
 */
public final class ChartOfAccounts {
  private static final String RESOURCE = "bagan-akun.csv";

  private final Map<AccountCode, String> names;

  private ChartOfAccounts(Map<AccountCode, String> names) {
    this.names = Collections.unmodifiableMap(names);
  }

  /** The chart bundled with the product (read once). */
  public static ChartOfAccounts bundled() {
    return Bundled.CHART;
  }

  /**
   * Reads a chart in the bundled file's format: {@code #} comment lines, a {@code kode;nama}
   * header, then one code and name per line.
   */
  public static ChartOfAccounts read(Reader source) throws IOException {
    Map<AccountCode, String> names = new TreeMap<>();
    BufferedReader lines = new BufferedReader(source);
    boolean header = true;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (!line.strip().equals("kode;nama")) {
          throw new IOException("Expected the header kode;nama, found: " + line);
        }
        continue;
      }
      int semicolon = line.indexOf(';');
      if (semicolon < 0) {
        throw new IOException("Expected kode;nama, found: " + line);
      }
      AccountCode code = AccountCode.of(line.substring(0, semicolon));
      if (names.put(code, line.substring(semicolon + 1).strip()) != null) {
        throw new IOException("Code listed twice: " + code);
      }
    }
    return new ChartOfAccounts(names);
  }

  /** The bundled name of a code at akun, kelompok or jenis level, if the chart has it. */
  public Optional<String> nameOf(AccountCode code) {
    return Optional.ofNullable(names.get(code));
  }

  /** Every code with its name, in code order. */
  public Map<AccountCode, String> names() {
    return names;
  }

  private static final class Bundled {
    static final ChartOfAccounts CHART = load();

    private static ChartOfAccounts load() {
      try (InputStream in = ChartOfAccounts.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
