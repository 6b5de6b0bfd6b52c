package id.terbuka.audit.chain;

import java.time.LocalDate;

/**
 * The last entry of the publication log stored on one day: what the daily head publication lists,
 * so that others can keep copies and later show that the log was not rewritten behind them.
 *
 * @param day the day, in the zone of the publication (WIB)
 * @param seq the entry's sequence number
 * @param hash the entry's hash
 * @param time the entry's own time member (RFC 3339, UTC)
 */
public record DayHead(LocalDate day, long seq, String hash, String time) {}
