package id.terbuka.ops;

import id.terbuka.catalog.service.SearchStartup;
import id.terbuka.search.SearchHealth;
import id.terbuka.search.SearchIndex;
import id.terbuka.shared.DatabaseStatus;
import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while PostgreSQL answers: the system of record is what the portal cannot work without.
 * Search is reported alongside ({@code search: up | degraded}) but does not make the node unready,
 * since writes and dataset pages keep working without it. With {@code terbuka.instance.id} set (the
 * launcher does, per start) the answer names the instance.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject DatabaseStatus database;
  @Inject SearchIndex search;
  @Inject SearchStartup searchStartup;
  @Inject TerbukaConfig config;

  @Override
  public HealthCheckResponse call() {
    DatabaseStatus.Status db = database.check();
    searchStartup.recheck();
    SearchHealth health = search.health();
    String searchState = health.up() && searchStartup.problem() == null ? "up" : "degraded";
    String searchDetail =
        health.up()
            ? (searchStartup.problem() == null ? "ok" : searchStartup.problem())
            : health.detail();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("terbuka")
            .status(db.up())
            .withData("database", db.detail())
            .withData("search", searchState)
            .withData("search_detail", searchDetail == null ? "" : searchDetail);
    // The launcher waits for this run's id: an earlier run still on the port is not this one.
    config.instanceId().ifPresent(id -> response.withData("instance", id));
    return response.build();
  }
}
