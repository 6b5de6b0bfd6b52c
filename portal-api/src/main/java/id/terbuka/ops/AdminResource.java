package id.terbuka.ops;

import id.terbuka.catalog.service.LogHeadDataset;
import id.terbuka.catalog.service.Reindexer;
import id.terbuka.identity.domain.Actor;
import id.terbuka.identity.service.Authenticator;
import id.terbuka.identity.service.TokenService;
import id.terbuka.identity.service.UserService;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.Json;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.TerbukaConfig;
import id.terbuka.shared.Values;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;

/**
 * Administration for the local command line ({@code deploy/terbuka reindex}, {@code token}) and for
 * sysadmins: callers present the local secret file's content or a sysadmin API token.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
  @Inject CliSecret secret;
  @Inject Authenticator authenticator;
  @Inject Reindexer reindexer;
  @Inject TokenService tokens;
  @Inject UserService users;
  @Inject DemoBudgetImport demoBudget;
  @Inject DemoContractsImport demoContracts;
  @Inject DemoDasaWismaLoad demoDasaWisma;
  @Inject TerbukaConfig config;
  @Inject LogHeadDataset logHeads;
  @Inject id.terbuka.audit.service.Retention retention;

  @POST
  @Path("reindex")
  public String reindex(
      @HeaderParam("X-Terbuka-Cli-Secret") String cli, @Context HttpHeaders headers) {
    requireOperator(cli, headers);
    return Json.write(reindexer.reindexAll());
  }

  @GET
  @Path("reindex/check")
  public String check(
      @HeaderParam("X-Terbuka-Cli-Secret") String cli, @Context HttpHeaders headers) {
    requireOperator(cli, headers);
    return Json.write(reindexer.check());
  }

  /** Issues an API token for a user; prints nothing else, so scripts can capture it. */
  @POST
  @Path("tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  public String token(
      @HeaderParam("X-Terbuka-Cli-Secret") String cli, @Context HttpHeaders headers, String body) {
    requireOperator(cli, headers);
    Map<String, Object> request = Json.parseObject(body == null || body.isBlank() ? "{}" : body);
    String user = Values.text(request.get("user"));
    if (user == null) {
      throw InvalidInputException.of("user", "Missing value");
    }
    String name = Values.text(request.get("name"));
    var account =
        users.find(user).orElseThrow(() -> new ObjectNotFoundException("User not found: " + user));
    return Json.write(Map.of("token", tokens.issue(account, name == null ? "cli" : name).token()));
  }

  /**
   * Loads the demo budget (two years of illustrative realisation for the demo units) through the
   * import service, once per database; the launcher's {@code demo} calls it when the portal is
   * ready. Answers {@code {"loaded": true|false}}: false when it was already there.
   */
  @POST
  @Path("demo/budget")
  public String demoBudget(
      @HeaderParam("X-Terbuka-Cli-Secret") String cli, @Context HttpHeaders headers) {
    return Json.write(Map.of("loaded", demoBudget.loadOnce(demoAdmin(cli, headers))));
  }

  /**
   * Loads the demo procurement (a year of processes for the demo units, two spreadsheet files)
   * through the import service, once per database; the launcher's {@code demo} calls it after the
   * budget. Answers {@code {"loaded": true|false}}.
   */
  @POST
  @Path("demo/contracts")
  public String demoContracts(
      @HeaderParam("X-Terbuka-Cli-Secret") String cli, @Context HttpHeaders headers) {
    return Json.write(Map.of("loaded", demoContracts.loadOnce(demoAdmin(cli, headers))));
  }

  /**
   * Loads the demo's Dasa Wisma (households of five kecamatan entered over the past year, targets,
   * the admin's PKK roles, this month's snapshot), once per database; the launcher's {@code demo}
   * calls it after the procurement. Answers {@code {"loaded": true|false}}.
   */
  @POST
  @Path("demo/dasawisma")
  public String demoDasaWisma(
      @HeaderParam("X-Terbuka-Cli-Secret") String cli, @Context HttpHeaders headers) {
    return Json.write(Map.of("loaded", demoDasaWisma.loadOnce(demoAdmin(cli, headers))));
  }

  /**
   * Publishes the publication log's daily heads now (the hourly job does it up to today's
   * midnight), up to {@code as_of} (RFC 3339, not in the future; now by default), as the caller.
   * Answers the dataset and how many files changed, or {@code "published": false} when the owning
   * organisation ({@code TERBUKA_AUDIT_ORGANIZATION}) is missing or the log is empty.
   */
  @POST
  @Path("audit/daily-heads")
  public String publishDailyHeads(@Context HttpHeaders headers, @QueryParam("as_of") String asOf) {
    Actor actor = authenticator.fromHeaders(headers::getHeaderString);
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("Publishing the log's daily heads needs a sysadmin token");
    }
    Instant until = asOf(asOf);
    Map<String, Object> answer = new java.util.LinkedHashMap<>();
    var outcome = logHeads.publish(actor, until);
    answer.put("published", outcome.isPresent());
    answer.put("as_of", until.toString());
    outcome.ifPresent(
        o -> {
          answer.put("dataset", o.datasetName());
          answer.put("files_changed", o.filesChanged());
        });
    return Json.write(answer);
  }

  /**
   * Applies the configured retention periods now (the daily job does it at 03:30 WIB), as the
   * caller: answers the periods and what was removed. With no period configured (the default) it
   * removes nothing.
   */
  @POST
  @Path("retention")
  public String applyRetention(@Context HttpHeaders headers) {
    Actor actor = authenticator.fromHeaders(headers::getHeaderString);
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("Applying the retention periods needs a sysadmin token");
    }
    return Json.write(retention.apply(actor.userName(), Instant.now()).toJson());
  }

  private static Instant asOf(String text) {
    Instant now = Instant.now();
    if (text == null || text.isBlank()) {
      return now;
    }
    try {
      Instant t = java.time.OffsetDateTime.parse(text.strip()).toInstant();
      if (t.isAfter(now)) {
        throw InvalidInputException.of("as_of", "Must not be in the future");
      }
      return t;
    } catch (java.time.format.DateTimeParseException e) {
      throw InvalidInputException.of(
          "as_of", "Must be an RFC 3339 date and time, e.g. 2026-12-01T00:00:00+07:00");
    }
  }

  /** The demo's admin account, for an operator of a portal that runs the demo. */
  private id.terbuka.identity.domain.UserAccount demoAdmin(String cli, HttpHeaders headers) {
    requireOperator(cli, headers);
    if (!config.demo()) {
      throw new ObjectNotFoundException("This portal does not run the demo");
    }
    return users
        .findByName(Bootstrap.ADMIN)
        .orElseThrow(() -> new ObjectNotFoundException("User not found: admin"));
  }

  private void requireOperator(String cli, HttpHeaders headers) {
    if (secret.matches(cli)) {
      return;
    }
    Actor actor = authenticator.fromHeaders(headers::getHeaderString);
    if (!actor.sysadmin()) {
      throw new AccessDeniedException(
          "Administration needs the local CLI secret or a sysadmin token");
    }
  }
}
