package id.terbuka.datastore.load;

/**
 * A row past the sample does not fit the types inferred from the sample: the load must inspect the
 * whole file and start again. Not a problem of the file, so not a {@link TableLoadException}.
 */
public final class SpeculationFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SpeculationFailed(long row, String column) {
    super(
        "Row " + row + ", column " + column + " contradicts the sampled type", null, false, false);
  }
}
