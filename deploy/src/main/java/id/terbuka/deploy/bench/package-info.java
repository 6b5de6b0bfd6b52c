/**
 * Benchmarks (not tests): they start the real stack, generate data, measure, and print a Markdown
 * report for docs/benchmarks.md. Run through {@code deploy/bench/*} scripts.
 */
package id.terbuka.deploy.bench;
