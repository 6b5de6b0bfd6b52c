package id.terbuka.ops;

import id.terbuka.shared.TerbukaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The local operator's secret: the launcher writes it to a file readable only by its user and tells
 * the portal where; whoever can read that file may call the administration endpoints.
 */
@ApplicationScoped
public class CliSecret {
  @Inject TerbukaConfig config;

  public boolean matches(String presented) {
    if (presented == null || presented.isBlank()) {
      return false;
    }
    Optional<String> secret = read();
    return secret.isPresent()
        && MessageDigest.isEqual(
            secret.get().getBytes(StandardCharsets.UTF_8),
            presented.trim().getBytes(StandardCharsets.UTF_8));
  }

  private Optional<String> read() {
    return config
        .cliSecretFile()
        .filter(Files::isReadable)
        .map(
            p -> {
              try {
                return Files.readString(p, StandardCharsets.UTF_8).trim();
              } catch (IOException e) {
                return null;
              }
            })
        .filter(s -> !s.isEmpty());
  }
}
