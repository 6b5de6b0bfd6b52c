-- The tamper-evident publication log (issue 13 item 3; format and chain in docs/audit-log.md).
-- One row per entry, exactly the members of the entry plus the time the row was stored. The
-- application only ever inserts: the trigger below refuses every UPDATE and TRUNCATE, and a
-- DELETE of an entry unless a purge or retention_removal entry appended before it (with a higher
-- seq) records the removal of that very seq. So removing entries is never silent: the removal
-- record goes into the chain first, and verifiers bridge the gap it explains.
--
-- The table's owner can still disable the trigger (ALTER TABLE ... DISABLE TRIGGER); that is what
-- the tamper tests do, and what the chain exists to detect. Where the application must not even
-- be able to do that, an operator makes another role the owner and grants the application role
-- select and insert only (docs/operations.md, "The publication log").

create table publication_log (
    seq            bigint      primary key check (seq >= 1),
    time           text        not null,
    event          text        not null,
    actor          text        not null,
    subject_kind   text        not null,
    subject_id     text        not null,
    subject_name   text        not null,
    content_sha256 char(64),
    details        jsonb       not null default '{}'::jsonb,
    prev_hash      char(64)    not null,
    hash           char(64)    not null unique,
    stored_at      timestamptz not null default now()
);

-- Publications of one subject, newest first (what a reviewer looks up for a file or a dataset).
create index publication_log_subject on publication_log (subject_kind, subject_id, seq);
-- Removal records, looked up by the trigger when an entry is deleted.
create index publication_log_removals on publication_log (seq)
    where event in ('purge', 'retention_removal');

create or replace function publication_log_append_only()
returns trigger
language plpgsql
as $fn$
begin
  if tg_op = 'DELETE' then
    if exists (
        select 1 from publication_log r
        where r.event in ('purge', 'retention_removal')
          and r.seq > old.seq
          and (r.details ->> 'removed_from') ~ '^[0-9]{1,16}$'
          and (r.details ->> 'removed_to') ~ '^[0-9]{1,16}$'
          and old.seq between (r.details ->> 'removed_from')::bigint
                          and (r.details ->> 'removed_to')::bigint) then
      return old;
    end if;
    raise exception 'publication_log is append-only: entry % may only be deleted after a purge or retention_removal entry recording its removal was appended', old.seq
      using errcode = 'P0001', hint = 'see docs/audit-log.md, section 5';
  end if;
  raise exception 'publication_log is append-only: % is refused', tg_op
    using errcode = 'P0001', hint = 'see docs/audit-log.md';
end
$fn$;

create trigger publication_log_append_only
    before update or delete on publication_log
    for each row execute function publication_log_append_only();

create trigger publication_log_no_truncate
    before truncate on publication_log
    for each statement execute function publication_log_append_only();
