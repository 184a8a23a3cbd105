"""How the report grows with the corpus: PDF pages, render seconds and peak memory of `parley
render --to html,pdf --force` for the two ten-article fixture corpora (written for the tests; real
articles from the dev set) and for 10, 100 and 1,000 generated articles (`articles.py`). Each render is a fresh process; its peak memory is the
largest resident set among it and the kernel it starts (wait4's rusage of the reaped tree).

    .venv/bin/python benchmarks/report_size.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from articles import generate
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
PARLEY = ROOT / ".venv" / "bin" / "parley"
FIXTURES = ROOT / "tests" / "fixtures"


def measure(articles: Path, out: Path, name: str) -> tuple[float, float]:
    """Seconds and peak MiB of one forced render."""
    params = out / f"{name}.yaml"
    params.write_text(f"articles: {articles}\nas_of: 2026-11-25\ncorrections: null\n", encoding="utf-8")
    began = time.perf_counter()
    child = subprocess.Popen([PARLEY, "render", "-q", "--force", "--params", str(params), "--out", str(out)])
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - began
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"render of {articles} failed")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="parley-scale-") as tmp:
        corpora = [
            ("10 written for the tests", FIXTURES / "corpus"),
            ("10 real (dev set)", FIXTURES / "real10"),
        ]
        for count in (10, 100, 1000):
            folder = Path(tmp) / f"generated-{count}"
            generate(folder, count)
            corpora.append((f"{count:,} generated", folder))
        print("| articles | PDF pages | render (s) | peak memory (MiB) |")
        print("|---|---|---|---|")
        for label, folder in corpora:
            name = folder.name
            runs = [measure(folder, Path(tmp), name) for _ in range(args.repeat)]
            pages = len(PdfReader(Path(tmp) / f"{name}.pdf").pages)
            seconds = statistics.median(s for s, _ in runs)
            memory = max(m for _, m in runs)
            print(f"| {label} | {pages} | {seconds:.1f} | {memory:.0f} |", flush=True)


if __name__ == "__main__":
    main()
