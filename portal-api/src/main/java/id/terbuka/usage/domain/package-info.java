/**
 * Usage's domain: what counts as a download, which user agents are automated, the key of a count
 * (day, dataset, resource, kind), the in-memory pending counts and a dataset's totals.
 */
package id.terbuka.usage.domain;
