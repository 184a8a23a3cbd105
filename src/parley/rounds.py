"""Negotiation rounds: one row per round of a series (venue and format), with what each article
says about it: its date, its topics and what followed from it."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from pydantic import BaseModel

from .articles import Article
from .extract import Event, Precision, mentions_type, round_ordinal, sentences, topics

UNKNOWN_SERIES = "venue not stated"
# Rounds of one series are weeks apart; two dates this close, one of them unnumbered, are one round.
_SAME_ROUND_DAYS = 2
_OUTCOME_TYPES = ("prisoner_exchange", "agreement")
# A sentence tying what followed to the talks: "carried out as part of the agreements reached".
_LINK = re.compile(r"\b(?:talks|negotiations|round|session|agreements? reached|as part of)\b", re.I)


class Round(BaseModel):
    series: str
    round: int | None
    round_inferred: bool = False
    date: str | None
    end_date: str | None = None
    precision: Precision | None
    location: str | None
    topics: list[str] = []
    outcomes: list[str] = []
    sources: list[str]
    evidence: list[str]  # the verbatim sentences the row rests on
    note: str | None = None
    corrections: list[str] = []  # what analyst corrections added, with their notes


def build_rounds(events: list[Event], articles: list[Article]) -> list[Round]:
    """Rounds from the negotiation-round events, merged within a series, ordered by date.
    Linear in the events after sorting: each round is matched through indexes, never by a scan
    of the rows found so far."""
    bodies = {a.id: a.body for a in articles}
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article, []).append(e)
    found = [e for e in events if e.type == "negotiation_round"]
    venues = {
        v: re.compile(rf"\b{re.escape(v)}\b") for v in sorted({e.location for e in found if e.location})
    }
    placed: dict[str, list[Event]] = {}  # each article's rounds at a venue, in reading order
    for e in found:
        placed.setdefault(e.article, [])
        if e.location in venues:
            placed[e.article].append(e)
    told = {a: _Told(by_article[a], bodies[a]) for a in placed}
    rows = _Rows()
    for event in found:
        row = told[event.article].round(event)
        rows.add(row.model_copy(update={"series": _series(event, placed[event.article], venues)}))
    placed = _numbered_by_order(_placed_by_date(rows.items))
    placed += _implied(placed)
    by_series: dict[str, list[Round]] = {}
    for r in placed:
        by_series.setdefault(r.series, []).append(r)
    ordered: list[Round] = []
    for series in sorted(by_series, key=lambda s: (s == UNKNOWN_SERIES, s)):
        ordered += _in_order(by_series[series])
    return ordered


class _Rows:
    """The rounds found so far, indexed by series and number and by series and date, so that a
    new row finds the first row it is the same round as (`_same_round`) at once."""

    def __init__(self) -> None:
        self.items: list[Round] = []
        self._keys: dict[tuple[str, object], set[int]] = {}

    def add(self, row: Round) -> None:
        candidates = sorted(set().union(*(self._keys.get(k, set()) for k in _lookups(row))))
        same = next((i for i in candidates if _same_round(self.items[i], row)), None)
        if same is None:
            self.items.append(row)
            self._index(len(self.items) - 1)
        else:
            self._unindex(same)
            self.items[same] = _merge(self.items[same], row)
            self._index(same)

    def _index(self, i: int) -> None:
        for key in _keys(self.items[i]):
            self._keys.setdefault(key, set()).add(i)

    def _unindex(self, i: int) -> None:
        for key in _keys(self.items[i]):
            self._keys[key].discard(i)


def _keys(row: Round) -> list[tuple[str, object]]:
    """Where a row is found: by its number, and by its date."""
    return [(row.series, ("round", row.round)), (row.series, ("date", row.date))]


def _lookups(row: Round) -> list[tuple[str, object]]:
    """The keys of every row that may be the same round as `row` (see `_same_round`)."""
    keys: list[tuple[str, object]] = [(row.series, ("round", row.round))] if row.round is not None else []
    if row.date and len(row.date) == 10:
        day = dt.date.fromisoformat(row.date)
        near = (day + dt.timedelta(days=d) for d in range(-_SAME_ROUND_DAYS, _SAME_ROUND_DAYS + 1))
        keys += [(row.series, ("date", d.isoformat())) for d in near]
    elif row.date:
        keys.append((row.series, ("date", row.date)))
    return keys


def _in_order(rows: list[Round]) -> list[Round]:
    """A series' rounds by date; an undated numbered round goes before the first round numbered
    after it, an undated unnumbered one last."""
    dated = sorted((r for r in rows if r.date), key=lambda r: (r.date or "", r.round or 0))
    undated = sorted((r for r in rows if not r.date), key=lambda r: r.round or 999)
    before: dict[int, list[Round]] = {}  # undated rows, by the dated row they go before
    last: list[Round] = []
    position = 0  # the first dated row numbered above the round placed: it only moves on
    for row in undated:
        while position < len(dated) and not (row.round and (dated[position].round or 0) > row.round):
            position += 1
        (before.setdefault(position, []) if row.round and position < len(dated) else last).append(row)
    ordered: list[Round] = []
    for i, r in enumerate(dated):
        ordered += [*before.get(i, []), r]
    return ordered + last


def _series(event: Event, placed: list[Event], venues: dict[str, re.Pattern[str]]) -> str:
    """The series a round belongs to: its venue, the venue its sentence names ("the Istanbul
    round"), the venue of the round just before it in its article ("in the same city"), or
    the only venue its article gives a round. `placed` are its article's rounds at a venue, in
    reading order."""
    if event.location in venues:
        return event.location or UNKNOWN_SERIES
    named = [v for v, pattern in venues.items() if pattern.search(event.sentence)]
    if len(named) == 1:
        return named[0]
    if re.search(r"\b(?:same|that) (?:city|venue|place)\b", event.sentence):
        before = bisect.bisect_left([e.start for e in placed], event.start)
        if before:
            return placed[before - 1].location or UNKNOWN_SERIES
    if placed and all(e.location == placed[0].location for e in placed):
        return placed[0].location or UNKNOWN_SERIES
    return UNKNOWN_SERIES


def _placed_by_date(rows: list[Round]) -> list[Round]:
    """A round of unknown venue on the same day as a round of a known series is that round."""
    placed = [r for r in rows if r.series != UNKNOWN_SERIES]
    first_on: dict[str, int] = {}  # the first placed row of each date (merging keeps the date)
    for i, r in enumerate(placed):
        first_on.setdefault(r.date or "", i)
    for row in (r for r in rows if r.series == UNKNOWN_SERIES):
        i = first_on.get(row.date) if row.date else None
        if i is None or placed[i].series == UNKNOWN_SERIES:
            placed.append(row)
            first_on.setdefault(row.date or "", len(placed) - 1)
        else:
            placed[i] = _merge(placed[i], row.model_copy(update={"series": placed[i].series}))
    return placed


def _numbered_by_order(rows: list[Round]) -> list[Round]:
    """An unnumbered round dated after numbered rounds only, the latest being round k, and before
    any round numbered k+1, is round k+1 by its order, and says so (`round_inferred`)."""
    out = list(rows)
    by_series: dict[str, list[int]] = {}
    for i, r in enumerate(out):
        by_series.setdefault(r.series, []).append(i)
    for series, indexes in by_series.items():
        if series == UNKNOWN_SERIES:
            continue
        taken = {out[i].round for i in indexes}
        dated = sorted((i for i in indexes if out[i].date), key=lambda i: out[i].date or "")
        # The lowest number given to any round after each position.
        later: list[int | None] = [None] * (len(dated) + 1)
        for position in range(len(dated) - 1, -1, -1):
            n = out[dated[position]].round
            below = later[position + 1]
            later[position] = n if below is None else below if n is None else min(n, below)
        highest, unnumbered_before = 0, False
        for position, i in enumerate(dated):
            row = out[i]
            if row.round is None and position and not unnumbered_before:
                n = highest + 1
                after = later[position + 1]
                if (after is None or after > n) and n not in taken:
                    row = out[i] = row.model_copy(
                        update={
                            "round": n,
                            "round_inferred": True,
                            "note": f"numbered {n} from its date order in the {series} series",
                        }
                    )
                    taken.add(n)
            if row.round is None:
                unnumbered_before = True
            else:
                highest = max(highest, row.round)
    return out


class _Told:
    """What one article tells about its rounds: its sentences, and its dated events by date,
    worked out once however many rounds it holds. `events` are the article's events."""

    def __init__(self, events: list[Event], body: str) -> None:
        self.spans = list(sentences(body))
        self.starts = [s for s, _ in self.spans]
        self.texts = [body[s:e] for s, e in self.spans]
        self.dated_sentences = {e.sentence for e in events if e.date}
        dated = sorted((e for e in events if e.date), key=lambda e: e.date or "")
        self.rounds: dict[str | None, list[str]] = {}  # the dates of the rounds at each venue
        for e in dated:
            if e.type == "negotiation_round":
                self.rounds.setdefault(e.location, []).append(e.date or "")
        self.outcomes = [
            e
            for e in dated
            if e.type in _OUTCOME_TYPES
            or (e.type == "announcement" and mentions_type(e.sentence, _OUTCOME_TYPES))
        ]
        self.outcome_dates = [e.date or "" for e in self.outcomes]
        self.linked = any(_LINK.search(t) and mentions_type(t, _OUTCOME_TYPES) for t in self.texts)

    def round(self, event: Event) -> Round:
        """One round as its article tells it."""
        # Topics come from the sentences that follow, up to the next dated statement.
        listed: list[str] = topics(event.sentence)
        for text in self.texts[bisect.bisect_left(self.starts, event.end) :]:
            if text in self.dated_sentences:
                break
            listed += topics(text)
        # Outcomes: what the article reports after this round and before its series' next round.
        later: list[Event] = []
        if event.date and self.linked:
            dates = self.rounds.get(event.location, [])
            next_round = bisect.bisect_right(dates, event.date)
            until = dates[next_round] if next_round < len(dates) else "9999"
            first = bisect.bisect_right(self.outcome_dates, event.date)
            later = self.outcomes[first : bisect.bisect_left(self.outcome_dates, until)]
        return Round(
            series=event.location or UNKNOWN_SERIES,
            round=round_ordinal(event.sentence),
            date=event.date,
            end_date=event.end_date,
            precision=event.precision,
            location=event.location,
            topics=listed,
            outcomes=[f"{e.title} ({e.date})" for e in later],
            sources=[event.article],
            evidence=[event.sentence],
        )


def _same_round(a: Round, b: Round) -> bool:
    if a.series != b.series:
        return False
    if a.series == UNKNOWN_SERIES:
        # Without a venue, "the first round" of one series is not that of another: dates decide.
        return a.date is not None and a.date == b.date and a.round == b.round
    if a.round is not None and b.round is not None:
        return a.round == b.round
    if a.date is None or b.date is None:
        return False
    # "The talks opened on Wednesday" and "the second round ended on Thursday": one round.
    if len(a.date) == len(b.date) == 10:
        days = abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days)
        return days <= _SAME_ROUND_DAYS
    return a.date == b.date


def _merge(a: Round, b: Round) -> Round:
    def union(x: list[str], y: list[str]) -> list[str]:
        return x + [v for v in y if v not in x]

    return a.model_copy(
        update={
            "round": a.round if a.round is not None else b.round,
            "date": min(d for d in (a.date, b.date) if d) if a.date or b.date else None,
            "end_date": _end(a, b),
            "precision": a.precision or b.precision,
            "topics": union(a.topics, b.topics),
            "outcomes": union(a.outcomes, b.outcomes),
            "sources": union(a.sources, b.sources),
            "evidence": union(a.evidence, b.evidence),
        }
    )


def _end(a: Round, b: Round) -> str | None:
    """The last day of a merged round: the later of two days that are both given to the day."""
    days = [d for d in (a.end_date, b.end_date) if d]
    days += [d for d in (a.date, b.date) if d and len(d) == 10]
    last = max(days, default=None)
    first = min(d for d in (a.date, b.date) if d) if a.date or b.date else None
    return last if last and first and last > first else (a.end_date or b.end_date)


def _implied(rows: list[Round]) -> list[Round]:
    """ "The second round" implies a first: a row for it, with nothing but what is implied."""
    implied: list[Round] = []
    for series in {r.series for r in rows} - {UNKNOWN_SERIES}:
        numbered = sorted(
            (r for r in rows if r.series == series and r.round and not r.round_inferred),
            key=lambda r: r.round or 0,
        )
        if not numbered:
            continue
        known = {r.round for r in rows if r.series == series}
        latest = numbered[-1]
        for n in range(1, latest.round or 0):
            if n not in known:
                implied.append(
                    Round(
                        series=series,
                        round=n,
                        round_inferred=True,
                        date=None,
                        precision=None,
                        location=None,
                        sources=latest.sources,
                        evidence=latest.evidence,
                        note=f"implied by round {latest.round}; the text gives no date or details",
                    )
                )
    return implied
