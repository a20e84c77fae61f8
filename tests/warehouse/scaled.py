"""A built warehouse scaled up to N institutions, for measuring and testing the overview at size.

scale_warehouse(src, dst, n) copies the warehouse file and rewrites its report and mart rows so the
institutions of the original are repeated until there are n of them, each copy with generated report
ids, a generated name (under one of several municipality prefixes, or none) and therefore its own
institution_key (taken from the staging view, so every relation agrees). Dimensions of codes
(dim_subjects, dim_programmes) and reference seeds are left as they are.

    python tests/warehouse/scaled.py WAREHOUSE [N ...]   # times write_site at 15, 150, 1500 institutions
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb

MUNICIPALITIES = ["Ādažu novada", "Aizkraukles novada", "Alūksnes novada", "Augšdaugavas novada", "Balvu novada",
                  "Bauskas novada", "Cēsu novada", "Dienvidkurzemes novada", "Dobeles novada", "Gulbenes novada",
                  "Jelgavas valstspilsētas", "Jēkabpils novada", "Krāslavas novada", "Kuldīgas novada", "Ķekavas novada",
                  "Limbažu novada", "Līvānu novada", "Ludzas novada", "Madonas novada", "Mārupes novada",
                  "Ogres novada", "Olaines novada", "Preiļu novada", "Rēzeknes valstspilsētas", "Ropažu novada",
                  "Rīgas valstspilsētas", "Salaspils novada", "Saldus novada", "Siguldas novada", "Smiltenes novada",
                  "Talsu novada", "Tukuma novada", "Valkas novada", "Valmieras valstspilsētas", "Ventspils pilsētas",
                  "Daugavpils pilsētas", ""]


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def scale_warehouse(src: Path, dst: Path, institutions: int) -> None:
    """dst must have the same name as src up to its first dot: the warehouse's views name their
    catalog, which DuckDB takes from the file name."""
    shutil.copyfile(src, dst)
    con = duckdb.connect(str(dst))
    try:
        con.execute("create temp table old_report_keys as select report_id, institution_key from staging.stg_reports__reports")
        originals = [r[0] for r in con.execute(
            "select institution_key from marts.dim_institutions order by institution_key").fetchall()]
        con.execute("create temp table copies (institution_key varchar, copy_no integer)")
        con.executemany("insert into copies values (?, ?)",
                        [(originals[i % len(originals)], i // len(originals)) for i in range(institutions)])
        con.execute(f"""
            create temp table report_copies as
            select o.report_id, c.copy_no,
                   'r' || substr(md5(o.report_id || ':' || c.copy_no), 1, 15) as new_report_id,
                   trim({_sql_list(MUNICIPALITIES)}[cast(1 + (c.copy_no * 7 + hash(o.institution_key) % 5) % {len(MUNICIPALITIES)} as bigint)]
                        || ' ' || regexp_replace(r.institution_name, '^\\S+ (novada|pilsētas|valstspilsētas) ', '')
                        || ' Nr. ' || (c.copy_no + 1)) as new_name
            from old_report_keys o join copies c using (institution_key) join raw.reports r using (report_id)""")
        _replace(con, "raw.reports", """select t.* replace (m.new_report_id as report_id, m.new_name as institution_name)
                                        from raw.reports t join report_copies m using (report_id)""")
        # each copy's key as the staging view derives it from the new name
        con.execute("""create temp table key_copies as
                       select distinct o.institution_key as old_key, m.copy_no, s.institution_key as new_key, m.new_name
                       from report_copies m join old_report_keys o using (report_id)
                       join staging.stg_reports__reports s on s.report_id = m.new_report_id""")
        tables = con.execute("""select table_schema || '.' || table_name from information_schema.tables
                                where table_type = 'BASE TABLE' and (table_schema = 'marts'
                                   or table_schema || '.' || table_name in ('raw.parse_issues', 'raw.source_lines'))""").fetchall()
        for (relation,) in tables:
            cols = {r[0] for r in con.execute(f"select column_name from (describe {relation})").fetchall()}
            if "report_id" in cols:
                joins = ["join report_copies m on m.report_id = t.report_id"]
                replace = ["m.new_report_id as report_id"]
                if "institution_key" in cols:
                    joins.append("join key_copies k on k.old_key = t.institution_key and k.copy_no = m.copy_no")
                    replace.append("k.new_key as institution_key")
                    if "institution_name" in cols:
                        replace.append("k.new_name as institution_name")
                elif "institution_name" in cols:
                    replace.append("m.new_name as institution_name")
            elif "institution_key" in cols:
                joins = ["join key_copies k on k.old_key = t.institution_key"]
                replace = ["k.new_key as institution_key"] + (["k.new_name as institution_name"] if "institution_name" in cols else [])
                if "latest_report_id" in cols:
                    joins.append("join report_copies m on m.report_id = t.latest_report_id and m.copy_no = k.copy_no")
                    replace.append("m.new_report_id as latest_report_id")
            else:
                continue
            _replace(con, relation, f"select t.* replace ({', '.join(replace)}) from {relation} t {' '.join(joins)}")
    finally:
        con.close()


def _replace(con, relation: str, select: str) -> None:
    con.execute(f"create temp table scaled_rows as {select}")
    con.execute(f"delete from {relation}")
    con.execute(f"insert into {relation} select * from scaled_rows")
    con.execute("drop table scaled_rows")


def main(argv: list[str]) -> None:
    from parskats.publish import site

    src = Path(argv[0])
    sizes = [int(a) for a in argv[1:]] or [15, 150, 1500]
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            db = Path(tmp) / f"scaled-{n}" / src.name
            db.parent.mkdir()
            scale_warehouse(src, db, n)
            out = db.parent / "site"
            start, cpu = time.perf_counter(), time.process_time()
            pages = site.write_site(db, out, gate=None, guide=[])
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            print(f"{n:>6} institutions: {len(pages):>6} pages in {took:6.2f} s wall, {cpu:6.2f} s CPU "
                  f"({1000 * cpu / n:.1f} ms CPU per institution)")
            shutil.rmtree(out)


if __name__ == "__main__":
    main(sys.argv[1:])
