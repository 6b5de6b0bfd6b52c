package id.terbuka.contracts.flatten;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/** A JSON literal as a spreadsheet cell: numbers in plain decimal notation, never exponents. */
final class CellText {
  private CellText() {}

  /** The text of a literal; {@code null}, a missing node or a container is empty. */
  static String of(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
      return "";
    }
    if (value.isString()) {
      return value.stringValue();
    }
    if (value.isNumber()) {
      return number(value);
    }
    return value.asString();
  }

  private static String number(JsonNode value) {
    if (value.isDouble() || value.isFloat()) {
      // Only trees read by another mapper hold doubles (OcdsJson reads BigDecimal): take the
      // shortest decimal that reads back as the same double, not its binary expansion.
      double d = value.doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : value.asString();
    }
    return value.decimalValue().toPlainString();
  }
}
