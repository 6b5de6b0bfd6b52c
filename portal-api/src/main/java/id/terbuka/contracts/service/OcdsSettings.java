package id.terbuka.contracts.service;

import id.terbuka.contracts.domain.Ocids;
import id.terbuka.contracts.domain.PackageMetadata;
import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open-contracting configuration ({@code TERBUKA_OCID_*}, {@code TERBUKA_OCDS_*}; each key is
 * documented in docs/operations.md).
 */
@ApplicationScoped
public class OcdsSettings {

  @Inject TerbukaConfig config;

  /** The regency must register its own prefix with OCP; the default is only for demos and tests. */
  @Inject
  @ConfigProperty(name = "terbuka.ocid.prefix", defaultValue = "ocds-bjn0jo")
  String ocidPrefix;

  @Inject
  @ConfigProperty(name = "terbuka.ocid.prefixes.accepted")
  Optional<String> acceptedPrefixes;

  @Inject
  @ConfigProperty(
      name = "terbuka.ocds.publisher.name",
      defaultValue = "Pemerintah Kabupaten Bojonegoro")
  String publisherName;

  @Inject
  @ConfigProperty(name = "terbuka.ocds.publisher.scheme")
  Optional<String> publisherScheme;

  @Inject
  @ConfigProperty(name = "terbuka.ocds.publisher.uid")
  Optional<String> publisherUid;

  @Inject
  @ConfigProperty(
      name = "terbuka.ocds.license",
      defaultValue = "https://creativecommons.org/licenses/by/4.0/")
  String license;

  @Inject
  @ConfigProperty(name = "terbuka.ocds.publication.policy")
  Optional<String> publicationPolicy;

  /** The procurement office (UKPBJ) organisation that owns the published datasets. */
  @Inject
  @ConfigProperty(name = "terbuka.ocds.organization", defaultValue = "ukpbj")
  String organization;

  @Inject
  @ConfigProperty(name = "terbuka.ocds.min.tender.days", defaultValue = "7")
  int minTenderDays;

  /** Pengadaan Langsung's ceiling for goods and works (Perpres 12/2021): Rp 200 juta. */
  @Inject
  @ConfigProperty(name = "terbuka.ocds.direct.threshold", defaultValue = "200000000")
  BigDecimal directThreshold;

  public Ocids ocids() {
    List<String> accepted =
        acceptedPrefixes.stream()
            .flatMap(s -> Arrays.stream(s.split(",")))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    return new Ocids(ocidPrefix.strip(), accepted);
  }

  public PackageMetadata metadata() {
    return new PackageMetadata(
        publisherName,
        publisherScheme.orElse(""),
        publisherUid.orElse(""),
        config.siteUrl(),
        license,
        publicationPolicy.orElse(config.siteUrl() + "/kontrak#kebijakan"));
  }

  /** The base of the portal's OCDS API, e.g. https://data.bojonegorokab.go.id/api/v1/ocds. */
  public String apiBase() {
    return config.siteUrl() + "/api/v1/ocds";
  }

  public String organization() {
    return organization.strip();
  }

  public int minTenderDays() {
    return minTenderDays;
  }

  public BigDecimal directThreshold() {
    return directThreshold;
  }
}
