package id.terbuka.dasawisma.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Dasa Wisma configuration ({@code TERBUKA_DASAWISMA_*}, in docs/operations.md). */
@ApplicationScoped
public class DasaWismaSettings {
  /** Bojonegoro's time (WIB): months of snapshots and coverage begin at its midnight. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  /**
   * The organisation that owns the published Dasa Wisma datasets; its editors are the walidata who
   * publish snapshots and load targets.
   */
  @Inject
  @ConfigProperty(name = "terbuka.dasawisma.organization", defaultValue = "tp-pkk")
  String organization;

  /** Whether this node takes the monthly snapshots itself (tests switch it off). */
  @Inject
  @ConfigProperty(name = "terbuka.dasawisma.monthly.snapshots", defaultValue = "true")
  boolean monthlySnapshots;

  public boolean monthlySnapshots() {
    return monthlySnapshots;
  }

  public String organization() {
    return organization.strip();
  }
}
