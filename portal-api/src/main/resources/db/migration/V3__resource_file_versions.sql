-- Every file a resource has had, current one included, so that replacing an upload keeps the
-- previous file downloadable (/dataset/{id}/resource/{rid}/version/{n}/download/{filename}).
-- Files are content-addressed: several rows (and resources) may point at the same sha256.
create table resource_file_version (
  id           varchar(36) primary key,
  resource_id  varchar(36) not null references resource (id) on delete cascade,
  version      integer not null,
  sha256       char(64) not null,
  size         bigint not null,
  filename     text not null,
  mimetype     text,
  created      timestamp not null,
  constraint resource_file_version_number unique (resource_id, version)
);
-- "Is this stored file still referenced?" (cleanup after a failed upload) asks by hash.
create index resource_file_version_sha256 on resource_file_version (sha256);

-- Files uploaded before versions existed become version 1, so that history is complete.
insert into resource_file_version (id, resource_id, version, sha256, size, filename, mimetype, created)
select substr(md5('v1:' || r.id), 1, 32), r.id, 1, substr(r.hash, 8), coalesce(r.size, 0),
       coalesce(nullif(r.url, ''), 'data'), r.mimetype, coalesce(r.last_modified, r.created)
  from resource r
 where r.url_type = 'upload' and r.hash ~ '^sha256:[0-9a-f]{64}$';
