package id.terbuka.catalog.domain;

/**
 * A licence a dataset can carry.
 *
 * @param id CKAN's licence id ({@code cc-by})
 * @param title shown to people
 * @param url the licence text
 * @param open whether it meets the Open Definition (CKAN's {@code isopen})
 */
public record License(String id, String title, String url, boolean open) {}
