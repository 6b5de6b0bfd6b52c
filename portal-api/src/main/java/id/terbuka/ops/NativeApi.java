package id.terbuka.ops;

import id.terbuka.audit.api.AuditResource;
import id.terbuka.budget.api.BudgetResource;
import id.terbuka.contracts.api.ContractsResource;
import id.terbuka.contracts.api.OcdsResource;
import id.terbuka.dasawisma.api.DasaWismaResource;
import id.terbuka.feedback.api.FeedbackResource;
import id.terbuka.harvest.api.HarvestResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The native REST API under {@code /api/v1} (what CKAN has no action for). Classes are listed
 * explicitly so that JAX-RS interfaces inside library jars (SolrJ's) are not scanned.
 */
@ApplicationPath("/api/v1")
public class NativeApi extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        AdminResource.class,
        ProblemMapper.class,
        NulParameterFilter.class,
        FeedbackResource.class,
        BudgetResource.class,
        OcdsResource.class,
        ContractsResource.class,
        DasaWismaResource.class,
        AuditResource.class,
        HarvestResource.class,
        id.terbuka.catalog.api.ReviewResource.class,
        id.terbuka.reports.api.ReportsResource.class);
  }
}
