"""Negotiation rounds: one row per round of a series (venue and format), with what each article
says about it: its date, its topics and what followed from it."""

from __future__ import annotations

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
    """Rounds from the negotiation-round events, merged within a series, ordered by date."""
    bodies = {a.id: a.body for a in articles}
    by_article: dict[str, list[Event]] = {}
    for e in events:
        by_article.setdefault(e.article, []).append(e)
    found = [e for e in events if e.type == "negotiation_round"]
    venues = {e.location for e in found if e.location}
    rows: list[Round] = []
    for event in found:
        row = _round(event, by_article[event.article], bodies[event.article])
        row = row.model_copy(update={"series": _series(event, found, venues)})
        same = next((r for r in rows if _same_round(r, row)), None)
        if same is None:
            rows.append(row)
        else:
            rows[rows.index(same)] = _merge(same, row)
    rows = _numbered_by_order(_placed_by_date(rows))
    rows += _implied(rows)
    ordered: list[Round] = []
    for series in sorted({r.series for r in rows}, key=lambda s: (s == UNKNOWN_SERIES, s)):
        ordered += _in_order([r for r in rows if r.series == series])
    return ordered


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


def _series(event: Event, found: list[Event], venues: set[str]) -> str:
    """The series a round belongs to: its venue, the venue its sentence names ("the Istanbul
    round"), the venue of the round just before it in its article ("in the same city"), or
    the only venue its article gives a round."""
    if event.location in venues:
        return event.location or UNKNOWN_SERIES
    named = [v for v in venues if re.search(rf"\b{re.escape(v)}\b", event.sentence)]
    if len(named) == 1:
        return named[0]
    same_article = [e for e in found if e.article == event.article and e.location in venues]
    if re.search(r"\b(?:same|that) (?:city|venue|place)\b", event.sentence):
        before = [e for e in same_article if e.start < event.start]
        if before:
            return before[-1].location or UNKNOWN_SERIES
    if len({e.location for e in same_article}) == 1:
        return same_article[0].location or UNKNOWN_SERIES
    return UNKNOWN_SERIES


def _placed_by_date(rows: list[Round]) -> list[Round]:
    """A round of unknown venue on the same day as a round of a known series is that round."""
    placed = [r for r in rows if r.series != UNKNOWN_SERIES]
    for row in (r for r in rows if r.series == UNKNOWN_SERIES):
        i = next((i for i, k in enumerate(placed) if row.date and k.date == row.date), None)
        if i is None or placed[i].series == UNKNOWN_SERIES:
            placed.append(row)
        else:
            placed[i] = _merge(placed[i], row.model_copy(update={"series": placed[i].series}))
    return placed


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


def _round(event: Event, events: list[Event], body: str) -> Round:
    """One round as its article tells it; `events` are that article's events."""
    spans = list(sentences(body))
    after = [body[s:e] for s, e in spans if s >= event.end]
    # Topics come from the sentences that follow, up to the next dated statement.
    listed: list[str] = topics(event.sentence)
    for text in after:
        if any(e.sentence == text and e.date for e in events):
            break
        listed += topics(text)
    # Outcomes: what the article reports after this round and before its series' next round.
    same_article = [e for e in events if e.date]
    following = [
        e.date
        for e in same_article
        if e.type == "negotiation_round" and e.location == event.location and e.date > (event.date or "")
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
        series=event.location or UNKNOWN_SERIES,
        round=round_ordinal(event.sentence),
        date=event.date,
        end_date=event.end_date,
        precision=event.precision,
        location=event.location,
        topics=listed,
        outcomes=[f"{e.title} ({e.date})" for e in later] if linked else [],
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
