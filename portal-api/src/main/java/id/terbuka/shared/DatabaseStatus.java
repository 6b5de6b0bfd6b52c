package id.terbuka.shared;

import id.terbuka.shared.persistence.DatabaseHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether PostgreSQL answers, for the readiness check in {@code ops}, which reaches no repository
 * itself (ADR 0011).
 */
@ApplicationScoped
public class DatabaseStatus {
  /** The answer: up or not, and a short detail for the health report. */
  public record Status(boolean up, String detail) {}

  @Inject DatabaseHealth health;

  public Status check() {
    DatabaseHealth.State state = health.check();
    return new Status(state.up(), state.detail());
  }
}
