-- The walidata review workflow (issue 13, item 1; docs/adr/0016-review-workflow.md).

-- Set by a sysadmin per organisation: its producers' publications wait for the walidata.
alter table catalog_group add column review_required boolean not null default false;

-- The review status of the version the public sees: null for a dataset never reviewed,
-- menunggu_verifikasi or dikembalikan for a new dataset still in draft, disetujui once approved.
alter table dataset add column review_status text
  check (review_status in ('menunggu_verifikasi', 'disetujui', 'dikembalikan'));

-- One item of the walidata's queue: a new dataset (dataset_baru), a change to a published one
-- (perubahan: the dataset as proposed, which the live tables do not hold until it is approved), or
-- a domain import (impor: the accepted file, applied only when approved).
create table review_item (
  id varchar(36) primary key,
  kind text not null check (kind in ('dataset_baru', 'perubahan', 'impor')),
  status text not null check (status in ('menunggu_verifikasi', 'disetujui', 'dikembalikan')),
  owner_org varchar(36) not null references catalog_group (id) on delete cascade,
  dataset_id varchar(36) references dataset (id) on delete cascade,
  title text not null,
  -- perubahan: the dataset dict as proposed; staged: resource id -> the uploaded file waiting
  proposed text,
  staged text,
  -- impor: the import's kind and the stored request that is run when approved
  import_kind text,
  import_request text,
  submitted_by varchar(36) not null references user_account (id),
  submitted_at timestamp not null,
  decided_by varchar(36) references user_account (id),
  decided_at timestamp,
  reason text,
  -- what the approval produced: the activity of the change or the import's report
  outcome text
);

-- A dataset has at most one open item (waiting, or returned to its producer for correction).
create unique index review_item_open on review_item (dataset_id)
  where status <> 'disetujui' and dataset_id is not null;
create index review_item_queue on review_item (status, submitted_at);
create index review_item_org on review_item (owner_org, submitted_at desc);

-- Every step of an item, kept: submitted (again), returned with its reason, approved. The item row
-- holds only the latest; this trail is what the review pages show an auditor.
create table review_event (
  id bigserial primary key,
  item_id varchar(36) not null references review_item (id) on delete cascade,
  event text not null check (event in ('diajukan', 'dikembalikan', 'disetujui')),
  user_id varchar(36) references user_account (id),
  at timestamp not null,
  reason text
);
create index review_event_item on review_event (item_id, id);
