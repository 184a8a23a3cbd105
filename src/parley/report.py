"""The report's parameters and contents: what the notebook calls, cell by cell.

Every fragment is escaped HTML: article text is data and is never interpreted as markup.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Annotated, Any

import matplotlib.pyplot as plt
import pandas as pd
from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, model_validator

from .articles import Article, load_corpus
from .config import DEFAULT_TITLE, ROOT
from .dates import YearInference
from .errors import ParleyError
from .extract import TYPE_LABELS, Event, extract_article
from .rounds import Round, build_rounds
from .timeline import plot_timeline, span


def _iso_date(value: Any) -> Any:
    # Only real dates or YYYY-MM-DD text: pydantic would otherwise read 20250601 as a timestamp.
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD)")


IsoDate = Annotated[dt.date | None, BeforeValidator(_iso_date)]


class Parameters(BaseModel):
    """The report's parameters; the notebook's `parameters` cell mirrors these defaults."""

    model_config = ConfigDict(extra="forbid", strict=False)

    articles: str = "data/articles"
    start: IsoDate = None
    end: IsoDate = None
    title: str = DEFAULT_TITLE
    as_of: IsoDate = None

    @model_validator(mode="after")
    def _window(self) -> Parameters:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")
        return self


def parse_parameters(values: dict[str, Any], source: str = "parameter") -> Parameters:
    """Validated parameters, or a one-line ParleyError naming the parameter and the problem."""
    known = list(Parameters.model_fields)
    for name in values:
        if name not in known:
            raise ParleyError(f"unknown {source} '{name}' (known: {', '.join(known)})")
    for name in ("articles", "title"):
        if name in values and not isinstance(values[name], str):
            raise ParleyError(f"{source} '{name}' must be text, not {values[name]!r}")
    try:
        return Parameters.model_validate(values)
    except ValidationError as err:
        first = err.errors()[0]
        name = ".".join(str(p) for p in first["loc"])
        message = str(first.get("ctx", {}).get("error") or first["msg"]).removeprefix("Value error, ")
        # The window check spans two fields; it reads best reported against `start`.
        raise ParleyError(f"{source} '{name or 'start'}': {message}") from None


class Html(str):
    """A fragment of escaped HTML that Jupyter displays as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


def format_date(date: str | None, precision: str | None = "day", end: str | None = None) -> str:
    """A date as readers read it: "20 June 2025", "June 2025", "19–20 June 2025"."""
    if date is None:
        return "undated"
    parts = [int(p) for p in date.split("-")]
    if precision == "year" or len(parts) == 1:
        return str(parts[0])
    if precision == "month" or len(parts) == 2:
        return f"{dt.date(parts[0], parts[1], 1):%B %Y}"
    day = dt.date(*parts)
    text = f"{day.day} {day:%B %Y}"
    if end:
        last = dt.date.fromisoformat(end)
        first = f"{day.day}" if (last.year, last.month) == (day.year, day.month) else f"{day.day} {day:%B}"
        text = f"{first}–{last.day} {last:%B %Y}"
    return f"week of {text}" if precision == "week" else text


@dataclass
class Report:
    params: Parameters
    as_of: dt.date
    articles: list[Article]
    events: list[Event]
    rounds: list[Round]
    inferences: dict[str, YearInference | None]

    # -- data, for exploration and tests -------------------------------------------------
    def events_frame(self) -> pd.DataFrame:
        frame = pd.DataFrame([e.model_dump() for e in self.events], columns=list(Event.model_fields))
        # `date` keeps its stated precision as text; `day` is the real date to sort and filter by.
        return frame.assign(day=pd.to_datetime([e.day for e in self.events]))

    def rounds_frame(self) -> pd.DataFrame:
        return pd.DataFrame([r.model_dump() for r in self.rounds], columns=list(Round.model_fields))

    # -- fragments, cell by cell -----------------------------------------------------------
    def title_block(self) -> Html:
        outlets = sorted({a.outlet for a in self.articles if a.outlet})
        dated = [span(e) for e in self.events if e.date]
        when = (
            f"{format_date(min(d[0] for d in dated).isoformat())} – {format_date(max(d[1] for d in dated).isoformat())}"
            if dated
            else "no dated events"
        )
        n = len(self.articles)
        facts = [
            f"As of {format_date(self.as_of.isoformat())}",
            f"Corpus: {n} article{'s' * (n != 1)}",
            f"Outlets: {', '.join(outlets) if outlets else 'not stated'}",
            f"Events dated {when}",
        ]
        window = self._window_text()
        if window:
            facts.append(window)
        items = "".join(f"<span>{escape(f)}</span>" for f in facts)
        return Html(
            f'<header class="title-block"><h1>{escape(self.params.title)}</h1><p class="facts">{items}</p></header>'
        )

    def summary(self) -> Html:
        dated = [e for e in self.events if e.date]
        undated = len(self.events) - len(dated)
        exchanges = [e for e in dated if e.type == "prisoner_exchange"]
        implied = sum(r.round_inferred for r in self.rounds)
        series = sorted({r.series for r in self.rounds})
        n = len(self.articles)
        points = [
            f"{len(self.events)} events from {n} article{'s' * (n != 1)}: {len(dated)} dated"
            f" and shown on the timeline, {undated} undated and listed under it.",
        ]
        if self.rounds:
            points.append(
                f"{len(self.rounds)} negotiation round{'s' * (len(self.rounds) != 1)}"
                f" ({', '.join(series)})" + (f", {implied} known only by implication." if implied else ".")
            )
        else:
            points.append("No negotiation rounds are mentioned.")
        if exchanges:
            when = ", ".join(format_date(e.date, e.precision, e.end_date) for e in exchanges)
            points.append(f"{len(exchanges)} prisoner exchange{'s' * (len(exchanges) != 1)}: {when}.")
        inferred = [e for e in dated if e.inferred]
        if inferred:
            points.append(
                f"{len(inferred)} of {len(dated)} dates are inferred rather than stated in full;"
                " each says how, and the method note explains the years."
            )
        for article_id, inference in self.inferences.items():
            if inference:
                points.append(f"Year of “{article_id}”: {inference.year}, inferred — {inference.reason}.")
        if not dated:
            points.append("No event in this corpus carries a date the text gives.")
        return Html("<ul class='summary'>" + "".join(f"<li>{escape(p)}</li>" for p in points) + "</ul>")

    def timeline(self) -> Html:
        plotted = plot_timeline(self.events)
        parts: list[str] = []
        if plotted is None:
            parts.append("<p class='empty'>No dated events to plot.</p>")
        else:
            fig, unlabelled = plotted
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
            plt.close(fig)  # embedded below; Jupyter must not show it a second time
            data = base64.b64encode(buffer.getvalue().encode()).decode()
            alt = self._alt_text()
            caption = (
                "Figure 1. Events by date and type. Sources: "
                + "; ".join(self._source_name(a) for a in self.articles)
                + "."
            )
            parts.append(
                f'<figure class="timeline"><img src="data:image/svg+xml;base64,{data}" alt="{escape(alt)}">'
                f"<figcaption>{escape(caption)}</figcaption></figure>"
            )
            if unlabelled:
                listed = "; ".join(
                    f"{e.title} ({format_date(e.date, e.precision, e.end_date)})" for e in unlabelled
                )
                parts.append(f"<p class='note'>Not labelled for lack of room: {escape(listed)}.</p>")
        undated = [e for e in self.events if not e.date]
        if undated:
            items = "".join(
                f"<li><strong>{escape(TYPE_LABELS[e.type])}:</strong> {escape(e.summary)}"
                f" <span class='src'>({escape(e.article)})</span></li>"
                for e in undated
            )
            parts.append(f"<div class='undated'><h3>Undated events (not plotted)</h3><ul>{items}</ul></div>")
        return Html("".join(parts))

    def rounds_table(self) -> Html:
        if not self.rounds:
            return Html("<p class='empty'>No negotiation rounds are mentioned.</p>")
        rows = []
        for r in self.rounds:
            number = "?" if r.round is None else f"{r.round}" + (" (implied)" if r.round_inferred else "")
            date = format_date(r.date, r.precision, r.end_date) if r.date else "not stated"
            quotes = "".join(f"<q>{escape(s)}</q>" for s in r.evidence)
            rows.append(
                "<tr>"
                f"<td>{escape(r.series)}</td><td class='num'>{escape(number)}</td><td class='date'>{escape(date)}</td>"
                f"<td>{_list(r.topics)}</td><td>{_list(r.outcomes)}</td>"
                f"<td>{escape(r.note or '')}{quotes}<span class='src'>{escape(', '.join(r.sources))}</span></td>"
                "</tr>"
            )
        head = "".join(f"<th>{h}</th>" for h in ("Series", "Round", "Date", "Topics", "Outcomes", "Source"))
        return Html(
            f"<table class='rounds'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def events_table(self) -> Html:
        if not self.events:
            return Html("<p class='empty'>No events found.</p>")
        rows = []
        for e in sorted(self.events, key=lambda e: (e.date is None, e.date or "", e.start)):
            context = f"<q class='context'>{escape(e.context)}</q>" if e.context else ""
            rows.append(
                "<tr>"
                f"<td class='date'>{escape(format_date(e.date, e.precision, e.end_date))}</td>"
                f"<td>{escape(TYPE_LABELS[e.type])}</td>"
                f"<td><strong>{escape(e.summary)}</strong>{context}<q>{escape(e.sentence)}</q>"
                f"<span class='how'>Dated: {escape(self._how(e))}</span></td>"
                f"<td>{escape(e.attribution or '—')}</td>"
                f"<td class='src'>{escape(e.article)}</td>"
                "</tr>"
            )
        head = "".join(
            f"<th>{h}</th>" for h in ("Date", "Type", "Event and source sentence", "Attribution", "Article")
        )
        return Html(
            f"<table class='events'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def sources(self) -> Html:
        rows = []
        for a in self.articles:
            url = f"<a href='{escape(a.url)}'>{escape(a.url)}</a>" if a.url else "not stated"
            published = a.published.isoformat() if a.published else "not stated"
            count = sum(e.article == a.id for e in self.events)
            rows.append(
                f"<tr><td>{escape(a.title)}<span class='src'>{escape(a.id)}</span></td><td>{escape(a.outlet or 'not stated')}</td>"
                f"<td class='date'>{escape(published)}</td><td class='url'>{url}</td><td class='num'>{count}</td></tr>"
            )
        head = "".join(f"<th>{h}</th>" for h in ("Title", "Outlet", "Published", "URL", "Events"))
        return Html(
            f"<table class='sources'><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def method(self) -> Html:
        notes = [
            "Events are read from the article text sentence by sentence; each row quotes the sentence"
            " it comes from, verbatim, and names the article.",
            "Dates resolve against each article's publication date. Relative expressions"
            " (“later that day”, “the next day”) count from the date mentioned just before them;"
            " “yesterday”, “two weeks ago” or a bare weekday count from the publication date.",
            "An article without a publication date gets its year from evidence in its text: a weekday"
            " paired with a date fixes the year among those from 2014 (or later, when the text says so)"
            " to the as-of date. When no year can be found, the event stays undated.",
            "Week, month and year precision are drawn as spans on the timeline, never as an exact day."
            " Undated events are listed, not plotted.",
            "Negotiation rounds are grouped into series by venue. A round implied by a later one"
            " (“the second round”) gets a row with no invented details. Outcomes are exchanges and"
            " agreements that the same article reports after the round and ties to the talks.",
        ]
        for article_id, inference in self.inferences.items():
            if inference:
                notes.append(f"“{article_id}”: year {inference.year} — {inference.reason}.")
        return Html("<ul class='method'>" + "".join(f"<li>{escape(n)}</li>" for n in notes) + "</ul>")

    # -- helpers ---------------------------------------------------------------------------
    def _how(self, event: Event) -> str:
        inference = self.inferences.get(event.article)
        if inference and inference.reason in event.resolution:
            return event.resolution.replace(inference.reason, "see the method note")
        return event.resolution

    def _window_text(self) -> str:
        start, end = self.params.start, self.params.end
        if not (start or end):
            return ""
        first = format_date(start.isoformat()) if start else "the beginning"
        last = format_date(end.isoformat()) if end else "the end"
        return f"Window: {first} to {last}"

    def _source_name(self, article: Article) -> str:
        return f"“{article.title}” ({article.outlet or 'outlet not stated'})"

    def _alt_text(self) -> str:
        dated = [e for e in self.events if e.date]
        listed = "; ".join(f"{format_date(e.date, e.precision, e.end_date)}: {e.title}" for e in dated)
        return f"Timeline of {len(dated)} dated events by type. {listed}."


def _list(items: list[str]) -> str:
    if not items:
        return "<span class='none'>none stated</span>"
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def build_report(**values: Any) -> Report:
    """Load, extract and summarise: everything the report notebook shows."""
    params = parse_parameters(values)
    as_of = params.as_of or dt.date.today()
    source = Path(params.articles)
    articles = load_corpus([source if source.is_absolute() else ROOT / source])
    events: list[Event] = []
    inferences: dict[str, YearInference | None] = {}
    for article in articles:
        found, inferences[article.id] = extract_article(article, as_of)
        events += found
    events = [e for e in events if _in_window(e, params.start, params.end)]
    return Report(params, as_of, articles, events, build_rounds(events, articles), inferences)


def _in_window(event: Event, start: dt.date | None, end: dt.date | None) -> bool:
    if not event.date:
        return True  # undated events are always listed: nothing places them outside
    first, last = span(event)
    return (start is None or last >= start) and (end is None or first <= end)
