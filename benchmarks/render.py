"""Time a render of the seed report (the sample article in data/sample) against the floor and the
plain tools, as whole processes on one machine in one run, and print a Markdown table for the
README:

1. the floor: `benchmarks/floor.py`, a process that only starts a kernel and executes the report
   notebook with nbclient;
2. `parley render --to html,pdf --force`;
3. the plain chain a user would type: `papermill`, then `jupyter nbconvert --to html --no-input`,
   then `weasyprint`;
4. `parley render` again with nothing changed (skipped);
5. `parley events` over 1,000 generated articles (`benchmarks/articles.py`), pinned to one core;

then batch scaling: `parley render --batch` over 20 params files against the same 20 renders
one after another. Runs of 1–4 are interleaved so that each sees the same machine state; every
figure is the median of its runs. Tests never run this.

    .venv/bin/python benchmarks/render.py [--runs N] [--batch-runs N]     (make bench)
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from articles import generate

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOTEBOOK = ROOT / "notebooks" / "report.ipynb"
AS_OF = "2026-11-25"
ARTICLES = 1000
REPORTS = 20
# The targets: (2) ≤ 1.3 × (1), (2) ≤ 0.6 × (3), (4) ≤ 0.5 s, (5) ≥ 200 articles/s,
# batch ≥ 1.7 × faster than one after another.
TARGETS = {"floor": 1.3, "chain": 0.6, "skip": 0.5, "events": 200, "batch": 1.7}


def timed(commands: list[list[str]], preexec: Callable[[], None] | None = None) -> float:
    start = time.perf_counter()
    for command in commands:
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT, preexec_fn=preexec)
    return time.perf_counter() - start


def one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        names = [line for line in Path("/proc/cpuinfo").read_text().splitlines() if "model name" in line]
        cpu = names[0].split(":", 1)[1].strip()
    except (OSError, IndexError):
        pass
    return (
        f"{platform.node()}: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()},"
        f" Python {platform.python_version()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of 1–5 (default 5)")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs of the batch comparison (default 3)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        # The seed report: the sample article as the corpus, for every process started below.
        shutil.copytree(ROOT / "data" / "sample", out / "data" / "articles")
        os.environ["PARLEY_DATA"] = str(out / "data")
        render = [str(BIN / "parley"), "render", "--to", "html,pdf", "-p", f"as_of={AS_OF}", "--out", str(out / "parley")]  # fmt: skip
        executed = out / "chain.ipynb"
        commands = {
            "floor": [[sys.executable, str(ROOT / "benchmarks" / "floor.py")]],
            "parley": [[*render, "--force"]],
            "chain": [
                [str(BIN / "papermill"), str(NOTEBOOK), str(executed), "-p", "as_of", AS_OF, "-k", "parley",
                 "--cwd", str(ROOT), "--no-progress-bar"],
                [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)],
                [str(BIN / "weasyprint"), str(executed.with_suffix(".html")), str(executed.with_suffix(".pdf"))],
            ],
            "skip": [render],  # right after a forced render of the same report: nothing changed
        }  # fmt: skip
        corpus = out / "articles"
        generate(corpus, ARTICLES)
        events = [[str(BIN / "parley"), "events", str(corpus), "--as-of", AS_OF]]
        params = []
        for number in range(REPORTS):
            params.append(out / "params" / f"report-{number:02d}.yaml")
            params[-1].parent.mkdir(exist_ok=True)
            start = f"start: 2025-06-{1 + number:02d}\n" if number % 2 else ""
            params[-1].write_text(f"as_of: {AS_OF}\ntitle: Report {number}\n{start}")
        batch = [[str(BIN / "parley"), "render", "--force", "-q", "--out", str(out / "batch"), "--batch",
                  *map(str, params)]]  # fmt: skip
        sequential = [[str(BIN / "parley"), "render", "--force", "-q", "--out", str(out / "sequential"),
                       "--params", str(p)] for p in params]  # fmt: skip

        for name in commands:  # warm the file cache and matplotlib's font cache
            timed(commands[name])
        timed(events, one_core)
        times: dict[str, list[float]] = {name: [] for name in [*commands, "events", "batch", "sequential"]}
        for run in range(args.runs):
            for name in commands:
                times[name].append(timed(commands[name]))
            times["events"].append(timed(events, one_core))
            print(f"run {run + 1}/{args.runs}", file=sys.stderr)
        for run in range(args.batch_runs):
            times["sequential"].append(timed(sequential))
            times["batch"].append(timed(batch))
            print(f"batch run {run + 1}/{args.batch_runs}", file=sys.stderr)

    m = {name: statistics.median(values) for name, values in times.items()}
    rate = ARTICLES / m["events"]
    rows = [
        ("1. floor: start a kernel, execute the notebook with nbclient", f"{m['floor']:.2f}"),
        ("2. `parley render --to html,pdf --force`", f"{m['parley']:.2f}"),
        ("3. `papermill` → `jupyter nbconvert --to html --no-input` → `weasyprint`", f"{m['chain']:.2f}"),
        ("4. `parley render`, nothing changed (skipped)", f"{m['skip']:.2f}"),
        (f"5. `parley events` over {ARTICLES:,} generated articles, one core", f"{m['events']:.2f}"),
        (f"{REPORTS} reports one after another (`parley render --params`)", f"{m['sequential']:.2f}"),
        (f"{REPORTS} reports, `parley render --batch` on {os.cpu_count()} cores", f"{m['batch']:.2f}"),
    ]
    checks = [
        ("(2) / (1)", m["parley"] / m["floor"], f"≤ {TARGETS['floor']}", m["parley"] / m["floor"] <= TARGETS["floor"]),
        ("(2) / (3)", m["parley"] / m["chain"], f"≤ {TARGETS['chain']}", m["parley"] / m["chain"] <= TARGETS["chain"]),
        ("(4) seconds", m["skip"], f"≤ {TARGETS['skip']}", m["skip"] <= TARGETS["skip"]),
        ("(5) articles/s", rate, f"≥ {TARGETS['events']}", rate >= TARGETS["events"]),
        ("batch speed-up", m["sequential"] / m["batch"], f"≥ {TARGETS['batch']}", m["sequential"] / m["batch"] >= TARGETS["batch"]),
    ]  # fmt: skip

    print(machine())
    print(
        f"{dt.date.today()}, medians of {args.runs} runs ({args.batch_runs} for the batch),"
        " whole processes, seed report\n"
    )
    print("| measurement | median (s) |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    print("\n| ratio | value | target | met |\n|---|---|---|---|")
    for name, value, target, met in checks:
        print(f"| {name} | {value:.2f} | {target} | {'yes' if met else '**no**'} |")


if __name__ == "__main__":
    main()
