-- The harvester (issue 13 item 6): CKAN portals whose datasets are copied into one organisation.
-- Catalogue rows are written only through catalog.service; these tables remember where a local
-- dataset came from, what it looked like at the last run, and what each run did.

create table harvest_source (
  id              varchar(36) primary key,
  url             text not null,
  organization_id varchar(36) not null references catalog_group (id),
  title           text not null,
  schedule        varchar(20) not null,
  enabled         boolean not null default true,
  created         timestamp not null,
  created_by      varchar(36),
  -- The highest remote metadata_modified of the last successful run, exactly as the remote wrote
  -- it (the remote's clock, never ours): the next incremental run asks from there.
  high_water      varchar(40)
);

create table harvest_run (
  id          varchar(36) primary key,
  source_id   varchar(36) not null references harvest_source (id),
  full_run    boolean not null,
  started     timestamp not null,
  finished    timestamp,
  status      varchar(20) not null,
  created     integer not null default 0,
  updated     integer not null default 0,
  unchanged   integer not null default 0,
  withdrawn   integer not null default 0,
  failed      integer not null default 0,
  message     text,
  errors      text not null default '[]'
);
create index harvest_run_source on harvest_run (source_id, started desc);
-- One run per source at a time, kept by the database itself (a second start gets a unique error).
create unique index harvest_run_one_running on harvest_run (source_id) where status = 'running';

create table harvest_object (
  source_id        varchar(36) not null references harvest_source (id),
  remote_id        text not null,
  dataset_id       varchar(36) not null,
  dataset_name     varchar(100) not null,
  remote_modified  varchar(40),
  content_sha256   char(64) not null,
  resource_ids     text not null default '{}',
  withdrawn        boolean not null default false,
  primary key (source_id, remote_id)
);
