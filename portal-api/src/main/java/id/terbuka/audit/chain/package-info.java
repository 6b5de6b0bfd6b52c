/**
 * The tamper-evident publication log's pure core: entries ({@link
 * id.terbuka.audit.chain.LogEntry}), their hash over the JSON Canonicalization Scheme ({@link
 * id.terbuka.audit.chain.Jcs}, RFC 8785) chained through each entry's previous hash, the removal
 * records of purges and retention removals ({@link id.terbuka.audit.chain.Removal}), and the
 * streaming check of a whole chain ({@link id.terbuka.audit.chain.ChainVerifier}). No database, no
 * HTTP, no beans: the log's table, service and endpoints use it, and {@code docs/audit-log.md}
 * states the same rules for people who verify an export with their own tools ({@code
 * deploy/bench/audit-verify.py} does it in Python).
 */
package id.terbuka.audit.chain;
