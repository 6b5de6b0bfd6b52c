package id.terbuka.ckan;

/** A CKAN action: takes a call, returns the {@code result} value (any JSON-able value). */
@FunctionalInterface
public interface Action {
  Object run(ActionCall call);
}
