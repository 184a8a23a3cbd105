"""Events across articles: the same event reported by several articles is one entry with all
its sources; the same event dated differently by different articles is a conflict, kept and
flagged rather than resolved by guessing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .extract import Event
from .timeline import span


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
