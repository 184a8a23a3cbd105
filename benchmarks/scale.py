"""How the render grows with the corpus: `parley render --to html,pdf --force` over 10, 100,
1,000 and 10,000 generated articles (`benchmarks/articles.py`), as whole processes, with the CPU
time and peak memory of every process (the CLI, the kernel, anything they start) and the PDF's
pages; then the
re-render after one article is added to 1,000 (new to the store in every run, each right after a
10-article render, against which its target is measured); then `parley
events|mentions|rounds` over 1,000 articles with nothing cached, pinned to one core. Prints
Markdown tables for the README.

A corpus is first rendered once with no mentions store ("cold": every article extracted), then
timed with the store in place ("warm", what a morning render costs). Tests never run this.

    .venv/bin/python benchmarks/scale.py [--runs N] [--sizes 10,100,1000,10000]   (make bench)
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from articles import generate
from pypdf import PdfReader
from render import AS_OF, machine, one_core

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
STORE = ".parley-mentions.sqlite"
# The targets, against the 10-article render: 1,000 ≤ 3×, 10,000 ≤ 10×, one added
# article ≤ 1.3×; no process above 1 GB at 10,000; ≥ 200 articles/s per core uncached.
TARGETS = {1000: 3.0, 10000: 10.0, "added": 1.3, "memory_mb": 1024, "rate": 200}


def _children(pid: int) -> set[int]:
    """Every process descended from `pid`, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _peak_kb(pid: int) -> int | None:
    """The process's peak resident memory (VmHWM), kB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _cpu() -> float:
    """CPU seconds of this process's children that have ended, and of everything they waited for."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(command: list[str], one: bool = False) -> tuple[float, float, int, int]:
    """Seconds; CPU seconds of every process of the command (the render, the kernel, the
    collecting processes: all are waited for); the peak memory (MB) of the command's own
    process, and the highest of any process it started (the kernel), polled every 50 ms."""
    cpu = _cpu()
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=one_core if one else None,
    )
    peaks: dict[int, int] = {}
    while process.poll() is None:
        for pid in {process.pid} | _children(process.pid):
            if (kb := _peak_kb(pid)) is not None:
                peaks[pid] = max(peaks.get(pid, 0), kb)
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    if process.returncode:
        raise SystemExit(
            f"{' '.join(command)} failed: {process.stderr.read().decode() if process.stderr else ''}"
        )
    others = [kb for pid, kb in peaks.items() if pid != process.pid]
    return elapsed, _cpu() - cpu, peaks.get(process.pid, 0) // 1024, max(others, default=0) // 1024


def render(corpus: Path, out: Path) -> list[str]:
    return [str(BIN / "parley"), "render", "--to", "html,pdf", "--force", "-q", "-p", f"articles={corpus}",
            "-p", f"as_of={AS_OF}", "--out", str(out)]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="warm renders per size and added-article renders (default 3; 1 at 10,000)",
    )
    parser.add_argument(
        "--sizes", default="10,100,1000,10000", help="corpus sizes (default 10,100,1000,10000)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    rows: list[tuple[str, float, float, float, int, int, int]] = []
    warm: dict[object, float] = {}
    peak_at: dict[int, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        for size in sizes:
            corpus = base / f"articles-{size}"
            generate(corpus, size)
            out = base / f"out-{size}"
            cold, _, *cold_mb = run(render(corpus, out))
            times, cpus, peaks = [], [], [cold_mb]
            for _ in range(1 if size >= 10000 else args.runs):
                seconds, cpu, *mb = run(render(corpus, out))
                times.append(seconds)
                cpus.append(cpu)
                peaks.append(mb)
            warm[size] = statistics.median(times)
            own, kernel = (max(p[i] for p in peaks) for i in (0, 1))
            peak_at[size] = max(own, kernel)
            pages = len(PdfReader(out / "report.pdf").pages)
            rows.append((f"{size:,} articles", cold, warm[size], statistics.median(cpus), own, kernel, pages))
            print(f"{size}: cold {cold:.1f} s, warm {warm[size]:.1f} s", file=sys.stderr)

        # One new article in a corpus of 1,000 whose store is warm, `runs` times: before each, the
        # store and the previous render are put back as they were, so the article is new each time.
        # Each is run right after a warm 10-article render, its own floor: the VM's speed drifts
        # over minutes, and a ratio of renders timed minutes apart measures the drift too.
        floors: list[float] = []
        if 1000 in sizes:
            corpus, out = base / "articles-1000", base / "out-1000"
            generate(base / "one-more", 1001)
            kept = base / "before-added"
            shutil.copytree(corpus, kept / "articles", ignore=shutil.ignore_patterns("article-*"))
            shutil.copytree(out, kept / "out", symlinks=True)
            times, cpus, peaks = [], [], []
            for _ in range(args.runs):
                for stored in corpus.glob(f"{STORE}*"):  # with any write-ahead log the render left
                    stored.unlink()
                shutil.copytree(kept / "articles", corpus, dirs_exist_ok=True)
                shutil.rmtree(out)
                shutil.copytree(kept / "out", out, symlinks=True)
                shutil.copy(base / "one-more" / "article-1000.md", corpus / "article-1000.md")
                if 10 in sizes:
                    floors.append(run(render(base / "articles-10", base / "out-10"))[0])
                seconds, cpu, *mb = run(render(corpus, out))
                times.append(seconds)
                cpus.append(cpu)
                peaks.append(mb)
                (corpus / "article-1000.md").unlink()
            warm["added"] = statistics.median(times)
            own, kernel = (max(p[i] for p in peaks) for i in (0, 1))
            pages = len(PdfReader(out / "report.pdf").pages)
            name = "1,000 articles + 1 new (re-render)"
            rows.append((name, warm["added"], warm["added"], statistics.median(cpus), own, kernel, pages))

        rates: dict[str, float] = {}
        corpus = base / "articles-rates"
        generate(corpus, 1000)
        for command in ("events", "mentions", "rounds"):
            times = []
            for _ in range(args.runs):
                (corpus / STORE).unlink(missing_ok=True)
                times.append(run([str(BIN / "parley"), command, str(corpus), "--as-of", AS_OF], one=True)[0])
            rates[command] = len(list(corpus.glob("article-*"))) / statistics.median(times)

    floor = warm[10]
    print(machine())
    print(
        f"medians of {args.runs} warm renders (1 at 10,000), whole processes, CPU and peak memory of every process\n"
    )
    print(
        "| corpus | cold render (s) | warm render (s) | × 10 articles | warm render, CPU of all its processes (s) | peak, render process (MB) | peak, any process it started (MB) | PDF pages |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, cold, seconds, cpu, own, kernel, pages in rows:
        print(
            f"| {name} | {cold:.1f} | {seconds:.1f} | {seconds / floor:.2f} | {cpu:.1f} | {own} | {kernel} | {pages} |"
        )
    if floors:
        print(
            f"\nthe 10-article renders run just before each added-article render: median {statistics.median(floors):.1f} s"
            f" ({', '.join(f'{f:.1f}' for f in floors)})"
        )
    print("\n| command, 1,000 articles, nothing cached, one core | articles/s |\n|---|---|")
    for command, rate in rates.items():
        print(f"| `parley {command}` | {rate:.0f} |")
    # A size left out (--sizes) has no value: its target is "not measured", never met by a zero.
    checks = [
        ("1,000 / 10 articles", warm[1000] / floor if 1000 in warm else None, f"≤ {TARGETS[1000]}", lambda v: v <= TARGETS[1000]),
        ("10,000 / 10 articles", warm[10000] / floor if 10000 in warm else None, f"≤ {TARGETS[10000]}", lambda v: v <= TARGETS[10000]),
        ("1,000 + 1 new / 10 articles, each after a 10-article render", warm["added"] / statistics.median(floors) if "added" in warm and floors else None, f"≤ {TARGETS['added']}", lambda v: v <= TARGETS["added"]),
        ("peak process at 10,000 (MB)", peak_at.get(10000), f"≤ {TARGETS['memory_mb']}", lambda v: v <= TARGETS["memory_mb"]),
        ("slowest listing (articles/s)", min(rates.values()), f"≥ {TARGETS['rate']}", lambda v: v >= TARGETS["rate"]),
    ]  # fmt: skip
    print("\n| target | value | target | met |\n|---|---|---|---|")
    for name, value, target, met in checks:
        if value is None:
            print(f"| {name} | — | {target} | not measured |")
        else:
            print(f"| {name} | {value:.2f} | {target} | {'yes' if met(value) else '**no**'} |")


if __name__ == "__main__":
    main()
