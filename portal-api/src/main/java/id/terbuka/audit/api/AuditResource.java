package id.terbuka.audit.api;

import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.service.PublicationLog;
import id.terbuka.audit.service.StoredFileCheck;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/v1/audit}: the publication log for anyone, no account needed.
 *
 * <ul>
 *   <li>{@code GET log?since=&cursor=&limit=&format=}: entries in seq order after {@code cursor}
 *       (the last seq of the previous page; none or 0 at first), stored at or after {@code since}
 *       (RFC 3339), at most {@code limit} (1-1000, 100 by default). {@code format=json} (default):
 *       {@code {"entries": [...], "next_cursor": "42" or null}}. {@code format=jsonl}: one entry
 *       per line, exactly the export {@code deploy/bench/audit-verify.py} reads, the next cursor in
 *       the {@code X-Next-Cursor} header and a {@code Link: <...>; rel="next"} (absent on the last
 *       page).
 *   <li>{@code GET head}: the last entry and its seq and hash.
 *   <li>{@code GET verify}: the chain verified now, and the last background check of the stored
 *       files; {@code POST verify/files} starts such a check unless one runs (202 either way,
 *       saying which).
 * </ul>
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private static final int DEFAULT_LIMIT = 100;

  @Inject PublicationLog log;
  @Inject StoredFileCheck fileCheck;

  @GET
  @Path("log")
  public Response log(
      @QueryParam("since") String since,
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit,
      @QueryParam("format") String format) {
    boolean lines = jsonLines(format);
    Instant from = since(since);
    long after = cursor(cursor);
    PublicationLog.Page page = log.page(from, after, limit(limit));
    String next = page.nextCursor().map(String::valueOf).orElse(null);
    if (lines) {
      StreamingOutput body =
          out -> {
            for (LogEntry e : page.entries()) {
              out.write(Json.write(e.toJson()).getBytes(StandardCharsets.UTF_8));
              out.write('\n');
            }
          };
      Response.ResponseBuilder r =
          Response.ok(body, "application/jsonl; charset=utf-8").header("Cache-Control", "no-cache");
      if (next != null) {
        r.header("X-Next-Cursor", next);
        r.header("Link", "<" + nextLink(since, next, limit) + ">; rel=\"next\"");
      }
      return r.build();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("entries", page.entries().stream().map(LogEntry::toJson).toList());
    json.put("next_cursor", next);
    return Response.ok(Json.write(json)).header("Cache-Control", "no-cache").build();
  }

  @GET
  @Path("head")
  public Response head() {
    Map<String, Object> json = new LinkedHashMap<>();
    var last = log.last();
    json.put("seq", last.map(LogEntry::seq).orElse(0L));
    json.put("hash", last.map(LogEntry::hash).orElse(id.terbuka.audit.chain.Sha256.ZERO));
    json.put("entry", last.map(LogEntry::toJson).orElse(null));
    return Response.ok(Json.write(json)).header("Cache-Control", "no-cache").build();
  }

  @GET
  @Path("verify")
  public Response verify() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("chain", log.verifyChain().toJson());
    json.put("files", files());
    return Response.ok(Json.write(json)).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("verify/files")
  public Response startFileCheck() {
    boolean started = fileCheck.start();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("started", started);
    json.put(
        "message",
        started
            ? "A check of the stored files started; GET /api/v1/audit/verify shows its result"
            : "A check of the stored files is already running; it was not started again");
    json.put("files", files());
    return Response.status(202).entity(Json.write(json)).build();
  }

  private Map<String, Object> files() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("running", fileCheck.runningSince().isPresent());
    json.put("running_since", fileCheck.runningSince().map(Instant::toString).orElse(null));
    json.put("last", fileCheck.lastResult().map(AuditResource::result).orElse(null));
    return json;
  }

  private static Map<String, Object> result(StoredFileCheck.Result r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ok", r.ok());
    json.put("started", r.started().toString());
    json.put("finished", r.finished().toString());
    json.put("files_checked", r.filesChecked());
    json.put("problem_count", r.problemCount());
    json.put("problems", r.problems());
    return json;
  }

  private static String nextLink(String since, String next, String limit) {
    StringBuilder link = new StringBuilder("/api/v1/audit/log?format=jsonl&cursor=").append(next);
    if (limit != null && !limit.isBlank()) {
      link.append("&limit=").append(limit.strip());
    }
    if (since != null && !since.isBlank()) {
      link.append("&since=")
          .append(java.net.URLEncoder.encode(since.strip(), StandardCharsets.UTF_8));
    }
    return link.toString();
  }

  private static boolean jsonLines(String format) {
    if (format == null || format.isBlank() || format.strip().equals("json")) {
      return false;
    }
    if (format.strip().equals("jsonl")) {
      return true;
    }
    throw InvalidInputException.of("format", "Must be json or jsonl");
  }

  private static Instant since(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of(
          "since", "Must be an RFC 3339 date and time, e.g. 2025-03-01T00:00:00Z");
    }
  }

  private static long cursor(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    if (!text.strip().matches("[0-9]{1,15}")) {
      throw InvalidInputException.of(
          "cursor", "Must be the next_cursor of a previous page (a whole number)");
    }
    return Long.parseLong(text.strip());
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    String t = text.strip();
    if (!t.matches("[0-9]{1,4}")
        || Integer.parseInt(t) < 1
        || Integer.parseInt(t) > PublicationLog.MAX_PAGE) {
      throw InvalidInputException.of(
          "limit", "Must be a whole number from 1 to " + PublicationLog.MAX_PAGE);
    }
    return Integer.parseInt(t);
  }
}
