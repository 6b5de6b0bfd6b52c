-- Catalogue core: organisations and groups, datasets, resources, tags, extras, users, memberships,
-- API tokens, activities, the search outbox and settings. Timestamps are UTC ("timestamp" without
-- zone, as CKAN stores them); ids are text UUIDs (CKAN's ids are strings).

create table catalog_group (
  id              varchar(36) primary key,
  name            varchar(100) not null unique,
  title           text,
  description     text,
  image_url       text,
  kode_unit       text,
  is_organization boolean not null,
  state           varchar(20) not null default 'active',
  approval_status varchar(20) not null default 'approved',
  created         timestamp not null,
  revision        bigint not null default 1
);
create index catalog_group_is_org on catalog_group (is_organization, state);

create table user_account (
  id            varchar(36) primary key,
  name          varchar(100) not null unique,
  fullname      text,
  email         text,
  about         text,
  password_hash text,
  sysadmin      boolean not null default false,
  state         varchar(20) not null default 'active',
  created       timestamp not null
);

create table membership (
  group_id varchar(36) not null references catalog_group (id) on delete cascade,
  user_id  varchar(36) not null references user_account (id) on delete cascade,
  capacity varchar(20) not null check (capacity in ('admin', 'editor', 'member')),
  primary key (group_id, user_id)
);
create index membership_user on membership (user_id);

create table api_token (
  id          varchar(36) primary key,
  user_id     varchar(36) not null references user_account (id) on delete cascade,
  name        text not null,
  token_hash  varchar(64) not null unique,
  created     timestamp not null,
  last_access timestamp,
  revoked     timestamp
);
create index api_token_user on api_token (user_id);

create table dataset (
  id                    varchar(36) primary key,
  name                  varchar(100) not null unique,
  title                 text,
  type                  varchar(100) not null default 'dataset',
  state                 varchar(20) not null default 'active',
  private               boolean not null default false,
  owner_org             varchar(36) references catalog_group (id),
  notes                 text,
  url                   text,
  version               varchar(100),
  author                text,
  author_email          text,
  maintainer            text,
  maintainer_email      text,
  license_id            varchar(100),
  creator_user_id       varchar(36),
  metadata_created      timestamp not null,
  metadata_modified     timestamp not null,
  produsen_data         text,
  frekuensi             varchar(20),
  cakupan_wilayah       text,
  cakupan_waktu_mulai   date,
  cakupan_waktu_selesai date,
  satuan                text,
  metodologi            text,
  revision              bigint not null default 1
);
create index dataset_owner_org on dataset (owner_org);
create index dataset_state on dataset (state, private);
create index dataset_modified on dataset (metadata_modified);

create table dataset_extra (
  dataset_id varchar(36) not null references dataset (id) on delete cascade,
  key        varchar(200) not null,
  value      text,
  primary key (dataset_id, key)
);

create table tag (
  id   varchar(36) primary key,
  name varchar(100) not null unique
);

create table dataset_tag (
  dataset_id varchar(36) not null references dataset (id) on delete cascade,
  tag_id     varchar(36) not null references tag (id),
  primary key (dataset_id, tag_id)
);
create index dataset_tag_tag on dataset_tag (tag_id);

create table dataset_group (
  dataset_id varchar(36) not null references dataset (id) on delete cascade,
  group_id   varchar(36) not null references catalog_group (id) on delete cascade,
  primary key (dataset_id, group_id)
);
create index dataset_group_group on dataset_group (group_id);

create table resource (
  id                 varchar(36) primary key,
  dataset_id         varchar(36) not null references dataset (id) on delete cascade,
  position           integer not null,
  url                text,
  name               text,
  description        text,
  format             varchar(100),
  mimetype           text,
  mimetype_inner     text,
  size               bigint,
  hash               text,
  resource_type      text,
  url_type           varchar(20),
  state              varchar(20) not null default 'active',
  created            timestamp not null,
  last_modified      timestamp,
  metadata_modified  timestamp not null,
  extras             text
);
create index resource_dataset on resource (dataset_id, position);

-- Every create, update and delete, with the object as it was after the change (CKAN's shape).
create table activity (
  id            varchar(36) primary key,
  timestamp     timestamp not null,
  user_id       varchar(36),
  object_id     varchar(36) not null,
  owner_org_id  varchar(36),
  activity_type varchar(50) not null,
  data          text not null
);
create index activity_object on activity (object_id, timestamp desc);
create index activity_org on activity (owner_org_id, timestamp desc);
create index activity_time on activity (timestamp desc);

-- Which groups a dataset belonged to when the activity happened (for group_activity_list).
create table activity_group (
  activity_id varchar(36) not null references activity (id) on delete cascade,
  group_id    varchar(36) not null,
  primary key (activity_id, group_id)
);
create index activity_group_group on activity_group (group_id);

-- Transactional outbox: a row per changed dataset, written in the same transaction as the change
-- and drained by the indexer after commit.
create table search_outbox (
  id              bigserial primary key,
  entity_type     varchar(20) not null,
  entity_id       varchar(36) not null,
  enqueued_at     timestamp not null,
  attempts        integer not null default 0,
  next_attempt_at timestamp not null,
  last_error      text
);
create index search_outbox_due on search_outbox (next_attempt_at, id);

create table setting (
  key   varchar(100) primary key,
  value text
);
