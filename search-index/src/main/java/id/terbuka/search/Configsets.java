package id.terbuka.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Solr configsets bundled in this jar, under {@code solr/configsets/<name>/conf/}, and the
 * schema version each one carries.
 *
 * <p>Each configset lists its files in {@code solr/configsets/<name>/files.txt}: listing a
 * classpath directory inside a jar is not reliable, an explicit list is.
 *
 * <p>The version is part of the schema name ({@code <schema name="terbuka-datasets-1">}); {@link
 * #schemaName(String)} is what a running collection must report. Changing a configset means bumping
 * its version here and in its schema.xml (a unit test checks they agree).
 */
public final class Configsets {

  /** The configset (and default collection) for CKAN datasets. */
  public static final String DATASETS = "datasets";

  /** Schema version of the {@value #DATASETS} configset. */
  public static final int DATASETS_VERSION = 1;

  /** The configset (and collection) for contracting processes, one document per OCDS ocid. */
  public static final String CONTRACTS = "contracts";

  /** Schema version of the {@value #CONTRACTS} configset. */
  public static final int CONTRACTS_VERSION = 1;

  private static final Map<String, Integer> VERSIONS =
      Map.of(DATASETS, DATASETS_VERSION, CONTRACTS, CONTRACTS_VERSION);
  private static final String ROOT = "solr/configsets/";

  private Configsets() {}

  /** Names of the bundled configsets. */
  public static List<String> names() {
    return VERSIONS.keySet().stream().sorted().toList();
  }

  /** The schema version this code expects for {@code configset}. */
  public static int version(String configset) {
    Integer version = VERSIONS.get(configset);
    if (version == null) {
      throw new IllegalArgumentException("unknown configset: " + configset);
    }
    return version;
  }

  /** The schema name a collection built from {@code configset} reports, e.g. terbuka-datasets-1. */
  public static String schemaName(String configset) {
    return "terbuka-" + configset + "-" + version(configset);
  }

  /**
   * The name under which the configset is uploaded to SolrCloud, versioned so that a new version
   * can be uploaded next to the one a running collection still uses, e.g. terbuka-datasets-1.
   */
  public static String cloudConfigName(String configset) {
    return schemaName(configset);
  }

  /** The files of the configset's {@code conf/} directory, relative to it. */
  public static List<String> files(String configset) {
    version(configset);
    String listing = new String(read(ROOT + configset + "/files.txt"), StandardCharsets.UTF_8);
    return listing
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  /** The content of one configset file, e.g. {@code schema.xml}. */
  public static byte[] file(String configset, String name) {
    return read(ROOT + configset + "/conf/" + name);
  }

  /** Writes the configset's files into {@code confDir} (created if missing, files replaced). */
  public static void copyTo(String configset, Path confDir) {
    try {
      Files.createDirectories(confDir);
      for (String name : files(configset)) {
        Files.write(confDir.resolve(name), file(configset, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lays out a complete standalone core: {@code coreDir/core.properties} naming the core and {@code
   * coreDir/conf/} with the configset. Solr discovers it when it starts with the parent directory
   * (the Solr home) as its home.
   */
  public static void writeCore(String configset, String coreName, Path coreDir) {
    copyTo(configset, coreDir.resolve("conf"));
    String properties = "# Written by id.terbuka.search.Configsets\nname=" + coreName + "\n";
    try {
      Files.writeString(coreDir.resolve("core.properties"), properties, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lays out a standalone Solr home: {@code solr.xml} plus one core per entry of {@code
   * configsetByCore} (core name to configset name), each in {@code home/<core name>/}.
   */
  public static void writeSolrHome(Path home, Map<String, String> configsetByCore) {
    try {
      Files.createDirectories(home);
      Files.write(home.resolve("solr.xml"), solrXml());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    configsetByCore.forEach((core, configset) -> writeCore(configset, core, home.resolve(core)));
  }

  /** A {@code solr.xml} for a standalone Solr home. */
  public static byte[] solrXml() {
    return read("solr/solr.xml");
  }

  /**
   * The configset's files as a zip with the files at its root, the form the SolrCloud ConfigSet
   * API's UPLOAD action takes.
   */
  public static byte[] zip(String configset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : files(configset)) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(file(configset, name));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] read(String resource) {
    ClassLoader loader = Configsets.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
