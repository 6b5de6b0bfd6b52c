/** Reading the launcher's command line and its {@code TERBUKA_*} environment into plain values. */
package id.terbuka.deploy.config;
