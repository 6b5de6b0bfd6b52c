package id.terbuka.imports.service;

/** The uploaded file is over {@code TERBUKA_MAX_UPLOAD_MB}: nothing was read or kept (a 413). */
public class UploadTooLargeException extends RuntimeException {
  public UploadTooLargeException(long maxBytes) {
    super("The file is larger than the upload limit of " + maxBytes / (1024 * 1024) + " MB");
  }
}
