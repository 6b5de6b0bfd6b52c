-- Usage counts and the satisfaction question (issue 4, item 5). ADR 0009.
-- Nothing here identifies a visitor: no IP address, no user agent, no user id.

-- Page views and downloads per WIB calendar day, dataset and resource. Nodes add their in-memory
-- counts every few seconds with "count = count + n" (never an overwrite), so several nodes add up.
-- resource_id is '' for the dataset page itself (a primary key column cannot be null). Resources
-- are not referenced: a deleted resource's history stays with its dataset.
create table usage_daily (
  day         date not null,
  dataset_id  varchar(36) not null references dataset (id) on delete cascade,
  resource_id varchar(36) not null default '',
  kind        varchar(10) not null check (kind in ('view', 'download')),
  count       bigint not null check (count >= 0),
  primary key (day, dataset_id, resource_id, kind)
);
create index usage_daily_dataset on usage_daily (dataset_id, day);

-- Running totals per dataset (what pages show and search sorts by), kept in the same transaction
-- as usage_daily, so a page needs one primary-key read instead of a sum over days.
create table usage_total (
  dataset_id varchar(36) primary key references dataset (id) on delete cascade,
  views      bigint not null default 0,
  downloads  bigint not null default 0
);

-- "Bagaimana tanggapan Anda?": one answer per browser and dataset. respondent is the SHA-256 of a
-- random cookie value (not the value itself, so this table cannot be used to impersonate a
-- browser); a new answer from the same browser replaces the old one. Comments are private to the
-- dataset's organisation editors and admins and sysadmins.
create table satisfaction_answer (
  dataset_id varchar(36) not null references dataset (id) on delete cascade,
  respondent char(64) not null,
  answer     varchar(20) not null
             check (answer in ('sangat_puas', 'puas', 'cukup_puas', 'tidak_puas')),
  comment    text,
  answered   timestamp not null,
  primary key (dataset_id, respondent)
);
create index satisfaction_answer_recent on satisfaction_answer (dataset_id, answered desc);
