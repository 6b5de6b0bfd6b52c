package id.terbuka.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {
  private static List<Integer> numbers(Paging p) {
    return p.links().stream().map(Paging.Link::number).toList();
  }

  @Test
  void windowAroundTheCurrentPageWithGaps() {
    Paging p = Paging.of(6, 200, 10, 100, n -> "/p" + n);
    assertEquals(List.of(1, 0, 4, 5, 6, 7, 8, 0, 20), numbers(p));
    assertEquals("/p5", p.previous());
    assertEquals("/p7", p.next());
  }

  @Test
  void firstAndOnlyPages() {
    Paging first = Paging.of(1, 25, 10, 100, n -> "/p" + n);
    assertNull(first.previous());
    assertEquals(List.of(1, 2, 3), numbers(first));
    Paging one = Paging.of(1, 3, 10, 100, n -> "/p" + n);
    assertFalse(one.needed());
    assertFalse(Paging.of(1, 0, 10, 100, n -> "/p" + n).needed());
  }

  @Test
  void lastPageIsCapped() {
    Paging p = Paging.of(3, 1_000_000, 20, 200, n -> "/p" + n);
    assertEquals(200, p.last());
  }
}
