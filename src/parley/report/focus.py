"""What the timeline shows first: how much each event matters, and the stretch of days its
detail shows. No plotting here: the interactive timeline's data is made from the same choices
apart from the chart (see interactive.py)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from parley.mentions.extract import span

# A span longer than this gets an overview and a detail of its busiest quarter.
OVERVIEW_AFTER_DAYS = 120
DETAIL_DAYS = 92
# What makes an event worth a number: talks and exchanges first, then agreements, then
# announcements; then being done, reported by several articles, staged, or with figures.
_WEIGHT = {"negotiation_round": 3.0, "prisoner_exchange": 3.0, "agreement": 2.0, "announcement": 1.0}


def figures(event: Any) -> int | None:
    """People exchanged, when the event carries figures (to_ukraine, to_russia)."""
    known = [getattr(event, side, None) for side in ("to_ukraine", "to_russia")]
    counts = [n for n in known if isinstance(n, int)]
    return sum(counts) if counts else None


def importance(event: Any) -> float:
    """How much an event matters to the reader of the timeline. Works on events and on single
    mentions (which have no stages and one article)."""
    sources = len(getattr(event, "articles", None) or [event])
    return (
        _WEIGHT.get(event.type, 0.0)
        + (getattr(event, "status", None) in (None, "done"))
        + math.log2(1 + sources)
        + 0.5 * bool(getattr(event, "stages", None))
        + 0.5 * (figures(event) is not None)
    )


def focus(dated: Sequence[Any]) -> tuple[dt.date, dt.date]:
    """The days the detail shows: the whole span when it is short, else the quarter holding the
    most important events, recent ones counting more (the later quarter on a tie)."""
    spans = [span(e) for e in dated]
    first = min(a for a, _ in spans)
    last = max(b for _, b in spans)
    if (last - first).days <= OVERVIEW_AFTER_DAYS:
        return first, last
    # Recent events weigh up to twice as much: on an even spread, the latest stretch wins.
    whole = (last - first).days
    starts = sorted(
        (a, importance(e) * (1 + (a - first).days / whole)) for e, (a, _) in zip(dated, spans, strict=True)
    )
    best, best_start, total, j = -1.0, first, 0.0, 0
    for i, (day, _) in enumerate(starts):  # a sliding window over the sorted days
        while j < len(starts) and starts[j][0] < day + dt.timedelta(days=DETAIL_DAYS):
            total += starts[j][1]
            j += 1
        if total >= best:
            best, best_start = total, day
        total -= starts[i][1]
    end = min(best_start + dt.timedelta(days=DETAIL_DAYS), last)
    return end - dt.timedelta(days=DETAIL_DAYS), end
