"""Exports for publishing elsewhere: the timeline as TimelineJS JSON."""

from __future__ import annotations

from html import escape
from typing import Any

from .articles import Article
from .extract import TYPE_LABELS, Event
from .report import format_date


def _timeline_date(iso: str, precision: str | None) -> dict[str, str]:
    # TimelineJS shows what it is given: no day for a month, no month for a year.
    keys = {"year": 1, "month": 2}.get(precision or "day", 3)
    return dict(zip(("year", "month", "day"), (str(int(p)) for p in iso.split("-")[:keys]), strict=False))


def timelinejs(events: list[Event], articles: list[Article], title: str | None = None) -> dict[str, Any]:
    """A TimelineJS document (https://timeline.knightlab.com/docs/json-format.html) of the dated
    events; undated ones cannot be placed and are left out. Text is escaped: TimelineJS reads HTML."""
    by_id = {a.id: a for a in articles}
    slides: list[dict[str, Any]] = []
    for e in (e for e in events if e.date):
        article = by_id.get(e.article)
        outlet = f" ({article.outlet or 'outlet not stated'})" if article else ""
        source = f"{article.title if article else e.article}{outlet}, article {e.article}"
        slide: dict[str, Any] = {
            "start_date": _timeline_date(e.date or "", e.precision),
            "text": {
                "headline": escape(e.title),
                "text": f"<blockquote>{escape(e.sentence)}</blockquote><p>{escape(source)}</p>",
            },
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
