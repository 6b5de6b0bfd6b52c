/**
 * Tests of the deployed WAR: the real Payara Micro (through Arquillian), PostgreSQL and Solr,
 * driven over HTTP as an external client would.
 */
package id.terbuka.web;
