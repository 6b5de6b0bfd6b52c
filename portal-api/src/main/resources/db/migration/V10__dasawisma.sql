-- Dasa Wisma (issue 12). Household rows are personal data (UU 27/2022): they live in a schema of
-- their own that only the application's role may use. The DataStore's read-only role (V6) is
-- granted schema datastore only, and nobody else gets any right here, so neither
-- datastore_search_sql nor any other path of the portal can name these tables.

create schema if not exists dasawisma;
revoke all on schema dasawisma from public;

-- Every version of every household. The current version has valid_to null; a correction closes
-- it and adds the next version; a removal closes it with a reason. Public figures are computed
-- from the rows valid at one instant (a monthly snapshot), so versions are kept.
create table dasawisma.household (
    tahun                  integer     not null,
    kode_desa              text        not null,
    kelompok_dasawisma     text        not null,
    id_keluarga            text        not null,
    version                integer     not null,
    dusun                  text        not null,
    rw                     integer     not null,
    rt                     integer     not null,
    jumlah_kk              integer     not null,
    anggota_l              integer     not null,
    anggota_p              integer     not null,
    balita_l               integer     not null,
    balita_p               integer     not null,
    pus                    integer     not null,
    wus                    integer     not null,
    ibu_hamil              integer     not null,
    ibu_menyusui           integer     not null,
    lansia                 integer     not null,
    buta_huruf_l           integer     not null,
    buta_huruf_p           integer     not null,
    berkebutuhan_khusus    integer     not null,
    kriteria_rumah         text        not null,
    tempat_sampah          boolean     not null,
    spal                   boolean     not null,
    jamban                 integer     not null,
    sumber_air             text        not null,
    stiker_p4k             boolean     not null,
    makanan_pokok          text        not null,
    up2k                   boolean     not null,
    pemanfaatan_pekarangan boolean     not null,
    industri_rumah_tangga  boolean     not null,
    kesehatan_lingkungan   boolean     not null,
    content_hash           text        not null,
    valid_from             timestamptz not null,
    valid_to               timestamptz,
    -- the import that wrote this version; null when entered through the form
    import_id              text,
    entered_by             text        not null,
    -- set when this version was closed by the cadre's explicit removal
    removed_by             text,
    removal_reason         text,
    primary key (tahun, kode_desa, kelompok_dasawisma, id_keluarga, version)
);

create unique index household_current
    on dasawisma.household (tahun, kode_desa, kelompok_dasawisma, id_keluarga)
    where valid_to is null;
create index household_desa_current on dasawisma.household (tahun, kode_desa) where valid_to is null;
create index household_valid on dasawisma.household (tahun, valid_from);

-- Roles over regions: kader (a desa), tp_pkk_desa, tp_pkk_kecamatan, tp_pkk_kabupaten.
create table dasawisma.role_assignment (
    user_id      text        not null,
    role         text        not null,
    region_code  text        not null,
    assigned_by  text        not null,
    assigned_at  timestamptz not null default now(),
    primary key (user_id, role, region_code)
);

-- Target households per desa and year (coverage = households entered / target).
create table dasawisma.target (
    tahun             integer     not null,
    kode_desa         text        not null,
    jumlah_kk_target  integer     not null check (jumlah_kk_target >= 0),
    loaded_by         text        not null,
    loaded_at         timestamptz not null default now(),
    primary key (tahun, kode_desa)
);

-- One public snapshot per year and month: the households as they stood at one instant.
create table dasawisma.snapshot (
    tahun         integer     not null,
    bulan         date        not null,
    as_of         timestamptz not null,
    households    integer     not null,
    published_by  text        not null,
    published_at  timestamptz not null default now(),
    primary key (tahun, bulan)
);

-- What the snapshots published, as published (already suppressed): the public pages read these,
-- never the households. Public schema on purpose: nothing here is below the disclosure rule.
create table dasawisma_published (
    tahun       integer     not null,
    bulan       date        not null,
    table_name  text        not null,
    content     jsonb       not null,
    primary key (tahun, bulan, table_name)
);
