package id.terbuka.deploy.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

/**
 * Loopback port checks done before starting a server, so a readiness probe never reaches a
 * stranger.
 */
public final class Ports {

  private Ports() {}

  /** True when nothing listens on {@code port} of the loopback interface. */
  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port that was free a moment ago (good enough for tests and the embedded database). */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * The first of {@code wanted} that is taken, as a message for the operator.
   *
   * @param wanted who wants the port, naming the setting that moves it (e.g. "the portal
   *     (TERBUKA_PORT)"), to the port
   */
  public static Optional<String> firstTaken(Map<String, Integer> wanted) {
    for (Map.Entry<String, Integer> entry : wanted.entrySet()) {
      if (!isFree(entry.getValue())) {
        return Optional.of(takenMessage(entry.getValue(), entry.getKey()));
      }
    }
    return Optional.empty();
  }

  static String takenMessage(int port, String wantedBy) {
    return "port "
        + port
        + " is already in use, so "
        + wantedBy
        + " cannot start there. Stop whatever listens on it (an earlier Terbuka still shutting"
        + " down? 'deploy/terbuka stop' returns once it has gone) or choose another port.";
  }

  /**
   * Fails with a message naming the setting to change when {@code port} is taken.
   *
   * @param what the server that wanted the port, e.g. "Solr"
   * @param setting the variable that moves it, e.g. "TERBUKA_SOLR_PORT"
   */
  public static void requireFree(int port, String what, String setting) throws IOException {
    if (!isFree(port)) {
      throw new IOException(
          "port "
              + port
              + " is already in use, so "
              + what
              + " cannot start there; set "
              + setting
              + " to another port, or stop whatever listens on it");
    }
  }
}
