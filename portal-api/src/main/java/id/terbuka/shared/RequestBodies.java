package id.terbuka.shared;

import java.util.Map;

/** Request bodies of the native API's writes, read the same way by every resource. */
public final class RequestBodies {
  private RequestBodies() {}

  /**
   * The JSON object of a request body ({@code {}} when empty); a NUL anywhere is the caller's
   * error, named by its field.
   */
  public static Map<String, Object> object(String body) {
    Map<String, Object> request = Json.parseObject(body == null || body.isBlank() ? "{}" : body);
    NulCharacters.fieldOf(request)
        .ifPresent(
            field -> {
              throw InvalidInputException.of(field, NulCharacters.MESSAGE);
            });
    return request;
  }
}
