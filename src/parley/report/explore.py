"""Exploring the corpus before publishing: what notebooks/explore.ipynb calls, cell by cell.

Events as a table (filtered by type, date window and article), one article read with its date
mentions highlighted and their resolutions, the timeline for a window, and what needs a second
look: inferred dates, undated events and dates that articles disagree on. Article text is data:
everything returned as HTML is escaped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from pandas.io.formats.style import Styler

from parley.articles.load import Article
from parley.errors import ParleyError
from parley.events.consolidate import EventRecord
from parley.mentions.dates import find_mentions
from parley.mentions.extract import TYPE_LABELS, Event, in_window
from parley.report.params import parse_parameters
from parley.report.sections import Html, Report
from parley.report.timeline import plot_timeline

# The events table: what an analyst reads first, then where it comes from.
EVENT_COLUMNS = [
    "day",
    "date",
    "end_date",
    "precision",
    "type",
    "class",
    "reason",
    "event",
    "title",
    "sentence",
    "article",
    "resolution",
    "inferred",
    "attribution",
    "location",
    "start",
    "end",
]
MENTION_COLUMNS = ["mention", "offset", "date", "precision", "inferred", "type", "event", "resolution"]
CONFLICT_COLUMNS = ["event", "type", "date", "end_date", "title", "articles", "conflicts"]
NOT_AN_EVENT = "no event is recorded from this mention (it names an event dated elsewhere)"


def _names(value: str | Iterable[str] | None) -> set[str] | None:
    if value is None:
        return None
    return {value} if isinstance(value, str) else set(value)


def filter_events(
    events: Sequence[Event],
    *,
    types: str | Iterable[str] | None = None,
    start: dt.date | str | None = None,
    end: dt.date | str | None = None,
    article: str | Iterable[str] | None = None,
    undated: bool = True,
) -> list[Event]:
    """The events of the given types and articles (ids) that may fall in the window [start, end].

    An event is in the window when the days its precision allows (a week, a month...) meet it.
    Undated events are kept, as in the report, since nothing places them outside the window;
    `undated=False` drops them. Unknown types or a window that ends before it starts are errors.
    """
    # The same checks, and the same messages, as the notebook's parameters.
    checked = parse_parameters({"start": start, "end": end, "types": _listed(types)})
    ids = _names(article)
    return [
        event
        for event in events
        if (checked.types is None or event.type in checked.types)
        and (ids is None or event.article in ids)
        and (undated if event.date is None else in_window(event, checked.start, checked.end))
    ]


def _listed(value: str | Iterable[str] | None) -> str | list[str] | None:
    return value if value is None or isinstance(value, str) else list(value)


def events_frame(events: Sequence[Event]) -> pd.DataFrame:
    """One row per event, in date order (undated last); `day` is the first day it may fall on."""
    frame = pd.DataFrame(
        [e.model_dump(by_alias=True) for e in events], columns=[c for c in EVENT_COLUMNS if c != "day"]
    )
    frame.insert(0, "day", pd.to_datetime(pd.Series([e.day for e in events], dtype="object")))
    return frame.sort_values(["day", "article", "start"], na_position="last", kind="stable").reset_index(
        drop=True
    )


def table(frame: pd.DataFrame, sort_by: str | list[str] | None = None, ascending: bool = True) -> Styler:
    """The frame sorted by `sort_by` (column names; None keeps its order), styled to read: text
    escaped and wrapped, dates as YYYY-MM-DD, no index."""
    ordered = frame
    if sort_by is not None:
        ordered = frame.sort_values(sort_by, ascending=ascending, na_position="last", kind="stable")
    dates = {c: _day_text for c in ordered.columns if pd.api.types.is_datetime64_any_dtype(ordered[c])}
    return (
        ordered.style.format(dates, escape="html", na_rep="—")  # type: ignore[arg-type]
        .hide(axis="index")
        .set_properties(**{"text-align": "left", "vertical-align": "top", "white-space": "normal"})
        .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}])
    )


def _day_text(value: Any) -> str:
    return "—" if pd.isna(value) else f"{value:%Y-%m-%d}"


def corpus_frame(report: Report) -> pd.DataFrame:
    """One row per article: where it comes from, how it is dated, how many events it gave."""
    rows = []
    for a in report.articles:
        inference = report.inferences.get(a.id)
        rows.append(
            {
                "article": a.id,
                "title": a.title,
                "outlet": a.outlet,
                "published": a.published.isoformat() if a.published else None,
                "year inferred": inference.year if inference else None,
                "how": inference.reason if inference else None,
                "mentions": sum(m.article == a.id for m in report.mentions),
            }
        )
    columns = ["article", "title", "outlet", "published", "year inferred", "how", "mentions"]
    return pd.DataFrame(rows, columns=columns).astype({"year inferred": "Int64"})


def find_article(articles: Sequence[Article], article_id: str | None = None) -> Article:
    """The article with this id (its file stem); the first one when no id is given."""
    if not articles:
        raise ParleyError("the corpus holds no articles")
    if article_id is None:
        return articles[0]
    for article in articles:
        if article.id == article_id:
            return article
    raise ParleyError(f"no article '{article_id}' (known: {', '.join(a.id for a in articles)})")


def _mentions(article: Article, events: Sequence[Event]) -> list[tuple[int, int, Event | None]]:
    """(start, end, event) of each date mention in the article's event sentences, in reading
    order, offsets into the body. The event is the one resolved from that mention, if any."""
    sentences: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        if event.article == article.id:
            sentences.setdefault((event.start, event.end), []).append(event)
    found: list[tuple[int, int, Event | None]] = []
    for (start, end), own in sorted(sentences.items()):
        unused = list(own)
        for m in find_mentions(article.body[start:end]):
            # Every resolution begins with the mention it resolved, quoted.
            quoted = f"'{m.text.strip()}'"
            event = next((e for e in unused if e.resolution.startswith(quoted)), None)
            if event is not None:
                unused.remove(event)
            found.append((start + m.start, start + m.end, event))
    return found


def _title(event: Event | None) -> str:
    if event is None:
        return NOT_AN_EVENT
    return f"{event.date or 'undated'} — {event.resolution}"


def article_html(article: Article, events: Sequence[Event]) -> Html:
    """The article, escaped, with each date mention of its event sentences in a
    <mark title="date — resolution"> and each event sentence underlined (its events on hover)."""
    body = article.body
    by_sentence: dict[tuple[int, int], list[Event]] = {}
    for event in events:
        if event.article == article.id:
            by_sentence.setdefault((event.start, event.end), []).append(event)
    marks = _mentions(article, events)
    parts: list[str] = []
    cursor = 0
    for (start, end), own in sorted(by_sentence.items()):
        parts.append(escape(body[cursor:start]))
        what = "; ".join(f"{TYPE_LABELS[e.type]}: {e.title}" for e in own)
        inner: list[str] = []
        at = start
        for m_start, m_end, event in marks:
            if start <= m_start < end:
                inner.append(escape(body[at:m_start]))
                inner.append(f'<mark title="{escape(_title(event))}">{escape(body[m_start:m_end])}</mark>')
                at = m_end
        inner.append(escape(body[at:end]))
        parts.append(
            f'<span class="event" title="{escape(what)}" style="text-decoration: underline dotted">'
            f"{''.join(inner)}</span>"
        )
        cursor = end
    parts.append(escape(body[cursor:]))
    facts = [
        f"published {article.published.isoformat()}" if article.published else "no publication date",
        article.outlet or "outlet not stated",
        f"{len(by_sentence)} event sentence{'s' * (len(by_sentence) != 1)}, {len(marks)} date mention{'s' * (len(marks) != 1)}",
    ]
    return Html(
        f'<article class="parley-article"><h3>{escape(article.title)}</h3>'
        f"<p><small>{escape(article.id)} · {escape(' · '.join(facts))}</small></p>"
        f'<div style="white-space: pre-wrap">{"".join(parts)}</div></article>'
    )


def mentions_frame(article: Article, events: Sequence[Event]) -> pd.DataFrame:
    """The date mentions highlighted by `article_html`, one row each, with their resolutions."""
    rows = [
        {
            "mention": article.body[start:end],
            "offset": start,
            "date": event.date if event else None,
            "precision": event.precision if event else None,
            "inferred": event.inferred if event else None,
            "type": event.type if event else None,
            "event": event.title if event else None,
            "resolution": event.resolution if event else NOT_AN_EVENT,
        }
        for start, end, event in _mentions(article, events)
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def timeline_figure(events: Sequence[Event]) -> Figure | Html:
    """The timeline of these events (closed, so Jupyter shows it once), or a note when none has
    a date."""
    chart = plot_timeline(list(events))
    if chart is None:
        return Html("<p>No dated events to plot.</p>")
    plt.close(chart.figure)
    return chart.figure


def inferred(events: Sequence[Event]) -> pd.DataFrame:
    """The events whose date is inferred rather than stated in full, and how."""
    frame = events_frame(events)
    return frame.loc[
        frame["inferred"], ["day", "date", "type", "title", "resolution", "article"]
    ].reset_index(drop=True)


def undated(events: Sequence[Event]) -> pd.DataFrame:
    """The events the text gives no date for, with why."""
    frame = events_frame(events)
    return frame.loc[
        frame["date"].isna(), ["type", "title", "sentence", "resolution", "article"]
    ].reset_index(drop=True)


def conflicts(events: Sequence[EventRecord]) -> pd.DataFrame:
    """The events that articles date differently (the same day of different years), one row
    each, with what the other articles say."""
    rows = [
        {
            "event": e.id,
            "type": e.type,
            "date": e.date,
            "end_date": e.end_date,
            "title": e.title,
            "articles": ", ".join(e.articles),
            "conflicts": "; ".join(e.conflicts),
        }
        for e in events
        if e.conflicts
    ]
    return pd.DataFrame(rows, columns=CONFLICT_COLUMNS)
