package id.terbuka.deploy.process;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

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
