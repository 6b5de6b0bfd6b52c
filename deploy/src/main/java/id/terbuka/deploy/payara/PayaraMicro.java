package id.terbuka.deploy.payara;

import id.terbuka.deploy.process.ChildJvm;
import id.terbuka.deploy.process.HttpProbe;
import id.terbuka.deploy.process.LogTail;
import id.terbuka.deploy.process.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payara Micro running the portal WAR at the root context, as a child JVM.
 *
 * <p>"Ready" means {@code /health/ready} answers 200 <em>for this process</em> and the WAR itself
 * answers {@value #APP_PROBE}: Payara announces itself ready even when the deployment failed, and
 * its own health endpoint stays up in that case, so only a request into the application proves it
 * deployed. Each launch hands Payara a new random {@value #INSTANCE_PROPERTY}, which the portal
 * reports in its readiness answer: an answer from another process on the port (an instance still
 * shutting down, say) never counts.
 */
public final class PayaraMicro {

  /** A cheap CKAN action every deployed portal answers (see the CKAN API contract). */
  public static final String APP_PROBE = "/api/3/action/status_show";

  /** The system property naming this run of the portal. */
  public static final String INSTANCE_PROPERTY = "terbuka.instance.id";

  /** Payara's banner once it has finished booting, deployment failed or not. */
  private static final String BOOTED_BANNER = "ready in";

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration AFTER_BANNER_GRACE = Duration.ofSeconds(20);
  private static final Duration STOP_GRACE = Duration.ofSeconds(60);

  private final ChildJvm jvm;
  private final Settings settings;
  private final String localUrl;
  private final long logStart;
  private final String instanceId;

  private PayaraMicro(ChildJvm jvm, Settings settings, long logStart, String instanceId) {
    this.jvm = jvm;
    this.settings = settings;
    this.logStart = logStart;
    this.instanceId = instanceId;
    this.localUrl = "http://127.0.0.1:" + settings.port();
  }

  /**
   * What to run and where.
   *
   * @param payaraJar payara-micro.jar
   * @param war the portal WAR
   * @param port HTTP port
   * @param httpAddress the address the HTTP listener binds to
   * @param rootDir Payara's runtime directory ({@code --rootdir})
   * @param logFile Payara's output
   * @param jvmOptions e.g. {@code -Xmx512m}
   * @param warConfiguration configuration for the application
   */
  public record Settings(
      Path payaraJar,
      Path war,
      int port,
      String httpAddress,
      Path rootDir,
      Path logFile,
      List<String> jvmOptions,
      WarConfiguration warConfiguration) {

    public Settings {
      jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * Payara's deploy-time check of resource references ({@code @Resource(lookup =
     * "java:app/jdbc/terbuka")}) now and then ran before the WAR's own
     * {@code @DataSourceDefinition} was bound, and failed the whole deployment ("JNDI lookup
     * failed", once in about a hundred deployments here; Payara issues 2430 and 3830 name this
     * switch as the way out). A reference that is really missing still fails at its first use,
     * which every test reaches.
     */
    static final String NO_RESOURCE_VALIDATION = "-Ddeployment.resource.validation=false";

    /**
     * The {@code java} arguments (everything after the executable).
     *
     * @param instanceId this run's {@value #INSTANCE_PROPERTY}
     */
    public List<String> arguments(String instanceId) {
      List<String> args = new ArrayList<>(jvmOptions);
      warConfiguration
          .systemProperties()
          .forEach((key, value) -> args.add("-D" + key + "=" + value));
      args.add("-D" + INSTANCE_PROPERTY + "=" + instanceId);
      args.add(NO_RESOURCE_VALIDATION);
      args.addAll(List.of("-jar", payaraJar.toString()));
      args.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));
      args.addAll(List.of("--port", Integer.toString(port)));
      // Single node. Payara's data grid still opens port 6900 on every interface; --nohazelcast
      // would close it but leaves Payara Micro 6 unhealthy (/health/ready 503), so it stays.
      args.add("--nocluster");
      args.addAll(List.of("--rootdir", rootDir.toString()));
      args.addAll(List.of("--prebootcommandfile", prebootCommandFile().toString()));
      return args;
    }

    /**
     * Asadmin commands Payara runs before deploying: the listener address, and Payara's own
     * MicroProfile OpenAPI service off and moved aside so that {@code /openapi} reaches the
     * portal's document (its {@code OpenApiServlet} says why).
     */
    Path prebootCommandFile() {
      return rootDir.resolve("terbuka-preboot.asadmin");
    }

    String prebootCommands() {
      // Payara Micro has no command-line option for the bind address; its HTTP listener is
      // configured like any Payara listener.
      return "set configs.config.server-config.network-config.network-listeners.network-listener"
          + ".http-listener.address="
          + httpAddress
          + "\n"
          + "set-openapi-configuration --enabled=false --endpoint=payara-openapi\n";
    }
  }

  /**
   * Empties Payara's runtime directory. Payara Micro remembers in it ({@code config/domain.xml},
   * {@code applications/}) what the previous run deployed and deploys that again at boot before
   * {@code --deploy} replaces it: for a moment the old copy answers ready, then it is undeployed.
   * Nothing of ours lives there but the pre-boot command file, written anew on each start.
   */
  static void recreate(Path rootDir) throws IOException {
    if (Files.isDirectory(rootDir)) {
      try (var paths = Files.walk(rootDir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(rootDir);
  }

  /**
   * Starts the Payara JVM without waiting; call {@link #awaitReady()} next. Split in two so the
   * caller can register the child for shutdown before the long wait.
   */
  public static PayaraMicro launch(Settings settings) throws IOException {
    for (Path required : List.of(settings.payaraJar(), settings.war())) {
      if (!Files.isRegularFile(required)) {
        throw new IOException(required + " is missing; build with ./mvnw -DskipTests install");
      }
    }
    Ports.requireFree(settings.port(), "the portal", "TERBUKA_PORT");
    recreate(settings.rootDir());
    Files.writeString(settings.prebootCommandFile(), settings.prebootCommands());
    Map<String, String> env = settings.warConfiguration().secretEnvironment();
    // Where this run's output starts: the log is appended to across restarts, and an earlier
    // run's "ready" banner must not count for this one.
    long logStart = LogTail.length(settings.logFile());
    String instanceId = UUID.randomUUID().toString();
    ChildJvm jvm =
        ChildJvm.start(
            "Payara Micro", settings.arguments(instanceId), env, Optional.of(settings.logFile()));
    return new PayaraMicro(jvm, settings, logStart, instanceId);
  }

  /** Waits until the WAR answers; fails with the log's tail otherwise (Payara is then stopped). */
  public void awaitReady() throws IOException {
    try {
      awaitReady(settings.logFile());
    } catch (IOException e) {
      stop();
      throw e;
    }
  }

  private void awaitReady(Path logFile) throws IOException {
    HttpProbe probe = new HttpProbe();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    Instant bannerSeen = null;
    while (Instant.now().isBefore(deadline)) {
      if (!jvm.isAlive()) {
        throw new IOException(
            "Payara Micro exited while starting. Its log ends with:\n" + jvm.logTail());
      }
      HttpProbe.Answer health = probe.get(localUrl + "/health/ready");
      if (answersFor(health, instanceId) && probe.isOk(localUrl + APP_PROBE)) {
        return;
      }
      if (bannerSeen == null && LogTail.containsAfter(logFile, logStart, BOOTED_BANNER)) {
        bannerSeen = Instant.now();
      }
      if (bannerSeen != null && Instant.now().isAfter(bannerSeen.plus(AFTER_BANNER_GRACE))) {
        throw new IOException(
            "Payara Micro booted but the portal did not deploy (or is not healthy): "
                + APP_PROBE
                + " answers "
                + probe.status(localUrl + APP_PROBE)
                + ", /health/ready answers "
                + describe(probe.get(localUrl + "/health/ready"))
                + ". The log ("
                + logFile
                + ") ends with:\n"
                + jvm.logTail());
      }
      sleep();
    }
    throw new IOException(
        "Payara Micro did not get ready within "
            + START_TIMEOUT.toMinutes()
            + " min. Its log ends with:\n"
            + jvm.logTail());
  }

  /** Whether {@code health} is a readiness answer of 200 from the portal run {@code instanceId}. */
  static boolean answersFor(HttpProbe.Answer health, String instanceId) {
    return health.status() == 200
        && HealthAnswer.instanceOf(health.body()).filter(instanceId::equals).isPresent();
  }

  private String describe(HttpProbe.Answer health) {
    Optional<String> instance = HealthAnswer.instanceOf(health.body());
    if (instance.isPresent() && !instance.get().equals(instanceId)) {
      return health.status()
          + " from another instance ("
          + instance.get()
          + "; is an earlier Terbuka still on port "
          + settings.port()
          + "?)";
    }
    return Integer.toString(health.status());
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for Payara Micro", e);
    }
  }

  /** This run's {@value #INSTANCE_PROPERTY}. */
  public String instanceId() {
    return instanceId;
  }

  /** Base URL on the loopback interface, e.g. {@code http://127.0.0.1:8080}. */
  public String localUrl() {
    return localUrl;
  }

  public ChildJvm jvm() {
    return jvm;
  }

  /**
   * Graceful stop (SIGTERM: Payara undeploys the WAR), then forced; false if it had to be killed.
   */
  public boolean stop() {
    return jvm.stop(STOP_GRACE);
  }
}
