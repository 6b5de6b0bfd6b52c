package id.terbuka.budget.domain;

import java.math.BigDecimal;

/** A line's cumulative realisasi at the end of a period. */
public record PeriodRealisation(Period periode, BigDecimal realisasi) {}
