package id.terbuka.contracts.sheet;

import id.terbuka.contracts.domain.OcdsJson;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two parties of a row's process and references to them.
 *
 * <p>The unit (SKPD) is {@code ID-SKPD-{kode_skpd}}: buyer, procuring entity (it runs its own
 * procurement through its officials) and payer. The winner is {@code ID-NPWP-{15 digits}} with the
 * NPWP as identifier when it is a company's, else {@code ID-PENYEDIA-{first 8 hex of the SHA-256 of
 * its lower-cased name}} with no identifier (a person's number is never published): tenderer,
 * supplier and payee. Roles are the party's roles in the whole process, the same in every release
 * that lists the party: a party's {@code roles} array is replaced whole when releases are merged,
 * so a release listing fewer roles would erase the others.
 */
final class Parties {
  static final String NPWP_SCHEME = "ID-NPWP";

  private Parties() {}

  static String buyerId(ProcurementRow row) {
    return "ID-SKPD-" + row.kodeSkpd();
  }

  static String supplierId(ProcurementRow row) {
    return row.publishableNpwp()
        .map(npwp -> "ID-NPWP-" + npwp)
        .orElseGet(() -> "ID-PENYEDIA-" + Sha256.hex8(row.pemenangNama().toLowerCase(Locale.ROOT)));
  }

  static ObjectNode buyer(ProcurementRow row) {
    ObjectNode party = buyerRef(row);
    party.putArray("roles").add("buyer").add("procuringEntity").add("payer");
    return party;
  }

  static ObjectNode buyerRef(ProcurementRow row) {
    ObjectNode ref = OcdsJson.object();
    ref.put("id", buyerId(row));
    ref.put("name", row.namaSkpd());
    return ref;
  }

  static ObjectNode supplier(ProcurementRow row) {
    ObjectNode party = supplierRef(row);
    row.publishableNpwp()
        .ifPresent(
            npwp -> {
              ObjectNode identifier = party.putObject("identifier");
              identifier.put("scheme", NPWP_SCHEME);
              identifier.put("id", npwp);
              identifier.put("legalName", row.pemenangNama());
            });
    party.putArray("roles").add("tenderer").add("supplier").add("payee");
    return party;
  }

  static ObjectNode supplierRef(ProcurementRow row) {
    ObjectNode ref = OcdsJson.object();
    ref.put("id", supplierId(row));
    ref.put("name", row.pemenangNama());
    return ref;
  }
}
