/**
 * Child processes of the launcher: starting a JVM, waiting until it answers over HTTP, stopping it
 * gracefully, waiting until a stopped instance's processes and ports are all gone, and showing the
 * end of its log when something went wrong.
 */
package id.terbuka.deploy.process;
