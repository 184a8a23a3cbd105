"""Exports for publishing elsewhere: events, their mentions and rounds as CSV and JSON, the
timeline as TimelineJS JSON — written beside each rendered report, and printed by `parley
events|mentions|rounds`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

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


def records_json(records: Sequence[BaseModel]) -> str:
    buffer = io.StringIO()
    _write(records, json_out=buffer)
    return buffer.getvalue()


def records_csv(records: Sequence[BaseModel]) -> str:
    """One row per record; a list in a cell is its items joined by "; ", a mention as its
    article and sentence."""
    buffer = io.StringIO()
    _write(records, csv_out=buffer)
    return buffer.getvalue()


def _write(
    records: Iterable[BaseModel], csv_out: TextIO | None = None, json_out: TextIO | None = None
) -> None:
    """Each record written as it comes, to the CSV and the JSON: a corpus of thousands of
    articles never holds its files in memory. The JSON is what `json.dumps(rows, indent=2)`
    gives (its strings hold no raw newline, so each row is indented line by line)."""
    writer: csv.DictWriter[str] | None = None
    count = 0
    for record in records:
        if csv_out is not None:
            row = record.model_dump(mode="json", by_alias=True)
            if writer is None:
                # Every cell quoted, as OWASP recommends, so no separator inside one can start another.
                writer = csv.DictWriter(
                    csv_out, fieldnames=list(row), lineterminator="\n", quoting=csv.QUOTE_ALL
                )
                writer.writeheader()
            writer.writerow(
                {k: _inert("; ".join(map(_cell, v)) if isinstance(v, list) else v) for k, v in row.items()}
            )
        if json_out is not None:
            # Pydantic's own serialiser writes what json.dumps(indent=2) would, many times faster.
            text = record.model_dump_json(indent=2, by_alias=True).replace("\n", "\n  ")
            json_out.write(("[\n  " if not count else ",\n  ") + text)
        count += 1
    if json_out is not None:
        json_out.write("\n]\n" if count else "[]\n")


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
    for kind in ("events", "mentions", "exchanges", "rounds"):
        with (
            open(folder / f"{name}.{kind}.csv", "w", encoding="utf-8", newline="") as csv_out,
            open(folder / f"{name}.{kind}.json", "w", encoding="utf-8") as json_out,
        ):
            _write(getattr(collection, kind), csv_out, json_out)
    timeline = timelinejs(collection.events, collection.articles, title)
    (folder / f"{name}.timeline.json").write_text(
        json.dumps(timeline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return [folder / f"{name}.{suffix}" for suffix in DATA_FILES]
