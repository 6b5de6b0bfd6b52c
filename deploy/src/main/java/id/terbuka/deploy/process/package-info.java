/**
 * Child processes of the launcher: starting a JVM, waiting until it answers over HTTP, stopping it
 * gracefully, and showing the end of its log when something went wrong.
 */
package id.terbuka.deploy.process;
