"""A built warehouse scaled up to N institutions, for measuring and testing the overview at size.

scale_warehouse(src, dst, n) copies the warehouse file and rewrites its report and mart rows so the
institutions of the original are repeated until there are n of them, each copy with generated report
ids, a generated name (the institution's name under one of several municipality prefixes, or none;
the same in each of its reports) and therefore its own institution_key, taken from the identity view
(intermediate.int_institutions__identity, which derives it from the rewritten raw.reports), so every
relation agrees. Every column naming a report (report_id, latest_report_id, planned_report_id,
target_report_id …) gets the copy's report id. Dimensions of codes (dim_subjects, dim_programmes) and
reference seeds are left as they are; lists kept as text (dim_institutions.report_ids, names_seen) are
not rewritten.

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
        con.execute(f"create temp table old_report_keys as select report_id, institution_key from {IDENTITY}")
        originals = [r[0] for r in con.execute(
            "select institution_key from marts.dim_institutions order by institution_key").fetchall()]
        con.execute("create temp table copies (institution_key varchar, copy_no integer)")
        con.executemany("insert into copies values (?, ?)",
                        [(originals[i % len(originals)], i // len(originals)) for i in range(institutions)])
        con.execute(f"""
            create temp table report_copies as
            select o.report_id, c.copy_no,
                   'r' || substr(md5(o.report_id || ':' || c.copy_no), 1, 15) as new_report_id,
                   trim({_sql_list(MUNICIPALITIES)}[cast(1 + (c.copy_no * 7 + hash(o.institution_key) % 5)
                                                         % {len(MUNICIPALITIES)} as bigint)]
                        || ' ' || regexp_replace(i.institution_name, '^\\S+ (novada|pilsētas|valstspilsētas) ', '')
                        || ' Nr. ' || (c.copy_no + 1)) as new_name
            from old_report_keys o join copies c using (institution_key)
            join marts.dim_institutions i using (institution_key)""")
        _replace(con, "raw.reports", """select t.* replace (m.new_report_id as report_id, m.new_name as institution_name)
                                        from raw.reports t join report_copies m using (report_id)""")
        # each copy's key as the identity view derives it from the new name
        con.execute(f"""create temp table key_copies as
                        select distinct o.institution_key as old_key, m.copy_no, s.institution_key as new_key, m.new_name
                        from report_copies m join old_report_keys o using (report_id)
                        join {IDENTITY} s on s.report_id = m.new_report_id""")
        tables = con.execute("""select table_schema || '.' || table_name from information_schema.tables
                                where table_type = 'BASE TABLE' and (table_schema = 'marts'
                                   or table_schema || '.' || table_name in ('raw.parse_issues', 'raw.source_lines'))
                             """).fetchall()
        for (relation,) in tables:
            select = _scaled_select(con, relation)
            if select:
                _replace(con, relation, select)
    finally:
        con.close()


IDENTITY = "intermediate.int_institutions__identity"
_NAMES = ("institution_name", "institution_name_printed")


def _scaled_select(con, relation: str) -> str | None:
    """The relation's rows once per copy of their institution (or report), keys, report ids and names
    replaced; None for a relation with neither (left as it is)."""
    cols = [r[0] for r in con.execute(f"select column_name from (describe {relation})").fetchall()]
    report_cols = [c for c in cols if c == "report_id" or c.endswith("_report_id")]
    replace, joins = [], []
    if "institution_key" in cols:
        joins.append("join key_copies k on k.old_key = t.institution_key")
        replace += ["k.new_key as institution_key"] + [f"k.new_name as {c}" for c in _NAMES if c in cols]
        copy_no = "k.copy_no"
    elif "report_id" in cols:
        joins.append("join report_copies m on m.report_id = t.report_id")
        replace += ["m.new_report_id as report_id"] + [f"m.new_name as {c}" for c in _NAMES if c in cols]
        report_cols.remove("report_id")
        copy_no = "m.copy_no"
    else:
        return None
    for i, col in enumerate(report_cols):
        joins.append(f"left join report_copies r{i} on r{i}.report_id = t.{col} and r{i}.copy_no = {copy_no}")
        replace.append(f"r{i}.new_report_id as {col}")
    return f"select t.* replace ({', '.join(replace)}) from {relation} t {' '.join(joins)}"


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
