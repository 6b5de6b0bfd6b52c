/**
 * Where uploaded and generated files live: content-addressed by SHA-256 behind {@link
 * id.terbuka.storage.FileStore}, written and read as streams (constant memory whatever the size).
 * The first implementation is a directory (a shared volume in a cluster); object storage can
 * follow.
 */
package id.terbuka.storage;
