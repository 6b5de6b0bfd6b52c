/**
 * The data directory of one instance: its layout, the pid and URL files, the one-instance lock and
 * the secrets created on first start.
 */
package id.terbuka.deploy.data;
