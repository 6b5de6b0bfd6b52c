package id.terbuka.deploy.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets, and files only the owner may read to keep them in. */
public final class SecretFiles {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private SecretFiles() {}

  /** 256 random bits, URL-safe Base64: for machine-to-machine secrets. */
  public static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /**
   * A password a person can type: 20 characters from an alphabet without look-alikes (0/O, 1/l/I),
   * about 116 bits.
   */
  public static String randomPassword() {
    StringBuilder password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }

  /**
   * Returns the secret stored in {@code file}, first creating the file (mode 0600) with {@code
   * newSecret} if it does not exist. The file is created with its final permissions, never
   * world-readable for a moment.
   */
  public static String readOrCreate(Path file, String newSecret) throws IOException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, newSecret, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
      } catch (FileAlreadyExistsException e) {
        // Another process created it between the check and the create: use theirs.
      }
    }
    String secret = Files.readString(file, StandardCharsets.UTF_8).trim();
    if (secret.isEmpty()) {
      throw new IOException(file + " is empty; delete it to have a new secret generated");
    }
    return secret;
  }
}
