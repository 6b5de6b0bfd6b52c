package id.terbuka.deploy.bench;

import id.terbuka.deploy.bench.ProcurementNames.Buyer;
import id.terbuka.deploy.bench.ProcurementNames.Supplier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded contracting processes for the OCDS benchmark, each as its five releases (planning, tender,
 * award, contract, implementation) in OCDS 1.1 JSON text, shaped like the portal's own spreadsheet
 * releases: the unit as buyer, procuring entity and payer; the winner as tenderer, supplier and
 * payee with its NPWP; rupiah values (pagu, HPS, offer, contract, a payment); the tender period and
 * number of tenderers; {@code +07:00} dates.
 *
 * <p>Process {@code n} (1 to {@code processes}) has ocid {@code ocds-bjn0jo-B{n}} and depends only
 * on the seed and {@code n}, so any process can be made again without the others. The first half
 * are tendered in 2024, the second half in 2025, in date order (as a back-fill would send them).
 * Some processes carry what the red flags look for: a single bidder (about 8 % of open tenders), a
 * tender period under seven days, an award at 99 % or more of the HPS, repeated direct purchases
 * from a unit's usual providers.
 */
final class ProcurementGenerator {
  static final String OCID_PREFIX = "ocds-bjn0jo";
  static final int FIRST_YEAR = 2024;
  static final int YEARS = 2;
  private static final int LOCAL_SUPPLIERS_PER_BUYER = 6;

  /** A spreadsheet method with its OCDS method and Indonesian details; weight in percent. */
  private record Method(String code, String ocds, String details, int weight) {
    boolean open() {
      return ocds.equals("open");
    }
  }

  private static final List<Method> METHODS =
      List.of(
          new Method("tender", "open", "Tender", 28),
          new Method("tender_cepat", "open", "Tender Cepat", 10),
          new Method("seleksi", "open", "Seleksi", 7),
          new Method("pengadaan_langsung", "direct", "Pengadaan Langsung", 35),
          new Method("penunjukan_langsung", "direct", "Penunjukan Langsung", 4),
          new Method("e_purchasing", "selective", "E-Purchasing (katalog elektronik)", 16));

  private final long seed;
  private final int processes;
  private final List<Buyer> buyers;
  private final int buyerWeights;
  private final List<Supplier> suppliers;

  ProcurementGenerator(long seed, int processes, int buyerCount, int supplierCount) {
    if (processes < YEARS) {
      throw new IllegalArgumentException("At least " + YEARS + " processes");
    }
    this.seed = seed;
    this.processes = processes;
    this.buyers = ProcurementNames.buyers(buyerCount);
    this.buyerWeights = buyers.stream().mapToInt(Buyer::weight).sum();
    this.suppliers = ProcurementNames.suppliers(supplierCount, new Random(seed));
  }

  int processes() {
    return processes;
  }

  List<Buyer> buyers() {
    return buyers;
  }

  List<Supplier> suppliers() {
    return suppliers;
  }

  static String ocid(int n) {
    return OCID_PREFIX + "-B" + n;
  }

  /** The year process {@code n} is tendered in (its publication year). */
  int year(int n) {
    return FIRST_YEAR + (n - 1) / perYear();
  }

  private int perYear() {
    return (processes + YEARS - 1) / YEARS;
  }

  /** A release package of the given releases (JSON texts). */
  static String releasePackage(String uri, List<String> releases) {
    StringBuilder out = new StringBuilder(releases.size() * 2600 + 512);
    JsonText json = new JsonText(out);
    json.beginObject()
        .field("uri", uri)
        .field("version", "1.1")
        .field("publishedDate", "2026-01-05T09:00:00+07:00")
        .beginObject("publisher")
        .field("name", "Pemerintah Kabupaten Bojonegoro")
        .endObject()
        .field("license", "https://creativecommons.org/licenses/by/4.0/")
        .field("publicationPolicy", "https://data.bojonegorokab.go.id/kontrak/kebijakan")
        .beginArray("releases");
    for (String r : releases) {
      json.raw(r);
    }
    return json.endArray().endObject().toString();
  }

  /** Process {@code n}'s five releases, oldest first. */
  List<String> releases(int n) {
    if (n < 1 || n > processes) {
      throw new IllegalArgumentException("No process " + n + " (1 to " + processes + ")");
    }
    Process p = draw(n);
    List<String> out = new ArrayList<>(5);
    out.add(planning(p));
    out.add(tender(p));
    out.add(award(p));
    out.add(contract(p));
    out.add(implementation(p));
    return out;
  }

  /** Everything a process's releases say, drawn from its own random sequence. */
  private record Process(
      String ocid,
      String kodeRup,
      Buyer buyer,
      Supplier supplier,
      Method method,
      String category,
      String title,
      String object,
      long pagu,
      long hps,
      long offer,
      long paid,
      LocalDate planned,
      LocalDate tenderStart,
      LocalDate tenderEnd,
      int tenderers,
      LocalDate awarded,
      LocalDate signed,
      LocalDate contractEnd,
      LocalDate paidOn,
      boolean finished) {}

  private Process draw(int n) {
    Random r = new Random(seed * 1_000_003L + n);
    int year = year(n);
    int inYear = (n - 1) % perYear();
    // Date order: announcements spread from early January to mid December.
    LocalDate tenderStart =
        LocalDate.of(year, 1, 6).plusDays((long) inYear * 340 / perYear() + r.nextInt(3));
    Method method = pick(r);
    String category = category(method, r);
    Buyer buyer = buyer(r);
    Supplier supplier = supplier(method, buyers.indexOf(buyer), r);
    Subject subject = subject(category, year, r);
    Amounts amounts = amounts(method, r);
    LocalDate tenderEnd = tenderStart.plusDays(tenderDays(method, r));
    LocalDate awarded = tenderEnd.plusDays(3 + r.nextInt(19));
    LocalDate signed = awarded.plusDays(2 + r.nextInt(9));
    LocalDate contractEnd = signed.plusDays(30 + r.nextInt(211));
    return new Process(
        ocid(n),
        "B" + n,
        buyer,
        supplier,
        method,
        category,
        subject.title(),
        subject.object(),
        amounts.pagu(),
        amounts.hps(),
        amounts.offer(),
        amounts.paid(),
        tenderStart.minusDays(20 + r.nextInt(71)),
        tenderStart,
        tenderEnd,
        tenderers(method, r),
        awarded,
        signed,
        contractEnd,
        amounts.finished()
            ? contractEnd.minusDays(r.nextInt(11))
            : signed.plusDays(20 + r.nextInt(20)),
        amounts.finished());
  }

  /** What is bought and the package title naming it, its place and year. */
  private record Subject(String object, String title) {}

  private static Subject subject(String category, int year, Random r) {
    List<String> kinds = ProcurementNames.KINDS.get(category);
    List<String> objects = ProcurementNames.OBJECTS.get(category);
    String object = objects.get(r.nextInt(objects.size()));
    String kecamatan = ProcurementNames.KECAMATAN.get(r.nextInt(ProcurementNames.KECAMATAN.size()));
    String title =
        kinds.get(r.nextInt(kinds.size())) + " " + object + " Kecamatan " + kecamatan + " " + year;
    return new Subject(object, title);
  }

  /** Rupiah amounts from ceiling to payment, and whether the contract ran to its end. */
  private record Amounts(long pagu, long hps, long offer, long paid, boolean finished) {}

  /**
   * The ceiling, the estimate (HPS) a little under it, the winning offer (about 6 % at 99 % or more
   * of the HPS), and what was paid: all of it when the contract finished, part of it otherwise.
   */
  private static Amounts amounts(Method method, Random r) {
    long pagu = pagu(method, r);
    long hps = thousands(pagu * (0.92 + 0.08 * r.nextDouble()));
    double ratio = r.nextInt(100) < 6 ? 0.99 + 0.01 * r.nextDouble() : 0.85 + 0.13 * r.nextDouble();
    long offer = thousands(hps * ratio);
    boolean finished = r.nextInt(100) < 60;
    long paid = finished ? offer : thousands(offer * (0.3 + 0.6 * r.nextDouble()));
    return new Amounts(pagu, hps, offer, paid, finished);
  }

  private static Method pick(Random r) {
    int x = r.nextInt(100);
    for (Method m : METHODS) {
      x -= m.weight();
      if (x < 0) {
        return m;
      }
    }
    return METHODS.get(0);
  }

  private static String category(Method m, Random r) {
    int x = r.nextInt(100);
    return switch (m.code()) {
      case "seleksi" -> "jasa_konsultansi";
      case "e_purchasing" -> "barang";
      case "tender", "tender_cepat" ->
          x < 55 ? "pekerjaan_konstruksi" : x < 85 ? "barang" : "jasa_lainnya";
      case "penunjukan_langsung" -> x < 50 ? "jasa_lainnya" : "pekerjaan_konstruksi";
      default ->
          x < 40
              ? "barang"
              : x < 70 ? "pekerjaan_konstruksi" : x < 90 ? "jasa_lainnya" : "jasa_konsultansi";
    };
  }

  private Buyer buyer(Random r) {
    int x = r.nextInt(buyerWeights);
    for (Buyer b : buyers) {
      x -= b.weight();
      if (x < 0) {
        return b;
      }
    }
    return buyers.get(0);
  }

  /** Half of a unit's direct purchases go to its few usual providers. */
  private Supplier supplier(Method m, int buyerIndex, Random r) {
    if (!m.open() && r.nextBoolean()) {
      int local = buyerIndex * LOCAL_SUPPLIERS_PER_BUYER + r.nextInt(LOCAL_SUPPLIERS_PER_BUYER);
      return suppliers.get(local % suppliers.size());
    }
    return suppliers.get(r.nextInt(suppliers.size()));
  }

  /** The budget ceiling, log-uniform within the method's usual range, whole thousands. */
  private static long pagu(Method m, Random r) {
    long[] range =
        switch (m.code()) {
          case "pengadaan_langsung" -> new long[] {15_000_000L, 199_000_000L};
          case "penunjukan_langsung" -> new long[] {100_000_000L, 2_000_000_000L};
          case "e_purchasing" -> new long[] {10_000_000L, 2_000_000_000L};
          case "seleksi" -> new long[] {100_000_000L, 3_000_000_000L};
          default -> new long[] {200_000_000L, 20_000_000_000L};
        };
    double log = Math.log(range[0]) + r.nextDouble() * (Math.log(range[1]) - Math.log(range[0]));
    return thousands(Math.exp(log));
  }

  private static int tenderDays(Method m, Random r) {
    if (!m.open()) {
      return 2 + r.nextInt(4);
    }
    if (m.code().equals("tender_cepat")) {
      return 5 + r.nextInt(4);
    }
    return r.nextInt(100) < 7 ? 3 + r.nextInt(3) : 10 + r.nextInt(12);
  }

  private static int tenderers(Method m, Random r) {
    if (!m.open()) {
      return 1;
    }
    return r.nextInt(100) < 8 ? 1 : 2 + r.nextInt(14);
  }

  private static long thousands(double amount) {
    return Math.round(amount / 1000) * 1000;
  }

  // --- the releases ---------------------------------------------------------------------------

  private static JsonText release(Process p, String stage, String tag, LocalDate date) {
    return new JsonText()
        .beginObject()
        .field("ocid", p.ocid())
        .field("id", p.ocid() + "-" + stage)
        .field("date", startOf(date))
        .strings("tag", tag)
        .field("initiationType", "tender")
        .field("language", "id");
  }

  private static String planning(Process p) {
    JsonText json = release(p, "planning", "planning", p.planned());
    json.beginArray("parties");
    buyerParty(json, p);
    json.endArray();
    buyerRef(json.beginObject("buyer"), p).endObject();
    json.beginObject("planning")
        .beginObject("budget")
        .field("id", budgetAccount(p.category()))
        .field("description", "Pagu paket " + p.title())
        .rupiah("amount", p.pagu())
        .endObject()
        .field("rationale", "Rencana umum pengadaan " + p.buyer().name())
        .endObject();
    tenderIdentity(json.beginObject("tender"), p).field("status", "planned").endObject();
    return json.endObject().toString();
  }

  private static String tender(Process p) {
    JsonText json = release(p, "tender", "tender", p.tenderStart());
    json.beginArray("parties");
    buyerParty(json, p);
    json.endArray();
    json.beginObject("tender");
    tenderIdentity(json, p).field("status", "active");
    buyerRef(json.beginObject("procuringEntity"), p).endObject();
    json.rupiah("value", p.hps())
        .beginArray("items")
        .beginObject()
        .field("id", "1")
        .field("description", p.object())
        .field("quantity", 1)
        .beginObject("unit")
        .field("name", "paket")
        .endObject()
        .endObject()
        .endArray()
        .beginObject("tenderPeriod")
        .field("startDate", startOf(p.tenderStart()))
        .field("endDate", endOf(p.tenderEnd()))
        .endObject()
        .field("numberOfTenderers", p.tenderers());
    return json.endObject().endObject().toString();
  }

  private static String award(Process p) {
    JsonText json = release(p, "award", "award", p.awarded());
    json.beginArray("parties");
    supplierParty(json, p);
    json.endArray();
    json.beginObject("tender").field("id", p.kodeRup()).field("status", "complete").endObject();
    json.beginArray("awards")
        .beginObject()
        .field("id", p.kodeRup() + "-award")
        .field("title", p.title())
        .field("status", "active")
        .field("date", startOf(p.awarded()))
        .rupiah("value", p.offer())
        .beginArray("suppliers");
    supplierRef(json.beginObject(), p).endObject();
    return json.endArray().endObject().endArray().endObject().toString();
  }

  private static String contract(Process p) {
    JsonText json = release(p, "contract", "contract", p.signed());
    json.beginArray("contracts")
        .beginObject()
        .field("id", p.kodeRup() + "-contract")
        .field("awardID", p.kodeRup() + "-award")
        .field("title", p.title())
        .field("description", "Nomor kontrak " + p.kodeRup() + "/SPK/" + p.signed().getYear() + ".")
        .field("status", "active")
        .beginObject("period")
        .field("startDate", startOf(p.signed()))
        .field("endDate", endOf(p.contractEnd()))
        .endObject()
        .rupiah("value", p.offer())
        .field("dateSigned", startOf(p.signed()))
        .endObject()
        .endArray();
    return json.endObject().toString();
  }

  private static String implementation(Process p) {
    JsonText json = release(p, "implementation", "implementation", p.paidOn());
    json.beginArray("parties");
    buyerParty(json, p);
    supplierParty(json, p);
    json.endArray();
    json.beginArray("contracts")
        .beginObject()
        .field("id", p.kodeRup() + "-contract")
        .field("awardID", p.kodeRup() + "-award")
        .field("status", p.finished() ? "terminated" : "active")
        .beginObject("implementation")
        .beginArray("transactions")
        .beginObject()
        .field("id", p.kodeRup() + "-bayar-1")
        .field("date", startOf(p.paidOn()))
        .rupiah("value", p.paid());
    buyerRef(json.beginObject("payer"), p).endObject();
    supplierRef(json.beginObject("payee"), p).endObject();
    json.endObject().endArray().endObject().endObject().endArray();
    return json.endObject().toString();
  }

  private static JsonText tenderIdentity(JsonText json, Process p) {
    json.field("id", p.kodeRup())
        .field("title", p.title())
        .field("procurementMethod", p.method().ocds())
        .field("procurementMethodDetails", p.method().details())
        .field(
            "mainProcurementCategory",
            switch (p.category()) {
              case "barang" -> "goods";
              case "pekerjaan_konstruksi" -> "works";
              default -> "services";
            });
    if (p.category().equals("jasa_konsultansi")) {
      json.strings("additionalProcurementCategories", "consultingServices");
    }
    return json;
  }

  private static void buyerParty(JsonText json, Process p) {
    buyerRef(json.beginObject(), p)
        .strings("roles", "buyer", "procuringEntity", "payer")
        .endObject();
  }

  private static JsonText buyerRef(JsonText json, Process p) {
    return json.field("id", p.buyer().partyId()).field("name", p.buyer().name());
  }

  private static void supplierParty(JsonText json, Process p) {
    supplierRef(json.beginObject(), p)
        .beginObject("identifier")
        .field("scheme", "ID-NPWP")
        .field("id", p.supplier().npwp())
        .field("legalName", p.supplier().name())
        .endObject()
        .strings("roles", "tenderer", "supplier", "payee")
        .endObject();
  }

  private static JsonText supplierRef(JsonText json, Process p) {
    return json.field("id", p.supplier().partyId()).field("name", p.supplier().name());
  }

  /** A plausible belanja account of the category (modal for works, barang/jasa otherwise). */
  private static String budgetAccount(String category) {
    return switch (category) {
      case "pekerjaan_konstruksi" -> "5.2.04.01.01.0001";
      case "barang" -> "5.2.02.05.01.0001";
      default -> "5.1.02.02.01.0003";
    };
  }

  private static String startOf(LocalDate d) {
    return d + "T00:00:00+07:00";
  }

  private static String endOf(LocalDate d) {
    return d + "T23:59:59+07:00";
  }
}
