"""The mentions store: each article's extracted mentions, kept beside it so that an unchanged
article is never extracted again.

One SQLite file per articles folder, `.parley-mentions.sqlite` (hidden, and not an article
suffix, so the loader never reads it). SQLite because it is in the standard library, is one file
an analyst opens from JupyterLab (`pandas.read_sql("select * from mentions", sqlite3.connect(…))`
reads the `mentions` view, a row per mention), and takes concurrent renders safely (WAL,
one transaction per write).

A row is keyed by the article id, a hash of what extraction reads (body and publication date),
the as-of date when the article has no publication date (its year is inferred up to it), and the
extractor's version: a hash of the extraction and classing code's source files, so any change to
it re-extracts. A row keeps the mentions as extracted (what analyst corrections apply to) and as
classed (what a render without corrections reads, so it classes nothing it classed before), and
a checksum of both. The store is only a cache: a missing or older one is rebuilt silently; a
damaged one is moved aside (`.parley-mentions.sqlite.damaged`) and rebuilt; a row that does not
match its checksum or does not validate is extracted again; a folder it cannot be written to is
extracted every time.

The `kept` table holds what the rounds and exchanges read out of the articles' sentences
(`parley.memo`), a row per reading, under memo's own version: a cache beside the cache.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from parley import memo
from parley.articles.load import Article
from parley.mentions.classify import classify
from parley.mentions.dates import YearInference
from parley.mentions.extract import Event, extract_article

STORE_NAME = ".parley-mentions.sqlite"
# What extraction and classing depend on (classing names venues, and the hosts a side meets):
# any change to these files is a new extractor.
_SOURCES = (
    "articles/load.py",
    "mentions/dates.py",
    "mentions/numbers.py",
    "mentions/extract.py",
    "mentions/classify.py",
    "events/rounds.py",
    "knowledge/venues.yaml",
    "knowledge/holidays.yaml",
    "knowledge/people.yaml",
    "mentions/store.py",
)
_MENTIONS = TypeAdapter(list[Event])
# The fields an analyst reads in the `mentions` view, in this order.
_FIELDS = (
    "date",
    "end_date",
    "precision",
    "type",
    "title",
    "summary",
    "sentence",
    "start",
    "end",
    "context",
    "attribution",
    "location",
    "resolution",
    "inferred",
)
_SCHEMA = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE articles (article TEXT NOT NULL, content TEXT NOT NULL, reference TEXT NOT NULL,"
    " version TEXT NOT NULL, year INTEGER, year_reason TEXT, mentions TEXT NOT NULL,"
    " classed TEXT NOT NULL, checksum TEXT NOT NULL, PRIMARY KEY (article, content, reference, version))",
    "CREATE VIEW mentions AS SELECT a.article, CAST(m.key AS INTEGER) AS seq, "
    + ", ".join(f"json_extract(m.value, '$.{f}') AS \"{f}\"" for f in _FIELDS)
    + " FROM articles AS a, json_each(a.mentions) AS m",
    # What the rounds and exchanges read out of the articles' sentences (see memo.py), one row a
    # result, under the version in `meta` ('kept').
    "CREATE TABLE kept (function TEXT NOT NULL, args TEXT NOT NULL, result TEXT NOT NULL,"
    " PRIMARY KEY (function, args))",
)

Extracted = tuple[list[Event], YearInference | None]
Key = tuple[str, str, str]


@cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for name in _SOURCES:
        digest.update((Path(__file__).parents[1] / name).read_bytes())
    return digest.hexdigest()[:16]


def _key(article: Article, as_of: dt.date) -> Key:
    content = hashlib.sha256(f"{article.published}\n{article.body}".encode()).hexdigest()
    # Only an undated article's year depends on the as-of date (see dates.infer_year).
    return article.id, content, "" if article.published else as_of.isoformat()


def extract_all(articles: list[Article], as_of: dt.date, classed: bool = False) -> dict[str, Extracted]:
    """Every article's mentions and inferred year, by article id: from the store beside each
    article when it holds them, extracted (and stored) when it does not. `classed`: the mentions
    as `classify` classes them, rather than as extracted."""
    by_folder: dict[Path, list[Article]] = {}
    for article in articles:
        by_folder.setdefault(article.path.parent, []).append(article)
    found: dict[str, Extracted] = {}
    for folder, group in by_folder.items():
        found |= _through_store(folder / STORE_NAME, group, as_of, classed)
    return found


def _through_store(
    path: Path, articles: list[Article], as_of: dt.date, classed: bool
) -> dict[str, Extracted]:
    keys = {a.id: _key(a, as_of) for a in articles}
    stored = _read(path, set(keys.values()), classed)
    found: dict[str, Extracted] = {}
    fresh: list[tuple[Key, Extracted, list[Event]]] = []
    for article in articles:
        hit = stored.get(keys[article.id])
        if hit is None:
            mentions, inference = extract_article(article, as_of)
            classes = [classify(m, article) for m in mentions]
            fresh.append((keys[article.id], (mentions, inference), classes))
            hit = (classes if classed else mentions, inference)
        found[article.id] = hit
    if fresh:
        _write(path, fresh)
    return found


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=60, isolation_level=None)  # transactions are explicit
    db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
    return db


def _read(path: Path, wanted: set[Key], classed: bool) -> dict[Key, Extracted]:
    """The stored extractions among `wanted`; none when the store is missing, old or damaged."""
    if not path.exists():
        return {}
    try:
        with closing(_connect(path)) as db:
            if _version(db) != extractor_version():
                return {}
            if db.execute("PRAGMA quick_check").fetchone() != ("ok",):
                raise sqlite3.DatabaseError("quick_check failed")
            # Row by row, not fetched all at once: the text of every mention is never held
            # beside the mentions made from it.
            rows = db.execute(
                "SELECT article, content, reference, year, year_reason, mentions, classed, checksum"
                " FROM articles WHERE version = ?",
                (extractor_version(),),
            )
            return _valid(rows, wanted, classed)
    except sqlite3.DatabaseError as err:
        if not _busy(err):
            _move_aside(path)
        return {}


def _valid(rows: Iterable[tuple[Any, ...]], wanted: set[Key], classed: bool) -> dict[Key, Extracted]:
    found: dict[Key, Extracted] = {}
    for article, content, reference, year, reason, mentions, classes, checksum in rows:
        key = (article, content, reference)
        if key not in wanted or checksum != _checksum(mentions, classes):
            continue  # never trusted: extracted again, and the row replaced
        try:
            events = _MENTIONS.validate_json(classes if classed else mentions)
        except ValidationError:
            continue
        if all(e.article == article for e in events):
            found[key] = (events, YearInference(year, reason) if year is not None else None)
    return found


def _checksum(mentions: str, classed: str) -> str:
    """Of both texts of a row: a row changed outside the store is never half trusted."""
    return hashlib.sha256(f"{len(mentions)}:{mentions}{classed}".encode()).hexdigest()


def _version(db: sqlite3.Connection) -> str | None:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.OperationalError:  # no such table: a new or foreign file
        return None
    return row[0] if row else None


def _write(path: Path, fresh: Iterable[tuple[Key, Extracted, list[Event]]]) -> None:
    """Store new extractions in one transaction; the previous rows of those articles go."""
    version = extractor_version()
    rows = []
    for key, (events, inference), classes in fresh:
        mentions, classed = _MENTIONS.dump_json(events).decode(), _MENTIONS.dump_json(classes).decode()
        year, reason = (inference.year, inference.reason) if inference else (None, None)
        rows.append((*key, version, year, reason, mentions, classed, _checksum(mentions, classed)))
    try:
        with closing(_connect(path)) as db:
            db.execute("BEGIN IMMEDIATE")  # one writer at a time; others wait (timeout above)
            try:
                if _version(db) != version:
                    _rebuild(db, version)
                db.executemany(
                    "DELETE FROM articles WHERE article = ? AND NOT (content = ? AND reference = ?)",
                    [(r[0], r[1], r[2]) for r in rows],
                )
                db.executemany("INSERT OR REPLACE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except sqlite3.DatabaseError as err:
        if not _busy(err):
            _move_aside(path)  # damaged while we wrote: the next run starts afresh
    except OSError:
        pass  # a read-only or full folder: the store is only a cache


def read_kept(folder: Path) -> dict[str, str]:
    """The results the store keeps for `memo.remember` (a JSON list of [arguments, result] by
    function name); none when the store is missing, older, busy or damaged, or keeps them for
    other code."""
    path = folder / STORE_NAME
    if not path.exists():
        return {}
    found: dict[str, list[str]] = {}
    try:
        with closing(_connect(path)) as db:
            if _version(db) != extractor_version() or _kept_version(db) != memo.version():
                return {}
            for function, args, result in db.execute("SELECT function, args, result FROM kept"):
                found.setdefault(function, []).append(f"[{args},{result}]")
    except sqlite3.DatabaseError:
        return {}  # the mentions are read first, and a damaged store was moved aside then
    return {function: f"[{','.join(rows)}]" for function, rows in found.items()}


def write_kept(folder: Path, rows: list[tuple[str, str, str]]) -> None:
    """Keep new results (function, arguments, result as JSON), in one transaction; those kept
    for other code go first. Only into a store of the current extractor: a cache, it gives up
    when the store is missing, busy, damaged or cannot be written."""
    path = folder / STORE_NAME
    if not rows or not path.exists():
        return
    try:
        with closing(_connect(path)) as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                if _version(db) == extractor_version():
                    if _kept_version(db) != memo.version():
                        db.execute("DELETE FROM kept")
                        db.execute("INSERT OR REPLACE INTO meta VALUES ('kept', ?)", (memo.version(),))
                    db.executemany("INSERT OR REPLACE INTO kept VALUES (?, ?, ?)", rows)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
    except (sqlite3.DatabaseError, OSError):
        pass


def _kept_version(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone()
    return row[0] if row else None


def _rebuild(db: sqlite3.Connection, version: str) -> None:
    """An older or foreign schema: every table and view goes, the current schema replaces them."""
    found = db.execute("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table')").fetchall()
    for kind, name in sorted(found, key=lambda f: f[0] != "view"):
        if not name.startswith("sqlite_"):
            db.execute(f'DROP {kind.upper()} IF EXISTS "{name}"')
    for statement in _SCHEMA:
        db.execute(statement)
    db.execute("INSERT INTO meta VALUES ('version', ?)", (version,))


def _busy(err: sqlite3.DatabaseError) -> bool:
    """Another render held the store past the timeout: it is sound, only not ours this time."""
    return isinstance(err, sqlite3.OperationalError) and ("locked" in str(err) or "busy" in str(err))


def _move_aside(path: Path) -> None:
    """A damaged store is kept for a look (`….damaged`) and never read again."""
    try:
        os.replace(path, path.with_name(path.name + ".damaged"))
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    except OSError:
        pass
