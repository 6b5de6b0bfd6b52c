/**
 * Where open-contracting data is kept: releases ({@code ocds_release}, immutable, content as {@code
 * jsonb}) and compiled records ({@code ocds_record}) in PostgreSQL, through the JTA data source so
 * that they commit or roll back with the import or ingest that wrote them.
 */
package id.terbuka.contracts.persistence;
