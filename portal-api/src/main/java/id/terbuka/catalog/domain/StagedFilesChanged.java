package id.terbuka.catalog.domain;

import java.util.List;

/**
 * Fired inside the transaction that changed which files a review item stages (a change submitted,
 * approved or withdrawn), so that the DataStore keeps the waiting files' tables in step: one for
 * each tabular file listed, none for the files no longer listed.
 *
 * @param files the files the item now stages; empty once it is decided or gone
 */
public record StagedFilesChanged(String itemId, String datasetId, List<ResourceFileStored> files) {}
