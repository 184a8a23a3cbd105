"""The HTML's interactive timeline: the data vis-timeline (inlined by the report's template) reads,
and the element that holds it. No plotting here: a render computes the data in its collecting
process, on the core the kernel leaves free while it runs the report's cells (see render/run.py),
and the kernel takes it rather than computing it again."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from html import escape

from parley.articles.load import Article
from parley.events.consolidate import EventRecord
from parley.mentions.dates import format_date
from parley.mentions.extract import EVENT_TYPES, TYPE_LABELS, Event, span
from parley.report.focus import focus

HOVER_QUOTES = 2  # sentences in the interactive timeline's tooltip, which has room for more
INTERACTIVE_LABELLED = 200  # marks of the interactive timeline that still get a label


def source_name(article: Article) -> str:
    return f"“{article.title}” ({article.outlet or 'outlet not stated'})"


def timeline_data(
    events: Sequence[EventRecord], context: Sequence[Event], articles: Sequence[Article]
) -> str:
    """The timeline's data, as JSON ready to sit inside a <script> element; "" when no event is
    dated. Every text is escaped: vis-timeline shows content and tooltips as HTML."""
    dated = [e for e in events if e.date]
    if not dated:
        return ""
    by_id = {a.id: a for a in articles}

    def source_of(article_id: str) -> str:
        article = by_id.get(article_id)
        return f"{source_name(article)}, article {article_id}" if article else article_id

    items = []
    for e in dated:
        start, end = span(e)
        quotes = "".join(
            f"<blockquote>{escape(m.sentence)}</blockquote><p class='src'>{escape(source_of(m.article))}</p>"
            for m in e.mentions[:HOVER_QUOTES]
        )
        if len(e.mentions) > HOVER_QUOTES:
            quotes += f"<p class='src'>… and {len(e.mentions) - HOVER_QUOTES} more mentions.</p>"
        status = f" ({e.status})" if e.status and e.status != "done" else ""
        item = {
            "id": e.id,
            "group": e.type,
            "content": escape(e.title),
            "start": start.isoformat(),
            "type": "point" if start == end else "range",
            "className": f"{e.type}{' inferred' if e.inferred else ''}",
            "title": f"<strong>{escape(format_date(e.date, e.precision, e.end_date))}"
            f" · {escape(TYPE_LABELS[e.type])}{escape(status)}</strong><br>{escape(e.title)}{quotes}",
        }
        if start != end:
            item["end"] = (end + dt.timedelta(days=1)).isoformat()  # vis-timeline's end is exclusive
        items.append(item)
    for i, m in enumerate(context):
        items.append(
            {
                "id": f"context-{i}",
                "group": "context",
                "content": "",  # dots only: their sentences show on hover, without crowding the lane
                "start": span(m)[0].isoformat(),
                "type": "point",
                "className": "context",
                "title": f"<strong>{escape(format_date(m.date, m.precision, m.end_date))} · Context</strong>"
                f"<blockquote>{escape(m.sentence)}</blockquote><p class='src'>{escape(source_of(m.article))}</p>",
            }
        )
    # Past a few hundred marks, labels would stack into a tower: dots in one row per lane,
    # each read on hover.
    dense = len(items) > INTERACTIVE_LABELLED
    if dense:
        for item in items:
            item["content"] = ""
    kinds = [t for t in EVENT_TYPES if any(i["group"] == t for i in items)]
    groups = [{"id": t, "content": TYPE_LABELS[t]} for t in kinds]
    if any(i["group"] == "context" for i in items):
        groups.append({"id": "context", "content": "Context"})
    whole = [span(e) for e in dated]
    detail = focus(sorted(dated, key=lambda e: (span(e), e.type)))  # the static chart's detail
    pad = dt.timedelta(days=30)
    data = {
        "items": items,
        "groups": groups,
        "stack": not dense,
        "start": (detail[0] - dt.timedelta(days=3)).isoformat(),
        "end": (detail[1] + dt.timedelta(days=4)).isoformat(),
        "min": (min(d[0] for d in whole) - pad).isoformat(),
        "max": (max(d[1] for d in whole) + pad).isoformat(),
    }
    # Inside <script>, "</" could close the element early: JSON allows "<\/" for it.
    return json.dumps(data, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")


def timeline_html(payload: str) -> str:
    """The interactive timeline's element, holding its data."""
    buttons = "".join(
        f"<button type='button' data-zoom='{z}'>{label}</button>"
        for z, label in (
            ("in", "Zoom in"),
            ("out", "Zoom out"),
            ("detail", "Busiest stretch"),
            ("all", "Everything"),
        )
    )
    return (
        "<div class='parley-timeline' role='figure' aria-label='Interactive timeline'>"
        f"<div class='timeline-tools'>{buttons}<span>Ctrl + scroll or the buttons zoom; drag to"
        " pan; hover over an event for its sentence and source.</span></div>"
        f"<div class='parley-timeline-chart'></div><script type='application/json'>{payload}</script></div>"
    )
