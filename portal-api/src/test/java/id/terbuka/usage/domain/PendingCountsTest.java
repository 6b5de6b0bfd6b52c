package id.terbuka.usage.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PendingCountsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 29);
  private static final UsageKey VIEW = new UsageKey(DAY, "d1", "", UsageKey.Kind.VIEW);
  private static final UsageKey DOWNLOAD = new UsageKey(DAY, null, "r1", UsageKey.Kind.DOWNLOAD);

  @Test
  void countsAreAggregatedPerKeyAndTakenOnce() {
    PendingCounts p = new PendingCounts();
    p.add(VIEW, 1);
    p.add(VIEW, 1);
    p.add(new UsageKey(DAY, "d1", "", UsageKey.Kind.VIEW), 1);
    p.add(DOWNLOAD, 1);
    assertEquals(Map.of(VIEW, 3L, DOWNLOAD, 1L), p.drain(DAY));
    assertEquals(Map.of(), p.drain(DAY), "a second drain has nothing new");
    p.add(VIEW, 1);
    assertEquals(Map.of(VIEW, 1L), p.drain(DAY));
  }

  @Test
  void aFailedWriteIsRetriedWithWhatCameMeanwhile() {
    PendingCounts p = new PendingCounts();
    p.add(VIEW, 2);
    Map<UsageKey, Long> drained = p.drain(DAY);
    p.add(VIEW, 1);
    p.restore(drained);
    assertEquals(Map.of(VIEW, 3L), p.drain(DAY));
  }

  @Test
  void emptyCountersOfPastDaysAreForgotten() {
    PendingCounts p = new PendingCounts();
    p.add(VIEW, 1);
    p.add(new UsageKey(DAY.plusDays(1), "d1", "", UsageKey.Kind.VIEW), 1);
    p.drain(DAY.plusDays(1));
    assertEquals(1, p.size(), "yesterday's emptied counter is dropped, today's kept");
  }

  @Test
  void concurrentIncrementsAreNeitherLostNorCountedTwice() throws InterruptedException {
    PendingCounts p = new PendingCounts();
    AtomicLong flushed = new AtomicLong();
    int threads = 4;
    int each = 50_000;
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread w =
          new Thread(
              () -> {
                for (int i = 0; i < each; i++) {
                  p.add(VIEW, 1);
                }
              });
      workers.add(w);
      w.start();
    }
    while (workers.stream().anyMatch(Thread::isAlive)) {
      flushed.addAndGet(p.drain(DAY).getOrDefault(VIEW, 0L));
    }
    for (Thread w : workers) {
      w.join();
    }
    flushed.addAndGet(p.drain(DAY).getOrDefault(VIEW, 0L));
    assertEquals((long) threads * each, flushed.get());
  }

  @Test
  void aKeyNeedsADatasetOrAResource() {
    assertThrows(
        IllegalArgumentException.class, () -> new UsageKey(DAY, null, "", UsageKey.Kind.VIEW));
    assertTrue(new UsageKey(DAY, "d", null, UsageKey.Kind.VIEW).resourceId().isEmpty());
  }
}
