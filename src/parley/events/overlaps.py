"""Which items of a growing list cover some of the given days, found by bisection over their first
days rather than by comparing every item: what lets a step that places each new item among all
the others grow with the corpus, not with its square."""

from __future__ import annotations

import bisect
import datetime as dt
import sys
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Overlaps(Generic[T]):
    """Items by position, each covering the days `days(item)` gives (`None`: no days, never
    found). `put` an item in a position as the list changes; `covering` lists, in list order, the
    positions of the items whose days meet the given ones."""

    def __init__(self, days: Callable[[T], tuple[dt.date, dt.date] | None], items: list[T]) -> None:
        self.days = days
        self.spans: dict[int, tuple[dt.date, dt.date]] = {}
        self.firsts: list[tuple[dt.date, int]] = []  # sorted
        self.longest = dt.timedelta(0)  # an item's last day is at most this after its first
        for i, item in enumerate(items):
            self.put(i, item)

    def put(self, position: int, item: T) -> None:
        old = self.spans.pop(position, None)
        if old is not None:
            del self.firsts[bisect.bisect_left(self.firsts, (old[0], position))]
        span = self.days(item)
        if span is None:
            return
        self.spans[position] = span
        bisect.insort(self.firsts, (span[0], position))
        self.longest = max(self.longest, span[1] - span[0])

    def covering(self, first: dt.date, last: dt.date) -> list[int]:
        try:
            earliest = first - self.longest
        except OverflowError:  # before year 1: every item may reach it
            earliest = dt.date.min
        start = bisect.bisect_left(self.firsts, (earliest, -1))
        found = self.firsts[start : bisect.bisect_right(self.firsts, (last, sys.maxsize))]
        return sorted(i for _, i in found if self.spans[i][1] >= first)
