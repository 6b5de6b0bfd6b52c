#!/usr/bin/env python3
"""Writes V2__wilayah.sql from the bundled Kemendagri region list (run from portal-api/)."""
import csv

SRC = "src/main/resources/reference/wilayah/bojonegoro-desa.csv"
OUT = "src/main/resources/db/migration/V2__wilayah.sql"


def q(value):
    return "'" + value.replace("'", "''") + "'"


with open(SRC, encoding="utf-8") as f, open(OUT, "w", encoding="utf-8") as out:
    out.write("-- Kemendagri region codes for Kabupaten Bojonegoro (reference data).\n")
    out.write("-- Generated from reference/wilayah/bojonegoro-desa.csv; source and licence in\n")
    out.write("-- reference/wilayah/SOURCES.md. Regenerate with src/main/scripts/wilayah-migration.py.\n")
    out.write("create table wilayah (\n  kode varchar(20) primary key,\n  nama text not null,\n")
    out.write("  level varchar(20) not null,\n  kode_induk varchar(20)\n);\n")
    out.write("insert into wilayah (kode, nama, level, kode_induk) values\n")
    rows = [f"({q(r['kode'])}, {q(r['nama'])}, {q(r['level'])}, {q(r['kode_induk'])})"
            for r in csv.DictReader(f)]
    out.write(",\n".join(rows) + ";\n")
