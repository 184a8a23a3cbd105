"""The report's parameters and contents: what the notebook calls, cell by cell.

Every fragment is escaped HTML: article text is data and is never interpreted as markup.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from html import escape
from typing import Any, TypeVar
from urllib.parse import urlsplit

import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure as MplFigure
from matplotlib.transforms import Bbox

from parley.config import TIMELINE_PART, from_root
from parley.events.consolidate import EventRecord, MentionRef, exchanges_carried_out
from parley.events.corpus import Collection, collect, dated_context, taken_part
from parley.events.exchanges import SIDE_NAMES, Exchange, Figure, totals
from parley.events.rounds import UNKNOWN_SERIES, Round, counted, track_label
from parley.mentions.dates import format_date, format_range
from parley.mentions.extract import EVENT_TYPES, TYPE_LABELS, Event, span
from parley.report.exchange_chart import charted, plot_exchanges
from parley.report.interactive import source_name, timeline_data, timeline_html
from parley.report.params import Parameters, parse_parameters
from parley.report.seen import previous
from parley.report.svg_markers import merged_markers
from parley.report.timeline import PRINT_DPI, Chart, figures, importance, plot_timeline
from parley.report.track_chart import NUMBERED_UP_TO, charted_tracks, dated_tracks, plot_tracks


class Html(str):
    """A fragment of escaped HTML that Jupyter displays as HTML. `metadata`, when set, is
    stored with the cell's output, where the nbconvert template reads it."""

    metadata: dict[str, str] | None = None

    def _repr_html_(self) -> str | tuple[str, dict[str, Any]]:
        if self.metadata:
            return str(self), {"parley": self.metadata}
        return str(self)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        # The plain-text copy every output also carries: not the HTML a second time (at 1,000
        # articles, megabytes in the executed notebook that nothing reads).
        printer.text(f"<report section: {len(self):,} characters of HTML>")


AUTHOR = "Parley"
# Beyond these, events, rounds, articles, an event's mentions and the context are in the data
# files beside the report: the PDF grows slowly with the corpus.
QUOTES_SHOWN = 1  # sentences quoted per event, exchange or round; the others are in the data
CONTEXT_SHOWN = 8  # undated events, and mentions of context, listed under the timeline
EVENTS_SHOWN = 12
STAGES_SHOWN = 3  # days of a staged operation named in a row; more are counted, first to last
NAMES_SHOWN = 4  # articles named in a table cell, conflicts flagged in a row
ROUNDS_SHOWN = 12
EXCHANGES_SHOWN = 12
FIGURES_SHOWN = 2  # sentences giving an exchange's figures, each with the figures it gives
SOURCES_SHOWN = 12
LISTED = 6  # dates or names in one line of the summary, before "and N more"
LEDE_NEW = 5  # new events named on page 1
DATA = "the data beside this report"
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
        return dated_context(self.mentions)

    @cached_property
    def _exchanges_shown(self) -> tuple[list[Exchange], str]:
        """The exchanges the table shows, the latest, and the line saying where the others are.
        An exchange with neither a date nor a figure tells the reader nothing a row could show."""
        known = [x for x in self.exchanges if x.date or x.figures]
        shown, note = _latest(known, EXCHANGES_SHOWN, "exchanges")
        vague = len(self.exchanges) - len(known)
        if vague:
            note += (
                f"<p class='cap'>{vague} more exchange{'s' * (vague != 1)} mentioned with neither a date"
                f" nor a figure {'are' if vague != 1 else 'is'} in {DATA} (exchanges.csv, exchanges.json).</p>"
            )
        return shown, note

    @cached_property
    def _rounds_shown(self) -> tuple[list[tuple[Round, list[str]]], str]:
        """The rounds the table shows, the latest, each with the sentences it quotes (a sentence
        behind two rounds is quoted at the first only), and the line saying where the others are."""
        shown, note = _latest(self.rounds, ROUNDS_SHOWN, "rounds")
        quoted: set[str] = set()
        quoting = []
        for r in shown:
            fresh = [s for s in r.evidence if s not in quoted][:QUOTES_SHOWN]
            quoted.update(fresh)
            quoting.append((r, fresh))
        return quoting, note

    @cached_property
    def _quoted_above(self) -> dict[str, str]:
        """Each sentence the exchanges and rounds tables quote, and the section that quotes it:
        the events table refers to it rather than quoting it a second time."""
        above = {s: "Negotiation rounds" for _, quoted in self._rounds_shown[0] for s in quoted}
        above |= {s: "Prisoner exchanges" for x in self._exchanges_shown[0] for s in _exchange_sentences(x)}
        return above

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

    def lede(self) -> Html:
        """What happened, in a few lines computed from the data: the latest round and its outcome,
        the latest exchange and its numbers, the totals, what is planned, and what is new since
        the previous render."""
        lines: list[tuple[str, str]] = []
        # A round only planned is news of what is ahead ("Next"), not the latest talks held.
        rounds = [r for r in self.rounds if r.date and r.status == "done"]
        if rounds:
            r = max(rounds, key=lambda r: r.date or "")
            series = f"the {r.series} talks" if r.series != UNKNOWN_SERIES else "talks at a venue not stated"
            number = f"round {r.round} of {series}" if r.round else f"a round of {series}"
            outcome = (
                "outcome: " + "; ".join(_reader_dates(o) for o in r.outcomes[:2])
                if r.outcomes
                else "no outcome reported yet"
            )
            lines.append(
                ("Latest talks", f"{number}, {format_date(r.date, r.precision, r.end_date)} — {outcome}.")
            )
        done = exchanges_carried_out(self.events)
        if done:
            e = max(done, key=lambda e: span(e)[1])
            lines.append(
                (
                    "Latest exchange",
                    f"{format_date(e.date, e.precision, e.end_date)} — {self._exchange_text(e)}",
                )
            )
            # Its figures unknown, the latest exchange whose figures are known tells the scale.
            counted = [x for x in done if figures(x) is not None]
            if figures(e) is None and counted:
                x = max(counted, key=lambda x: span(x)[1])
                lines.append(
                    (
                        "Latest with figures",
                        f"{format_date(x.date, x.precision, x.end_date)} — {self._exchange_text(x)}",
                    )
                )
        lines.append((self._totals_label(), self._totals_text()))
        if self.exchanges:
            lines.append(("People returned", f"{self._returned_text()}."))
        latest = self._latest_day()  # once, not once per event
        ahead = [
            e
            for e in self.events
            if e.date and e.status in ("planned", "agreed") and span(e)[1] >= max(latest, self.as_of)
        ]
        if ahead:
            e = min(ahead, key=lambda e: span(e)[0])
            lines.append(
                (
                    "Next",
                    f"{TYPE_LABELS[e.type].lower()} {e.status} for {format_date(e.date, e.precision, e.end_date)}: {e.summary}",
                )
            )
        before = previous(from_root(self.params.seen) if self.params.seen else None, self.as_of)
        if before:
            day, ids = before
            new = [e for e in self.events if e.id not in ids]
            label = f"New since {format_date(day.isoformat())}"
            if not new:
                lines.append((label, "nothing."))
            else:
                named = sorted(new, key=lambda e: (-importance(e), e.id))[:LEDE_NEW]
                listed = "; ".join(
                    f"{e.title} ({format_date(e.date, e.precision, e.end_date)})" for e in named
                )
                more = len(new) - len(named)
                lines.append(
                    (
                        label,
                        f"{len(new)} event{'s' * (len(new) != 1)} — {listed}"
                        + (f"; and {more} more." if more else "."),
                    )
                )
        items = "".join(f"<p><strong>{escape(label)}:</strong> {escape(text)}</p>" for label, text in lines)
        return Html(f"<section class='lede' aria-label='In brief'>{items}</section>")

    def _exchange_text(self, e: EventRecord) -> str:
        """The exchange in one line: its figures when known, else its own words; its stages."""
        people = figures(e)
        to_ukraine, to_russia = e.to_ukraine, e.to_russia
        if people is not None:
            sides = [
                f"{n} to {side}"
                for n, side in ((to_ukraine, "Ukraine"), (to_russia, "Russia"))
                if n is not None
            ]
            text = f"{people} people returned ({', '.join(sides)})"
        else:
            text = f"“{_naming(e)}”"
        stages = f", in {len(e.stages)} stages" if e.stages else ""
        sources = f" ({len(e.articles)} articles)" if len(e.articles) > 1 else ""
        return f"{text}{stages}{sources}."

    def _totals_label(self) -> str:
        return "In the window" if self.params.start or self.params.end else "In all"

    def _totals_text(self) -> str:
        # As the summary counts them: exchanges carried out, rounds as grouped into series.
        counts = [
            (
                len(exchanges_carried_out(self.events)),
                "exchange",
                "exchanges",
            ),
            (len(counted(self.rounds)), "round of talks", "rounds of talks"),
            (sum(e.type == "agreement" for e in self.events), "agreement", "agreements"),
        ]
        said = [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]
        n = len(self.articles)
        span_text = self._date_span
        return (
            (", ".join(said) if said else "no exchange, round of talks or agreement carried out")
            + (f", {span_text}" if span_text else "")
            + f" — from {n} article{'s' * (n != 1)}."
        )

    def _latest_day(self) -> dt.date:
        """The last day anything was done: what lies after it is ahead."""
        done = [span(e)[1] for e in self.events if e.date and e.status in (None, "done")]
        return max(done) if done else self.as_of

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
        rounds = counted(self.rounds)
        implied = sum(r.round_inferred for r in rounds)
        series = sorted({r.series for r in self.rounds})
        n = len(self.articles)
        interest = sum(m.klass == "event" for m in self.mentions)
        points = [
            f"{len(self.events)} event{'s' * (len(self.events) != 1)} from {interest}"
            f" mention{'s' * (interest != 1)} in {n} article{'s' * (n != 1)}: {len(dated)} dated and"
            f" shown on the timeline, {undated} undated and listed under it.",
        ]
        if self.rounds:
            pending = sum(r.status != "done" for r in rounds)
            vague = len(self.rounds) - len(rounds)
            points.append(
                f"{len(rounds)} negotiation round{'s' * (len(rounds) != 1)}"
                f" ({_capped(series, 2 * LISTED, ', ')} track{'s' * (len(series) != 1)})"
                + (f", {implied} known only by implication" if implied else "")
                + (f", {pending} not held yet (planned, postponed or cancelled)" if pending else "")
                + (
                    f"; {vague} more mention{'s' * (vague != 1)} of talks in these tracks"
                    f" give{'s' * (vague == 1)} neither date nor number: listed in the rounds table,"
                    " not counted again."
                    if vague
                    else "."
                )
            )
        else:
            points.append("No negotiation rounds are mentioned.")
        if exchanges:
            when = _capped([format_date(e.date, e.precision, e.end_date) for e in exchanges], latest=True)
            points.append(
                f"{len(exchanges)} prisoner exchange{'s' * (len(exchanges) != 1)} carried out: {when}."
                f" People returned: {self._returned_text()}."
            )
        if ahead:
            dated_ahead = [
                f"{TYPE_LABELS[e.type].lower()} {e.status} {'on' if e.status == 'agreed' else 'for'}"
                f" {format_date(e.date, e.precision, e.end_date)}"
                for e in ahead
                if e.date
            ]
            kinds = [f"{TYPE_LABELS[e.type].lower()} {e.status}" for e in ahead if not e.date]
            undated_ahead = (
                [f"{len(kinds)} undated ({_capped(sorted(set(kinds)), sep=', ')})"]
                if len(kinds) > 1
                else kinds
            )
            listed = "; ".join(x for x in (_capped(dated_ahead, latest=True), *undated_ahead) if x)
            points.append(f"Not (yet) carried out: {listed}.")
        shared = [e for e in self.events if len(e.articles) > 1]
        if shared:
            points.append(
                f"{len(shared)} event{'s' * (len(shared) != 1)} reported by more than one article,"
                " shown once with every source."
            )
        if self.conflicts:
            listed = _capped(
                [f"{e.title}: {_short_conflict(e.conflicts[0])}" for e in self.conflicts], limit=3
            )
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
        years = [f"“{a}”: {i.year}, inferred — {i.reason}" for a, i in self.inferences.items() if i]
        if len(years) > NAMES_SHOWN:  # one line each would fill the page: the method note lists them
            points.append(
                f"{len(years)} articles give no publication date; their years are inferred (method note)."
            )
        elif years:
            points.append(f"Year of {'; '.join(years)}.")
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
        unsourced = [a.id for a in self.articles if not (a.outlet or a.url or a.published)]
        if unsourced:
            n = len(unsourced)
            items += (
                f"<li class='warning'>{n} article{'s give' if n != 1 else ' gives'} no outlet, URL or"
                f" publication date ({escape(_capped(unsourced, sep=', '))}): check that"
                f" {'they belong' if n != 1 else 'it belongs'} in this corpus (the sample article does not).</li>"
            )
        return Html(f"<ul class='summary'>{items}</ul>")

    def timeline(self) -> Html:
        """The static chart (what the PDF prints) with its numbered key, the interactive timeline
        (what the HTML shows when scripts run), and the undated events and context as lists."""
        chart = plot_timeline(self.events, self.context)
        parts: list[str] = []
        if chart is None:
            parts.append("<p class='empty'>No dated events to plot.</p>")
        else:
            *overview, (detail, drawn) = zip(chart.parts(), chart.part_axes(), strict=True)
            if overview:  # its title says what it shows; the caption under the detail tells both
                region, axes = overview[0]
                parts.append(
                    _figure(
                        chart.figure,
                        self._overview_alt(chart),
                        "",
                        "timeline-overview",
                        region=region,
                        axes=axes,
                    )
                )
            parts.append(
                _figure(
                    chart.figure,
                    self._alt_text(chart),
                    self._caption(chart),
                    "timeline",
                    self._key(chart),
                    region=detail,
                    axes=drawn,
                )
            )
            plt.close(chart.figure)  # embedded; Jupyter must not show it a second time
            parts.append(timeline_html(self._timeline_data()))
        undated = [e for e in self.events if not e.date]
        if undated:
            shown = sorted(undated, key=lambda e: -importance(e))[:CONTEXT_SHOWN]
            items = "".join(
                f"<li><strong>{escape(TYPE_LABELS[e.type])}:</strong> {escape(e.summary)}"
                f" <span class='src'>({escape(', '.join(e.articles))})</span></li>"
                for e in shown
            )
            items += _more(len(undated) - len(shown), "undated events", "events")
            parts.append(f"<div class='undated'><h3>Undated events (not plotted)</h3><ul>{items}</ul></div>")
        if self.context:
            shown = sorted(self.context, key=lambda m: m.date or "")[:CONTEXT_SHOWN]
            items = "".join(
                f"<li><span class='date'>{escape(format_date(m.date, m.precision, m.end_date))}</span>"
                f" {escape(m.summary)} <span class='src'>({escape(m.article)})</span></li>"
                for m in shown
            )
            items += _more(len(self.context) - len(shown), "mentions of context", "mentions")
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
                f"{'s' * (len(drawn) != 1)} carried out ({self._returned_text()}), Ukraine above the axis,"
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
        shown, note = self._exchanges_shown
        parts.append(note)
        for x in shown:
            # A stage with figures gets a line; those without are one line, however many.
            counted = [s for s in x.stages if s.to_ukraine is not None or s.to_russia is not None]
            bare = [s.date for s in x.stages if s not in counted]
            stages = "".join(
                f"<li>{escape(format_date(s.date))}: {escape(_count(s.to_ukraine))} / {escape(_count(s.to_russia))}</li>"
                for s in counted
            ) + (f"<li>{escape(_stages(bare))}: no figures</li>" if bare else "")
            sources = self._figures_html(x) or "".join(
                f"<q>{escape(s.sentence)}</q><span class='src'>{escape(s.article)}</span>"
                for s in x.sources
                if s.sentence in _exchange_sentences(x)
            )
            status = f"<span class='how'>{escape(x.status)}</span>" if x.status and x.status != "done" else ""
            flags = _flags([f"Sources disagree: {c}" for c in x.conflicts], f"{x.id} in the exchanges data")
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
        # What was promised, beside what a source says was delivered: the latest few; an exchange
        # with no delivered figure has nothing to compare (the table shows what it promised).
        compared = [
            x
            for x in self.exchanges
            if (x.date or x.figures)
            and (x.promised_to_ukraine or x.promised_to_russia)
            and (x.to_ukraine is not None or x.to_russia is not None)
        ]
        promised, _ = _latest(compared, EXCHANGES_SHOWN, "exchanges")
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

    @staticmethod
    def _figures_html(x: Exchange) -> str:
        """Each sentence that gives figures once, with the figures it gives and who claimed them;
        past FIGURES_SHOWN sentences, a count of the rest (every one is in the exchanges data)."""
        said: dict[str, list[Figure]] = {}
        for f in x.figures:
            said.setdefault(f.sentence, []).append(f)
        items = []
        for sentence, given in said.items():
            if sentence not in _exchange_sentences(x):
                continue
            values = dict.fromkeys(
                f"{'promised ' if f.promised else ''}{f.value:,}{_sum(f.parts)} to {SIDE_NAMES[f.side]}"
                f"{f' (inferred: {f.inferred})' if f.inferred else ''}"
                for f in given
            )
            claims = dict.fromkeys(f"{f.claimed_by or chr(8212)}, {f.article}" for f in given)
            items.append(
                f"<li>{escape('; '.join(values))} <span class='how'>{escape(_capped(list(claims), NAMES_SHOWN))}</span>"
                f"<q>{escape(sentence)}</q></li>"
            )
        rest = len(said) - FIGURES_SHOWN
        if rest > 0:
            items.append(f"<li class='how'>… and {rest} more sentences with figures in {DATA}.</li>")
        return "".join(items)

    def _returned_text(self) -> str:
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
        """The tracks chart, then the rounds grouped by track in the order the tracks began."""
        if not self.rounds:
            return Html("<p class='empty'>No negotiation rounds are mentioned.</p>")
        parts = []
        fig = plot_tracks(self.rounds)
        if fig is not None:
            tracks = charted_tracks(self.rounds)
            alt = (
                f"Chart of {len(tracks)} negotiation track{'s' * (len(tracks) != 1)}, one row each, with their"
                " rounds on the time axis: "
                + "; ".join(
                    f"{t}: "
                    + ", ".join(
                        f"round {r.round or '?'} {format_date(r.date, r.precision, r.end_date)}"
                        for r in self.rounds
                        if r.series == t and r.date
                    )
                    for t in tracks
                )
                + "."
            )
            caption = (
                f"Figure 3. Negotiation tracks and their rounds, numbered on a track of up to {NUMBERED_UP_TO}"
                " (open marks: numbered by inference)."
            )
            left = len(dated_tracks(self.rounds)) - len(tracks)
            if left:
                caption += (
                    f" The {len(tracks)} tracks whose last round is latest; {left} earlier"
                    f" track{'s are' if left != 1 else ' is'} in {DATA} (rounds.csv, rounds.json)."
                )
            parts.append(_figure(fig, alt, caption, "tracks"))
        exchanges = {x.id: x for x in self.exchanges}
        quoting, note = self._rounds_shown
        shown = [r for r, _ in quoting]
        parts.append(note)
        cells = [self._round_cells(r, exchanges) for r in shown]
        # A column no shown round fills is left out: "none stated" down a whole column is no news.
        optional = ("Delegations and hosts", "Topics", "Outcomes")
        kept = [c for c in optional if any(row[c] for row in cells)]
        rows = []
        for series in dict.fromkeys(r.series for r in shown):
            members = [
                (r, row, quotes)
                for (r, quotes), row in zip(quoting, cells, strict=True)
                if r.series == series
            ]
            label = track_label(series, members[0][0].format)
            how = f" <span class='how'>{escape(members[0][0].format)}</span>" if label != series else ""
            rows.append(f"<tr class='track'><th colspan='{3 + len(kept)}'>{escape(series)}{how}</th></tr>")
            for r, row, quotes in members:
                rows.append(self._round_row(r, row, kept, quotes))
        head = _head("Round:num", "Date:date", *kept, "Source")
        parts.append(f"<table class='rounds'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>")
        return Html("".join(parts))

    @staticmethod
    def _round_cells(r: Round, exchanges: dict[str, Exchange]) -> dict[str, list[str]]:
        """The lists of a round's optional columns."""
        outcomes = [_reader_dates(o) for o in r.outcomes] + [
            f"exchange {format_date(x.date, x.precision, x.end_date)}: promised"
            f" {_count(x.promised_to_ukraine)} / {_count(x.promised_to_russia)}, delivered"
            f" {_count(x.to_ukraine)} / {_count(x.to_russia)} (to Ukraine / to Russia)"
            for x in (exchanges[i] for i in r.exchanges if i in exchanges)
        ]
        return {
            "Delegations and hosts": [*r.heads, *(f"host: {h}" for h in r.hosts)],
            "Topics": r.topics,
            "Outcomes": list(dict.fromkeys(outcomes)),  # an exchange reported twice is one outcome
        }

    @staticmethod
    def _round_row(r: Round, cells: dict[str, list[str]], kept: list[str], quoted: list[str]) -> str:
        number = "?" if r.round is None else str(r.round)
        implied = "<span class='how'>implied</span>" if r.round_inferred else ""
        implied += f"<span class='how'>{escape(r.status)}</span>" if r.status != "done" else ""
        date = format_date(r.date, r.precision, r.end_date) if r.date else "not stated"
        quotes = "".join(f"<q>{escape(s)}</q>" for s in quoted)
        note = f"<span class='round-note'>{escape(r.note)}</span>" if r.note else ""
        note += "".join(f"<span class='corrected'>Corrected: {escape(c)}</span>" for c in r.corrections)
        note += _flags([f"Sources disagree: {c}" for c in r.conflicts], f"{r.id} in the rounds data")
        return (
            "<tr>"
            f"<td class='num'>{escape(number)}{implied}</td>"
            f"<td class='date'>{escape(date)}</td>"
            + "".join(f"<td>{_list(cells[c])}</td>" for c in kept)
            + f"<td>{note}{quotes}<span class='src'>{escape(_capped(r.sources, NAMES_SHOWN, ', '))}</span></td>"
            "</tr>"
        )

    def _caption(self, chart: Chart) -> str:
        dated = sum(1 for e in self.events if e.date)
        layout = (
            f"Above, all {dated} dated events, {self._date_span}, and the context; below, the"
            f" busiest stretch, {format_range(*chart.detail)}, one lane per type."
            if chart.overview
            else "One lane per type."
        )
        numbered = (
            f" Numbered: the {len(chart.keyed)} most important events (talks and exchanges first, the"
            " most reported first), listed under the chart."
            if chart.keyed
            else ""
        )
        # A few articles are named; more are in the sources table, which a caption need not say.
        sources = (
            " Sources: " + "; ".join(source_name(a) for a in self.articles) + "."
            if len(self.articles) <= LISTED
            else ""
        )
        return f"Figure 1. Events of interest by date and type. {layout}{numbered}{sources}"

    def _overview_alt(self, chart: Chart) -> str:
        dated = [e for e in self.events if e.date]
        months = Counter(span(e)[0].replace(day=1) for e in dated)
        busiest, most = max(months.items(), key=lambda item: (item[1], item[0]))
        return (
            f"Bar chart of the {len(dated)} dated events of interest per month, {self._date_span};"
            f" the busiest month, {busiest:%B %Y}, holds {most}. Shaded: {format_range(*chart.detail)},"
            " the stretch drawn in detail below."
        )

    def _key(self, chart: Chart) -> str:
        """The numbers on the chart, each with its date, type and title; then what else it draws."""
        items = "".join(
            f"<li><span class='date'>{escape(format_date(e.date, e.precision, e.end_date))}</span>"
            f" {escape(e.title)}"
            + (f" <span class='src'>({len(e.articles)} articles)</span>" if len(e.articles) > 1 else "")
            + "</li>"
            for e in chart.keyed
        )
        rest = chart.shown - len(chart.keyed)
        dated = sum(1 for e in self.events if e.date)
        notes = []
        if rest:
            notes.append(f"{rest} more event{'s' * (rest != 1)} drawn without a number")
        if dated > chart.shown:
            notes.append(f"{dated - chart.shown} outside the detail, in the overview only")
        note = (
            f"<p class='key-note'>{escape('; '.join(notes))}: every event is in the events table or in {DATA}.</p>"
            if notes
            else ""
        )
        return f"<ol class='timeline-key'>{items}</ol>{note}" if items else note

    def _timeline_data(self) -> str:
        """The interactive timeline's data: as the render's collecting process made it, when
        it made it for this collection, else made here."""
        handed = taken_part(TIMELINE_PART, self.key, str)
        return handed if handed is not None else timeline_data(self.events, self.context, self.articles)

    def events_table(self) -> Html:
        if not self.events:
            return Html("<p class='empty'>No events found.</p>")
        rows = []
        # The most important events, dated first (the undated are listed under the timeline), in
        # date order: the rest are in the events data.
        ranked = sorted(self.events, key=lambda e: (e.date is None, -importance(e), e.id))[:EVENTS_SHOWN]
        chosen = {e.id for e in ranked}
        listed = [e for e in self.events if e.id in chosen]
        said_by = {
            e.id: list(dict.fromkeys(m.attribution for m in e.mentions if m.attribution)) for e in listed
        }
        attributed = any(said_by.values())  # else the column is left out: a column of dashes
        for e in listed:
            shown = e.mentions[:QUOTES_SHOWN]
            quotes = "".join(self._quote(m, named=len(e.articles) > 1) for m in shown)
            quoted = [m.sentence for m in shown if m.sentence not in self._quoted_above]
            if len(e.mentions) > len(shown):
                quotes += (
                    f"<span class='how'>… and {len(e.mentions) - len(shown)} more mentions"
                    f" ({escape(e.id)} in the mentions data beside the report).</span>"
                )
            flags = _flags(
                [f"Conflict: {_short_conflict(c)}" for c in e.conflicts], f"{e.id} in the events data"
            )
            corrected = "".join(
                f"<span class='corrected'>Corrected: {escape(c)}</span>" for c in e.corrections
            )
            stages = f"<span class='how'>Stages: {escape(_stages(e.stages))}</span>" if e.stages else ""
            # The summary is most often the quoted sentence cut short: said once, not twice.
            said = "" if _within(e.summary, quoted) else f"<strong>{escape(e.summary)}</strong>"
            status = f"<span class='how'>{escape(e.status)}</span>" if e.status and e.status != "done" else ""
            rows.append(
                "<tr>"
                f"<td class='date'>{escape(format_date(e.date, e.precision, e.end_date))}</td>"
                f"<td>{escape(TYPE_LABELS[e.type])}{status}</td>"
                f"<td>{said}{stages}{corrected}{quotes}{flags}</td>"
                + (f"<td>{escape(_capped(said_by[e.id], NAMES_SHOWN) or '—')}</td>" if attributed else "")
                + f"<td class='src'>{'<br>'.join(escape(a) for a in e.articles[:NAMES_SHOWN])}"
                + (f"<br>+ {len(e.articles) - NAMES_SHOWN} more" if len(e.articles) > NAMES_SHOWN else "")
                + "</td>"
                "</tr>"
            )
        head = _head(
            "Date:date", "Type", "Event and source sentences", *["Attribution"] * attributed, "Article"
        )
        more = len(self.events) - len(listed)
        intro = (
            f"<p class='cap'>The {len(listed)} most important of {len(self.events)} events (talks and"
            f" exchanges first, the most reported first), in date order; all {len(self.events)}, with"
            f" every mention, are in {DATA} (events.csv, events.json).</p>"
            if more
            else ""
        )
        return Html(
            f"{intro}<table class='events'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _quote(self, mention: MentionRef, named: bool) -> str:
        """The mention's sentence and how it was dated; a sentence a table above quotes is
        named there, not quoted twice."""
        source = f"{escape(mention.article)}: " if named else ""
        how = self._how(mention)
        section = self._quoted_above.get(mention.sentence)
        if section:
            return f"<span class='how'>{source}Its sentence is quoted under {section}. Dated: {escape(how)}</span>"
        return f"<q>{escape(mention.sentence)}</q><span class='how'>{source}Dated: {escape(how)}</span>"

    def sources(self) -> Html:
        rows = []
        # One pass over the events, not one per article: a corpus of thousands stays linear.
        cited = Counter(article for e in self.events for article in e.articles)
        most = {a.id for a in sorted(self.articles, key=lambda a: -cited[a.id])[:SOURCES_SHOWN]}
        shown = [a for a in self.articles if a.id in most]
        for a in shown:
            # Only an http(s) URL is a link; any other (javascript:, data:) is shown as text.
            # The site names the link: a full address wraps over five lines; it is in the data.
            url = (
                f"<a href='{escape(a.link)}'>{escape(_site(a.link))}</a>"
                if a.link
                else escape(a.url or "not stated")
            )
            published = format_date(a.published.isoformat()) if a.published else "not stated"
            count = cited[a.id]
            rows.append(
                f"<tr><td>{escape(a.title)}<span class='src'>{escape(a.id)}</span></td><td>{escape(a.outlet or 'not stated')}</td>"
                f"<td class='date'>{escape(published)}</td><td class='url'>{url}</td><td class='num'>{count}</td></tr>"
            )
        head = _head("Title", "Outlet", "Published:date", "URL", "Events:num")
        more = len(self.articles) - len(shown)
        intro = (
            f"<p class='cap'>The {len(shown)} articles behind the most events, of {len(self.articles)};"
            f" {DATA} names each event's articles by id (the file name in {escape(self.params.articles)}).</p>"
            if more
            else ""
        )
        return Html(
            f"{intro}<table class='sources'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"
        )

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
        years = [f"“{a}”: year {i.year} — {i.reason}" for a, i in self.inferences.items() if i]
        if years:
            notes.append(f"Years inferred: {_capped(years, NAMES_SHOWN)}.")
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
        days = self._date_span
        return f"Events dated {days}" if days else "No dated events"

    @cached_property
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

    def _alt_text(self, chart: Chart) -> str:
        """What the chart shows, in words: its span, its lanes, then the numbered events."""
        dated = [e for e in self.events if e.date]
        lanes = [TYPE_LABELS[t] for t in EVENT_TYPES if any(e.type == t for e in dated)]
        where = (
            f"{chart.shown} of them in the busiest stretch, {format_range(*chart.detail)}"
            if chart.overview
            else self._date_span
        )
        listed = "; ".join(
            f"{n}. {format_date(e.date, e.precision, e.end_date)}, {TYPE_LABELS[e.type].lower()}: {e.title}"
            for n, e in enumerate(chart.keyed, 1)
        )
        inferred = sum(e.inferred for e in chart.keyed)
        return (
            f"Timeline chart of {len(dated)} dated event{'s' * (len(dated) != 1)}, {where},"
            f" one lane per type ({', '.join(lanes)})."
            + (f" Numbered, in date order: {listed}." if listed else "")
            + (f" Open markers show the {inferred} dates that are inferred, not stated." if inferred else "")
        )


def _figure(
    fig: MplFigure,
    alt: str,
    caption: str,
    css_class: str,
    after: str = "",
    region: Bbox | None = None,
    axes: Sequence[Axes] | None = None,
) -> str:
    """A chart (or the `region` of it, in inches, drawing only `axes`) as an embedded SVG with its
    alt text and caption, if any (and `after` it, a key). The figure stays open when only a region
    is printed."""
    buffer = io.StringIO()
    hidden = [a for a in fig.axes if axes is not None and a not in axes and a.get_visible()]
    # A fixed salt and no date: the same inputs give the same SVG, byte for byte. Text as text, not
    # glyph outlines: WeasyPrint prints a quarter of a second sooner (DejaVu Sans, which matplotlib
    # draws with, is installed with the system packages).
    with plt.rc_context({"svg.hashsalt": "parley", "svg.fonttype": "none"}):
        for a in hidden:
            a.set_visible(False)
        try:
            fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches=region, dpi=PRINT_DPI)
        finally:
            for a in hidden:
                a.set_visible(True)
    if region is None:
        plt.close(fig)  # embedded here; Jupyter must not show it a second time
    data = base64.b64encode(merged_markers(buffer.getvalue()).encode()).decode()
    return (
        f'<figure class="{css_class}"><img src="data:image/svg+xml;base64,{data}" alt="{escape(alt)}">'
        + (f"<figcaption>{escape(caption)}</figcaption>" if caption else "")
        + f"{after}</figure>"
    )


Dated = TypeVar("Dated", Exchange, Round)


def _latest(items: list[Dated], limit: int, name: str) -> tuple[list[Dated], str]:
    """The latest `limit` items in their order, and the line saying where the earlier ones are."""
    dated = sorted(items, key=lambda x: (x.date is not None, x.date or ""))
    latest = dated[-limit:]
    # Equal items have equal ids: the ids rule out at once the many that are not among the latest.
    ids = {x.id for x in latest}
    shown = [x for x in items if x.id in ids and x in latest]
    more = len(items) - len(shown)
    note = (
        f"<p class='cap'>The latest {len(shown)} of {len(items)} {name}; the {more} earlier ones are in"
        f" {DATA} ({name}.csv, {name}.json).</p>"
        if more
        else ""
    )
    return shown, note


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


def _capped(items: list[str], limit: int = LISTED, sep: str = "; ", latest: bool = False) -> str:
    """Up to `limit` items joined (the last ones when `latest`), then how many more there are."""
    if len(items) <= limit:
        return sep.join(items)
    if latest:
        return f"{sep.join(items[-limit:])} (the latest {limit} of {len(items)})"
    return f"{sep.join(items[:limit])}{sep}and {len(items) - limit} more"


def _flags(conflicts: list[str], where: str) -> str:
    """A row's disagreements, each on its line, up to NAMES_SHOWN: one round told by hundreds of
    articles can hold dozens, which would fill pages; the others are named in the data files."""
    shown = "".join(f"<span class='conflict'>{escape(c)}.</span>" for c in conflicts[:NAMES_SHOWN])
    if len(conflicts) > NAMES_SHOWN:
        shown += f"<span class='conflict'>… and {len(conflicts) - NAMES_SHOWN} more ({escape(where)}).</span>"
    return shown


def _more(count: int, what: str, noun: str) -> str:
    if not count:
        return ""
    return f"<li class='more'>… and {count} more {noun}: all {what} are in {DATA}.</li>"


def _exchange_sentences(x: Exchange) -> list[str]:
    """The sentences the exchanges table quotes for an exchange: those that give its figures (the
    one a figure was worked out from first: the table shows how), else its first source's."""
    if x.figures:
        ordered = sorted(x.figures, key=lambda f: f.inferred is None)
        return list(dict.fromkeys(f.sentence for f in ordered))[:FIGURES_SHOWN]
    return [s.sentence for s in x.sources[:QUOTES_SHOWN]]


def _site(link: str) -> str:
    """The host of an http(s) address, without "www."."""
    host = urlsplit(link).hostname or link
    return host.removeprefix("www.")


def _naming(e: EventRecord, limit: int = 160) -> str:
    """The sentence that names the event ("… a prisoner exchange …") rather than, say, a photo
    caption that happens to be dated; cut at a word near `limit` characters."""
    noun = re.compile(r"\b(?:exchang|swap|talks|round|negotiat|agree)", re.IGNORECASE)
    sentence = next((m.sentence for m in e.mentions if noun.search(m.sentence)), e.summary)
    return sentence if len(sentence) <= limit else sentence[:limit].rsplit(" ", 1)[0] + "…"


def _within(summary: str, sentences: list[str]) -> bool:
    """Whether the summary, less its ellipsis, is part of one of the quoted sentences."""
    core = summary.rstrip("….").strip()
    return bool(core) and any(core in s for s in sentences)


def _stages(days: list[str]) -> str:
    """The days of a staged operation: all of a few; of many, how many and first to last."""
    if len(days) <= STAGES_SHOWN:
        return ", ".join(format_date(d) for d in days)
    first, last = (dt.date.fromisoformat(d) for d in (days[0], days[-1]))
    return f"{len(days)} days, {format_range(first, last)}"


# A date conflict as consolidate.py writes it: "a1, a2, a3 date it …: the year differs".
_CONFLICT = re.compile(r"^(?P<ids>[^:]+?) (?P<verb>dates? it) ")


def _short_conflict(conflict: str, named: int = 2) -> str:
    """The conflict with its list of articles cut to the first `named` and a count."""
    match = _CONFLICT.match(conflict)
    ids = match["ids"].split(", ") if match else []
    if len(ids) <= named + 1:
        return conflict
    rest = conflict[match.end() if match else 0 :]
    return f"{', '.join(ids[:named])} and {len(ids) - named} other articles date it {rest}"


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


def _sum(parts: list[int]) -> str:
    """ " (10 + 9)": how a figure the sentence gives in parts was added up."""
    return f" ({' + '.join(f'{n:,}' for n in parts)})" if parts else ""
