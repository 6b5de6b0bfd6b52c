package id.terbuka.catalog.service;

import id.terbuka.catalog.domain.Resource;
import id.terbuka.catalog.domain.ResourceFileStored;
import id.terbuka.catalog.domain.ResourceUploads;
import id.terbuka.catalog.domain.StagedFile;
import id.terbuka.catalog.domain.Upload;
import id.terbuka.catalog.persistence.ResourceVersions;
import id.terbuka.shared.FieldErrors;
import id.terbuka.shared.Timestamps;
import id.terbuka.storage.DeleteOnRollback;
import id.terbuka.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Puts a file behind a resource, for a publisher's upload and for a generated file alike: stored
 * content-addressed, recorded as the resource's next version, announced to the DataStore.
 */
@ApplicationScoped
public class ResourceFileAttacher {
  @Inject FileStore files;
  @Inject ResourceVersions versions;
  @Inject DeleteOnRollback deleteOnRollback;
  @Inject Event<ResourceFileStored> fileStored;

  /**
   * Stores the file, points the resource at it and records it as the resource's next version. The
   * file is streamed even when other fields are invalid, so that the client hears about every
   * problem at once; a file stored by a transaction that then rolls back is removed again unless
   * something else already referred to the same content.
   *
   * @return whether the resource now points at the new file
   */
  boolean attach(Resource r, Upload upload, long maxBytes, FieldErrors errors) {
    FileStore.StoredFile stored;
    try {
      stored = files.put(upload.content(), maxBytes);
    } catch (FileStore.TooLargeException e) {
      errors.add("upload", "File upload too large");
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the uploaded file", e);
    }
    if (!versions.referenced(stored.sha256())) {
      deleteOnRollback.register(stored.sha256());
    }
    if (!errors.isEmpty()) {
      // The request fails anyway; writing rows now could only turn the 409 into a flush error.
      return false;
    }
    String filename = upload.safeFilename();
    ResourceUploads.pointAt(
        r, filename, stored.size(), stored.sha256(), upload.contentType(), Timestamps.now());
    versions.add(r, stored.sha256(), stored.size(), filename, r.mimetype);
    return true;
  }

  /**
   * Stores an upload for a change that waits for review: kept content-addressed, but no version of
   * any resource until the walidata approves ({@link #attachStaged}).
   *
   * @return the staged file, or null when it was refused (the problem is in {@code errors})
   */
  StagedFile stage(Upload upload, long maxBytes, FieldErrors errors) {
    FileStore.StoredFile stored;
    try {
      stored = files.put(upload.content(), maxBytes);
    } catch (FileStore.TooLargeException e) {
      errors.add("upload", "File upload too large");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the uploaded file", e);
    }
    if (!versions.referenced(stored.sha256())) {
      deleteOnRollback.register(stored.sha256());
    }
    String type = upload.contentType();
    String mimetype =
        type == null || type.startsWith("application/octet-stream")
            ? null
            : type.replaceAll(";.*$", "").trim();
    return new StagedFile(stored.sha256(), stored.size(), upload.safeFilename(), mimetype);
  }

  /** Makes an approved staged file the resource's next version. */
  void attachStaged(Resource r, StagedFile file) {
    ResourceUploads.pointAt(
        r, file.filename(), file.size(), file.sha256(), file.mimetype(), Timestamps.now());
    versions.add(r, file.sha256(), file.size(), file.filename(), r.mimetype);
  }

  /**
   * Tells the DataStore about a new file. To be fired after the resource row was flushed (the
   * dataset's {@code changed}), so that observers may write rows referring to it in this
   * transaction.
   */
  void announce(Resource r) {
    fileStored.fire(
        new ResourceFileStored(
            r.id, r.dataset.id, ResourceUploads.storedSha256(r), r.format, r.mimetype, r.url));
  }
}
