#!/usr/bin/env python3
"""The same aggregation as `parity import extract --dry-run`, by pandas or DuckDB.

Reads a staff-record extract (issue 10) and prints the rows Parity's dry run prints for WRES
indicators 1, 3 and 4 and WDES metrics 1 and 3, as `organisation,year,standard,indicator,
measure,group,count`, so that `bench/extract.py` can check that all produce the same counts.
Only rows with a count above zero are printed: Parity also writes the zeros of an
organisation's empty grades, which a group-by cannot know about.

    python3 bench/extract_peers.py pandas FILE.csv
    python3 bench/extract_peers.py duckdb FILE.csv --threads 1
"""
import argparse
import sys

# DOMAIN.md: the first character of the ESR code; X, Z, 99 and blank are unknown.
WHITE = set("ABC")
BME = set("DEFGHJKLMNPRS")

CLUSTERS = {
    "non-clinical": {"under-1": "afc-1-4", "band-1": "afc-1-4", "band-2": "afc-1-4", "band-3": "afc-1-4", "band-4": "afc-1-4",
                     "band-5": "afc-5-7", "band-6": "afc-5-7", "band-7": "afc-5-7", "band-8a": "afc-8a-8b", "band-8b": "afc-8a-8b",
                     "band-8c": "afc-8c-9", "band-8d": "afc-8c-9", "band-9": "afc-8c-9", "vsm": "vsm"},
    "medical": {"consultant": "consultant", "non-consultant-career": "non-consultant-career", "trainee": "trainee"},
}
CLUSTERS["clinical"] = CLUSTERS["non-clinical"]


def ethnicity(code):
    code = (code or "").strip().upper()
    if code in ("", "99") or code[0] in "XZ":
        return "unknown"
    return "white" if code[0] in WHITE else "bme"


def disability(flag):
    return {"Y": "disabled", "N": "non-disabled"}.get((flag or "").upper(), "unknown")


def emit(groups):
    """groups: iterable of (organisation, year, workforce, grade, eth, dis, people, disciplinary, capability, training)."""
    out = {}

    def add(key, value):
        if value:
            out[key] = out.get(key, 0) + int(value)

    for org, year, workforce, grade, eth, dis, people, disc, cap, training in groups:
        if not workforce:
            continue
        add((org, year, "WRES", "1", f"headcount:{workforce}:{grade}", eth), people)
        add((org, year, "WRES", "3", "entered-disciplinary", eth), disc)
        add((org, year, "WRES", "4", "accessed-training", eth), training)
        cluster = CLUSTERS[workforce].get(grade)
        if cluster:
            add((org, year, "WDES", "1", f"cluster-headcount:{workforce}:{cluster}", dis), people)
        add((org, year, "WDES", "3", "entered-capability", dis), cap)
    lines = sorted(",".join(map(str, key)) + "," + str(count) for key, count in out.items())
    sys.stdout.write("\n".join(lines) + "\n")


def with_pandas(path):
    import pandas as pd
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    frame = frame[frame["bank"].str.upper() != "Y"]
    first = frame["ethnic_category"].str.strip().str.upper()
    frame["eth"] = "bme"
    frame.loc[first.str[:1].isin(list(WHITE)), "eth"] = "white"
    frame.loc[first.isin(["", "99"]) | first.str[:1].isin(["X", "Z"]), "eth"] = "unknown"
    frame["dis"] = frame["disability"].str.upper().map({"Y": "disabled", "N": "non-disabled"}).fillna("unknown")
    for column in ("entered_disciplinary", "entered_capability", "accessed_training"):
        frame[column] = (frame[column].str.upper() == "Y").astype(int)
    grouped = frame.groupby(["organisation", "year", "workforce", "grade", "eth", "dis"]).agg(
        people=("bank", "size"), disc=("entered_disciplinary", "sum"),
        cap=("entered_capability", "sum"), training=("accessed_training", "sum")).reset_index()
    emit(grouped.itertuples(index=False, name=None))


def with_duckdb(path, threads):
    import duckdb
    connection = duckdb.connect()
    if threads:
        connection.execute(f"SET threads = {int(threads)}")
    rows = connection.execute("""
        SELECT organisation, year, workforce, grade,
               CASE WHEN eth IN ('', '99') OR left(eth, 1) IN ('X', 'Z') THEN 'unknown'
                    WHEN left(eth, 1) IN ('A', 'B', 'C') THEN 'white' ELSE 'bme' END AS eth,
               CASE upper(disability) WHEN 'Y' THEN 'disabled' WHEN 'N' THEN 'non-disabled' ELSE 'unknown' END AS dis,
               count(*), sum((upper(entered_disciplinary) = 'Y')::INT), sum((upper(entered_capability) = 'Y')::INT),
               sum((upper(accessed_training) = 'Y')::INT)
        FROM (SELECT *, upper(trim(coalesce(ethnic_category, ''))) AS eth
              FROM read_csv(?, header = true, all_varchar = true))
        WHERE upper(bank) <> 'Y'
        GROUP BY ALL
    """, [path]).fetchall()
    emit((org, year, wf or "", gr or "", eth, dis, n, d, c, t) for org, year, wf, gr, eth, dis, n, d, c, t in rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("engine", choices=["pandas", "duckdb"])
    parser.add_argument("file")
    parser.add_argument("--threads", type=int, default=0, help="DuckDB threads (0: all cores)")
    arguments = parser.parse_args()
    if arguments.engine == "pandas":
        with_pandas(arguments.file)
    else:
        with_duckdb(arguments.file, arguments.threads)


if __name__ == "__main__":
    main()
