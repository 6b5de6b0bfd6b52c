-- The DataStore (ADR 0006): one PostgreSQL table per tabular resource, in its own schema so that
-- resource tables (named by resource id) never mix with catalogue tables and a read-only role can
-- later be granted exactly this schema.
create schema if not exists datastore;

-- Per resource: where its load stands, what went wrong, and the columns of its live table. A
-- catalogue table (public schema), written in the upload's transaction as the load job.
create table datastore_table (
  resource_id  varchar(36) primary key references resource (id) on delete cascade,
  status       varchar(10) not null
               constraint datastore_table_status
               check (status in ('pending', 'loading', 'active', 'failed')),
  -- The stored file (sha256) the job loads: a newer upload changes it, so a load that finishes
  -- for an older file knows it was superseded and does not publish its table.
  sha256       char(64) not null,
  rows_loaded  bigint not null default 0,
  -- Exact data rows of the live table, known after a load (totals need no count(*)).
  row_count    bigint,
  -- JSON list of {row, column, reason}; null when the load did not fail.
  error        text,
  -- JSON list of {id, type} of the live table datastore."<resource_id>"; null when there is none.
  fields       text,
  updated      timestamp not null
);
-- The loader's queue: the oldest pending job first.
create index datastore_table_pending on datastore_table (updated) where status = 'pending';
