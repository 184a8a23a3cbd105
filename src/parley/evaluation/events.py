"""Measured accuracy of exchanges and rounds: Parley's tables checked against the hand-annotated
exchanges and rounds of an evaluation folder (`exchanges.yaml`, `rounds.yaml`).

Articles report the same exchange or round again and again, often vaguely ("talks in Istanbul in
May"). Gold entries are therefore grouped into distinct real-world ones (`distinct`) before they
are counted: the most precise entries first, each vaguer one joins the first group whose dates
overlap its own (and, for exchanges, whose figures do not differ from its own). Two entries of
one article are never one group (the annotators list each exchange or round of an article once).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, field_validator

from parley.evaluation.dates import date_text, load_entries
from parley.events.consolidate import exchanges_carried_out
from parley.events.corpus import Collection
from parley.events.exchanges import Exchange, Figure, fits
from parley.events.rounds import Round, counted, venue_of
from parley.mentions.dates import date_span
from parley.mentions.extract import Precision, Status
from parley.mentions.numbers import NUMBER_WORDS, number_in_words

_PRECISE = {"day": 0, "week": 1, "month": 2, "year": 3, None: 4}


class _Dated(BaseModel):
    model_config = ConfigDict(extra="forbid")

    article: str
    sentence: str
    date: str | None
    end_date: str | None = None
    precision: Precision | None = None
    note: str | None = None

    _dates = field_validator("date", "end_date", mode="before")(date_text)

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day the date covers at its precision, None when undated."""
        return date_span(self.date, self.precision, self.end_date) if self.date else None


def _fineness(g: _Dated) -> int:
    """How precise an entry's date is: a day first, an undated entry last."""
    return _PRECISE[g.precision] if g.date else _PRECISE[None]


class GoldExchange(_Dated):
    status: Status
    to_ukraine: int | None
    to_russia: int | None
    kind: Literal["pows", "civilians", "bodies", "mixed"]
    mediators: list[str]
    claimed_by: str | None


class GoldRound(_Dated):
    track: str
    format: str
    number: int | None
    venue: str | None
    heads: list[str]


def load_exchanges(path: Path) -> list[GoldExchange]:
    return load_entries(path, GoldExchange, "gold exchanges")


def load_rounds(path: Path) -> list[GoldRound]:
    return load_entries(path, GoldRound, "gold rounds")


def _overlap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


G = TypeVar("G", GoldExchange, GoldRound)


def distinct(
    entries: Sequence[G], same: Callable[[G, G], bool], clash: Callable[[G, G], bool] | None = None
) -> list[list[G]]:
    """Gold entries grouped into distinct real-world events. The most precise entries (numbered
    ones first, for rounds) found the groups; each entry joins the first group holding an entry
    `same` says it is, none it would `clash` with, and no entry of its own article."""
    ordered = sorted(entries, key=lambda g: (getattr(g, "number", None) is None, _fineness(g)))
    groups: list[list[G]] = []
    for entry in ordered:
        group = next(
            (
                g
                for g in groups
                if all(e.article != entry.article and not (clash and clash(e, entry)) for e in g)
                # An undated member says nothing about a dated entry's date.
                and any(same(e, entry) for e in g if e.date or not entry.date)
            ),
            None,
        )
        if group is None:
            groups.append([entry])
        else:
            group.append(entry)
    return groups


# -- exchanges ------------------------------------------------------------------------------


def _bodies(kind: str | None) -> bool | None:
    return None if kind is None else kind == "bodies"


def same_exchange(a: GoldExchange, b: GoldExchange) -> bool:
    """Two gold entries of one exchange: both carried out, of the same kind (bodies or people),
    on overlapping dates."""
    return a.status == b.status == "done" and _bodies(a.kind) == _bodies(b.kind) and _overlap(a.span, b.span)


def other_figures(a: GoldExchange, b: GoldExchange) -> bool:
    """Entries that cannot be one exchange unless both give its day: their figures for a side
    differ (the articles of one day's swap may count different parts of it, but "in 2023" with
    other figures is another swap that year)."""
    if a.precision == b.precision == "day":
        return False
    return any(
        x is not None and y is not None and x != y
        for x, y in ((a.to_ukraine, b.to_ukraine), (a.to_russia, b.to_russia))
    )


@dataclass
class ExchangeScore:
    """Gold exchanges found as one record with their day and figures, and Parley's figures
    supported by the sentences they cite."""

    found: int = 0
    misses: list[str] = field(default_factory=list)
    supported: int = 0
    unsupported: list[str] = field(default_factory=list)


def _side_values(x: Exchange, day: dt.date, whole: bool) -> tuple[int | None, int | None]:
    """The figures a record gives for one day: its stage's, when the day is a stage, else its own
    (its own too when the annotation is of the whole operation, over several days)."""
    stage = None if whole else next((s for s in x.stages if s.date == day.isoformat()), None)
    return (stage.to_ukraine, stage.to_russia) if stage else (x.to_ukraine, x.to_russia)


def _on_day(x: Exchange, day: dt.date) -> bool:
    if x.date is None or x.precision != "day":
        return False
    first, last = date_span(x.date, x.precision, x.end_date)
    return first <= day <= last or day.isoformat() in {s.date for s in x.stages}


def _figure_kept(x: Exchange, side: str, value: int) -> bool:
    """A figure that sources disagree on is kept and flagged: the record has no single figure
    for the side, but lists this one among the delivered ones it flags."""
    return bool(x.conflicts) and any(
        f.side == side and f.value == value and not f.promised for f in x.figures
    )


def score_exchanges(exchanges: Sequence[Exchange], gold: Sequence[GoldExchange]) -> ExchangeScore:
    """How well Parley's exchanges (built from the whole corpus) match the gold exchanges.

    Found: of the gold exchanges carried out (status `done`) on a stated day (day precision) with
    at least one stated figure, those for which exactly one of Parley's records of the same kind
    (bodies or people) is dated to that day — the day lies within its date..end_date or is one
    of its stages — and gives every figure the gold states: to_ukraine and to_russia equal to the
    record's (or to that stage's, when the day is a stage). A side the gold leaves null is not
    checked; a figure the sources disagree on counts when the record keeps it among the figures
    it flags.

    Supported: of every figure Parley's records claim (delivered or promised), those whose
    number appears as a number in the sentence the figure cites (digits, thousands separated by
    commas or spaces), and that no gold entry of the same article for this exchange (same kind,
    delivered or promised alike, dated to overlap the record, or citing the figure's sentence)
    contradicts: a gold entry that gives a figure for that side gives this one. Where the gold
    has no entry for the exchange, or no figure for the side, only the text is checked, so this
    is a floor for what is wrong, not proof that a figure is right.
    """
    result = ExchangeScore()
    for g in gold:
        if g.status != "done" or g.precision != "day" or g.date is None:
            continue
        if g.to_ukraine is None and g.to_russia is None:
            continue
        day = dt.date.fromisoformat(g.date)
        wanted = f"{g.article}: {g.date}, {_figures_text(g.to_ukraine, g.to_russia)} ({g.kind})"
        records = [x for x in exchanges if _on_day(x, day) and _bodies(x.kind) in (None, _bodies(g.kind))]
        if len(records) != 1:
            result.misses.append(f"{wanted}: {len(records)} records on that day")
            continue
        x = records[0]
        given = _side_values(x, day, whole=g.end_date not in (None, g.date))
        wrong = [
            side
            for side, want, have in zip(
                ("ukraine", "russia"), (g.to_ukraine, g.to_russia), given, strict=True
            )
            if want is not None and want != have and not _figure_kept(x, side, want)
        ]
        if wrong:
            result.misses.append(f"{wanted}: {x.id} gives {_figures_text(*given)}")
        else:
            result.found += 1
    for x in exchanges:
        for f in x.figures:
            problem = _unsupported(f, x, gold)
            if problem:
                result.unsupported.append(
                    f"{x.id}: {f.value:,} to {f.side.capitalize()} ({problem}) in “{f.sentence}”"
                )
            else:
                result.supported += 1
    return result


def _figures_text(to_ukraine: int | None, to_russia: int | None) -> str:
    def count(n: int | None) -> str:
        return "?" if n is None else f"{n:,}"

    return f"{count(to_ukraine)} to Ukraine, {count(to_russia)} to Russia"


_COMMAS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d)")
_SPACES = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0]\d{3})+(?!\d)")


_NONE = re.compile(
    r"\b(?:none|nothing|no (?:bodies|prisoners|one))\b"
    r"|\b(?:did not|didn[’']t|has not|have not|had not)\s+(?:receive|received|get|got)\s+(?:back\s+)?(?:any|a single)\b",
    re.I,
)


_IN_WORDS = re.compile(rf"\b(?:{NUMBER_WORDS})\b", re.I)


def numbers_in(text: str) -> set[int]:
    """The numbers written in a text: 1,000 and 1 000 are 1000; digits grouped by spaces also
    count apart ("on May 23 400 prisoners" holds 23 and 400); words from two to ninety-nine
    ("Thirty-five soldiers"). "Received none", "did not receive any" state 0."""
    found = {int(m.group(0).replace(",", "")) for m in _COMMAS.finditer(text)}
    found |= {number_in_words(m.group(0)) for m in _IN_WORDS.finditer(text)}
    found |= {0} if _NONE.search(text) else set()
    rest = _COMMAS.sub(" ", text)
    found |= {int(re.sub(r"\D", "", m.group(0))) for m in _SPACES.finditer(rest)}
    return found | {int(d) for d in re.findall(r"\d+", rest)}


def _number(text: str) -> int:
    """The count a text begins with: "1,000 in all, less …" is 1,000."""
    found = re.match(r"\d[\d,]*", text)
    return int(found.group(0).replace(",", "")) if found else -1


_ONE_NAMED = re.compile(r"one person, named: '(?P<who>.+)'$")


def _unsupported(f: Figure, x: Exchange, gold: Sequence[GoldExchange]) -> str | None:
    stated = numbers_in(f.sentence)
    # A sum the sentence states by its parts ("35 soldiers and one civilian") rests on them; a
    # figure worked out from a count of both sides ("190 in all, less the 95 returned to
    # Ukraine") on that count; one person named ("to secure the freedom of the mayor") is one.
    if (
        f.value not in stated
        and not (f.parts and all(n in stated or n == 1 for n in f.parts))
        and not (f.inferred and _number(f.inferred) in stated)
        and not (
            f.value == 1 and (named := _ONE_NAMED.match(f.inferred or "")) and named["who"] in f.sentence
        )
    ):
        return "not in the sentence"
    span = date_span(x.date, x.precision, x.end_date) if x.date else None
    about = [
        g
        for g in gold
        if g.article == f.article
        and _bodies(g.kind) == (f.kind == "bodies")
        and (g.status == "done") != f.promised
        and (g.sentence == f.sentence or (g.span is not None and span is not None and _overlap(g.span, span)))
    ]
    stated = {v for g in about if (v := getattr(g, f"to_{f.side}")) is not None}
    # ("14 civilians were handed over … yesterday", "Another 16 … today", of the 30 the gold gives
    # the swap: one of the record's stages, which add up to the gold's whole.)
    staged = [getattr(stage, f"to_{f.side}") for stage in x.stages]
    whole = (
        sum(staged)
        if f.stage
        and None not in staged
        and any(s.date == f.stage and s_value == f.value for s, s_value in zip(x.stages, staged, strict=True))
        else None
    )
    # ("More than 500 fallen defenders", of the 501 returned: a bound the count keeps.)
    if (
        stated
        and f.value not in stated
        and whole not in stated
        and not (f.bound and any(fits(f, v) for v in stated))
    ):
        return f"gold: {', '.join(f'{v:,}' for v in sorted(stated))}"
    return None


# -- rounds ---------------------------------------------------------------------------------


def same_round(a: GoldRound, b: GoldRound) -> bool:
    """Two gold entries of one round: the same track, and the same number when both give one,
    else overlapping dates (an undated entry is any round of its track)."""
    if _track_key(a) != _track_key(b):
        return False
    if a.number is not None and b.number is not None:
        return a.number == b.number
    return _overlap(a.span, b.span)


def other_table(a: GoldRound, b: GoldRound) -> bool:
    """Two gold entries that cannot be one meeting: the United States meeting one side alone, and
    any other table ("separate talks with US officials" in Geneva, beside the trilateral round
    an article expected that week). Trilateral rounds told as talks of the two sides are one."""
    alone = ("US–Ukraine", "US–Russia")
    return a.format != b.format and (a.format in alone or b.format in alone)


@dataclass
class RoundCheck:
    track: str
    number: int | None
    date: str | None
    end_date: str | None
    precision: Precision | None
    rows: list[Round]  # Parley's rows of the track's series with that number and those dates
    articles: list[str]

    @property
    def right(self) -> bool:
        return len(self.rows) == 1


def _track_key(g: GoldRound) -> tuple[str, str | None, str | None]:
    """A gold track as place, year and, when the annotator named it after the year, format:
    "Istanbul 2025 US–Russia embassy talks" and "Istanbul 2025 (US–Russia)" are one track."""
    place, year = _place(g.track)
    named = g.track.split(year, 1)[1].strip() if year else ""
    return place, year, g.format if named else None


def _place(track: str) -> tuple[str, str | None]:
    """A track's place and year: "Istanbul 2025" → ("Istanbul", "2025"); what annotators wrote
    after the year ("Istanbul 2025 US–Russia embassy talks") says the format, read from the entry."""
    match = re.match(r"(.+?)\s+((?:19|20)\d\d)\b", track)
    return (match[1], match[2]) if match else (track, None)


def in_series(row: Round, track: str, format: str | None = None) -> bool:
    """A row is of the track when its series names the track's place (as the venue gazetteer names
    it: annotators' "Alaska 2025" is the gazetteer's Anchorage), no other year, and, when the gold
    gives one, its format: the US–Russia embassy talks in Istanbul are not the track of the
    Russia–Ukraine rounds there."""
    place, year = _place(track)
    place = venue_of(place) or place
    years = set(re.findall(r"\b(?:19|20)\d\d\b", row.series))
    return (
        place.casefold() in row.series.casefold()
        and (not years or years == {year})
        and (format is None or row.format == format)
    )


def check_rounds(rounds: Sequence[Round], gold: Sequence[GoldRound]) -> list[RoundCheck]:
    """For each distinct gold round (see `distinct`), the rows of Parley's rounds table of its
    track with its number (see `_number_given`) and its dates: those of its most precise
    entry; of a round dated to the day, the days most of its entries give, of those published on
    or after them when any are (see `_told_after`; of readings given as
    often, the longest: "17 February", "18 February" and "17-18 February" are a two-day round).
    A day-precision round needs
    the same first and last day; a vaguer one, a row whose dates lie within it; an undated one,
    any dates. Right when exactly one row matches."""
    checks = []
    for group in distinct(gold, same_round, other_table):
        best = min(group, key=_fineness)
        span = _most_given(_told_after([g for g in group if g.precision == "day" and g.span])) or best.span
        number = _number_given(group)
        formats = Counter(g.format for g in group)
        table = max(formats, key=lambda f: formats[f])
        rows = [
            r
            for r in rounds
            if in_series(r, best.track, table)
            and (number is None or r.round == number)
            and _same_dates(r, span, best.precision)
        ]
        days = best.precision == "day" and span
        checks.append(
            RoundCheck(
                track=best.track,
                number=number,
                date=span[0].isoformat() if days else best.date,
                end_date=(span[1].isoformat() if span[1] != span[0] else None) if days else best.end_date,
                precision=best.precision,
                rows=rows,
                articles=sorted({g.article for g in group}),
            )
        )
    return checks


def _number_given(group: Sequence[GoldRound]) -> int | None:
    """The number most of a round's numbered entries give (of numbers given as often, the
    lowest), when at least one entry in ten gives it: one annotator's "round 4" among 250 reports
    of Istanbul's 29 March 2022 is no number the reports agree on."""
    given = Counter(g.number for g in group if g.number is not None)
    if not given:
        return None
    number, times = min(given.items(), key=lambda item: (-item[1], item[0]))
    return number if times * 10 >= len(group) else None


_PUBLISHED = re.compile(r"-(\d{4}-\d\d-\d\d)-")


def _told_after(entries: Sequence[GoldRound]) -> list[tuple[dt.date, dt.date]]:
    """The spans of a round's entries whose articles were published on or after the span's first
    day, when any are: a day announced before the meeting ("ready to meet in Istanbul on Thursday,
    May 15") may have moved (it met on Friday 16 May). An article's publication date is the one its
    name holds."""
    told = [(g.span, _PUBLISHED.search(g.article)) for g in entries if g.span]
    after = [span for span, published in told if published and published[1] >= span[0].isoformat()]
    return after or [span for span, _ in told]


def _most_given(spans: list[tuple[dt.date, dt.date]]) -> tuple[dt.date, dt.date] | None:
    """The span given most often; of those given as often, the longest, then the earliest."""
    counts = Counter(spans)
    return min(counts, key=lambda x: (-counts[x], x[0] - x[1], x[0]), default=None)


def _same_dates(row: Round, span: tuple[dt.date, dt.date] | None, precision: Precision | None) -> bool:
    if span is None:
        return True
    if row.date is None:
        return False
    have = date_span(row.date, row.precision, row.end_date)
    return have == span if precision == "day" else span[0] <= have[0] and have[1] <= span[1]


# -- the summary's counts ---------------------------------------------------------------------


@dataclass
class Counts:
    """How many exchanges carried out (dated) and rounds Parley's summary counts, and how many
    distinct ones the gold holds."""

    exchanges: int
    gold_exchanges: int
    rounds: int
    gold_rounds: int


def counts(collection: Collection, exchanges: Sequence[GoldExchange], rounds: Sequence[GoldRound]) -> Counts:
    done = [g for g in exchanges if g.status == "done" and g.date]
    return Counts(
        exchanges=len(exchanges_carried_out(collection.events)),
        gold_exchanges=len(distinct(done, same_exchange, other_figures)),
        rounds=len(counted(collection.rounds)),
        gold_rounds=len(distinct(rounds, same_round, other_table)),
    )
