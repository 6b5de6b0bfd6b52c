-- datastore_search_sql (ADR 0006) runs callers' SQL as a database role of its own that can read
-- the tables in schema datastore and nothing else: no catalogue table (users, API tokens), no
-- writes. Its name and password come from TERBUKA_DB_READONLY_USER / _PASSWORD (Flyway
-- placeholders filled by SchemaMigrations, quotes doubled; empty when not configured).
--
-- Creating or changing a role needs a superuser or CREATEROLE. Without that this migration still
-- succeeds: an existing role is granted what it needs (the application owns schema datastore and
-- its tables), a missing one is reported in the log, and docs/operations.md gives the SQL an
-- operator runs once. SchemaMigrations calls the function again at every start, so configuring
-- the role later or changing its password takes effect on the next start.

create or replace function datastore_readonly_role(role_name text, role_password text)
returns text
language plpgsql
as $fn$
declare
  me record;
  other record;
  may_manage boolean;
  done text;
begin
  if coalesce(role_name, '') = '' then
    return 'not configured';
  end if;
  if role_name = current_user then
    return 'refused: the read-only role must not be the application''s own role ' || current_user;
  end if;
  select rolsuper, rolcreaterole into me from pg_roles where rolname = current_user;
  may_manage := me.rolsuper or me.rolcreaterole;
  select rolsuper, rolbypassrls into other from pg_roles where rolname = role_name;
  if not found then
    if not may_manage then
      raise notice 'role % does not exist and % may not create roles: see docs/operations.md',
        role_name, current_user;
      return 'missing: role ' || role_name || ' does not exist and ' || current_user
        || ' may not create roles (see docs/operations.md)';
    end if;
    execute format(
      'create role %I login nosuperuser nocreatedb nocreaterole noreplication nobypassrls'
        || ' connection limit 20 password %s',
      role_name,
      case when coalesce(role_password, '') = '' then 'null' else quote_literal(role_password) end);
    done := 'created';
  else
    if other.rolsuper or other.rolbypassrls then
      return 'refused: role ' || role_name || ' is a superuser or bypasses row security';
    end if;
    if may_manage then
      execute format(
        'alter role %I login password %s',
        role_name,
        case when coalesce(role_password, '') = '' then 'null' else quote_literal(role_password) end);
      done := 'updated';
    else
      done := 'granted (password left as the operator set it)';
    end if;
  end if;
  if may_manage then
    -- A second fence for sessions outside the portal (psql with these credentials).
    execute format('alter role %I set default_transaction_read_only = on', role_name);
  end if;
  execute format('grant usage on schema datastore to %I', role_name);
  execute format('grant select on all tables in schema datastore to %I', role_name);
  -- Tables the application creates later (every load) are readable too.
  execute format(
    'alter default privileges in schema datastore grant select on tables to %I', role_name);
  return done || ': ' || role_name || ' may read schema datastore';
end
$fn$;

revoke all on function datastore_readonly_role(text, text) from public;

-- Before PostgreSQL 15 every role may create tables in schema public. The application keeps that
-- right explicitly; everybody else loses it (PostgreSQL 15's default), so the read-only role
-- cannot write there either. Only possible for the schema's owner or a superuser.
do $$
begin
  if (select rolsuper from pg_roles where rolname = current_user)
     or exists (select 1 from pg_namespace n
                where n.nspname = 'public' and pg_has_role(current_user, n.nspowner, 'USAGE')) then
    execute format('grant usage, create on schema public to %I', current_user);
    revoke create on schema public from public;
  end if;
end
$$;

select datastore_readonly_role('${datastore_readonly_user}', '${datastore_readonly_password}');
