"""Negotiation rounds: one row per round of a series (venue and format), with what each article
says about it: its date, its topics and what followed from it."""

from __future__ import annotations

import re

from pydantic import BaseModel

from .articles import Article
from .extract import Event, Precision, mentions_type, round_ordinal, sentences, topics

UNKNOWN_SERIES = "venue not stated"
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


def build_rounds(events: list[Event], articles: list[Article]) -> list[Round]:
    """Rounds from the negotiation-round events, merged within a series, ordered by date."""
    bodies = {a.id: a.body for a in articles}
    rows: list[Round] = []
    for event in (e for e in events if e.type == "negotiation_round"):
        row = _round(event, events, bodies[event.article])
        same = next((r for r in rows if _same_round(r, row)), None)
        if same is None:
            rows.append(row)
        else:
            rows[rows.index(same)] = _merge(same, row)
    rows += _implied(rows)
    return sorted(rows, key=lambda r: (r.series, r.round or 999, r.date or "9999"))


def _round(event: Event, events: list[Event], body: str) -> Round:
    spans = list(sentences(body))
    after = [body[s:e] for s, e in spans if s >= event.end]
    # Topics come from the sentences that follow, up to the next dated statement.
    listed: list[str] = topics(event.sentence)
    for text in after:
        if any(e.sentence == text and e.date for e in events):
            break
        listed += topics(text)
    # Outcomes: what the article reports after this round and before its series' next round.
    same_article = [e for e in events if e.article == event.article and e.date]
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
    if a.round is not None and b.round is not None:
        return a.round == b.round
    return a.date is not None and a.date == b.date


def _merge(a: Round, b: Round) -> Round:
    def union(x: list[str], y: list[str]) -> list[str]:
        return x + [v for v in y if v not in x]

    return a.model_copy(
        update={
            "round": a.round if a.round is not None else b.round,
            "date": a.date or b.date,
            "end_date": a.end_date or b.end_date,
            "precision": a.precision or b.precision,
            "topics": union(a.topics, b.topics),
            "outcomes": union(a.outcomes, b.outcomes),
            "sources": union(a.sources, b.sources),
            "evidence": union(a.evidence, b.evidence),
        }
    )


def _implied(rows: list[Round]) -> list[Round]:
    """ "The second round" implies a first: a row for it, with nothing but what is implied."""
    implied: list[Round] = []
    for series in {r.series for r in rows}:
        numbered = sorted((r for r in rows if r.series == series and r.round), key=lambda r: r.round or 0)
        if not numbered:
            continue
        known = {r.round for r in numbered}
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
