package id.terbuka.catalog.domain;

import id.terbuka.shared.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One item of the walidata's queue (V15 {@code review_item}). A {@code perubahan} keeps the dataset
 * as proposed ({@code proposed}, the dict a {@code package_update} would send) and the uploaded
 * files waiting for it ({@code staged}, by resource id): the live tables keep the approved version
 * until the walidata approves, so no public path can reach a pending change.
 */
@Entity
@Table(name = "review_item")
public class ReviewItem {
  @Id public String id;

  public String kind;
  public String status;

  @Column(name = "owner_org")
  public String ownerOrg;

  @Column(name = "dataset_id")
  public String datasetId;

  public String title;
  public String proposed;
  public String staged;

  @Column(name = "import_kind")
  public String importKind;

  @Column(name = "import_request")
  public String importRequest;

  @Column(name = "submitted_by")
  public String submittedBy;

  @Column(name = "submitted_at")
  public LocalDateTime submittedAt;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decided_at")
  public LocalDateTime decidedAt;

  public String reason;
  public String outcome;

  protected ReviewItem() {}

  public ReviewItem(String id, ReviewKind kind, String ownerOrg, String datasetId, String title) {
    this.id = id;
    this.kind = kind.code();
    this.status = ReviewStatus.MENUNGGU_VERIFIKASI.code();
    this.ownerOrg = ownerOrg;
    this.datasetId = datasetId;
    this.title = title;
  }

  public ReviewKind kind() {
    return ReviewKind.of(kind);
  }

  public ReviewStatus status() {
    return ReviewStatus.of(status);
  }

  /** The dataset dict as proposed (a {@code perubahan}), or an empty map. */
  public Map<String, Object> proposedDict() {
    return proposed == null ? new LinkedHashMap<>() : Json.parseObject(proposed);
  }

  /** What an import item keeps of its request (file, its hash, datasets), or an empty map. */
  public Map<String, Object> importRequestDict() {
    return importRequest == null ? new LinkedHashMap<>() : Json.parseObject(importRequest);
  }

  /** The files waiting for the approval, by resource id. */
  public Map<String, StagedFile> stagedFiles() {
    Map<String, StagedFile> files = new LinkedHashMap<>();
    if (staged != null) {
      Json.parseObject(staged).forEach((id, v) -> files.put(id, StagedFile.of(v)));
    }
    return files;
  }

  public void stagedFiles(Map<String, StagedFile> files) {
    Map<String, Object> json = new LinkedHashMap<>();
    files.forEach((id, f) -> json.put(id, f.toMap()));
    staged = files.isEmpty() ? null : Json.write(json);
  }

  /** The producer submits (again): it waits for the walidata, the last return forgotten. */
  public void submittedBy(String userId, LocalDateTime when) {
    status = ReviewRules.afterProducerChange(status()).code();
    submittedBy = userId;
    submittedAt = when;
    decidedBy = null;
    decidedAt = null;
    reason = null;
  }

  public void decided(ReviewStatus decision, String userId, LocalDateTime when, String why) {
    status = decision.code();
    decidedBy = userId;
    decidedAt = when;
    reason = why;
  }
}
