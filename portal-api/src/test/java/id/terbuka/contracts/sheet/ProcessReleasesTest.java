package id.terbuka.contracts.sheet;

import static id.terbuka.contracts.sheet.ProcurementColumns.HPS;
import static id.terbuka.contracts.sheet.ProcurementColumns.JUMLAH_PESERTA;
import static id.terbuka.contracts.sheet.ProcurementColumns.KATEGORI;
import static id.terbuka.contracts.sheet.ProcurementColumns.METODE;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_DIBAYAR;
import static id.terbuka.contracts.sheet.ProcurementColumns.NILAI_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.PEMENANG_NPWP;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_KONTRAK;
import static id.terbuka.contracts.sheet.ProcurementColumns.STATUS_TENDER;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENGUMUMAN;
import static id.terbuka.contracts.sheet.ProcurementColumns.TANGGAL_PENUTUPAN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.terbuka.contracts.domain.OcdsJson;
import id.terbuka.imports.domain.ImportProblem;
import id.terbuka.imports.domain.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ProcessReleasesTest {
  static final String PREFIX = "ocds-b0j0n9";
  static final String OCID = PREFIX + "-51234567";

  /** 10:00 WIB on 1 May and 2 June 2025. */
  static final Instant T1 = Instant.parse("2025-05-01T03:00:00Z");

  static final Instant T2 = Instant.parse("2025-06-02T03:00:00Z");

  private final ProcessReleases builder = new ProcessReleases();

  private List<ObjectNode> build(Rows rows, Map<Stage, JsonNode> latest, Instant at) {
    return builder.build(rows.parsed(), PREFIX, latest, at);
  }

  private List<ObjectNode> first(Rows rows) {
    return build(rows, Map.of(), T1);
  }

  /**
   * The latest release of each stage after storing {@code releases}, as storage gives them back:
   * keys reordered and amounts without their decimals, as a JSONB round trip may.
   */
  static Map<Stage, JsonNode> stored(Map<Stage, JsonNode> before, List<ObjectNode> releases) {
    Map<Stage, JsonNode> latest = new EnumMap<>(Stage.class);
    latest.putAll(before);
    for (ObjectNode release : releases) {
      latest.put(
          Stage.ofRelease(release).orElseThrow(),
          OcdsJson.parse(ReleaseContent.canonical(release)));
    }
    return latest;
  }

  private static List<String> tags(List<ObjectNode> releases) {
    return releases.stream().map(r -> r.get("tag").get(0).asString()).toList();
  }

  private static ObjectNode only(List<ObjectNode> releases) {
    assertEquals(1, releases.size(), () -> "releases: " + tags(releases));
    return releases.get(0);
  }

  private static String text(JsonNode node, String pointer) {
    return node.at(pointer).asString();
  }

  private static String amount(JsonNode node, String pointer) {
    return node.at(pointer).decimalValue().toPlainString();
  }

  @Test
  void aNewProcessGetsOneReleasePerStageItFills() {
    List<ObjectNode> releases = first(Rows.example());
    assertEquals(
        List.of("planning", "tender", "award", "contract", "implementation"), tags(releases));
    for (ObjectNode r : releases) {
      assertEquals(OCID, text(r, "/ocid"));
      String stage = Stage.ofRelease(r).orElseThrow().id();
      assertTrue(text(r, "/id").matches(OCID + "-" + stage + "-[0-9a-f]{8}"), text(r, "/id"));
      assertEquals("tender", text(r, "/initiationType"));
      assertEquals("id", text(r, "/language"));
    }
    assertEquals(
        List.of(
            "2025-05-01T10:00:00+07:00",
            "2025-03-03T00:00:00+07:00",
            "2025-03-28T00:00:00+07:00",
            "2025-04-07T00:00:00+07:00",
            "2025-05-01T10:00:00+07:00"),
        releases.stream().map(r -> text(r, "/date")).toList());
  }

  @Test
  void aPlanOnlyIsAPlanningRelease() {
    assertEquals(List.of("planning"), tags(first(Rows.plan())));
  }

  @Test
  void planningCarriesThePaguTheBuyerAndTheMethodButNoTenderStatus() {
    ObjectNode planning = first(Rows.example()).get(0);
    assertEquals("5.2.04.01.01.0001", text(planning, "/planning/budget/id"));
    assertEquals("2500000000", amount(planning, "/planning/budget/amount/amount"));
    assertEquals("IDR", text(planning, "/planning/budget/amount/currency"));
    assertEquals("ID-SKPD-1.03.0.00.0.00.01.0000", text(planning, "/buyer/id"));
    assertEquals(
        "Dinas Pekerjaan Umum Bina Marga dan Penataan Ruang", text(planning, "/buyer/name"));
    assertEquals(
        "[\"buyer\",\"procuringEntity\",\"payer\"]",
        OcdsJson.write(planning.at("/parties/0/roles")));
    assertEquals("51234567", text(planning, "/tender/id"));
    assertEquals("open", text(planning, "/tender/procurementMethod"));
    assertEquals("Tender", text(planning, "/tender/procurementMethodDetails"));
    assertEquals("works", text(planning, "/tender/mainProcurementCategory"));
    assertTrue(planning.at("/tender/status").isMissingNode());
  }

  @Test
  void tenderCarriesHpsPeriodBiddersAndStatus() {
    ObjectNode tender = first(Rows.example()).get(1);
    assertEquals("complete", text(tender, "/tender/status"));
    assertEquals("2450000000", amount(tender, "/tender/value/amount"));
    assertEquals("2025-03-03T00:00:00+07:00", text(tender, "/tender/tenderPeriod/startDate"));
    assertEquals("2025-03-17T23:59:59+07:00", text(tender, "/tender/tenderPeriod/endDate"));
    assertEquals(5, tender.at("/tender/numberOfTenderers").asInt());
    assertEquals("ID-SKPD-1.03.0.00.0.00.01.0000", text(tender, "/tender/procuringEntity/id"));
  }

  @Test
  void awardNamesTheWinnerWithItsNpwpAndOffer() {
    ObjectNode award = first(Rows.example()).get(2);
    assertEquals("51234567-award", text(award, "/awards/0/id"));
    assertEquals("active", text(award, "/awards/0/status"));
    assertEquals("2210500000", amount(award, "/awards/0/value/amount"));
    assertEquals("2025-03-28T00:00:00+07:00", text(award, "/awards/0/date"));
    assertEquals("ID-NPWP-012345678601000", text(award, "/awards/0/suppliers/0/id"));
    assertEquals("ID-NPWP", text(award, "/parties/0/identifier/scheme"));
    assertEquals("012345678601000", text(award, "/parties/0/identifier/id"));
    assertEquals(
        "[\"tenderer\",\"supplier\",\"payee\"]", OcdsJson.write(award.at("/parties/0/roles")));
  }

  @Test
  void contractCarriesValueSignatureAndPeriod() {
    ObjectNode contract = first(Rows.example()).get(3);
    assertEquals("51234567-contract", text(contract, "/contracts/0/id"));
    assertEquals("51234567-award", text(contract, "/contracts/0/awardID"));
    assertEquals("active", text(contract, "/contracts/0/status"));
    assertEquals("2210500000", amount(contract, "/contracts/0/value/amount"));
    assertEquals("2025-04-07T00:00:00+07:00", text(contract, "/contracts/0/dateSigned"));
    assertEquals("2025-04-08T00:00:00+07:00", text(contract, "/contracts/0/period/startDate"));
    assertEquals("2025-09-30T23:59:59+07:00", text(contract, "/contracts/0/period/endDate"));
    assertEquals(
        "Nomor kontrak 027/015/SP/412.204/2025.", text(contract, "/contracts/0/description"));
  }

  @Test
  void paymentsAreTransactionsFromBuyerToSupplier() {
    ObjectNode paid = first(Rows.example()).get(4);
    JsonNode t = paid.at("/contracts/0/implementation/transactions/0");
    assertEquals("51234567-bayar-1", text(t, "/id"));
    assertEquals("663150000", amount(t, "/value/amount"));
    assertEquals("2025-05-01T10:00:00+07:00", text(t, "/date"));
    assertEquals("ID-SKPD-1.03.0.00.0.00.01.0000", text(t, "/payer/id"));
    assertEquals("ID-NPWP-012345678601000", text(t, "/payee/id"));
  }

  @ParameterizedTest
  @CsvSource({
    "tender, open, Tender",
    "tender_cepat, open, Tender Cepat",
    "seleksi, open, Seleksi",
    "pengadaan_langsung, direct, Pengadaan Langsung",
    "penunjukan_langsung, direct, Penunjukan Langsung",
    "e_purchasing, selective, E-Purchasing (katalog elektronik)",
    "swakelola, direct, Swakelola"
  })
  void everyMethodHasItsOcdsMethodAndIndonesianName(String metode, String method, String details) {
    ObjectNode planning = first(Rows.plan().with(METODE, metode)).get(0);
    assertEquals(method, text(planning, "/tender/procurementMethod"));
    assertEquals(details, text(planning, "/tender/procurementMethodDetails"));
  }

  @Test
  void swakelolaHasNoTenderStage() {
    Rows rows = Rows.plan().with(METODE, "swakelola").with(KATEGORI, "jasa_lainnya");
    ObjectNode planning = only(first(rows));
    assertEquals("planning", planning.at("/tag/0").asString());
    assertEquals("direct", text(planning, "/tender/procurementMethod"));
    assertEquals("services", text(planning, "/tender/mainProcurementCategory"));
  }

  @Test
  void ePurchasingIsACallOffFromTheCatalogueFramework() {
    Rows rows =
        Rows.example()
            .with(METODE, "e_purchasing")
            .without(TANGGAL_PENGUMUMAN, TANGGAL_PENUTUPAN, JUMLAH_PESERTA, STATUS_TENDER, HPS);
    List<ObjectNode> releases = first(rows);
    assertEquals(List.of("planning", "award", "contract", "implementation"), tags(releases));
    ObjectNode planning = releases.get(0);
    assertEquals("selective", text(planning, "/tender/procurementMethod"));
    assertEquals("framework", text(planning, "/relatedProcesses/0/relationship/0"));
    assertEquals(StageSections.E_KATALOG_URI, text(planning, "/relatedProcesses/0/uri"));
  }

  @Test
  void consultancyIsServicesNamedMorePrecisely() {
    ObjectNode planning = first(Rows.plan().with(KATEGORI, "jasa_konsultansi")).get(0);
    assertEquals("services", text(planning, "/tender/mainProcurementCategory"));
    assertEquals("consultingServices", text(planning, "/tender/additionalProcurementCategories/0"));
    ObjectNode goods = first(Rows.plan().with(KATEGORI, "barang")).get(0);
    assertEquals("goods", text(goods, "/tender/mainProcurementCategory"));
    assertTrue(goods.at("/tender/additionalProcurementCategories").isMissingNode());
  }

  @Test
  void statusesMapToTheOcdsCodelists() {
    List<ObjectNode> evaluated = first(Rows.example().with(STATUS_TENDER, "evaluasi"));
    assertEquals("active", text(evaluated.get(1), "/tender/status"));
    assertEquals("pending", text(evaluated.get(2), "/awards/0/status"));
    Rows cancelled =
        Rows.plan().with(TANGGAL_PENGUMUMAN, "2025-03-03").with(STATUS_TENDER, "batal");
    assertEquals("cancelled", text(first(cancelled).get(1), "/tender/status"));
    Rows failed = Rows.plan().with(TANGGAL_PENGUMUMAN, "2025-03-03").with(STATUS_TENDER, "gagal");
    assertEquals("unsuccessful", text(first(failed).get(1), "/tender/status"));
    ObjectNode ended = first(Rows.example().with(STATUS_KONTRAK, "diputus")).get(3);
    assertEquals("terminated", text(ended, "/contracts/0/status"));
    assertTrue(
        text(ended, "/contracts/0/description").endsWith("Kontrak diputus sebelum selesai."));
    ObjectNode announced = first(Rows.plan().with(TANGGAL_PENGUMUMAN, "2025-03-03")).get(1);
    assertEquals("active", text(announced, "/tender/status"));
  }

  @Test
  void idsDependOnContentNotOnTheImportTime() {
    List<ObjectNode> monday = build(Rows.example(), Map.of(), T1);
    List<ObjectNode> later = build(Rows.example(), Map.of(), T2);
    assertEquals(
        monday.stream().map(r -> text(r, "/id")).toList(),
        later.stream().map(r -> text(r, "/id")).toList());
    assertNotEquals(text(monday.get(0), "/date"), text(later.get(0), "/date"));
    List<ObjectNode> otherTitle = first(Rows.example().with(ProcurementColumns.JUDUL, "Lain"));
    assertNotEquals(text(monday.get(0), "/id"), text(otherTitle.get(0), "/id"));
  }

  @Test
  void reImportingAnUnchangedRowAddsNothing() {
    Map<Stage, JsonNode> latest = stored(Map.of(), first(Rows.example()));
    assertEquals(List.of(), build(Rows.example(), latest, T2));
    assertEquals(List.of(), build(Rows.example().with(NILAI_DIBAYAR, "663.150.000"), latest, T2));
  }

  @Test
  void onlyTheChangedStageGetsAnUpdate() {
    Map<Stage, JsonNode> latest = stored(Map.of(), first(Rows.example()));
    List<ObjectNode> releases =
        build(Rows.example().with(PEMENANG_NPWP, "02.111.222.3-456.000"), latest, T2);
    assertEquals(List.of("awardUpdate"), tags(releases));
    assertEquals("2025-06-02T10:00:00+07:00", text(releases.get(0), "/date"));
  }

  @Test
  void aChangedContractValueIsAnAmendmentNamingOldAndNew() {
    List<ObjectNode> firstImport = first(Rows.example());
    Map<Stage, JsonNode> latest = stored(Map.of(), firstImport);
    ObjectNode amended = only(build(Rows.example().with(NILAI_KONTRAK, "2431550000"), latest, T2));
    assertEquals("contractAmendment", amended.at("/tag/0").asString());
    assertEquals("2431550000", amount(amended, "/contracts/0/value/amount"));
    JsonNode amendment = amended.at("/contracts/0/amendments/0");
    assertEquals("1", text(amendment, "/id"));
    assertEquals(
        "Nilai kontrak diubah dari Rp 2.210.500.000 menjadi Rp 2.431.550.000.",
        text(amendment, "/description"));
    assertEquals(text(firstImport.get(3), "/id"), text(amendment, "/amendsReleaseID"));
    assertEquals(text(amended, "/id"), text(amendment, "/releaseID"));
    assertEquals("2025-06-02T10:00:00+07:00", text(amendment, "/date"));

    Map<Stage, JsonNode> after = stored(latest, List.of(amended));
    Instant t3 = T2.plusSeconds(86_400);
    ObjectNode again = only(build(Rows.example().with(NILAI_KONTRAK, "2500000000"), after, t3));
    assertEquals(2, again.at("/contracts/0/amendments").size());
    assertEquals("2", text(again, "/contracts/0/amendments/1/id"));
    assertEquals(text(amended, "/id"), text(again, "/contracts/0/amendments/1/amendsReleaseID"));
  }

  @Test
  void aContractThatComesToACloseIsATermination() {
    Map<Stage, JsonNode> latest = stored(Map.of(), first(Rows.example()));
    ObjectNode closed = only(build(Rows.example().with(STATUS_KONTRAK, "selesai"), latest, T2));
    assertEquals("contractTermination", closed.at("/tag/0").asString());
    assertEquals("terminated", text(closed, "/contracts/0/status"));
  }

  @Test
  void changedTenderDatesAreATenderAmendment() {
    List<ObjectNode> firstImport = first(Rows.example());
    Map<Stage, JsonNode> latest = stored(Map.of(), firstImport);
    ObjectNode amended =
        only(build(Rows.example().with(TANGGAL_PENUTUPAN, "2025-03-20"), latest, T2));
    assertEquals("tenderAmendment", amended.at("/tag/0").asString());
    assertEquals(
        "Jadwal tender diubah: tanggal pengumuman 2025-03-03 menjadi 2025-03-03, tanggal"
            + " penutupan 2025-03-17 menjadi 2025-03-20.",
        text(amended, "/tender/amendments/0/description"));
    assertEquals(
        text(firstImport.get(1), "/id"), text(amended, "/tender/amendments/0/amendsReleaseID"));
    assertEquals(text(amended, "/id"), text(amended, "/tender/amendments/0/releaseID"));
  }

  @Test
  void otherTenderChangesAreUpdatesOrACancellation() {
    Rows announced = Rows.plan().with(TANGGAL_PENGUMUMAN, "2025-03-03").with(HPS, "2400000000");
    Map<Stage, JsonNode> latest = stored(Map.of(), first(announced));
    assertEquals(
        List.of("tenderUpdate"), tags(build(announced.with(HPS, "2300000000"), latest, T2)));
    assertEquals(
        List.of("tenderCancellation"),
        tags(build(announced.with(STATUS_TENDER, "batal"), latest, T2)));
  }

  @Test
  void anUpdateIsDatedAfterTheReleaseItUpdates() {
    Map<Stage, JsonNode> latest = stored(Map.of(), first(Rows.example()));
    Instant beforeSignature = Instant.parse("2025-04-01T03:00:00Z");
    ObjectNode update =
        only(build(Rows.example().with(STATUS_KONTRAK, "diputus"), latest, beforeSignature));
    assertEquals("2025-04-07T00:00:01+07:00", text(update, "/date"));
  }

  @Test
  void aValueChangedBackGetsFreshIds() {
    Map<Stage, JsonNode> latest = stored(Map.of(), first(Rows.example()));
    String a = text(latest.get(Stage.CONTRACT), "/id");
    ObjectNode toB = only(build(Rows.example().with(NILAI_KONTRAK, "2300000000"), latest, T2));
    latest = stored(latest, List.of(toB));
    ObjectNode backToA = only(build(Rows.example(), latest, T2.plusSeconds(60)));
    Set<String> ids = new HashSet<>(List.of(a, text(toB, "/id"), text(backToA, "/id")));
    assertEquals(3, ids.size(), ids::toString);
    assertEquals("2210500000", amount(backToA, "/contracts/0/value/amount"));
  }

  @Test
  void aGrowingPaidTotalAddsATransactionForTheDifference() {
    Map<Stage, JsonNode> latest = stored(Map.of(), first(Rows.example()));
    ObjectNode more = only(build(Rows.example().with(NILAI_DIBAYAR, "1326300000"), latest, T2));
    assertEquals("implementationUpdate", more.at("/tag/0").asString());
    JsonNode transactions = more.at("/contracts/0/implementation/transactions");
    assertEquals(2, transactions.size());
    assertEquals("2025-05-01T10:00:00+07:00", text(transactions, "/0/date"));
    assertEquals("51234567-bayar-2", text(transactions, "/1/id"));
    assertEquals("663150000", amount(transactions, "/1/value/amount"));
    assertEquals("2025-06-02T10:00:00+07:00", text(transactions, "/1/date"));
  }

  @Test
  void aFallingPaidTotalIsReportedAndPublishesNothing() {
    Map<Stage, JsonNode> latest = stored(Map.of(), first(Rows.example()));
    Rows less = Rows.example().with(NILAI_DIBAYAR, "100000000");
    assertEquals(List.of(), build(less, latest, T2));
    Problems problems = new Problems();
    builder.check(less.importRow(), less.parsed(), latest, problems);
    assertEquals(
        List.of(
            ImportProblem.of(
                2,
                NILAI_DIBAYAR,
                "100000000",
                ProcurementProblem.PAID_DECREASED.code(),
                "Rp 663.150.000")),
        problems.errors());
  }

  @Test
  void aPublishedStageLeftEmptyIsAWarning() {
    Map<Stage, JsonNode> latest = stored(Map.of(), first(Rows.example().with(NILAI_DIBAYAR, "")));
    Rows plan = Rows.plan();
    Problems problems = new Problems();
    builder.check(plan.importRow(), plan.parsed(), latest, problems);
    assertEquals(0, problems.errorCount());
    assertEquals(
        List.of("tender", "penetapan pemenang", "kontrak"),
        problems.warnings().stream().map(p -> p.args().get(0)).toList());
    assertTrue(problems.warnings().stream().allMatch(p -> p.code().equals("stage_cleared")));
  }

  @Test
  void aPersonsNumberIsInNoReleaseAndTheirPartyHasNoIdentifier() {
    String nik = "3522011203850004";
    Rows rows = Rows.example().with(PEMENANG_NPWP, "35.2201.1203.850004");
    Problems problems = new Problems();
    ProcurementRow row = new ProcurementRowParser().parse(rows.importRow(), problems).orElseThrow();
    assertEquals(List.of("npwp_personal_omitted"), codes(problems.warnings()));
    List<ObjectNode> releases = builder.build(row, PREFIX, Map.of(), T1);
    String json = releases.stream().map(OcdsJson::write).collect(Collectors.joining("\n"));
    assertFalse(json.replaceAll("[.\\-]", "").contains(nik), json);
    assertFalse(json.contains("ID-NPWP"), json);
    JsonNode supplier = releases.get(2).at("/parties/0");
    assertTrue(text(supplier, "/id").matches("ID-PENYEDIA-[0-9a-f]{8}"));
    assertTrue(supplier.at("/identifier").isMissingNode());
    assertEquals(
        text(supplier, "/id"),
        text(releases.get(4), "/contracts/0/implementation/transactions/0/payee/id"));
  }

  @Test
  void aCompanysNumberIsPublished() {
    String json =
        first(Rows.example()).stream().map(OcdsJson::write).collect(Collectors.joining("\n"));
    assertTrue(json.contains("\"ID-NPWP-012345678601000\""));
    assertTrue(json.contains("\"identifier\":{\"scheme\":\"ID-NPWP\",\"id\":\"012345678601000\""));
  }

  @Test
  void theSameWinnerNameIsTheSameParty() {
    Rows lower = Rows.example().without(PEMENANG_NPWP);
    Rows upper =
        Rows.example()
            .without(PEMENANG_NPWP)
            .with(ProcurementColumns.PEMENANG_NAMA, "PT JAYA MAKMUR KONSTRUKSI");
    assertEquals(
        text(first(lower).get(2), "/parties/0/id"), text(first(upper).get(2), "/parties/0/id"));
  }

  @Test
  void aPrefixMustBeARegisteredOne() {
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.build(Rows.example().parsed(), "ocds-BOJ", Map.of(), T1));
  }

  @Test
  void aReleasesStageIsReadFromItsTag() {
    List<Optional<Stage>> stages = new ArrayList<>();
    for (String tag :
        List.of(
            "planningUpdate",
            "tenderAmendment",
            "awardUpdate",
            "contractTermination",
            "implementationUpdate",
            "compiled")) {
      ObjectNode release = OcdsJson.object();
      release.putArray("tag").add(tag);
      stages.add(Stage.ofRelease(release));
    }
    assertEquals(
        List.of(
            Optional.of(Stage.PLANNING),
            Optional.of(Stage.TENDER),
            Optional.of(Stage.AWARD),
            Optional.of(Stage.CONTRACT),
            Optional.of(Stage.IMPLEMENTATION),
            Optional.empty()),
        stages);
  }

  private static List<String> codes(List<ImportProblem> problems) {
    return problems.stream().map(ImportProblem::code).toList();
  }
}
