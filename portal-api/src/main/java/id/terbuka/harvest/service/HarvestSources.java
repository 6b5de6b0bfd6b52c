package id.terbuka.harvest.service;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.harvest.domain.HarvestSource;
import id.terbuka.harvest.domain.SourceRules;
import id.terbuka.harvest.persistence.HarvestStore;
import id.terbuka.identity.domain.Actor;
import id.terbuka.shared.AccessDeniedException;
import id.terbuka.shared.AuthenticationRequiredException;
import id.terbuka.shared.InvalidInputException;
import id.terbuka.shared.ObjectNotFoundException;
import id.terbuka.shared.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Harvest sources: created and listed by sysadmins only (a source writes into an organisation's
 * catalogue in the system's name, and makes this server fetch URLs).
 */
@ApplicationScoped
@Transactional
public class HarvestSources {
  @Inject HarvestStore store;
  @Inject GroupService groups;

  public HarvestSource create(Actor actor, Map<String, Object> body) {
    requireSysadmin(actor);
    SourceRules.SourceInput in = SourceRules.check(body);
    GroupService.Unit org =
        groups
            .activeOrganization(in.organization())
            .orElseThrow(
                () -> InvalidInputException.of("organization", "Organization does not exist"));
    HarvestSource s =
        new HarvestSource(
            UUID.randomUUID().toString(),
            in.url(),
            org.id(),
            in.title(),
            in.schedule(),
            in.enabled(),
            Timestamps.now(),
            null);
    store.addSource(s, actor.userId().orElse(null));
    return s;
  }

  public List<HarvestSource> list(Actor actor) {
    requireSysadmin(actor);
    return store.sources();
  }

  public HarvestSource require(Actor actor, String id) {
    requireSysadmin(actor);
    return store
        .source(id)
        .orElseThrow(() -> new ObjectNotFoundException("Harvest source not found"));
  }

  static void requireSysadmin(Actor actor) {
    if (!actor.authenticated()) {
      throw new AuthenticationRequiredException("Harvest sources are for sysadmins: sign in");
    }
    if (!actor.sysadmin()) {
      throw new AccessDeniedException("Harvest sources are for sysadmins only");
    }
  }
}
