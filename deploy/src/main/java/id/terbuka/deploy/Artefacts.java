package id.terbuka.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the WAR and payara-micro.jar are: {@code TERBUKA_WAR} and {@code TERBUKA_PAYARA_JAR} when
 * set (an installed layout), else the build outputs under the repository root the script passes as
 * system property {@code terbuka.repo.root}.
 */
record Artefacts(Path war, Path payaraJar) {

  static Artefacts locate(Map<String, String> env, Optional<String> repoRoot) {
    Path root = Path.of(repoRoot.orElse(".")).toAbsolutePath().normalize();
    Path war =
        nonBlank(env.get("TERBUKA_WAR"))
            .map(Path::of)
            .orElse(root.resolve("portal-web/target/terbuka.war"));
    Path jar =
        nonBlank(env.get("TERBUKA_PAYARA_JAR"))
            .map(Path::of)
            .orElse(root.resolve("deploy/target/runtime/payara-micro.jar"));
    return new Artefacts(war.toAbsolutePath(), jar.toAbsolutePath());
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
  }
}
