"""Many reports at once: one per params file, in parallel across cores, each independent of the
others' failures, with a progress bar while they run and a summary table at the end."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Sequence
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import NamedTuple

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from parley.errors import ParleyError
from parley.render.run import render
from parley.report.params import load_params_file


class Outcome(NamedTuple):
    params_file: Path
    status: str  # rendered | unchanged | failed
    seconds: float
    detail: str  # the outputs, or the error


def _one(
    params_file: Path, overrides: dict[str, str], formats: Sequence[str], out_dir: Path | None, force: bool
) -> Outcome:
    """Render one params file; never raises, so one failure leaves the others running."""
    start = time.perf_counter()
    try:
        values = load_params_file(params_file) | overrides
        result = render(values, formats, out_dir, params_file.stem, force=force, origin=str(params_file))
        status, detail = (
            ("unchanged" if result.skipped else "rendered"),
            ", ".join(str(p) for p in result.paths),
        )
    except ParleyError as err:
        status, detail = "failed", str(err)
    except Exception as err:  # a bug in one report must not take the batch down
        status, detail = "failed", f"internal error: {type(err).__name__}: {err}"
    return Outcome(params_file, status, time.perf_counter() - start, detail)


# Set in each worker: whether the batch is stopping.
_stopping: Event | None = None


def _one_of(args: tuple[Path, dict[str, str], Sequence[str], Path | None, bool]) -> Outcome:
    outcome = _one(*args)
    # While it runs a notebook, nbclient takes SIGTERM over (to shut its kernel down), so a worker
    # can outlive the batch's stop; it ends here rather than wait for work that never comes.
    if _stopping is not None and _stopping.is_set():
        raise SystemExit(128 + signal.SIGTERM)
    _signals()  # nbclient leaves SIGTERM to the default (killed, not unwound)
    return outcome


def _quiet_exit(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)  # unwinds (staging folder, kernel) without a traceback


def _signals() -> None:
    # The batch process stops its workers with SIGTERM; Ctrl-C reaches them with SIGINT.
    signal.signal(signal.SIGTERM, _quiet_exit)
    signal.signal(signal.SIGINT, _quiet_exit)


def _worker(stopping: Event) -> None:
    global _stopping
    _stopping = stopping
    _signals()
    # A render computes its collection in a process of its own (run.py), which a pool's daemonic
    # worker may not start. Only this worker's own view of itself changes: the pool still ends it.
    multiprocessing.current_process().daemon = False


def render_batch(
    params_files: Sequence[Path],
    overrides: dict[str, str],
    formats: Sequence[str],
    out_dir: Path | None,
    force: bool = False,
    quiet: bool = False,
) -> int:
    """Render every params file; 0 when all succeeded, 1 when any failed."""
    names = [p.stem for p in params_files]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ParleyError(
            f"--batch: params files share a name ({', '.join(duplicates)}); outputs would collide"
        )
    console = Console(file=sys.stderr)
    results: list[Outcome] = []
    workers = max(1, min(len(params_files), os.cpu_count() or 1))
    jobs = [(p, overrides, formats, out_dir, force) for p in params_files]
    stopping = multiprocessing.Event()
    with (
        Progress(
            TextColumn("rendering"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=console, disable=quiet, transient=True,
        ) as progress,
        multiprocessing.Pool(workers, initializer=_worker, initargs=(stopping,)) as pool,
    ):  # fmt: skip
        task = progress.add_task("reports", total=len(params_files))
        try:
            for outcome in pool.imap_unordered(_one_of, jobs):
                results.append(outcome)
                progress.advance(task)
            # Every report done: the workers are told to stop and end on their own. Terminating them
            # (what leaving the pool does) may kill one while it holds the task queue's lock, and the
            # other then waits for that lock for ever (seen once in CI).
            pool.close()
            pool.join()
        except KeyboardInterrupt:  # Ctrl-C, or SIGTERM from cron or systemd: stop, start no more
            stopping.set()
            pool.terminate()
            done = sum(r.status == "rendered" for r in results)
            print(
                f"parley: interrupted: {done} of {len(params_files)} reports rendered;"
                " every other report is unchanged",
                file=sys.stderr,
            )
            return 130

    failed = [r for r in results if r.status == "failed"]
    if not quiet:
        table = Table(title="parley render --batch", title_justify="left")
        for column in ("params file", "status", "seconds", "outputs or error"):
            table.add_column(column, overflow="fold")
        for r in sorted(results, key=lambda r: str(r.params_file)):
            style = {"failed": "red", "unchanged": "dim"}.get(r.status, "")
            table.add_row(str(r.params_file), r.status, f"{r.seconds:.1f}", r.detail, style=style)
        Console().print(table)
    for r in failed:
        print(f"parley: error: {r.detail}", file=sys.stderr)
    return 1 if failed else 0
