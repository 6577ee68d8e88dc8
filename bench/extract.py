#!/usr/bin/env python3
"""Issue 10's extract benchmark: Parity against pandas, DuckDB and `wc -l`, side by side.

For each size it writes one synthetic extract with `parity demo extract`, then runs, on that
same file and in the same run:
  1. Parity's extract import, `parity import extract FILE --dry-run` (all cores, then one),
  2. pandas (read_csv + groupby), 3. DuckDB with threads=1 and with all cores,
  4. `wc -l` (the floor: reading the bytes once),
checks that Parity, pandas and DuckDB produce identical counts, and prints time, rows/s,
MB/s and peak memory (each the median of --repeat runs) with the ratios and the targets.
Times are whole processes, interpreter start included, as a person would run them.

    swift build -c release --product parity
    python3 bench/extract.py --binary .build/release/parity            # 1.5M and 6M rows
    python3 bench/extract.py --binary .build/release/parity --rows 200000 --repeat 1

Needs pandas and duckdb (`pip install pandas duckdb`). Peak memory is the process's maximum
resident set size (wait4).
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "extract_peers.py")
COMPARED = {("WRES", "1"), ("WRES", "3"), ("WRES", "4"), ("WDES", "1"), ("WDES", "3")}


def timed(command, output_path):
    """Runs command with stdout to output_path; returns (seconds, peak MB) of that process alone."""
    with open(output_path, "wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        errors = process.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{errors}")
    return seconds, usage.ru_maxrss / 1024


def parity_counts(path):
    """Parity's dry-run rows in the peers' form: the compared indicators, counts above zero."""
    lines = []
    with open(path) as handle:
        next(handle)
        for line in handle:
            cells = line.strip().split(",")
            if (cells[2], cells[3]) in COMPARED and "+" not in cells[5] and cells[6] != "0":
                lines.append(",".join(cells))
    return sorted(lines)


def peer_counts(path):
    with open(path) as handle:
        return sorted(line.strip() for line in handle if line.strip())


def run(binary, rows, seed, repeat, workdir):
    extract = os.path.join(workdir, f"extract-{rows}.csv")
    with open(extract, "wb") as out:
        subprocess.run([binary, "demo", "extract", "--rows", str(rows), "--seed", str(seed)], stdout=out, check=True)
    megabytes = os.path.getsize(extract) / 1e6
    lines = sum(1 for _ in open(extract, "rb")) - 1
    contestants = [
        ("Parity (all cores)", [binary, "import", "extract", extract, "--dry-run"], "parity"),
        ("Parity (1 core)", [binary, "import", "extract", extract, "--dry-run", "--cores", "1"], "parity"),
        ("pandas", [sys.executable, PEERS, "pandas", extract], "peer"),
        ("DuckDB threads=1", [sys.executable, PEERS, "duckdb", extract, "--threads", "1"], "peer"),
        ("DuckDB all cores", [sys.executable, PEERS, "duckdb", extract], "peer"),
        ("wc -l", ["wc", "-l", extract], None),
    ]
    results = {}
    reference = None
    for name, command, kind in contestants:
        times, memory = [], []
        output = os.path.join(workdir, "out.csv")
        for _ in range(repeat):
            seconds, peak = timed(command, output)
            times.append(seconds)
            memory.append(peak)
        if kind:
            counts = parity_counts(output) if kind == "parity" else peer_counts(output)
            if reference is None:
                reference = counts
            elif counts != reference:
                sys.exit(f"{name} does not produce the same counts as Parity on {extract}")
        results[name] = (statistics.median(times), max(memory))
    report(rows, lines, megabytes, results, len(reference))
    os.remove(extract)
    return results


def report(rows, lines, megabytes, results, compared):
    parity = results["Parity (all cores)"][0]
    print(f"\n### {rows:,} people ({lines:,} rows with board members, {megabytes:.0f} MB); {compared:,} identical counts\n")
    print("| | time (s) | rows/s | MB/s | peak memory (MB) | time ÷ Parity's |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, (seconds, peak) in results.items():
        rate = lines / seconds if seconds else float("inf")
        print(f"| {name} | {seconds:.3f} | {rate:,.0f} | {megabytes / seconds if seconds else float('inf'):,.0f} | {peak:.0f} | {seconds / parity:.2f} |")
    checks = [
        ("at least 5× faster than pandas", results["pandas"][0] / parity >= 5),
        ("at least as fast as DuckDB threads=1", parity <= results["DuckDB threads=1"][0]),
        ("within 3× of wc -l", parity <= 3 * results["wc -l"][0]),
        ("peak memory under 64 MB", max(results["Parity (all cores)"][1], results["Parity (1 core)"][1]) < 64),
    ]
    print()
    for label, passed in checks:
        print(f"- {label}: {'met' if passed else 'NOT met'}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/parity")
    parser.add_argument("--rows", type=int, nargs="+", default=[1_500_000, 6_000_000])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    print(f"Machine: {os.cpu_count()} cores; {subprocess.run(['uname', '-sr'], capture_output=True, text=True).stdout.strip()}")
    with tempfile.TemporaryDirectory(prefix="parity-bench-") as workdir:
        for rows in arguments.rows:
            run(arguments.binary, rows, arguments.seed, arguments.repeat, workdir)


if __name__ == "__main__":
    main()
