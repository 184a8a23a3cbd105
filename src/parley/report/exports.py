"""Exports for publishing elsewhere: events, their mentions and rounds as CSV and JSON, the
timeline as TimelineJS JSON — written beside each rendered report, and printed by `parley
events|mentions|rounds`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

if TYPE_CHECKING:
    from parley.events.corpus import Collection

from parley.articles.load import Article
from parley.config import DATA_FILES
from parley.events.consolidate import EventRecord
from parley.mentions.dates import format_date
from parley.mentions.extract import TYPE_LABELS


def _timeline_date(iso: str, precision: str | None) -> dict[str, str]:
    # TimelineJS shows what it is given: no day for a month, no month for a year.
    keys = {"year": 1, "month": 2}.get(precision or "day", 3)
    return dict(zip(("year", "month", "day"), (str(int(p)) for p in iso.split("-")[:keys]), strict=False))


def timelinejs(
    events: list[EventRecord], articles: list[Article], title: str | None = None
) -> dict[str, Any]:
    """A TimelineJS document (https://timeline.knightlab.com/docs/json-format.html) of the dated
    events, each quoting its mentions; undated ones cannot be placed and are left out. Text is
    escaped: TimelineJS reads HTML."""
    by_id = {a.id: a for a in articles}
    slides: list[dict[str, Any]] = []
    for e in (e for e in events if e.date):
        quotes = ""
        for m in e.mentions:
            article = by_id.get(m.article)
            outlet = f" ({article.outlet or 'outlet not stated'})" if article else ""
            source = f"{article.title if article else m.article}{outlet}, article {m.article}"
            quotes += f"<blockquote>{escape(m.sentence)}</blockquote><p>{escape(source)}</p>"
        slide: dict[str, Any] = {
            "unique_id": e.id,
            "start_date": _timeline_date(e.date or "", e.precision),
            "text": {"headline": escape(e.title), "text": quotes},
            "group": TYPE_LABELS[e.type],
        }
        if e.precision == "week":
            slide["display_date"] = format_date(e.date, e.precision)
        if e.end_date:
            slide["end_date"] = _timeline_date(e.end_date, "day")
        slides.append(slide)
    document: dict[str, Any] = {"events": slides}
    if title:
        document["title"] = {"text": {"headline": escape(title)}}
    return document


def _rows(records: Sequence[BaseModel]) -> list[dict[str, Any]]:
    return [r.model_dump(mode="json", by_alias=True) for r in records]


def records_json(records: Sequence[BaseModel]) -> str:
    return _json(_rows(records))


def _json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def records_csv(records: Sequence[BaseModel]) -> str:
    """One row per record; a list in a cell is its items joined by "; ", a mention as its
    article and sentence."""
    return _csv(_rows(records))


def _csv(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return ""
    buffer = io.StringIO()
    # Every cell quoted, as OWASP recommends, so no separator inside one can start another.
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {k: _inert("; ".join(map(_cell, v)) if isinstance(v, list) else v) for k, v in row.items()}
        )
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, dict) and {"article", "sentence"} <= value.keys():
        return f"{value['article']}: {value['sentence']}"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: Any) -> Any:
    """Text a spreadsheet would run, made inert as OWASP recommends: a leading single quote."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_STARTS) else value


def write_data_files(collection: Collection, folder: Path, name: str, title: str) -> list[Path]:
    """The report's data beside it, so a newsroom can reuse or republish it."""
    texts: dict[str, str] = {}
    for kind in ("events", "mentions", "exchanges", "rounds"):
        rows = _rows(getattr(collection, kind))  # dumped once, for both files
        texts |= {f"{kind}.csv": _csv(rows), f"{kind}.json": _json(rows)}
    texts |= {
        "timeline.json": json.dumps(
            timelinejs(collection.events, collection.articles, title), indent=2, ensure_ascii=False
        )
        + "\n",
    }
    paths = []
    for suffix in DATA_FILES:
        paths.append(folder / f"{name}.{suffix}")
        paths[-1].write_text(texts[suffix], encoding="utf-8")
    return paths
