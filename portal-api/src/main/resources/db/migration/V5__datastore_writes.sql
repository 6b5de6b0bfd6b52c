-- The DataStore API beyond loading (issue 3): tables created through datastore_create, rows
-- changed through datastore_upsert/datastore_delete, the data dictionary, load timings.

-- A table created through the API has no file behind it.
alter table datastore_table alter column sha256 drop not null;

-- 'file': loaded from the resource's uploaded file (read-only through the API unless force=true,
-- since the next upload replaces it); 'api': created by datastore_create.
alter table datastore_table add column origin varchar(4) not null default 'file'
  constraint datastore_table_origin check (origin in ('file', 'api'));

-- The data dictionary: a JSON object, column id -> {label, notes, type_override}. Kept apart from
-- `fields` (the live table's columns) so that it survives reloads and failed loads.
alter table datastore_table add column dictionary text;

-- JSON list of the column ids of datastore_create's primary_key (unique index), or null.
alter table datastore_table add column primary_key text;

-- Bumped by every change of the live table's rows (load, upsert, delete): cached filtered totals
-- are keyed by it, so no node serves a total of an older revision.
alter table datastore_table add column revision bigint not null default 0;

-- JSON timings of the last load ({inspect_ms, copy_ms, index_ms, full_text_ms}).
alter table datastore_table add column load_stats text;
