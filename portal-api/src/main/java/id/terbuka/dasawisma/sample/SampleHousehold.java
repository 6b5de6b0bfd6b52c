package id.terbuka.dasawisma.sample;

import id.terbuka.dasawisma.domain.Household;
import java.time.YearMonth;

/**
 * A demo household and the month a cadre entered it (online or by importing her workbook).
 *
 * @param household the household as the import format reads it
 * @param entered the month it was entered
 */
public record SampleHousehold(Household household, YearMonth entered) {}
