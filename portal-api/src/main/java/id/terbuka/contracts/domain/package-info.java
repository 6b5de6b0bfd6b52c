/**
 * The open-contracting vocabulary shared by every part: how OCDS JSON is read and written, the
 * bundled schema files, ocids and release identities. Plain values, no database, no HTTP.
 */
package id.terbuka.contracts.domain;
