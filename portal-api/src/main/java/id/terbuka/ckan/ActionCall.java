package id.terbuka.ckan;

import id.terbuka.catalog.domain.Upload;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.TypedFields;
import id.terbuka.shared.Values;
import java.util.Map;

/**
 * One call of an action: who calls, with which parameters, and the uploaded file if any.
 *
 * @param params the data dict: JSON body, form fields or query parameters (repeated keys as lists)
 */
public record ActionCall(Actor actor, Map<String, Object> params, Upload upload) {

  public String text(String key) {
    return Values.text(params.get(key));
  }

  public int integer(String key, int fallback) {
    return TypedFields.integer(params, key, fallback);
  }

  public boolean bool(String key, boolean fallback) {
    return TypedFields.bool(params, key, fallback);
  }

  /** A required parameter; CKAN reports a missing one as a validation error on that key. */
  public String required(String key) {
    String v = text(key);
    if (v == null) {
      throw id.terbuka.shared.InvalidInputException.of(key, "Missing value");
    }
    return v;
  }
}
