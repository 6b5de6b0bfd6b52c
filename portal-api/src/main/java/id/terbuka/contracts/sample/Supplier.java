package id.terbuka.contracts.sample;

/**
 * A made-up provider: its name and its NPWP cell as a procurement officer would type it (a
 * company's 15 digits with or without the dots, or the 16-digit form; a sole trader's personal
 * number, which the import keeps out of every output).
 */
record Supplier(String name, String npwp) {}
