"""The report's parameters and contents: what the notebook calls, cell by cell.

Every fragment is escaped HTML: article text is data and is never interpreted as markup.
"""

from __future__ import annotations

import base64
import io
import re
from dataclasses import dataclass
from functools import cached_property
from html import escape
from typing import Any

import matplotlib.pyplot as plt

from .articles import Article
from .corpus import Collection, collect, conflict_groups, same_event_groups
from .dates import format_date, format_range
from .extract import EVENT_TYPES, TYPE_LABELS, Event, span
from .params import Parameters, parse_parameters
from .timeline import plot_timeline


class Html(str):
    """A fragment of escaped HTML that Jupyter displays as HTML. `metadata`, when set, is
    stored with the cell's output, where the nbconvert template reads it."""

    metadata: dict[str, str] | None = None

    def _repr_html_(self) -> str | tuple[str, dict[str, Any]]:
        if self.metadata:
            return str(self), {"parley": self.metadata}
        return str(self)


AUTHOR = "Parley"
# An ISO date closing a round's outcome, as rounds.py writes it: "… (2025-06-20)".
_ISO_SUFFIX = re.compile(r"\((\d{4}(?:-\d{2}){0,2})\)$")


@dataclass
class Report(Collection):
    """The collected data and the parameters it was selected by, as the notebook shows it."""

    params: Parameters

    # -- fragments, cell by cell -----------------------------------------------------------
    @cached_property
    def entries(self) -> list[list[Event]]:
        """Timeline entries: the same event reported by several articles is one entry."""
        return same_event_groups(self.events)

    @cached_property
    def conflicts(self) -> list[list[Event]]:
        return conflict_groups(self.events)

    def title_block(self) -> Html:
        """Title, then the as-of date and the corpus in one line. It also carries the
        document's metadata to the template (see `document_metadata`)."""
        as_of = f"<span class='as-of'>{escape(self._as_of_text())}</span>"
        facts = [self._corpus_text(), self._when_text(), self._window_text()]
        items = as_of + "".join(f"<span>{escape(f)}</span>" for f in facts if f)
        block = Html(
            f'<header class="title-block"><h1>{escape(self.params.title)}</h1><p class="facts">{items}</p></header>'
        )
        block.metadata = self.document_metadata()
        return block

    def document_metadata(self) -> dict[str, str]:
        """Title, author, subject, keywords and dates for the HTML head and the PDF's document
        information. Both dates are the as-of date, so a re-render gives the same file."""
        kinds = [
            TYPE_LABELS[t] for t in EVENT_TYPES if t != "other" and any(e.type == t for e in self.events)
        ]
        return {
            "title": self.params.title,
            "author": AUTHOR,
            "description": f"Timeline, negotiation rounds and sourced events from {self._corpus_text()}."
            f" {self._when_text()}. {self._as_of_text()}.",
            "keywords": ", ".join(kinds + sorted({r.series for r in self.rounds})),
            "created": self.as_of.isoformat(),
            "modified": self.as_of.isoformat(),
        }

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
        shared = [g for g in self.entries if len(g) > 1]
        if shared:
            points.append(
                f"{len(shared)} event{'s' * (len(shared) != 1)} reported by more than one article,"
                " shown once with every source."
            )
        if self.conflicts:
            listed = "; ".join(
                f"{TYPE_LABELS[group[0].type]}: "
                + " vs ".join(f"{format_date(e.date, e.precision, e.end_date)} ({e.article})" for e in group)
                for group in self.conflicts
            )
            points.append(
                f"{len(self.conflicts)} date conflict{'s' * (len(self.conflicts) != 1)} between articles,"
                f" kept and flagged in the events table — {listed}."
            )
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
        if self.corrected:
            n = len(self.corrected)
            points.append(
                f"{n} analyst correction{'s' * (n != 1)} applied; corrected events and rounds are"
                " marked “corrected”, and the method note lists every correction."
            )
        items = "".join(f"<li>{escape(p)}</li>" for p in points)
        items += "".join(f"<li class='warning'>{escape(w)}</li>" for w in self._warning_lines())
        return Html(f"<ul class='summary'>{items}</ul>")

    def timeline(self) -> Html:
        # One mark per entry; a date some source states in full wins over an inferred one.
        plotted = plot_timeline([min(group, key=lambda e: e.inferred) for group in self.entries])
        parts: list[str] = []
        if plotted is None:
            parts.append("<p class='empty'>No dated events to plot.</p>")
        else:
            fig, unlabelled = plotted
            buffer = io.StringIO()
            # A fixed salt and no date: the same inputs give the same SVG, byte for byte.
            with plt.rc_context({"svg.hashsalt": "parley"}):
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
            number = "?" if r.round is None else str(r.round)
            implied = "<span class='how'>implied</span>" if r.round_inferred else ""
            date = format_date(r.date, r.precision, r.end_date) if r.date else "not stated"
            quotes = "".join(f"<q>{escape(s)}</q>" for s in r.evidence)
            note = f"<span class='round-note'>{escape(r.note)}</span>" if r.note else ""
            note += "".join(f"<span class='corrected'>Corrected: {escape(c)}</span>" for c in r.corrections)
            rows.append(
                "<tr>"
                f"<td>{escape(r.series)}</td><td class='num'>{escape(number)}{implied}</td>"
                f"<td class='date'>{escape(date)}</td><td>{_list(r.topics)}</td>"
                f"<td>{_list([_reader_dates(o) for o in r.outcomes])}</td>"
                f"<td>{note}{quotes}<span class='src'>{escape(', '.join(r.sources))}</span></td>"
                "</tr>"
            )
        head = _head("Series", "Round:num", "Date:date", "Topics", "Outcomes", "Source")
        return Html(f"<table class='rounds'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")

    def events_table(self) -> Html:
        if not self.events:
            return Html("<p class='empty'>No events found.</p>")
        in_conflict = {id(e): group for group in self.conflicts for e in group}
        rows = []
        for group in sorted(self.entries, key=lambda g: (g[0].date is None, g[0].date or "", g[0].start)):
            first = min(group, key=lambda e: e.inferred)
            quotes = "".join(self._quote(e, named=len(group) > 1) for e in group)
            flags = "".join(self._conflict_note(e, in_conflict[id(e)]) for e in group if id(e) in in_conflict)
            attributions = list(dict.fromkeys(e.attribution for e in group if e.attribution))
            articles = dict.fromkeys(a for e in group for a in [e.article, *(m.article for m in e.merged)])
            rows.append(
                "<tr>"
                f"<td class='date'>{escape(format_date(first.date, first.precision, first.end_date))}</td>"
                f"<td>{escape(TYPE_LABELS[first.type])}</td>"
                f"<td><strong>{escape(first.summary)}</strong>{quotes}{flags}</td>"
                f"<td>{escape('; '.join(attributions) or '—')}</td>"
                f"<td class='src'>{'<br>'.join(escape(a) for a in articles)}</td>"
                "</tr>"
            )
        head = _head("Date:date", "Type", "Event and source sentence", "Attribution", "Article")
        return Html(f"<table class='events'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")

    def _quote(self, event: Event, named: bool) -> str:
        context = f"<q class='context'>{escape(event.context)}</q>" if event.context else ""
        source = f"{escape(event.article)}: " if named else ""
        corrected = (
            f"<span class='corrected'>Corrected: {escape(event.correction)}</span>"
            if event.correction
            else ""
        )
        # Statements an analyst merged into this one keep their sentence, article and date.
        merged = "".join(
            f"<q>{escape(m.sentence)}</q><span class='how'>{escape(m.article)},"
            f" {escape(format_date(m.date, m.precision, m.end_date))}</span>"
            for m in event.merged
        )
        return (
            f"{corrected}{context}<q>{escape(event.sentence)}</q>{merged}"
            f"<span class='how'>{source}Dated: {escape(self._how(event))}</span>"
        )

    @staticmethod
    def _conflict_note(event: Event, group: list[Event]) -> str:
        others = "; ".join(
            f"{e.article} dates it {format_date(e.date, e.precision, e.end_date)}"
            for e in group
            if e is not event
        )
        return f"<span class='conflict'>Conflict: {escape(others)}.</span>"

    def sources(self) -> Html:
        rows = []
        for a in self.articles:
            # Only an http(s) URL is a link; any other (javascript:, data:) is shown as text.
            url = (
                f"<a href='{escape(a.link)}'>{escape(a.link)}</a>"
                if a.link
                else escape(a.url or "not stated")
            )
            published = format_date(a.published.isoformat()) if a.published else "not stated"
            count = sum(e.article == a.id or any(m.article == a.id for m in e.merged) for e in self.events)
            rows.append(
                f"<tr><td>{escape(a.title)}<span class='src'>{escape(a.id)}</span></td><td>{escape(a.outlet or 'not stated')}</td>"
                f"<td class='date'>{escape(published)}</td><td class='url'>{url}</td><td class='num'>{count}</td></tr>"
            )
        head = _head("Title", "Outlet", "Published:date", "URL", "Events:num")
        return Html(f"<table class='sources'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")

    def method(self) -> Html:
        notes = [
            "Events are read from the article text sentence by sentence; each row quotes the sentence"
            " it comes from, verbatim, and names the article.",
            "Dates resolve against each article's publication date (or its dateline, when the front"
            " matter gives none). Relative expressions (“later that day”, “the next day”, “three"
            " years later, to the day”) count from the date mentioned just before them; “yesterday”,"
            " “two weeks ago”, “at the weekend” or a bare weekday count from the publication date,"
            " forward or back by the tense of their clause. A sentence with two dates gives two events.",
            "An article without a publication date gets its year from evidence in its text: a weekday"
            " paired with a date fixes the year among those from 2014 (or later, when the text says so)"
            " to the as-of date. When no year can be found, the event stays undated.",
            "Week, month and year precision are drawn as spans on the timeline, never as an exact day."
            " Undated events are listed, not plotted.",
            "The same event reported by several articles (same type, dates and precision) is one"
            " entry with every source. Events of one type that different articles date up to a week"
            " apart (or on the same day of different years) are flagged as conflicts; both dates are"
            " kept.",
            "Negotiation rounds are grouped into series by venue (stated, named with the round, or"
            " the article's only venue) and never merged across series. A round implied by a later one"
            " (“the second round”) gets a row with no invented details. Outcomes are exchanges and"
            " agreements that the same article reports after the round and ties to the talks.",
        ]
        for article_id, inference in self.inferences.items():
            if inference:
                notes.append(f"“{article_id}”: year {inference.year} — {inference.reason}.")
        source = self.params.corrections or "no corrections file"
        notes.append(
            f"Analyst corrections ({source}) are applied after extraction, matched by article and"
            " sentence, never by position, so they survive re-extraction; the articles stay as received."
            + (
                " Applied: " + " ".join(f"{c}." for c in self.corrected)
                if self.corrected
                else " None applied."
            )
        )
        items = "".join(f"<li>{escape(n)}</li>" for n in notes)
        items += "".join(f"<li class='warning'>{escape(w)}</li>" for w in self._warning_lines())
        return Html(f"<ul class='method'>{items}</ul>")

    # -- helpers ---------------------------------------------------------------------------
    def _warning_lines(self) -> list[str]:
        return [f"Correction not applied — {w}" for w in self.correction_warnings]

    def _how(self, event: Event) -> str:
        inference = self.inferences.get(event.article)
        if inference and inference.reason in event.resolution:
            return event.resolution.replace(inference.reason, "see the method note")
        return event.resolution

    def _as_of_text(self) -> str:
        return f"As of {format_date(self.as_of.isoformat())}"

    def _corpus_text(self) -> str:
        """The corpus in a short phrase, to keep the title block's facts on one line:
        "2 articles from Meduza and TASS", "4 articles, 3 outlets" (the sources table names them)."""
        n = len(self.articles)
        articles = f"{n} article{'s' * (n != 1)}"
        outlets = sorted({a.outlet for a in self.articles if a.outlet})
        if not outlets:
            return f"{articles}, outlet not stated"
        named = " and ".join(outlets)
        if all(a.outlet for a in self.articles) and len(outlets) <= 2 and len(named) <= 40:
            return f"{articles} from {named}"
        return f"{articles}, {len(outlets)} outlet{'s' * (len(outlets) != 1)}"

    def _when_text(self) -> str:
        days = self._date_span()
        return f"Events dated {days}" if days else "No dated events"

    def _date_span(self) -> str:
        """First to last day of the dated events: "2–20 June 2025"; empty when none is dated."""
        dated = [span(e) for e in self.events if e.date]
        return format_range(min(d[0] for d in dated), max(d[1] for d in dated)) if dated else ""

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
        """What the chart shows, in words: its span, its lanes, then every event in date order."""
        dated = sorted((e for e in self.events if e.date), key=lambda e: (e.date or "", e.type))
        lanes = [TYPE_LABELS[t] for t in EVENT_TYPES if any(e.type == t for e in dated)]
        listed = "; ".join(
            f"{format_date(e.date, e.precision, e.end_date)}, {TYPE_LABELS[e.type].lower()}: {e.title}"
            for e in dated
        )
        inferred = sum(e.inferred for e in dated)
        return (
            f"Timeline chart of {len(dated)} dated event{'s' * (len(dated) != 1)}, {self._date_span()},"
            f" one lane per type ({', '.join(lanes)}). In date order: {listed}."
            + (f" Open markers show the {inferred} dates that are inferred, not stated." if inferred else "")
        )


def _head(*columns: str) -> str:
    """A header row from "Name" or "Name:class"; the class aligns a heading with its column."""
    cells = []
    for column in columns:
        name, _, kind = column.partition(":")
        cells.append(f"<th class='{kind}'>{name}</th>" if kind else f"<th>{name}</th>")
    return f"<tr>{''.join(cells)}</tr>"


def _reader_dates(outcome: str) -> str:
    return _ISO_SUFFIX.sub(lambda m: f"({format_date(m[1])})", outcome)


def _list(items: list[str]) -> str:
    if not items:
        return "<span class='none'>none stated</span>"
    return "<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>"


def build_report(**values: Any) -> Report:
    """Load, extract and summarise: everything the report notebook shows."""
    params = parse_parameters(values)
    return Report(**vars(collect(params)), params=params)
