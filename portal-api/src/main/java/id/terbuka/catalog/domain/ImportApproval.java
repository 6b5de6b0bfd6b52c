package id.terbuka.catalog.domain;

import id.terbuka.identity.domain.Actor;

/**
 * Fired in the approval's transaction when the walidata approves a waiting import: the import
 * capability (which depends on the catalogue, not the other way round) observes it and applies the
 * kept file.
 */
public record ImportApproval(ReviewItem item, Actor walidata) {}
