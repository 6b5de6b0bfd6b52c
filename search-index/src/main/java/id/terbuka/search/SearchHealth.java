package id.terbuka.search;

/**
 * Whether the search backend answers.
 *
 * @param up true when the collection answered a ping
 * @param detail a short human-readable reason when it did not (no stack trace)
 */
public record SearchHealth(boolean up, String detail) {}
