package id.terbuka.datastore.load;

/**
 * What one column's values allow, learned over every row in constant memory: each candidate type
 * stays possible until a value contradicts it. With a type override, the values are checked against
 * that type instead and the offending rows are remembered (at most {@link ErrorLog#LIMIT}).
 *
 * <p>Number convention rule: a column is Indonesian if every value parses as Indonesian, else
 * English if every value parses as English. A value like {@code 1.234} parses both ways (1234 or
 * 1.234); when the whole column is like that it is taken as Indonesian, because these files are
 * Indonesian offices' exports. One {@code 5,5} or {@code 1.234.567} settles it as Indonesian, one
 * {@code 12.5} or {@code 1,234,567} as English.
 */
final class ColumnProfile {
  private final String name;
  private final ColumnType override;
  private final NumberConvention fixedConvention;

  private boolean seen;
  private boolean indonesian;
  private boolean english = true;
  private boolean indonesianInteger = true;
  private boolean englishInteger = true;
  private boolean bool = true;
  private boolean date = true;
  private boolean timestamp = true;

  private final ErrorLog indonesianErrors = new ErrorLog();
  private final ErrorLog englishErrors = new ErrorLog();
  private final ErrorLog errors = new ErrorLog();

  ColumnProfile(String name, ColumnType override, NumberConvention fixedConvention) {
    this.name = name;
    this.override = override;
    this.fixedConvention = fixedConvention;
    this.indonesian = fixedConvention == null || fixedConvention == NumberConvention.INDONESIAN;
    this.english = fixedConvention == null || fixedConvention == NumberConvention.ENGLISH;
  }

  void accept(String raw, long row) {
    if (ValueNormaliser.isEmpty(raw)) {
      return;
    }
    seen = true;
    if (override == null) {
      infer(raw.strip());
    } else if (override == ColumnType.INTEGER || override == ColumnType.NUMERIC) {
      check(raw, row, NumberConvention.INDONESIAN, indonesianErrors);
      check(raw, row, NumberConvention.ENGLISH, englishErrors);
    } else if (ValueNormaliser.convert(raw, override, null) == null) {
      errors.add(new LoadError(row, name, ValueNormaliser.reason(raw, override)));
    }
  }

  private void check(String raw, long row, NumberConvention convention, ErrorLog log) {
    if ((fixedConvention == null || fixedConvention == convention)
        && ValueNormaliser.convert(raw, override, convention) == null) {
      log.add(new LoadError(row, name, ValueNormaliser.reason(raw, override)));
    }
  }

  private void infer(String value) {
    if (indonesian) {
      String plain = strictNumber(NumberConvention.INDONESIAN, value);
      indonesian = plain != null;
      indonesianInteger &= plain != null && NumberConvention.isInt8(plain);
    }
    if (english) {
      String plain = strictNumber(NumberConvention.ENGLISH, value);
      english = plain != null;
      englishInteger &= plain != null && NumberConvention.isInt8(plain);
    }
    if (bool) {
      bool = Booleans.toBoolean(value) != null;
    }
    if (date) {
      date = Temporals.toDate(value) != null;
    }
    if (timestamp) {
      timestamp = date || Temporals.toTimestamp(value) != null;
    }
  }

  private static String strictNumber(NumberConvention convention, String value) {
    String plain = convention.toPlain(value);
    return plain == null || NumberConvention.hasLeadingZero(plain) ? null : plain;
  }

  /** The column as inferred, or as overridden. Call after the last row. */
  Column column() {
    if (override != null) {
      boolean number = override == ColumnType.INTEGER || override == ColumnType.NUMERIC;
      return new Column(name, override, number ? overrideConvention() : null);
    }
    // A column with no values at all is text, the type that accepts whatever comes later.
    if (!seen) {
      return new Column(name, ColumnType.TEXT, null);
    }
    if (indonesian) {
      return number(NumberConvention.INDONESIAN, indonesianInteger);
    }
    if (english) {
      return number(NumberConvention.ENGLISH, englishInteger);
    }
    if (bool) {
      return new Column(name, ColumnType.BOOLEAN, null);
    }
    if (date) {
      return new Column(name, ColumnType.DATE, null);
    }
    if (timestamp) {
      return new Column(name, ColumnType.TIMESTAMP, null);
    }
    return new Column(name, ColumnType.TEXT, null);
  }

  private Column number(NumberConvention convention, boolean integer) {
    return new Column(name, integer ? ColumnType.INTEGER : ColumnType.NUMERIC, convention);
  }

  /** For an overridden number column, the convention with no (or the fewest) misfits. */
  private NumberConvention overrideConvention() {
    if (fixedConvention != null) {
      return fixedConvention;
    }
    if (indonesianErrors.isEmpty()) {
      return NumberConvention.INDONESIAN;
    }
    if (englishErrors.isEmpty()) {
      return NumberConvention.ENGLISH;
    }
    return englishErrors.total() < indonesianErrors.total()
        ? NumberConvention.ENGLISH
        : NumberConvention.INDONESIAN;
  }

  /**
   * What later values must pass for {@link #column} to stay what a full inspection infers. Call
   * after the last sampled row.
   */
  ColumnCheck check() {
    Column column = column();
    if (override != null) {
      return raw -> ValueNormaliser.convert(raw, override, column.convention());
    }
    if (!seen) {
      return raw -> null;
    }
    NumberConvention convention = column.convention();
    return switch (column.type()) {
      case INTEGER ->
          raw -> {
            String plain = strictNumber(convention, raw.strip());
            return plain != null && NumberConvention.isInt8(plain) ? plain : null;
          };
      case NUMERIC -> raw -> strictNumber(convention, raw.strip());
      case BOOLEAN -> raw -> Booleans.toBoolean(raw.strip());
      case DATE -> raw -> Temporals.toDate(raw.strip());
      case TIMESTAMP -> raw -> Temporals.toTimestamp(raw.strip());
      case TEXT -> raw -> raw;
    };
  }

  /** The values that contradict an override. Call after the last row. */
  ErrorLog errors() {
    if (override == null) {
      return errors;
    }
    if (override == ColumnType.INTEGER || override == ColumnType.NUMERIC) {
      return overrideConvention() == NumberConvention.INDONESIAN ? indonesianErrors : englishErrors;
    }
    return errors;
  }
}
