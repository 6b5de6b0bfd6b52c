-- Issue 10 (ADR 0012): the import history every domain shares, generated resources, and the
-- budget realisation lines.

-- One row per import attempt (accepted, rejected or dry run): the history publishers and
-- reviewers read. The report is the JSON of imports.md with problem codes and arguments (the
-- message text is rendered in the reader's language when it is answered).
create table import_run (
  id              varchar(36) primary key,
  kind            varchar(40) not null,
  organization_id varchar(36) references catalog_group (id),
  user_id         varchar(36),
  status          varchar(20) not null,
  file_name       text,
  file_sha256     char(64),
  file_rows       bigint not null default 0,
  created         timestamp not null,
  report          text not null
);
create index import_run_history on import_run (kind, created desc);
create index import_run_org on import_run (organization_id, kind, created desc);

-- A resource the system produces from an import ("budget:<import id>"): clients may not update
-- or delete it, and package_update keeps it.
alter table resource add column generated_by text;

-- One version of one slice (tahun, periode, kode_skpd) of the budget realisation. A re-import of
-- a changed slice adds a version and moves "current" to it; older versions stay readable.
create table budget_slice (
  id           varchar(36) primary key,
  tahun        integer not null,
  periode      varchar(8) not null,
  kode_skpd    varchar(60) not null,
  nama_skpd    text not null,
  version      integer not null,
  current      boolean not null,
  import_id    varchar(36) not null references import_run (id),
  content_hash char(64) not null,
  line_count   integer not null,
  -- The slice rolled up to akun and kelompok ({"4": [anggaran, realisasi], "4.1": ...}): what
  -- the per-unit lists and the regency totals read without summing every line.
  totals       text not null,
  created      timestamp not null,
  constraint budget_slice_version unique (tahun, periode, kode_skpd, version)
);
create unique index budget_slice_current on budget_slice (tahun, periode, kode_skpd) where current;
create index budget_slice_year on budget_slice (tahun) where current;

-- The lines of a slice version as imported (amounts in rupiah, numeric: sums of trillions).
create table budget_line (
  slice_id          varchar(36) not null references budget_slice (id) on delete cascade,
  kode_sub_kegiatan varchar(40) not null default '',
  kode_rekening     varchar(40) not null,
  level             varchar(20) not null,
  uraian            text not null,
  nama_sub_kegiatan text,
  anggaran          numeric(20, 2) not null,
  realisasi         numeric(20, 2) not null,
  source_row        bigint not null,
  primary key (slice_id, kode_sub_kegiatan, kode_rekening)
);
