"""Time `parley render` against the plain command chain a user would type for the same report:
papermill, then `jupyter nbconvert --to html --no-input`, then `weasyprint`. Whole processes,
runs alternated so both see the same machine state; medians and their ratio are printed.

    .venv/bin/python benchmarks/render.py [--runs N]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOTEBOOK = ROOT / "notebooks" / "report.ipynb"
AS_OF = "2026-11-25"


def timed(commands: list[list[str]]) -> float:
    start = time.perf_counter()
    for command in commands:
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        parley = [[str(BIN / "parley"), "render", "-p", f"as_of={AS_OF}", "--out", str(out / "parley")]]
        executed = out / "chain.ipynb"
        chain = [
            [str(BIN / "papermill"), str(NOTEBOOK), str(executed), "-p", "as_of", AS_OF, "-k", "parley",
             "--cwd", str(ROOT), "--no-progress-bar"],
            [str(BIN / "jupyter"), "nbconvert", "--to", "html", "--no-input", str(executed)],
            [str(BIN / "weasyprint"), str(executed.with_suffix(".html")), str(executed.with_suffix(".pdf"))],
        ]  # fmt: skip
        timed(parley), timed(chain)  # warm the file cache and matplotlib's font cache
        times: dict[str, list[float]] = {
            "parley render (html+pdf)": [],
            "papermill → nbconvert → weasyprint": [],
        }
        for _ in range(runs):
            times["parley render (html+pdf)"].append(timed(parley))
            times["papermill → nbconvert → weasyprint"].append(timed(chain))

    medians = {name: statistics.median(values) for name, values in times.items()}
    ours, plain = medians.values()
    print(
        f"{platform.node()}: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(f"median of {runs} runs, whole processes, seed report\n")
    print("| command | median (s) |\n|---|---|")
    for name, value in medians.items():
        print(f"| {name} | {value:.2f} |")
    print(f"\nratio parley / plain chain: {ours / plain:.2f}")


if __name__ == "__main__":
    main()
