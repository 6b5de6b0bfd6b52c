package id.terbuka.contracts.merge;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compiles the releases of one contracting process into the two merged views a record holds.
 *
 * <ul>
 *   <li>{@link #compile}: the compiled release, the latest value of every field, with the reference
 *       implementation's conventions for what the merge drops: {@code tag ["compiled"]}, {@code
 *       date} the latest release's date and {@code id} {@code "{ocid}-{date}"} (the date as that
 *       release wrote it).
 *   <li>{@link #versioned}: the versioned release, every value each field took and the release that
 *       set it.
 * </ul>
 *
 * Releases may come in any order: they are sorted by date (as instants, same instant keeps the
 * given order). Input trees are not changed and results share no mutable node with them.
 * Thread-safe: the only state is the immutable merge rules.
 */
public final class RecordCompiler {

  private final CompiledMerge compiled;
  private final VersionedMerge versioned;

  /** A compiler with the given merge rules (an extended schema's, say). */
  public RecordCompiler(MergeRules rules) {
    this.compiled = new CompiledMerge(rules);
    this.versioned = new VersionedMerge(rules);
  }

  /** The compiler with the rules of the bundled OCDS 1.1.5 release schema, read once. */
  public static RecordCompiler bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * The compiled release of one ocid's releases.
   *
   * @throws IllegalArgumentException when the list is empty, a release is not an object, has no
   *     ocid or date, has a date that is not an RFC 3339 date-time, belongs to another ocid, or
   *     gives a field a different kind of value than an earlier release (an object where a string
   *     was); the message says which release and, for a field, its path
   */
  public ObjectNode compile(List<? extends JsonNode> releases) {
    return compiled.compile(ReleaseOrder.sorted(releases));
  }

  /**
   * The versioned release of one ocid's releases.
   *
   * @throws IllegalArgumentException as {@link #compile} does
   */
  public ObjectNode versioned(List<? extends JsonNode> releases) {
    return versioned.versioned(ReleaseOrder.sorted(releases));
  }

  /** Holder: the bundled schema is read on first use, once. */
  private static final class Bundled {
    static final RecordCompiler INSTANCE =
        new RecordCompiler(
            MergeRules.fromReleaseSchema(
                OcdsJson.resource(OcdsJson.SCHEMA_ROOT + "release-schema.json")));
  }
}
