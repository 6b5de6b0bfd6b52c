package id.terbuka.imports.service;

import id.terbuka.catalog.service.GroupService;
import id.terbuka.identity.domain.Actor;

/**
 * One import as asked: who sends it, for which organisation (already checked: the actor may edit
 * its datasets), the file's name as sent, and whether it is a dry run.
 */
public record ImportRequest(
    Actor actor, GroupService.Unit organization, String fileName, boolean dryRun) {}
