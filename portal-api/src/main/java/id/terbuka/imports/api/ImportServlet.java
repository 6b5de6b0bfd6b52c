package id.terbuka.imports.api;

import id.terbuka.http.FrontController;
import id.terbuka.http.JsonReplies;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.imports.domain.ImportMessages;
import id.terbuka.imports.domain.ImportReport;
import id.terbuka.imports.domain.ImportStatus;
import id.terbuka.imports.service.ImportHandler;
import id.terbuka.imports.service.ImportHistory;
import id.terbuka.imports.service.ImportService;
import id.terbuka.imports.service.UploadTooLargeException;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.AuthenticationRequiredException;
import id.terbuka.shared.ConflictException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/{domain}/imports} (multipart {@code file}, optional {@code organization} and
 * {@code dry_run=true}) and {@code GET} of the same URL (the history, {@code
 * ?organization=&page=}). A servlet rather than a JAX-RS resource: the upload is streamed from the
 * container's multipart parser, and the front controller's edge rules (declared size, NUL) apply
 * before anything is read. Answers: 201 accepted, 200 dry run, 422 rejected (each with the report),
 * 401, 403, 413, and problem+json for errors of the request itself.
 */
public abstract class ImportServlet extends FrontController {
  private static final long serialVersionUID = 1L;

  @Inject transient Authenticator authenticator;
  @Inject transient ImportService imports;
  @Inject transient ImportHistory history;

  /** The domain's handler. */
  protected abstract ImportHandler<?> handler();

  @Override
  protected void handle(Exchange x) throws IOException {
    try {
      if (x.post()) {
        upload(x);
      } else {
        list(x);
      }
    } catch (AuthenticationRequiredException e) {
      x.resp().setHeader("WWW-Authenticate", "Token");
      JsonReplies.problem(x.resp(), 401, "Unauthorized", e.getMessage(), null);
    } catch (AccessDeniedException e) {
      JsonReplies.problem(x.resp(), 403, "Forbidden", e.getMessage(), null);
    } catch (UploadTooLargeException e) {
      JsonReplies.problem(x.resp(), 413, "Payload Too Large", e.getMessage(), null);
    } catch (InvalidInputException e) {
      JsonReplies.problem(x.resp(), 400, "Invalid request", null, e.errors());
    } catch (ObjectNotFoundException e) {
      JsonReplies.problem(x.resp(), 404, "Not found", e.getMessage(), null);
    } catch (ConflictException e) {
      JsonReplies.problem(x.resp(), 409, "Conflict", e.getMessage(), null);
    }
  }

  @Override
  protected void refuse(Exchange x, String field, String message) throws IOException {
    JsonReplies.problem(x.resp(), 400, "Invalid request", null, Map.of(field, List.of(message)));
  }

  private void upload(Exchange x) throws IOException {
    HttpServletRequest req = x.req();
    Actor actor = authenticator.fromHeaders(req::getHeader);
    if (!actor.authenticated()) {
      // Before the body is read: a stranger learns nothing about the organisations.
      throw new AuthenticationRequiredException(
          "Sign in with an API token (Authorization header) to import");
    }
    if (x.bodyTooLarge()) {
      throw new UploadTooLargeException(config.maxUploadBytes());
    }
    String type = req.getContentType() == null ? "" : req.getContentType();
    if (!type.startsWith("multipart/form-data")) {
      throw InvalidInputException.of("file", "Send the file as multipart/form-data field file");
    }
    Part file;
    try {
      file = req.getPart("file");
    } catch (ServletException | IllegalStateException e) {
      throw InvalidInputException.of("file", "Could not read the multipart body");
    }
    if (file == null || file.getSubmittedFileName() == null) {
      throw InvalidInputException.of("file", "Missing value");
    }
    boolean dryRun = dryRun(req.getParameter("dry_run"));
    ImportReport report;
    try (InputStream in = file.getInputStream()) {
      report =
          imports.run(
              handler(),
              actor,
              req.getParameter("organization"),
              file.getSubmittedFileName(),
              in,
              dryRun);
    }
    JsonReplies.json(
        x.resp(), statusOf(report.status()), Json.write(report.toDict(messages(), language(req))));
  }

  private void list(Exchange x) throws IOException {
    HttpServletRequest req = x.req();
    Actor actor = authenticator.fromHeaders(req::getHeader);
    int page = page(req.getParameter("page"));
    ImportHistory.Page p =
        history.history(actor, handler().kind(), req.getParameter("organization"), page);
    String lang = language(req);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("page", p.page());
    body.put("page_size", p.pageSize());
    body.put("total", p.total());
    body.put("imports", p.reports().stream().map(r -> r.toDict(messages(), lang)).toList());
    JsonReplies.json(x.resp(), 200, Json.write(body));
  }

  private ImportMessages messages() {
    return handler().messages();
  }

  private static String language(HttpServletRequest req) {
    return ImportMessages.languageOf(req.getHeader("Accept-Language"));
  }

  private static boolean dryRun(String value) {
    if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw InvalidInputException.of("dry_run", "Must be true or false");
  }

  private static int page(String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    if (!value.strip().matches("\\d{1,5}")) {
      throw InvalidInputException.of("page", "Must be a whole number from 1 to 10000");
    }
    return Integer.parseInt(value.strip());
  }

  /**
   * The contract's status for a report: 201 accepted, 200 dry run, 422 rejected, 202 accepted for
   * the walidata's review (nothing published yet).
   */
  static int statusOf(ImportStatus s) {
    return switch (s) {
      case ACCEPTED -> 201;
      case MENUNGGU_VERIFIKASI -> 202;
      case DRY_RUN -> 200;
      case REJECTED -> 422;
    };
  }
}
