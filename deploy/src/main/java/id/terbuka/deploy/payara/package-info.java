/** Running Payara Micro with the portal WAR as a child process and waiting until it is usable. */
package id.terbuka.deploy.payara;
