package id.terbuka.contracts.api;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.contracts.service.ReleaseIngest;
import id.terbuka.http.FrontController;
import id.terbuka.http.JsonReplies;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.AuthenticationRequiredException;
import id.terbuka.shared.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/ocds/validate} (public, stores nothing) and {@code POST
 * /api/v1/ocds/release-packages} (an editor of the procurement office's datasets, with an API
 * token). Both take the release package as the request body ({@code application/json}) or as the
 * multipart field {@code file}. The validator takes at most {@value #VALIDATE_MAX_MB} MB, ingest
 * the portal's upload limit. Answers: the report as JSON with 200 (validated, or nothing new), 201
 * (stored), 422 (rejected), 409 (a release id reused with other content); problem+json for 400,
 * 401, 403, 413.
 */
@WebServlet(
    name = "ocds-posts",
    urlPatterns = {"/api/v1/ocds/validate", "/api/v1/ocds/release-packages"})
@MultipartConfig(fileSizeThreshold = 1024 * 1024)
public class OcdsPostServlet extends FrontController {
  private static final long serialVersionUID = 1L;

  /** The public validator's size limit, so that anyone may use it without tying up the server. */
  static final int VALIDATE_MAX_MB = 20;

  @Inject transient Authenticator authenticator;
  @Inject transient ReleaseIngest ingest;

  /** A body over its endpoint's limit. */
  private static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;
    final long limit;

    TooLarge(long limit) {
      super("over " + limit + " bytes");
      this.limit = limit;
    }
  }

  @Override
  protected void handle(Exchange x) throws IOException {
    if (!x.post()) {
      x.resp().setHeader("Allow", "POST");
      JsonReplies.problem(
          x.resp(), 405, "Method Not Allowed", "Send the release package with POST", null);
      return;
    }
    boolean validateOnly = x.req().getServletPath().endsWith("/validate");
    try {
      if (validateOnly) {
        validate(x);
      } else {
        ingest(x);
      }
    } catch (TooLarge e) {
      JsonReplies.problem(
          x.resp(),
          413,
          "Payload Too Large",
          "The release package is larger than " + (e.limit / (1024 * 1024)) + " MB",
          null);
    } catch (AuthenticationRequiredException e) {
      x.resp().setHeader("WWW-Authenticate", "Token");
      JsonReplies.problem(x.resp(), 401, "Unauthorized", e.getMessage(), null);
    } catch (AccessDeniedException e) {
      JsonReplies.problem(x.resp(), 403, "Forbidden", e.getMessage(), null);
    } catch (InvalidInputException e) {
      JsonReplies.problem(x.resp(), 400, "Invalid request", null, e.errors());
    }
  }

  @Override
  protected void refuse(Exchange x, String field, String message) throws IOException {
    JsonReplies.problem(x.resp(), 400, "Invalid request", null, Map.of(field, List.of(message)));
  }

  private void validate(Exchange x) throws IOException, TooLarge {
    long limit = VALIDATE_MAX_MB * 1024L * 1024L;
    if (x.req().getContentLengthLong() > limit + 64 * 1024 || x.bodyTooLarge()) {
      throw new TooLarge(limit);
    }
    byte[] body = body(x.req(), limit);
    JsonReplies.json(x.resp(), 200, OcdsJson.write(ingest.validate(body)));
  }

  private void ingest(Exchange x) throws IOException, TooLarge {
    if (!authenticator.fromHeaders(x.req()::getHeader).authenticated()) {
      throw new AuthenticationRequiredException(
          "Sign in with an API token (Authorization header) to publish releases");
    }
    if (x.bodyTooLarge()) {
      throw new TooLarge(config.maxUploadBytes());
    }
    byte[] body = body(x.req(), config.maxUploadBytes());
    ReleaseIngest.Result result =
        ingest.ingest(authenticator.fromHeaders(x.req()::getHeader), body);
    int status =
        switch (result.status()) {
          case ACCEPTED ->
              result.report().path("summary").path("inserted").asLong() > 0 ? 201 : 200;
          case REJECTED -> 422;
          case CONFLICT -> 409;
          case WAITING -> 202;
        };
    JsonReplies.json(x.resp(), status, OcdsJson.write(result.report()));
  }

  /** The package: the multipart field {@code file}, else the raw body; at most {@code limit}. */
  private static byte[] body(HttpServletRequest req, long limit) throws IOException, TooLarge {
    String type = req.getContentType() == null ? "" : req.getContentType();
    if (type.startsWith("multipart/form-data")) {
      Part file;
      try {
        file = req.getPart("file");
      } catch (ServletException | IllegalStateException e) {
        throw InvalidInputException.of("file", "Could not read the multipart body");
      }
      if (file == null) {
        throw InvalidInputException.of("file", "Missing value");
      }
      try (InputStream in = file.getInputStream()) {
        return readAtMost(in, limit);
      }
    }
    if (type.startsWith("application/x-www-form-urlencoded")) {
      throw InvalidInputException.of(
          "body", "Send the release package as application/json or as multipart field file");
    }
    try (InputStream in = req.getInputStream()) {
      return readAtMost(in, limit);
    }
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException, TooLarge {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new TooLarge(limit);
    }
    if (bytes.length == 0) {
      throw InvalidInputException.of("body", "Missing value: send a release package");
    }
    return bytes;
  }
}
