package id.terbuka.audit.chain;

/**
 * What a log entry records. The codes are part of every entry's hash and of the public export:
 * never rename one, only add.
 */
public enum EventType {
  DATASET_PUBLISHED("dataset_published", true, false),
  DATASET_VERSION_APPROVED("dataset_version_approved", true, false),
  RESOURCE_FILE_PUBLISHED("resource_file_published", true, false),
  RESOURCE_FILE_REPLACED("resource_file_replaced", true, false),
  IMPORT_ACCEPTED("import_accepted", true, false),
  WITHDRAWAL("withdrawal", false, false),
  PURGE("purge", false, true),
  RETENTION_REMOVAL("retention_removal", false, true);

  private final String code;
  private final boolean publishesContent;
  private final boolean mayRemoveEntries;

  EventType(String code, boolean publishesContent, boolean mayRemoveEntries) {
    this.code = code;
    this.publishesContent = publishesContent;
    this.mayRemoveEntries = mayRemoveEntries;
  }

  /** The stable code written in the log, e.g. {@code dataset_published}. */
  public String code() {
    return code;
  }

  /** True when the event publishes content, so its entry must carry {@code content_sha256}. */
  public boolean publishesContent() {
    return publishesContent;
  }

  /** True for the events that may record a removal of earlier entries ({@link Removal}). */
  public boolean mayRemoveEntries() {
    return mayRemoveEntries;
  }

  /** The event of {@code code}; an unknown code is refused, naming it. */
  public static EventType fromCode(String code) {
    for (EventType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown event type: " + code);
  }
}
