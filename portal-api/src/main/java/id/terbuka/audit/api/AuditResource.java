package id.terbuka.audit.api;

import id.terbuka.audit.chain.LogEntry;
import id.terbuka.audit.service.ChainCheck;
import id.terbuka.audit.service.FullCheck;
import id.terbuka.audit.service.PublicationLog;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 *   <li>{@code GET verify}: the quick chain check (the entries since the last sound checkpoint,
 *       answered at once) and the last full check (the whole chain and every stored file, re-hashed
 *       in the background); {@code POST verify/full} starts a full check unless one runs (202,
 *       saying which), or 429 with {@code Retry-After} when a caller who is not a sysadmin asks
 *       again within the configured interval.
 * </ul>
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
  private static final int DEFAULT_LIMIT = 100;

  @Inject PublicationLog log;
  @Inject ChainCheck chainCheck;
  @Inject FullCheck fullCheck;
  @Inject Authenticator authenticator;

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
    ChainCheck.Result quick = chainCheck.check();
    Map<String, Object> chain = new LinkedHashMap<>();
    chain.put("ok", quick.ok());
    chain.put("checked_at", quick.checkedAt().toString());
    chain.put("checked_after_seq", quick.checkpoint().seq());
    chain.put("checkpoint_verified", quick.checkpointVerified());
    chain.put("checkpoint_problem", quick.checkpointProblem());
    chain.putAll(quick.chain().toJson());
    chain.put("ok", quick.ok());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("chain", chain);
    json.put("full_check", fullCheckState());
    return Response.ok(Json.write(json)).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("verify/full")
  public Response startFullCheck(@Context HttpHeaders headers) {
    Actor actor = authenticator.fromHeaders(headers::getHeaderString);
    FullCheck.Start start = fullCheck.start(actor);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("started", start == FullCheck.Start.STARTED);
    json.put("message", message(start));
    json.put("full_check", fullCheckState());
    if (start == FullCheck.Start.TOO_SOON) {
      long seconds =
          Math.max(1, Duration.between(Instant.now(), fullCheck.nextAllowed()).toSeconds());
      json.put("retry_after_seconds", seconds);
      return Response.status(429)
          .entity(Json.write(json))
          .header("Retry-After", String.valueOf(seconds))
          .build();
    }
    return Response.status(202).entity(Json.write(json)).build();
  }

  private static String message(FullCheck.Start start) {
    return switch (start) {
      case STARTED ->
          "A full check (the whole chain, then every stored file) started; GET"
              + " /api/v1/audit/verify shows its result under full_check";
      case ALREADY_RUNNING -> "A full check is already running; it was not started again";
      case TOO_SOON ->
          "A full check ran recently; the next may be started after retry_after_seconds (the"
              + " quick chain check of GET /api/v1/audit/verify answers at any time)";
    };
  }

  private Map<String, Object> fullCheckState() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("running", fullCheck.runningSince().isPresent());
    json.put("running_since", fullCheck.runningSince().map(Instant::toString).orElse(null));
    json.put("last", fullCheck.lastResult().map(AuditResource::result).orElse(null));
    return json;
  }

  private static Map<String, Object> result(FullCheck.Result r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("ok", r.ok());
    json.put("started", r.started().toString());
    json.put("finished", r.finished().toString());
    json.put("started_by", r.startedBy());
    json.put("chain", r.chain() == null ? null : r.chain().toJson());
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("ok", r.filesOk());
    files.put("files_checked", r.filesChecked());
    files.put("problem_count", r.problemCount());
    files.put("problems", r.problems());
    json.put("files", files);
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
