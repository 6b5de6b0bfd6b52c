/**
 * Recording an activity inside the transaction of its change, and reading streams a page at a time
 * with the caller's visibility filter.
 */
package id.terbuka.audit.service;
