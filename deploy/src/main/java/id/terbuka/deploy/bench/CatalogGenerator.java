package id.terbuka.deploy.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills the catalogue tables with generated datasets straight through PostgreSQL's COPY (the
 * benchmark measures indexing and search, not the write API). Organisations, groups and tags are
 * created first; each dataset gets 1-5 tags, 0-2 groups and 1-2 resources.
 */
final class CatalogGenerator {
  static final int ORGANIZATIONS = 30;
  static final int GROUPS = 8;
  private static final String[] FORMATS = {"CSV", "CSV", "CSV", "XLSX", "JSON", "PDF"};
  private static final String[] LICENSES = {"cc-by", "cc-by", "cc-by", "odc-by", "cc-zero"};

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final Random random = new Random(42);
  private final List<String> orgIds = new ArrayList<>();
  private final List<String> groupIds = new ArrayList<>();
  private final List<String> tagIds = new ArrayList<>();
  private int generated;

  CatalogGenerator(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /** Organisation names, for fielded queries. */
  static String orgName(int i) {
    return "unit-bench-" + i;
  }

  /** Adds datasets until {@code total} generated ones exist. */
  void growTo(int total) throws SQLException, IOException {
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
      c.setAutoCommit(false);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      if (orgIds.isEmpty()) {
        createVocabularies(copy);
      }
      Batch batch = new Batch();
      LocalDateTime base = LocalDateTime.of(2020, 1, 1, 0, 0);
      for (int i = generated; i < total; i++) {
        String id = UUID.randomUUID().toString();
        String when = base.plusMinutes(i * 7L).toString();
        // The order of the calls is the order of the draws from the seeded random.
        addDataset(batch, i, id, when);
        addTags(batch, id);
        addGroups(batch, id);
        addResources(batch, i, id, when);
      }
      batch.copyIn(copy);
      c.commit();
      generated = total;
    }
  }

  /** The CSV rows of one COPY run, one table each. */
  private static final class Batch {
    final StringBuilder datasets = new StringBuilder();
    final StringBuilder tags = new StringBuilder();
    final StringBuilder groups = new StringBuilder();
    final StringBuilder resources = new StringBuilder();

    void copyIn(CopyManager copy) throws SQLException, IOException {
      copy.copyIn(
          "copy dataset (id, name, title, state, private, owner_org, notes, license_id,"
              + " metadata_created, metadata_modified, cakupan_wilayah, cakupan_waktu_mulai,"
              + " cakupan_waktu_selesai, frekuensi, revision) from stdin (format csv)",
          new StringReader(datasets.toString()));
      copy.copyIn(
          "copy dataset_tag (dataset_id, tag_id) from stdin (format csv)",
          new StringReader(tags.toString()));
      copy.copyIn(
          "copy dataset_group (dataset_id, group_id) from stdin (format csv)",
          new StringReader(groups.toString()));
      copy.copyIn(
          "copy resource (id, dataset_id, position, url, name, format, created,"
              + " metadata_modified) from stdin (format csv)",
          new StringReader(resources.toString()));
    }
  }

  private void addDataset(Batch batch, int i, String id, String when) {
    String title =
        capitalise(Vocabulary.phrase(random, 3 + random.nextInt(4)))
            + " "
            + (2015 + random.nextInt(11));
    String notes = capitalise(Vocabulary.phrase(random, 12 + random.nextInt(20))) + ".";
    int year = 2015 + random.nextInt(11);
    row(
        batch.datasets,
        id,
        "bench-" + i,
        title,
        "active",
        "false",
        orgIds.get(random.nextInt(orgIds.size())),
        notes,
        LICENSES[random.nextInt(LICENSES.length)],
        when,
        when,
        "[\"35.22\"]",
        year + "-01-01",
        year + "-12-31",
        "tahunan",
        "1");
  }

  /** 1-5 tags, a tag drawn twice counted once. */
  private void addTags(Batch batch, String id) {
    int tagCount = 1 + random.nextInt(5);
    java.util.Set<String> chosen = new java.util.HashSet<>();
    for (int t = 0; t < tagCount; t++) {
      String tag = tagIds.get(random.nextInt(tagIds.size()));
      if (chosen.add(tag)) {
        row(batch.tags, id, tag);
      }
    }
  }

  /** 0-2 groups, a group drawn twice counted once. */
  private void addGroups(Batch batch, String id) {
    int groupCount = random.nextInt(3);
    java.util.Set<String> inGroups = new java.util.HashSet<>();
    for (int g = 0; g < groupCount; g++) {
      String group = groupIds.get(random.nextInt(groupIds.size()));
      if (inGroups.add(group)) {
        row(batch.groups, id, group);
      }
    }
  }

  /** 1-2 link resources. */
  private void addResources(Batch batch, int i, String id, String when) {
    int resourceCount = 1 + random.nextInt(2);
    for (int r = 0; r < resourceCount; r++) {
      String format = FORMATS[random.nextInt(FORMATS.length)];
      row(
          batch.resources,
          UUID.randomUUID().toString(),
          id,
          Integer.toString(r),
          "https://data.example.invalid/" + i + "/" + r + "." + format.toLowerCase(),
          "Data " + Vocabulary.phrase(random, 2),
          format,
          when,
          when);
    }
  }

  private void createVocabularies(CopyManager copy) throws SQLException, IOException {
    String now = LocalDateTime.of(2019, 1, 1, 0, 0).toString();
    StringBuilder groups = new StringBuilder();
    for (int i = 0; i < ORGANIZATIONS; i++) {
      String id = UUID.randomUUID().toString();
      orgIds.add(id);
      row(groups, id, orgName(i), "Unit Benchmark " + i, "true", now);
    }
    for (int i = 0; i < GROUPS; i++) {
      String id = UUID.randomUUID().toString();
      groupIds.add(id);
      row(
          groups,
          id,
          "topik-bench-" + i,
          "Topik " + capitalise(Vocabulary.WORDS.get(i * 3)),
          "false",
          now);
    }
    copy.copyIn(
        "copy catalog_group (id, name, title, is_organization, created) from stdin (format csv)",
        new StringReader(groups.toString()));
    StringBuilder tags = new StringBuilder();
    for (String word : Vocabulary.WORDS) {
      String id = UUID.randomUUID().toString();
      tagIds.add(id);
      row(tags, id, word);
    }
    copy.copyIn("copy tag (id, name) from stdin (format csv)", new StringReader(tags.toString()));
  }

  private static void row(StringBuilder out, String... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append('"').append(values[i].replace("\"", "\"\"")).append('"');
    }
    out.append('\n');
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
