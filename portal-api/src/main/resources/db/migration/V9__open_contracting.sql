-- Open contracting (issue 11): OCDS releases as received or built from spreadsheets, and one
-- compiled record per contracting process (ocid). Releases are immutable: a release id is stored
-- once per ocid; the same id with other content is refused by the service as a conflict.

create table ocds_release (
    ocid          text        not null,
    release_id    text        not null,
    -- the release's own date, as an instant (sorting) and as written (compiled ids keep it)
    release_date  timestamptz not null,
    date_text     text        not null,
    tags          text[]      not null,
    content       jsonb       not null,
    -- SHA-256 of the canonical JSON (keys sorted): equal content, equal hash
    content_hash  text        not null,
    -- the package the release was published in: linked releases are <package_uri>#<release id>
    package_uri   text        not null,
    -- the spreadsheet import that built it, null for a posted release package
    import_id     text,
    received_at   timestamptz not null default now(),
    -- arrival order: releases with the same date merge in the order they came
    seq           bigserial   not null,
    primary key (ocid, release_id)
);

create index ocds_release_ocid_date on ocds_release (ocid, release_date, seq);

create sequence ocds_record_change_seq;

create table ocds_record (
    ocid           text        primary key,
    compiled       jsonb       not null,
    release_count  integer     not null,
    -- the year the process is published under (tender announcement, else plan, else first release)
    year           integer     not null,
    -- the buyer's party id: red flags that compare processes (contract splitting) look only at
    -- the buyers a change touched
    buyer_id       text        not null default '',
    latest_date    timestamptz not null,
    -- red flag ids and their explanations ([{flag, id, en}]), recomputed after each change
    flags          text[]      not null default '{}',
    flag_notes     jsonb       not null default '[]',
    -- each contract's value when it was signed (contract id -> amount), replayed from the
    -- releases at compile time: the "amended up" flag compares the current value with it
    signed_values  jsonb       not null default '{}',
    updated_at     timestamptz not null default now(),
    -- grows with every change of the record: the bulk API's cursor and the index version
    change_seq     bigint      not null default nextval('ocds_record_change_seq')
);

create index ocds_record_year on ocds_record (year);
create index ocds_record_buyer on ocds_record (buyer_id);
create index ocds_record_change on ocds_record (change_seq);
create index ocds_record_updated on ocds_record (updated_at, change_seq);
