package id.terbuka.contracts.flatten;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the child sheet of each array of objects, once per flattening so that every path keeps one
 * name. The name is the array's ancestors and its own field joined with {@code _}, an ancestor
 * array in the singular ({@code awards/0/suppliers} is {@code award_suppliers}, {@code
 * tender/items} is {@code tender_items}); the one exception is OCDS's payments, which readers know
 * as {@code contract_transactions} rather than {@code contract_implementation_transactions}. Two
 * paths never share a sheet: a later path whose name is taken (an additional field can cause that)
 * gets a number.
 */
final class SheetNames {
  private static final Map<String, String> KNOWN =
      Map.of("contracts/0/implementation/transactions", "contract_transactions");

  private final Map<String, String> byPath = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  SheetNames(String mainSheet) {
    taken.add(mainSheet);
  }

  /**
   * The sheet of the array at {@code path}.
   *
   * @param path the array's path with {@code 0} for each enclosing array ({@code
   *     awards/0/suppliers})
   * @param nameParts the name's parts: ancestors (arrays already singular) and the array's field
   */
  String of(String path, List<String> nameParts) {
    return byPath.computeIfAbsent(
        path, p -> claim(KNOWN.getOrDefault(p, String.join("_", nameParts))));
  }

  private String claim(String wanted) {
    String name = wanted;
    for (int n = 2; !taken.add(name); n++) {
      name = wanted + "_" + n;
    }
    return name;
  }

  /** An array field's name for one of its items: {@code parties} -> {@code party}. */
  static String singular(String field) {
    if (field.endsWith("ies") && field.length() > 3) {
      return field.substring(0, field.length() - 3) + "y";
    }
    if (field.endsWith("sses")) {
      return field.substring(0, field.length() - 2);
    }
    if (field.endsWith("s") && !field.endsWith("ss") && field.length() > 1) {
      return field.substring(0, field.length() - 1);
    }
    return field;
  }
}
