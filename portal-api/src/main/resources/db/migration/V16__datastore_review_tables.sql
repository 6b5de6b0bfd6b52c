-- The editors' DataStore of a change that waits for review (issue 13, item 1; ADR 0016): a file
-- staged by a producer is loaded into a table of its own, datastore."<resource_id>__review", so
-- that its editors and the walidata can search, preview and dump what would be published while
-- the public keeps reading the live table. Keyed by resource: a resource's dataset has at most
-- one open review item. No foreign key to resource: a proposed new resource has no row there yet.
create table datastore_review_table (
  resource_id  varchar(36) primary key,
  item_id      varchar(36) not null references review_item (id) on delete cascade,
  dataset_id   varchar(36) not null,
  status       varchar(10) not null
               constraint datastore_review_table_status
               check (status in ('pending', 'loading', 'active', 'failed')),
  sha256       char(64) not null,
  rows_loaded  bigint not null default 0,
  row_count    bigint,
  error        text,
  fields       text,
  -- The columns the loader's transitions write, as in datastore_table.
  revision     bigint not null default 0,
  primary_key  text,
  load_stats   text,
  updated      timestamp not null
);
create index datastore_review_table_pending on datastore_review_table (updated)
  where status = 'pending';
create index datastore_review_table_item on datastore_review_table (item_id);
