package id.terbuka.dasawisma.domain;

/**
 * One household as a cadre records it: its key, where it lives down to the RT, its members counted
 * and its living conditions. Nothing here names or numbers a person: identity columns are dropped
 * before a row is read ({@link IdentityColumns}), and the record has no place for them.
 *
 * <p>Equal households have equal content ({@link HouseholdContent#hash}); the spreadsheet row a
 * household came from is not part of it.
 *
 * @param key what identifies the record
 * @param dusun the hamlet, whitespace collapsed; empty in a kelurahan
 * @param rw the RW's number
 * @param rt the RT's number
 */
public record Household(
    HouseholdKey key, String dusun, int rw, int rt, Members members, Living living) {}
