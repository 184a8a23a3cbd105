"""Events across articles: the same event reported by several articles is one entry with all
its sources; the same event dated differently by different articles is a conflict, kept and
flagged rather than resolved by guessing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .articles import Article, load_corpus
from .config import from_root
from .corrections import apply_to_events, apply_to_rounds, load_corrections
from .dates import YearInference
from .extract import Event, extract_article, in_window, span
from .params import Parameters
from .rounds import Round, build_rounds


@dataclass
class Collection:
    """What a report is made of: the articles, their events and rounds (selected by the
    parameters), the years inferred, and the analyst corrections applied or left unmatched."""

    as_of: dt.date
    articles: list[Article]
    events: list[Event]
    rounds: list[Round]
    inferences: dict[str, YearInference | None]
    corrected: list[str]
    correction_warnings: list[str]


def collect(params: Parameters) -> Collection:
    """Load, extract, correct and select: light enough for the render process to export the data."""
    as_of = params.as_of or dt.date.today()
    articles = load_corpus([from_root(params.articles)])
    events: list[Event] = []
    inferences: dict[str, YearInference | None] = {}
    for article in articles:
        found, inferences[article.id] = extract_article(article, as_of)
        events += [e for e in found if not e.not_event]  # a dateline or byline is no event
    # Corrections apply to every event and round before the window and types select, so one
    # outside the selection is not mistaken for one that no longer matches.
    corrections = load_corrections(params.corrections)
    fixed = apply_to_events(events, corrections)
    checked = apply_to_rounds(build_rounds(fixed.items, articles), corrections)
    events = [
        e
        for e in fixed.items
        if in_window(e, params.start, params.end) and (params.types is None or e.type in params.types)
    ]
    rounds = apply_to_rounds(build_rounds(events, articles), corrections).items
    return Collection(
        as_of,
        articles,
        events,
        rounds,
        inferences,
        corrected=fixed.applied + checked.applied,
        correction_warnings=fixed.warnings + checked.warnings,
    )


def same_event_groups(events: Sequence[Event]) -> list[list[Event]]:
    """Every event in exactly one group, groups in the order their first event comes. Events of
    different articles share a group when they agree on type, dates and precision (and, for
    announcements, on who announced). An undated event stands alone: nothing shows it is the
    same as another."""
    groups: dict[tuple[object, ...], list[Event]] = {}
    for i, event in enumerate(events):
        key: tuple[object, ...] = (
            (event.type, event.date, event.end_date, event.precision, _speaker(event))
            if event.date
            else ("undated", i)
        )
        group = groups.setdefault(key, [])
        if any(e.article == event.article for e in group):
            groups[(*key, "again", i)] = [event]  # one article stating it twice is two statements
        else:
            group.append(event)
    return list(groups.values())


def _speaker(event: Event) -> str | None:
    return event.attribution if event.type == "announcement" else None


def conflict_groups(events: Sequence[Event], within_days: int = 7) -> list[list[Event]]:
    """Events of one type that different articles date differently, grouped, in date order.

    Two events conflict when they are of the same type, come from different articles, and their
    dates (with the days their precision allows) do not meet, yet lie within `within_days` of
    each other or fall on the same day of the year in different years. Further apart, they are
    taken for different events. Dates that agree, or that only differ in precision ("June 2025"
    and "20 June 2025"), are no conflict.
    """
    dated = [e for e in events if e.date]
    groups = _connected(dated, lambda a, b: _conflicting(a, b, within_days))
    return sorted((g for g in groups if len(g) > 1), key=lambda g: min(span(e)[0] for e in g))


def _conflicting(a: Event, b: Event, within_days: int) -> bool:
    if a.type != b.type or a.article == b.article or not (a.date and b.date):
        return False
    (a0, a1), (b0, b1) = span(a), span(b)
    if a1 >= b0 and b1 >= a0:
        return False  # the dates agree, or one is a coarser statement of the other
    gap = (b0 - a1).days if a1 < b0 else (a0 - b1).days
    if gap <= within_days:
        return True
    # The same day of the year in different years: the articles disagree on the year.
    return a.precision == b.precision == "day" and (a0.month, a0.day) == (b0.month, b0.day)


def _connected(items: list[Event], linked: Callable[[Event, Event], bool]) -> list[list[Event]]:
    """The connected groups of `items` under `linked` (union-find), each in input order."""
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if linked(items[i], items[j]):
                parent[root(j)] = root(i)
    groups: dict[int, list[Event]] = {}
    for i, item in enumerate(items):
        groups.setdefault(root(i), []).append(item)
    return list(groups.values())
