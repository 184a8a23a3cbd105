"""Negotiation rounds, as analysts name them: each round is one meeting (often over two days)
of a *track* — where the talks are held, when (Istanbul 2022 and Istanbul 2025 are different
tracks) and in what format — joined across articles, with its delegation heads and hosts, its
topics, and the exchanges that carried out what it agreed.

Venues come from a gazetteer (knowledge/venues.yaml): a place it does not list — a city where
fighting happens — is never a venue."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from functools import cache, lru_cache
from importlib.resources import files
from itertools import pairwise

import yaml
from pydantic import BaseModel

from parley.articles.load import Article
from parley.mentions.extract import Event, Precision, mentions_type, round_ordinal, sentences, topics

UNKNOWN_SERIES = "venue not stated"
# Rounds of one series are weeks apart; two dates this close, one of them unnumbered, are one round.
_SAME_ROUND_DAYS = 2
# Talks at one venue this far apart belong to different tracks (Istanbul 2022, Istanbul 2025).
TRACK_GAP_DAYS = 240
_OUTCOME_TYPES = ("prisoner_exchange", "agreement")
# A sentence tying what followed to the talks: "carried out as part of the agreements reached".
_LINK = re.compile(r"\b(?:talks|negotiations|round|session|agreements? reached|as part of)\b", re.I)
_US = r"(?:US|U\.S\.|American|United States|Washington|Witkoff|Kushner|Rubio|Driscoll|Waltz|Trump)"
_TRILATERAL = re.compile(
    rf"\btrilateral\b|\b{_US}\b.*\b(?:Ukrain\w*|Kyiv)\b.*\b(?:Russia\w*|Moscow)\b|\b{_US}\b.*\b(?:Russia\w*|Moscow)\b.*\b(?:Ukrain\w*|Kyiv)\b",
    re.I,
)
_US_RUSSIA = re.compile(
    rf"\b{_US}\b[^.]*\b(?:Russia\w*|Moscow|Kremlin)\b|\b(?:Russia\w*|Moscow)\b[^.]*\b{_US}\b"
)
_US_UKRAINE = re.compile(rf"\b{_US}\b[^.]*\b(?:Ukrain\w*|Kyiv)\b|\b(?:Ukrain\w*|Kyiv)\b[^.]*\b{_US}\b")
FORMATS = ("Russia–Ukraine", "US–Ukraine–Russia", "US–Russia", "US–Ukraine")


class Round(BaseModel):
    id: str = ""
    series: str  # the track: venue and the year it began, "Istanbul 2025"
    round: int | None
    round_inferred: bool = False
    date: str | None
    end_date: str | None = None
    precision: Precision | None
    location: str | None
    venue: str | None = None
    format: str = "Russia–Ukraine"
    status: str = "done"  # held ("done"), or only planned, agreed, postponed or cancelled so far
    heads: list[str] = []  # delegation heads the texts name
    hosts: list[str] = []  # hosts and mediators the texts name
    topics: list[str] = []
    outcomes: list[str] = []
    exchanges: list[str] = []  # the exchanges carrying out what the round agreed
    sources: list[str]
    evidence: list[str]  # the verbatim sentences the row rests on
    note: str | None = None
    conflicts: list[str] = []  # what articles disagree on: dates, numbers
    corrections: list[str] = []  # what analyst corrections added, with their notes


@cache
def _gazetteer() -> list[tuple[str, re.Pattern[str]]]:
    data = yaml.safe_load(files("parley").joinpath("knowledge/venues.yaml").read_text(encoding="utf-8"))
    return [(venue, re.compile(rf"\b(?:{'|'.join(aliases)})\b")) for venue, aliases in data.items()]


@cache
def _people() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    data = yaml.safe_load(files("parley").joinpath("knowledge/people.yaml").read_text(encoding="utf-8"))
    return {
        role: [(name, re.compile(rf"\b(?:{'|'.join(p['names'])})\b")) for name, p in people.items()]
        for role, people in data.items()
    }


@lru_cache(maxsize=65536)
def venue_of(text: str) -> str | None:
    """The venue a text names (the gazetteer's name for it), the first one it names."""
    found = [(m.start(), venue) for venue, pattern in _gazetteer() if (m := pattern.search(text))]
    return min(found)[1] if found else None


def format_of(text: str) -> str:
    """Who sits at the table: the United States with both sides, with one, or the two sides."""
    if _TRILATERAL.search(text):
        return "US–Ukraine–Russia"
    if _US_RUSSIA.search(text) and not re.search(r"\b(?:Ukrain\w*|Kyiv)\b", text):
        return "US–Russia"
    if _US_UKRAINE.search(text) and not re.search(r"\b(?:Russia\w*|Moscow)\b", text):
        return "US–Ukraine"
    return "Russia–Ukraine"


def named(text: str, role: str) -> list[str]:
    return [name for name, pattern in _people()[role] if pattern.search(text)]


def build_rounds(events: list[Event], articles: list[Article]) -> list[Round]:
    """Rounds from the negotiation-round mentions, joined within a track, ordered by date, tracks
    in the order they began."""
    bodies = {a.id: a.body for a in articles}
    published = {a.id: a.published for a in articles}
    by_article: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_article[e.article].append(e)
    found = [e for e in events if e.type == "negotiation_round"]
    # Sentences are split again only for the articles that report a round.
    spans = {a: list(sentences(bodies[a])) for a in {e.article for e in found}}
    venues = _venues(found)
    tracks = _tracks(found, venues, published)
    rows: dict[str, list[Round]] = defaultdict(list)
    seen: dict[str, _Seen] = defaultdict(_Seen)
    for event in found:
        row = _round(event, by_article[event.article], bodies[event.article], spans[event.article])
        venue = venues[id(event)]
        row = row.model_copy(
            update={
                "series": tracks[id(event)],
                "venue": venue,
                "location": venue,
                "format": format_of(event.sentence),
                "heads": named(event.sentence, "heads"),
                "hosts": named(event.sentence, "hosts"),
            }
        )
        same = rows[row.series]
        match = next((i for i in seen[row.series].candidates(row) if _same_round(same[i], row)), None)
        if match is None:
            match = len(same)
            same.append(row)
        else:
            same[match] = _merge(same[match], row)
        seen[row.series].add(match, same[match])
    merged = [r for series in rows.values() for r in series]
    merged = _numbered_by_order(_placed_by_date(_coarse_joined(merged)))
    merged = _first_by_order(merged)
    merged += _implied(merged)
    ordered: list[Round] = []
    by_series: dict[str, list[Round]] = defaultdict(list)
    for r in merged:
        by_series[r.series].append(r)
    for series in sorted(by_series, key=lambda s: _track_order(s, by_series[s])):
        ordered += _in_order(by_series[series])
    return [_with_id(r) for r in ordered]


def _venues(found: list[Event]) -> dict[int, str | None]:
    """Each round's venue: the one its sentence names, the one of the round just before it in its
    article ("in the same city"), or the only venue its article gives a round."""
    named_venue = {id(e): venue_of(e.sentence) for e in found}
    by_article: dict[str, list[Event]] = defaultdict(list)
    for e in found:
        by_article[e.article].append(e)
    out: dict[int, str | None] = {}
    for e in found:
        venue = named_venue[id(e)]
        if venue is None:
            same = [x for x in by_article[e.article] if named_venue[id(x)]]
            before = [x for x in same if x.start < e.start]
            if before and re.search(r"\b(?:same|that) (?:city|venue|place)\b", e.sentence):
                venue = named_venue[id(before[-1])]
            elif len({named_venue[id(x)] for x in same}) == 1:
                venue = named_venue[id(same[0])]
        out[id(e)] = venue
    return out


def _tracks(
    found: list[Event], venues: dict[int, str | None], published: dict[str, dt.date | None]
) -> dict[int, str]:
    """Each round's track: its venue and the year its run of talks there began; a run ends when
    the venue has no talks for TRACK_GAP_DAYS."""
    days: dict[str, list[dt.date]] = defaultdict(list)
    for e in found:
        if venues[id(e)] and e.day:
            days[venues[id(e)] or ""].append(e.day)
    eras: dict[str, list[dt.date]] = {}  # the first day of each run, per venue
    for venue, seen in days.items():
        seen.sort()
        eras[venue] = [seen[0]] + [b for a, b in pairwise(seen) if (b - a).days > TRACK_GAP_DAYS]
    out: dict[int, str] = {}
    for e in found:
        venue = venues[id(e)]
        if venue is None:
            out[id(e)] = UNKNOWN_SERIES
            continue
        starts = eras.get(venue)
        when = e.day or published.get(e.article)
        if not starts:
            out[id(e)] = f"{venue} {when.year}" if when else venue
            continue
        i = max(bisect.bisect_right(starts, when) - 1, 0) if when else len(starts) - 1
        out[id(e)] = f"{venue} {starts[i].year}"
    return out


def _track_order(series: str, rows: list[Round]) -> tuple[bool, str, str]:
    first = min((r.date for r in rows if r.date), default="9999")
    return (series == UNKNOWN_SERIES, first, series)


def _with_id(row: Round) -> Round:
    track = re.sub(r"[^a-z0-9]+", "-", row.series.lower()).strip("-")
    suffix = f"round-{row.round}" if row.round else (row.date or "undated")
    return row.model_copy(update={"id": f"{track}-{suffix}"})


def _in_order(rows: list[Round]) -> list[Round]:
    """A series' rounds by date; an undated numbered round goes before the first round numbered
    after it, an undated unnumbered one last."""
    ordered = sorted((r for r in rows if r.date), key=lambda r: (r.date or "", r.round or 0))
    for row in sorted((r for r in rows if not r.date), key=lambda r: r.round or 999):
        after = next(
            (i for i, r in enumerate(ordered) if row.round and r.round and r.round > row.round), None
        )
        ordered.insert(len(ordered) if after is None else after, row)
    return ordered


def _placed_by_date(rows: list[Round]) -> list[Round]:
    """A round of unknown venue on the same day as a round of a known series is that round."""
    placed = [r for r in rows if r.series != UNKNOWN_SERIES]
    on: dict[str, list[int]] = defaultdict(list)  # the rows of each date, in order: no scan of all
    for i, r in enumerate(placed):
        if r.date:
            on[r.date].append(i)
    for row in (r for r in rows if r.series == UNKNOWN_SERIES):
        i = on[row.date][0] if row.date and on.get(row.date) else None
        if i is None or placed[i].series == UNKNOWN_SERIES:
            if row.date:
                on[row.date].append(len(placed))
            placed.append(row)
        else:
            before = placed[i].date
            placed[i] = _merge(placed[i], row.model_copy(update={"series": placed[i].series}))
            if placed[i].date != before:  # a merge keeps the earlier date
                on[before or ""].remove(i)
                if placed[i].date:
                    bisect.insort(on[placed[i].date], i)
    return placed


def _span(r: Round) -> tuple[str, str]:
    """The first and last day a row may cover, as ISO text."""
    date = r.date or ""
    if r.end_date:
        return date, r.end_date
    if r.precision == "month":
        return f"{date}-01", f"{date}-31"
    if r.precision == "year":
        return f"{date}-01-01", f"{date}-12-31"
    return date, date


def _coarse_joined(rows: list[Round]) -> list[Round]:
    """A round known only to the month or year ("talks in Istanbul in May") is the one round of
    its track dated to the day within it; when several fall within it, it names them together
    and adds no round of its own."""
    fine = [r for r in rows if r.precision == "day"]
    out = [r for r in rows if r.precision != "month" and r.precision != "year"]
    for row in (r for r in rows if r.precision in ("month", "year")):
        first, last = _span(row)
        inside = [r for r in fine if r.series == row.series and first <= (r.date or "") <= last]
        if len(inside) == 1:
            i = out.index(inside[0])
            fine_row = out[i]
            days = {"date": fine_row.date, "end_date": fine_row.end_date, "precision": fine_row.precision}
            out[i] = _merge(fine_row, row.model_copy(update={"round": row.round or fine_row.round, **days}))
            fine[fine.index(inside[0])] = out[i]
        elif not inside:
            out.append(row)
    return out


def _first_by_order(rows: list[Round]) -> list[Round]:
    """An unnumbered round dated before every other of its track, when the next one stated is
    round 2, is round 1 by its order; an undated "round 1" of the track is that round."""
    out = list(rows)
    for series in {r.series for r in rows} - {UNKNOWN_SERIES}:
        dated = sorted((r for r in out if r.series == series and r.date), key=lambda r: r.date or "")
        if len(dated) < 2 or dated[0].round is not None or dated[1].round != 2:
            continue
        first = dated[0].model_copy(
            update={
                "round": 1,
                "round_inferred": True,
                "note": f"numbered 1 from its date order in the {series} series",
            }
        )
        out[out.index(dated[0])] = first
        for undated in [r for r in out if r.series == series and r.round == 1 and not r.date]:
            out.remove(undated)
            i = out.index(first)
            out[i] = first = _merge(first, undated.model_copy(update={"round": 1}))
    return out


def _numbered_by_order(rows: list[Round]) -> list[Round]:
    """An unnumbered round dated after numbered rounds only, the latest being round k, and before
    any round numbered k+1, is round k+1 by its order, and says so (`round_inferred`)."""
    out = list(rows)
    for series in {r.series for r in rows} - {UNKNOWN_SERIES}:
        dated = sorted((r for r in out if r.series == series and r.date), key=lambda r: r.date or "")
        for position, row in enumerate(dated):
            if row.round is not None:
                continue
            before = [r.round for r in dated[:position]]
            later = [r.round for r in dated[position + 1 :] if r.round is not None]
            if not before or None in before:
                continue
            n = max(b or 0 for b in before) + 1
            if (later and min(later) <= n) or any(r.series == series and r.round == n for r in out):
                continue
            numbered = row.model_copy(
                update={
                    "round": n,
                    "round_inferred": True,
                    "note": f"numbered {n} from its date order in the {series} series",
                }
            )
            out[out.index(row)] = numbered
            dated[position] = numbered
    return out


def _round(event: Event, events: list[Event], body: str, spans: list[tuple[int, int]]) -> Round:
    """One round as its article tells it; `events` are that article's events, `spans` its
    sentences."""
    # Topics come from the sentences that follow, up to the next dated statement.
    listed: list[str] = topics(event.sentence)
    dated = {e.start for e in events if e.date}
    for s, e in spans[bisect.bisect_left(spans, (event.end, 0)) :]:
        if s in dated:
            break
        listed += topics(body[s:e])
    # Outcomes: what the article reports after this round and before its series' next round.
    venue = venue_of(event.sentence)
    same_article = [e for e in events if e.date]
    following = [
        e.date
        for e in same_article
        if e.type == "negotiation_round" and venue_of(e.sentence) == venue and e.date > (event.date or "")
    ]
    until = min(following, default="9999")
    later = sorted(
        (
            e
            for e in same_article
            if event.date
            and event.date < (e.date or "") < until
            and (
                e.type in _OUTCOME_TYPES
                or (e.type == "announcement" and mentions_type(e.sentence, _OUTCOME_TYPES))
            )
        ),
        key=lambda e: e.date or "",
    )
    linked = any(_LINK.search(body[s:e]) and mentions_type(body[s:e], _OUTCOME_TYPES) for s, e in spans)
    return Round(
        series=UNKNOWN_SERIES,
        status=event.status or "done",
        round=round_ordinal(event.sentence),
        date=event.date,
        end_date=event.end_date,
        precision=event.precision,
        location=None,
        topics=listed,
        outcomes=[f"{e.title} ({e.date})" for e in later] if linked else [],
        sources=[event.article],
        evidence=[event.sentence],
    )


class _Seen:
    """Where a track's rounds so far are, by date and by number: the only ones `_same_round` can
    match are on the same date (or within _SAME_ROUND_DAYS of a day) or of the same number, so
    each new row is compared with those few, not with every round of the track."""

    def __init__(self) -> None:
        self.by_date: dict[str, set[int]] = defaultdict(set)
        self.by_round: dict[int, set[int]] = defaultdict(set)

    def add(self, index: int, row: Round) -> None:
        # A merge may give a row a new date or number: it is found under the new ones too (an
        # old key left behind only adds a candidate, which `_same_round` then turns down).
        if row.date:
            self.by_date[row.date].add(index)
        if row.round is not None:
            self.by_round[row.round].add(index)

    def candidates(self, row: Round) -> list[int]:
        found: set[int] = set()
        if row.date and len(row.date) == 10:
            day = dt.date.fromisoformat(row.date)
            for shift in range(-_SAME_ROUND_DAYS, _SAME_ROUND_DAYS + 1):
                try:
                    found |= self.by_date.get((day + dt.timedelta(days=shift)).isoformat(), set())
                except OverflowError:  # past year 1 or 9999: no round there
                    continue
        elif row.date:
            found |= self.by_date.get(row.date, set())
        if row.round is not None:
            found |= self.by_round.get(row.round, set())
        return sorted(found)  # the first match in the track's order, as before


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

    conflicts = union(a.conflicts, b.conflicts)
    if a.round is not None and a.round == b.round and _far_apart(a, b):
        # Articles that put one numbered round on different days: both kept, flagged.
        conflicts.append(
            f"round {a.round} dated {a.date} ({', '.join(a.sources)}) and {b.date} ({', '.join(b.sources)})"
        )
        return a.model_copy(
            update={
                "sources": union(a.sources, b.sources),
                "evidence": union(a.evidence, b.evidence),
                "conflicts": conflicts,
            }
        )
    return a.model_copy(
        update={
            "round": a.round if a.round is not None else b.round,
            "date": min(d for d in (a.date, b.date) if d) if a.date or b.date else None,
            "end_date": _end(a, b),
            "precision": _finer(a, b),
            "status": "done" if "done" in (a.status, b.status) else a.status,
            "heads": union(a.heads, b.heads),
            "hosts": union(a.hosts, b.hosts),
            "topics": union(a.topics, b.topics),
            "outcomes": union(a.outcomes, b.outcomes),
            "sources": union(a.sources, b.sources),
            "evidence": union(a.evidence, b.evidence),
            "conflicts": conflicts,
        }
    )


def _far_apart(a: Round, b: Round) -> bool:
    if not (a.date and b.date and len(a.date) == len(b.date) == 10):
        return False
    return abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) > _SAME_ROUND_DAYS


def _finer(a: Round, b: Round) -> Precision | None:
    order = ("day", "week", "month", "year")
    given = [p for p in (a.precision, b.precision) if p]
    return min(given, key=order.index) if given else None


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
                        location=latest.location,
                        venue=latest.venue,
                        format=latest.format,
                        sources=latest.sources,
                        evidence=latest.evidence,
                        note=f"implied by round {latest.round}; the text gives no date or details",
                    )
                )
    return implied
