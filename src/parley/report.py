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
from matplotlib.figure import Figure

from .articles import Article
from .corpus import Collection, collect
from .dates import format_date, format_range
from .events import EventRecord, MentionRef, exchanges_carried_out
from .exchange_chart import charted, plot_exchanges
from .exchanges import SIDE_NAMES, Exchange, totals
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
# Beyond these, an event's mentions and the context are in the data files beside the report.
QUOTES_SHOWN = 3
CONTEXT_SHOWN = 25
# An ISO date closing a round's outcome, as rounds.py writes it: "… (2025-06-20)".
_ISO_SUFFIX = re.compile(r"\((\d{4}(?:-\d{2}){0,2})\)$")


@dataclass
class Report(Collection):
    """The collected data and the parameters it was selected by, as the notebook shows it."""

    params: Parameters

    # -- fragments, cell by cell -----------------------------------------------------------
    @cached_property
    def conflicts(self) -> list[EventRecord]:
        return [e for e in self.events if e.conflicts]

    @cached_property
    def context(self) -> list[Event]:
        """Dated context (the invasion, a battle): listed compactly, never counted or plotted."""
        return [m for m in self.mentions if m.klass == "context"]

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
        exchanges = exchanges_carried_out(self.events)
        # An exchange agreed and then carried out is one exchange (see exchanges.py): not ahead.
        carried_out = {s.sentence for x in self.exchanges for s in x.sources}
        ahead = [
            e
            for e in self.events
            if e.status in ("planned", "agreed", "postponed", "cancelled")
            and not any(m.sentence in carried_out for m in e.mentions)
        ]
        implied = sum(r.round_inferred for r in self.rounds)
        series = sorted({r.series for r in self.rounds})
        n = len(self.articles)
        interest = sum(m.klass == "event" for m in self.mentions)
        points = [
            f"{len(self.events)} event{'s' * (len(self.events) != 1)} from {interest}"
            f" mention{'s' * (interest != 1)} in {n} article{'s' * (n != 1)}: {len(dated)} dated and"
            f" shown on the timeline, {undated} undated and listed under it.",
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
            points.append(
                f"{len(exchanges)} prisoner exchange{'s' * (len(exchanges) != 1)} carried out: {when}."
                f" People returned: {self._totals_text()}."
            )
        if ahead:
            listed = "; ".join(
                f"{TYPE_LABELS[e.type].lower()} {e.status}"
                + (
                    f" {'on' if e.status == 'agreed' else 'for'} {format_date(e.date, e.precision, e.end_date)}"
                    if e.date
                    else ""
                )
                for e in ahead
            )
            points.append(f"Not (yet) carried out: {listed}.")
        shared = [e for e in self.events if len(e.articles) > 1]
        if shared:
            points.append(
                f"{len(shared)} event{'s' * (len(shared) != 1)} reported by more than one article,"
                " shown once with every source."
            )
        if self.conflicts:
            listed = "; ".join(f"{e.title}: {'; '.join(e.conflicts)}" for e in self.conflicts)
            points.append(
                f"{len(self.conflicts)} event{'s' * (len(self.conflicts) != 1)} dated differently by"
                f" different articles, kept and flagged in the events table — {listed}."
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
        if self.context:
            points.append(
                f"{len(self.context)} mention{'s' * (len(self.context) != 1)} of context (the war"
                " around the talks) listed under the timeline, not counted."
            )
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
        plotted = plot_timeline(self.events)
        parts: list[str] = []
        if plotted is None:
            parts.append("<p class='empty'>No dated events to plot.</p>")
        else:
            fig, unlabelled = plotted
            caption = (
                "Figure 1. Events by date and type. Sources: "
                + "; ".join(self._source_name(a) for a in self.articles)
                + "."
            )
            parts.append(_figure(fig, self._alt_text(), caption, "timeline"))
            if unlabelled:
                listed = "; ".join(
                    f"{e.title} ({format_date(e.date, e.precision, e.end_date)})" for e in unlabelled
                )
                parts.append(f"<p class='note'>Not labelled for lack of room: {escape(listed)}.</p>")
        undated = [e for e in self.events if not e.date]
        if undated:
            items = "".join(
                f"<li><strong>{escape(TYPE_LABELS[e.type])}:</strong> {escape(e.summary)}"
                f" <span class='src'>({escape(', '.join(e.articles))})</span></li>"
                for e in undated
            )
            parts.append(f"<div class='undated'><h3>Undated events (not plotted)</h3><ul>{items}</ul></div>")
        if self.context:
            shown = sorted(self.context, key=lambda m: (m.date is None, m.date or ""))[:CONTEXT_SHOWN]
            items = "".join(
                f"<li><span class='date'>{escape(format_date(m.date, m.precision, m.end_date))}</span>"
                f" {escape(m.summary)} <span class='src'>({escape(m.article)})</span></li>"
                for m in shown
            )
            more = len(self.context) - len(shown)
            if more:
                items += f"<li class='more'>… and {more} more in the mentions data beside the report.</li>"
            parts.append(
                f"<div class='context'><h3>Context (not plotted or counted)</h3><ul>{items}</ul></div>"
            )
        return Html("".join(parts))

    def exchanges_section(self) -> Html:
        """The exchanges: a chart of people returned per exchange with the running totals, the
        table with every figure and who claimed it, and what agreements promised against what
        was delivered."""
        if not self.exchanges:
            return Html("<p class='empty'>No prisoner exchanges are mentioned.</p>")
        parts = []
        fig = plot_exchanges(self.exchanges)
        if fig is not None:
            drawn = charted(self.exchanges)
            alt = (
                f"Bar chart of people returned per exchange for {len(drawn)} exchange"
                f"{'s' * (len(drawn) != 1)} carried out ({self._totals_text()}), Ukraine above the axis,"
                " Russia below, with dashed running totals. In date order: "
                + "; ".join(
                    f"{format_date(x.date, x.precision, x.end_date)}: {_count(x.to_ukraine)} to Ukraine,"
                    f" {_count(x.to_russia)} to Russia"
                    for x in drawn
                )
                + "."
            )
            caption = (
                "Figure 2. People returned per exchange (bodies apart; exchanges without a figure or whose"
                " sources disagree are not drawn) and the running totals."
            )
            parts.append(_figure(fig, alt, caption, "exchanges"))
        rows = []
        for x in self.exchanges:
            stages = "".join(
                f"<li>{escape(format_date(s.date))}: {escape(_count(s.to_ukraine))} / {escape(_count(s.to_russia))}</li>"
                for s in x.stages
            )
            figures = "".join(
                f"<li>{'promised ' if f.promised else ''}{f.value:,} to {SIDE_NAMES[f.side]}"
                f" <span class='how'>{escape(f.claimed_by or 'not attributed')}, {escape(f.article)}</span>"
                f"<q>{escape(f.sentence)}</q></li>"
                for f in x.figures
            )
            sources = figures or "".join(
                f"<q>{escape(s.sentence)}</q><span class='src'>{escape(s.article)}</span>"
                for s in x.sources[:3]
            )
            status = f"<span class='how'>{escape(x.status)}</span>" if x.status and x.status != "done" else ""
            flags = "".join(
                f"<span class='conflict'>Sources disagree: {escape(c)}.</span>" for c in x.conflicts
            )
            rows.append(
                "<tr>"
                f"<td class='date'>{escape(format_date(x.date, x.precision, x.end_date))}{status}"
                + (f"<ul class='stages'>{stages}</ul>" if stages else "")
                + f"</td><td class='num'>{escape(_count(x.to_ukraine))}</td>"
                f"<td class='num'>{escape(_count(x.to_russia))}</td>"
                f"<td>{escape(_kind_text(x))}</td>"
                f"<td>{escape(', '.join(x.mediators) or '—')}</td>"
                f"<td>{flags}<ul class='figures'>{sources}</ul></td>"
                "</tr>"
            )
        head = _head("Date:date", "To Ukraine:num", "To Russia:num", "Who", "Mediator", "Figures and sources")
        parts.append(f"<table class='exchanges'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")
        promised = [x for x in self.exchanges if x.promised_to_ukraine or x.promised_to_russia]
        if promised:
            items = "".join(
                f"<li>{escape(format_date(x.date, x.precision, x.end_date))}"
                + (f" (under {escape(x.agreement)})" if x.agreement else "")
                + f": promised {escape(_count(x.promised_to_ukraine))} to Ukraine and"
                f" {escape(_count(x.promised_to_russia))} to Russia; delivered"
                f" {escape(_count(x.to_ukraine))} and {escape(_count(x.to_russia))}.</li>"
                for x in promised
            )
            parts.append(f"<div class='promised'><h3>Promised against delivered</h3><ul>{items}</ul></div>")
        return Html("".join(parts))

    def _totals_text(self) -> str:
        """ "1,195–1,207 to Ukraine (1 exchange without a figure); 1,195 to Russia; 909 bodies to
        Ukraine": the range where sources disagree."""
        parts = []
        for key, (low, high, missing) in totals(self.exchanges).items():
            if not high:
                continue
            side, _, bodies = key.partition("_")
            lacking = f" ({missing} exchange{'s' * (missing != 1)} without a figure)" if missing else ""
            parts.append(f"{_range(low, high)} {'bodies ' if bodies else ''}to {SIDE_NAMES[side]}{lacking}")
        return "; ".join(parts) or "no figures stated"

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
        rows = []
        for e in self.events:
            shown = e.mentions[:QUOTES_SHOWN]
            quotes = "".join(self._quote(m, named=len(e.articles) > 1) for m in shown)
            if len(e.mentions) > len(shown):
                quotes += (
                    f"<span class='how'>… and {len(e.mentions) - len(shown)} more mentions"
                    f" ({escape(e.id)} in the mentions data beside the report).</span>"
                )
            flags = "".join(f"<span class='conflict'>Conflict: {escape(c)}.</span>" for c in e.conflicts)
            corrected = "".join(
                f"<span class='corrected'>Corrected: {escape(c)}</span>" for c in e.corrections
            )
            stages = (
                f"<span class='how'>Stages: {escape(', '.join(format_date(d) for d in e.stages))}</span>"
                if e.stages
                else ""
            )
            status = f"<span class='how'>{escape(e.status)}</span>" if e.status and e.status != "done" else ""
            attributions = list(dict.fromkeys(m.attribution for m in e.mentions if m.attribution))
            rows.append(
                "<tr>"
                f"<td class='date'>{escape(format_date(e.date, e.precision, e.end_date))}</td>"
                f"<td>{escape(TYPE_LABELS[e.type])}{status}</td>"
                f"<td><strong>{escape(e.summary)}</strong>{stages}{corrected}{quotes}{flags}</td>"
                f"<td>{escape('; '.join(attributions) or '—')}</td>"
                f"<td class='src'>{'<br>'.join(escape(a) for a in e.articles)}</td>"
                "</tr>"
            )
        head = _head("Date:date", "Type", "Event and source sentences", "Attribution", "Article")
        return Html(f"<table class='events'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")

    def _quote(self, mention: MentionRef, named: bool) -> str:
        source = f"{escape(mention.article)}: " if named else ""
        how = self._how(mention)
        return f"<q>{escape(mention.sentence)}</q><span class='how'>{source}Dated: {escape(how)}</span>"

    def sources(self) -> Html:
        rows = []
        for a in self.articles:
            url = f"<a href='{escape(a.url)}'>{escape(a.url)}</a>" if a.url else "not stated"
            published = format_date(a.published.isoformat()) if a.published else "not stated"
            count = sum(a.id in e.articles for e in self.events)
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
            "Each dated statement is a mention, classed as an event of interest (an exchange, a"
            " release or repatriation, a round of talks, an agreement, or the announcement of one),"
            " as context (listed under the timeline, never counted) or as no event at all (a"
            " dateline, a byline: left out). Mentions of one type and day from any article are one"
            " event with every source; exchanges on days at most two apart are the stages of one"
            " operation; a month or year that holds exactly one such event is about it. Articles that"
            " put an event of one type on the same day of different years are flagged; both dates"
            " are kept.",
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

    def _how(self, mention: MentionRef) -> str:
        inference = self.inferences.get(mention.article)
        if inference and inference.reason in mention.resolution:
            return mention.resolution.replace(inference.reason, "see the method note")
        return mention.resolution

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


def _figure(fig: Figure, alt: str, caption: str, css_class: str) -> str:
    """A chart as an embedded SVG with its alt text and caption."""
    buffer = io.StringIO()
    # A fixed salt and no date: the same inputs give the same SVG, byte for byte.
    with plt.rc_context({"svg.hashsalt": "parley"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    plt.close(fig)  # embedded here; Jupyter must not show it a second time
    data = base64.b64encode(buffer.getvalue().encode()).decode()
    return (
        f'<figure class="{css_class}"><img src="data:image/svg+xml;base64,{data}" alt="{escape(alt)}">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def _count(value: int | None) -> str:
    return "not stated" if value is None else f"{value:,}"


def _range(low: int, high: int) -> str:
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def _kind_text(x: Exchange) -> str:
    kind = {"pows": "prisoners of war", "civilians": "civilians", "bodies": "bodies", "mixed": "mixed"}
    named = [c for c in x.categories if c not in ("servicemen", "bodies of the dead")]
    return "; ".join([kind[x.kind]] if x.kind else []) + (f" ({', '.join(named)})" if named else "") or "—"


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
