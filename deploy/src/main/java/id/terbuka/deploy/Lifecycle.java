package id.terbuka.deploy;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What has been started, stopped in reverse order: the portal before Solr before PostgreSQL, so the
 * portal never loses its database while it is still shutting down. Safe to call from a shutdown
 * hook while the main thread is still starting things.
 */
final class Lifecycle {

  /** Stops one component; reports problems itself rather than throwing. */
  @FunctionalInterface
  interface Stopper {
    void stop() throws Exception;
  }

  private record Component(String name, Stopper stopper) {}

  private final Deque<Component> started = new ArrayDeque<>();
  private final PrintStream out;
  private boolean stopping;

  Lifecycle(PrintStream out) {
    this.out = out;
  }

  /**
   * Records a started component. If a stop is already under way the component is stopped at once
   * and {@link IllegalStateException} ends the start-up.
   */
  synchronized void add(String name, Stopper stopper) {
    if (stopping) {
      stopOne(new Component(name, stopper));
      throw new IllegalStateException("stopping");
    }
    started.push(new Component(name, stopper));
  }

  synchronized boolean isStopping() {
    return stopping;
  }

  /** Stops everything started so far, newest first; later calls find nothing left to do. */
  synchronized void stopAll() {
    stopping = true;
    while (!started.isEmpty()) {
      stopOne(started.pop());
    }
  }

  private void stopOne(Component component) {
    out.println("Stopping " + component.name() + " ...");
    try {
      component.stopper().stop();
    } catch (Exception e) {
      out.println("  " + component.name() + " did not stop cleanly: " + e.getMessage());
    }
  }
}
