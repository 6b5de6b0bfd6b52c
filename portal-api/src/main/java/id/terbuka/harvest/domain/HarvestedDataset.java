package id.terbuka.harvest.domain;

/** What a local dataset was harvested from, and the remote content it was written from. */
public record HarvestedDataset(
    String sourceId,
    String remoteId,
    String datasetId,
    String datasetName,
    String remoteModified,
    String contentSha256,
    String resourceIdsJson,
    boolean withdrawn) {}
