"""What a report is made of: the articles, their mentions classed, the events those consolidate
into, and the rounds, selected by the report's parameters."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from parley import memo
from parley.articles.load import Article, article_paths, load_corpus
from parley.config import HANDOFF_ENV, from_root, handoff_pending, part_of
from parley.events.consolidate import EventRecord, consolidate, link
from parley.events.exchanges import Exchange, read_exchanges, with_exchanges, with_rounds
from parley.events.rounds import Round, build_rounds
from parley.mentions.classify import classify_all
from parley.mentions.corrections import (
    Applied,
    Corrections,
    apply_to_events,
    apply_to_rounds,
    load_corrections,
)
from parley.mentions.dates import YearInference
from parley.mentions.extract import Event, in_window
from parley.mentions.store import extract_all, read_kept, write_kept
from parley.report.params import Parameters

_ROUND_KINDS = ("add_topic", "add_outcome")
T = TypeVar("T")


@dataclass
class Mentions:
    """Every mention of a corpus, corrected and classed; the years inferred; and the event
    corrections applied or left unmatched."""

    articles: list[Article]
    mentions: list[Event]
    inferences: dict[str, YearInference | None]
    fixed: Applied[Event]


def read_mentions(sources: Iterable[str | Path], as_of: dt.date, corrections: Corrections) -> Mentions:
    """Load the articles, take each one's mentions from the store (extracting only new or
    changed articles), correct and class them: the one pipeline of the report and the CLI."""
    return mentions_of(load_corpus(sources), as_of, corrections)


def mentions_of(articles: list[Article], as_of: dt.date, corrections: Corrections) -> Mentions:
    """`read_mentions` of articles already loaded."""
    if not corrections.entries:  # nothing to correct before classing: the store's classes
        found = extract_all(articles, as_of, classed=True)
        classes = [m for a in articles for m in found[a.id][0]]
        return Mentions(articles, classes, {a.id: found[a.id][1] for a in articles}, Applied([], [], []))
    extracted = extract_all(articles, as_of)
    # Corrections apply to every mention before a window or types select, so one outside the
    # selection is not mistaken for one that no longer matches.
    fixed = apply_to_events((m for a in articles for m in extracted[a.id][0]), corrections)
    inferences = {a.id: extracted[a.id][1] for a in articles}
    del extracted
    classed = classify_all(fixed.items, articles)
    # The mentions are kept once, classed: a corpus of thousands has no memory for two copies.
    return Mentions(articles, classed, inferences, Applied([], fixed.applied, fixed.warnings))


def checked_rounds(
    mentions: list[Event], articles: list[Article], corrections: Corrections, needed: bool = True
) -> Applied[Round]:
    """The rounds with the analyst's round corrections applied. Built only when `needed` or when
    a round correction must be checked: every correction that no longer matches is reported."""
    wanted = needed or any(e.correction.kind in _ROUND_KINDS for e in corrections.entries)
    return apply_to_rounds(build_rounds(of_interest(mentions), articles) if wanted else [], corrections)


@dataclass
class Collection:
    """The articles; every mention in the selection (events of interest, context and non-events,
    each naming its consolidated event); the events; the exchanges with their figures; the
    rounds; the years inferred; and the analyst corrections applied or left unmatched."""

    as_of: dt.date
    articles: list[Article]
    mentions: list[Event]
    events: list[EventRecord]
    exchanges: list[Exchange]
    rounds: list[Round]
    inferences: dict[str, YearInference | None]
    corrected: list[str]
    correction_warnings: list[str]
    key: str = field(default="", kw_only=True)  # `handoff_key` it was handed over for, if it was


def collect(params: Parameters, articles: list[Article] | None = None) -> Collection:
    """Read, select and consolidate. A render computes it once and hands it to its kernel
    (`hand_over`, the file `PARLEY_COLLECTION` names), which takes it when the file's key matches
    its own parameters and inputs, and computes it afresh otherwise. `articles`: already loaded."""
    handoff = os.environ.get(HANDOFF_ENV)
    if handoff:
        found = _taken(Path(handoff), handoff_key(params), Collection)
        if found is not None:
            return found
    with _without_gc():
        return _collected(params, articles)


def _collected(params: Parameters, articles: list[Article] | None) -> Collection:
    as_of = params.as_of or dt.date.today()
    corrections = load_corrections(params.corrections)
    if articles is None:
        articles = load_corpus([from_root(params.articles)])
    read = mentions_of(articles, as_of, corrections)
    memo.taken()  # what extracting new articles read is stored as their mentions; not kept twice
    # What earlier renders read out of these articles' sentences (see memo.py).
    stores = sorted({a.path.parent for a in articles})
    for folder in stores:
        memo.remember(read_kept(folder))
    selected = [
        m
        for m in read.mentions
        if in_window(m, params.start, params.end) and (params.types is None or m.type in params.types)
    ]

    def all_rounds() -> tuple[Applied[Round], Applied[Round], dict[str, memo.Entries]]:
        rounds = checked_rounds(selected, read.articles, corrections)
        # Round corrections are checked against every round, so one whose round lies outside
        # the selection is not reported as unmatched.
        everything = (
            rounds
            if len(selected) == len(read.mentions)
            else checked_rounds(read.mentions, read.articles, corrections, needed=False)
        )
        return rounds, everything, memo.taken()  # read in a forked process: sent back

    with meanwhile(all_rounds) as later:
        events = consolidate(selected)
        linked = link(selected, events)  # by event id, which the exchanges' figures leave alone
        # Read while the rounds are still computed; only the agreements they carry out wait for them.
        exchanges_read = read_exchanges(events, selected, read.articles)
        rounds, everything, read_apart = later()
    memo.adopt(read_apart)
    exchanges = with_rounds(exchanges_read, rounds.items)
    kept = memo.as_json(memo.taken())
    for folder in stores:
        write_kept(folder, kept)
    figures = {x.id: {"to_ukraine": x.to_ukraine, "to_russia": x.to_russia} for x in exchanges}
    events = [e.model_copy(update=figures[e.id]) if e.id in figures else e for e in events]
    return Collection(
        as_of,
        read.articles,
        linked,
        events,
        exchanges,
        with_exchanges(rounds.items, exchanges),
        read.inferences,
        corrected=read.fixed.applied + everything.applied,
        correction_warnings=read.fixed.warnings + everything.warnings,
    )


def of_interest(mentions: list[Event]) -> list[Event]:
    return [m for m in mentions if m.klass == "event"]


def dated_context(mentions: list[Event]) -> list[Event]:
    """Dated context (the invasion, a battle): listed compactly, never counted or plotted. A
    mention of context with no date places nothing in time ("Privates and sergeants who were
    captured on the Bakhmut…", a caption): it stays in the mentions data."""
    return [m for m in mentions if m.klass == "context" and m.date]


def handoff_key(params: Parameters) -> str:
    """What a collection is computed from, cheaply: the parameters (the as-of date resolved), the
    extractor's version, and each article file and the corrections file by path, size, and
    modification and change times (a file rewritten since has other times)."""
    from parley.mentions.store import extractor_version

    settings = params.model_dump(mode="json") | {"as_of": (params.as_of or dt.date.today()).isoformat()}
    files = article_paths([from_root(params.articles)])
    if params.corrections:
        files.append(from_root(params.corrections))
    stats = []
    for path in files:
        try:
            info = path.stat()
            stats.append((str(path), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino))
        except OSError:
            stats.append((str(path), None, None, None, None))
    text = json.dumps([settings, extractor_version(), stats])
    return hashlib.sha256(text.encode()).hexdigest()


def hand_over(found: object, key: str, path: Path) -> None:
    """Write the collection (or a part of the report made from it) for the kernel, atomically:
    it reads all of it or none. `key` is `handoff_key` of the parameters it was collected by."""
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as handle, _without_gc():
        pickle.dump((key, found), handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(part, path)
    handoff_pending(path).unlink(missing_ok=True)


def _taken(path: Path, key: str, kind: type[T]) -> T | None:
    """What was handed over, when its key is this one and it is a `kind`; none when it is
    missing, another render's, or damaged (then it is computed afresh, never trusted). Unpickled
    only from the render's own private folder, named by the render that started this kernel. The
    render runs the notebook while the collection is still computed: until it is handed over, or
    its process gives up (the pending mark gone, then it is computed here), this waits."""
    pending = handoff_pending(path)
    while pending.exists() and not path.exists():
        time.sleep(0.005)
    with _without_gc():
        try:
            with open(path, "rb") as handle:
                found_key, found = pickle.load(handle)
        except Exception:  # a truncated or foreign file raises anything unpickling does
            return None
        if found_key != key or not isinstance(found, kind):
            return None
        # It lives as long as the kernel: out of the cyclic collector's sight, which would
        # otherwise scan its hundreds of thousands of objects again while the cells run (a fifth
        # of a second of the report's cells at 1,000 articles), and frozen before the collector
        # runs again, which would scan them once.
        gc.freeze()
    return found


def taken_part(name: str, key: str, kind: type[T]) -> T | None:
    """A part of the report the render made for the collection of `key` (the collection's own,
    when it was handed over); none outside a render, or for a collection computed here."""
    handoff = os.environ.get(HANDOFF_ENV)
    if not handoff or not key:
        return None
    return _taken(part_of(Path(handoff), name), key, kind)


@contextmanager
def meanwhile(work: Callable[[], T]) -> Iterator[Callable[[], T]]:
    """`work` done in a forked process while the block runs, on a second core; the block gets
    the function that waits for its result, to call before it ends. Done in this process instead
    (when that function is called) with one core, with threads (a fork copies none of them: a
    kernel has several), or when the forked process fails: the result is the same either way.
    A bare fork, not multiprocessing's: the render's collecting process is a daemon, which
    multiprocessing lets have no children."""
    if len(os.sched_getaffinity(0)) < 2 or threading.active_count() > 1:
        yield work
        return
    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:  # the forked process: its result down the pipe, and out, whatever happens
        try:
            os.close(readable)
            try:
                found = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
            except BaseException:  # the parent does the work itself, and raises what it raises
                found = pickle.dumps((False, None))
            with open(writable, "wb") as pipe:
                pipe.write(found)
        finally:
            os._exit(0)
    os.close(writable)
    pipe = open(readable, "rb")  # noqa: SIM115  (closed below, after the block, whatever it does)

    def result() -> T:
        try:
            done, found = pickle.loads(pipe.read())
        except Exception:  # it died before it sent all: nothing to take
            done, found = False, None
        return found if done else work()

    try:
        yield result
    finally:
        pipe.close()  # its result not taken (the block failed): writing, it stops
        with suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)


@contextmanager
def _without_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: a collection is hundreds of thousands of new objects
    with no cycles among them, which it would only scan again and again (a third of the time, at
    10,000 articles). Whatever is garbage is still freed, and the collector runs again after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
