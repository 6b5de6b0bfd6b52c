package id.terbuka.contracts.sheet;

import id.terbuka.contracts.domain.OcdsJson;
import java.math.BigDecimal;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What each stage's release says about a row's process, the release fields ({@code ocid}, {@code
 * id}, {@code date}, {@code tag}...) left to {@link ProcessReleases}. Each stage writes its own
 * section, so releases of different stages never write the same field with different values:
 *
 * <ul>
 *   <li>planning: the buyer, {@code planning.budget} (pagu, with {@code kode_rekening} as its id),
 *       the tender's identity and method (title, categories, method and its Indonesian name; not
 *       its status, which the tender stage owns: a later planning update would otherwise set a
 *       running tender back to planned), and for e-purchasing the e-Katalog as framework;
 *   <li>tender: the same identity and method, status, HPS as {@code value}, the tender period
 *       (announcement day's start to closing day's end), number of tenderers, procuring entity;
 *   <li>award: the winner, offer as {@code value}, decision day, status ({@code pending} while the
 *       tender is evaluated, else {@code active});
 *   <li>contract: value, signature day, period, status, contract number in the description;
 *   <li>implementation: the payments, built by {@link ProcessReleases}.
 * </ul>
 */
final class StageSections {
  static final String CURRENCY = "IDR";
  static final String E_KATALOG_URI = "https://e-katalog.lkpp.go.id/";

  private StageSections() {}

  static String awardId(ProcurementRow row) {
    return row.kodeRup() + "-award";
  }

  static String contractId(ProcurementRow row) {
    return row.kodeRup() + "-contract";
  }

  static ObjectNode planning(ProcurementRow row) {
    ObjectNode body = OcdsJson.object();
    body.putArray("parties").add(Parties.buyer(row));
    body.set("buyer", Parties.buyerRef(row));
    ObjectNode budget = body.putObject("planning").putObject("budget");
    if (row.kodeRekening() != null) {
      budget.put("id", row.kodeRekening());
    }
    budget.put("description", "Pagu paket " + row.judul());
    budget.set("amount", value(row.pagu()));
    tenderIdentity(body.putObject("tender"), row);
    if (row.metode() == Metode.E_PURCHASING) {
      ObjectNode framework = body.putArray("relatedProcesses").addObject();
      framework.put("id", "e-katalog");
      framework.putArray("relationship").add("framework");
      framework.put("title", "Katalog elektronik LKPP (e-Katalog)");
      framework.put("uri", E_KATALOG_URI);
    }
    return body;
  }

  static ObjectNode tender(ProcurementRow row) {
    ObjectNode body = OcdsJson.object();
    body.putArray("parties").add(Parties.buyer(row));
    ObjectNode tender = body.putObject("tender");
    tender.put("id", row.kodeRup());
    tender.put("title", row.judul());
    tender.put("status", tenderStatus(row));
    tender.set("procuringEntity", Parties.buyerRef(row));
    if (row.hps() != null) {
      tender.set("value", value(row.hps()));
    }
    tenderIdentity(tender, row);
    if (row.tanggalPengumuman() != null || row.tanggalPenutupan() != null) {
      ObjectNode period = tender.putObject("tenderPeriod");
      if (row.tanggalPengumuman() != null) {
        period.put("startDate", WibTime.startOf(row.tanggalPengumuman()));
      }
      if (row.tanggalPenutupan() != null) {
        period.put("endDate", WibTime.endOf(row.tanggalPenutupan()));
      }
    }
    if (row.jumlahPeserta() != null) {
      tender.put("numberOfTenderers", row.jumlahPeserta());
    }
    return body;
  }

  /**
   * The status written, else inferred: complete once a winner is named, active once announced,
   * planned before.
   */
  private static String tenderStatus(ProcurementRow row) {
    if (row.statusTender() != null) {
      return row.statusTender().ocds();
    }
    if (row.fills(Stage.AWARD)) {
      return TenderStatus.SELESAI.ocds();
    }
    return row.tanggalPengumuman() != null
        ? TenderStatus.DIUMUMKAN.ocds()
        : TenderStatus.DIRENCANAKAN.ocds();
  }

  private static void tenderIdentity(ObjectNode tender, ProcurementRow row) {
    tender.put("id", row.kodeRup());
    tender.put("title", row.judul());
    tender.put("procurementMethod", row.metode().procurementMethod());
    tender.put("procurementMethodDetails", row.metode().procurementMethodDetails());
    tender.put("mainProcurementCategory", row.kategori().mainProcurementCategory());
    row.kategori()
        .additionalProcurementCategory()
        .ifPresent(c -> tender.putArray("additionalProcurementCategories").add(c));
  }

  static ObjectNode award(ProcurementRow row) {
    ObjectNode body = OcdsJson.object();
    body.putArray("parties").add(Parties.supplier(row));
    ObjectNode award = body.putArray("awards").addObject();
    award.put("id", awardId(row));
    award.put("title", row.judul());
    award.put("status", row.statusTender() == TenderStatus.EVALUASI ? "pending" : "active");
    if (row.tanggalPenetapan() != null) {
      award.put("date", WibTime.startOf(row.tanggalPenetapan()));
    }
    if (row.nilaiPenawaran() != null) {
      award.set("value", value(row.nilaiPenawaran()));
    }
    award.putArray("suppliers").add(Parties.supplierRef(row));
    return body;
  }

  static ObjectNode contract(ProcurementRow row) {
    ObjectNode body = OcdsJson.object();
    ObjectNode contract = contractOf(body.putArray("contracts"), row);
    contract.put("title", row.judul());
    String description = contractDescription(row);
    if (!description.isEmpty()) {
      contract.put("description", description);
    }
    ContractStatus status =
        row.statusKontrak() == null ? ContractStatus.BERJALAN : row.statusKontrak();
    contract.put("status", status.ocds());
    if (row.mulaiKontrak() != null || row.selesaiKontrak() != null) {
      ObjectNode period = contract.putObject("period");
      if (row.mulaiKontrak() != null) {
        period.put("startDate", WibTime.startOf(row.mulaiKontrak()));
      }
      if (row.selesaiKontrak() != null) {
        period.put("endDate", WibTime.endOf(row.selesaiKontrak()));
      }
    }
    contract.set("value", value(row.nilaiKontrak()));
    contract.put("dateSigned", WibTime.startOf(row.tanggalKontrak()));
    return body;
  }

  private static String contractDescription(ProcurementRow row) {
    StringBuilder text = new StringBuilder();
    if (row.nomorKontrak() != null) {
      text.append("Nomor kontrak ").append(row.nomorKontrak()).append('.');
    }
    if (row.statusKontrak() == ContractStatus.DIPUTUS) {
      text.append(text.isEmpty() ? "" : " ").append("Kontrak diputus sebelum selesai.");
    } else if (row.statusKontrak() == ContractStatus.SELESAI) {
      text.append(text.isEmpty() ? "" : " ").append("Kontrak selesai.");
    }
    return text.toString();
  }

  /** The implementation release's body with an empty list of transactions to fill. */
  static ObjectNode implementation(ProcurementRow row) {
    ObjectNode body = OcdsJson.object();
    body.putArray("parties").add(Parties.buyer(row)).add(Parties.supplier(row));
    contractOf(body.putArray("contracts"), row)
        .putObject("implementation")
        .putArray("transactions");
    return body;
  }

  static ObjectNode contractOf(ArrayNode contracts, ProcurementRow row) {
    ObjectNode contract = contracts.addObject();
    contract.put("id", contractId(row));
    contract.put("awardID", awardId(row));
    return contract;
  }

  /** {@code {"amount": 2500000000, "currency": "IDR"}}, the amount without trailing zeros. */
  static ObjectNode value(BigDecimal amount) {
    ObjectNode value = OcdsJson.object();
    value.put("amount", new BigDecimal(amount.stripTrailingZeros().toPlainString()));
    value.put("currency", CURRENCY);
    return value;
  }
}
