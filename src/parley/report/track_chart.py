"""The tracks chart: one row per negotiation track, its rounds on the time axis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from parley.events.rounds import UNKNOWN_SERIES, Round
from parley.mentions.dates import first_day
from parley.report.timeline import COLORS, FONT_PT, WIDTH_IN

NUMBERED_UP_TO = 12  # rounds of one track; past that their numbers would print over each other
_FORMAT_MARKERS = {"Russia–Ukraine": "D", "US–Ukraine–Russia": "s", "US–Russia": "^", "US–Ukraine": "v"}


def _days(r: Round) -> tuple[dt.date, dt.date]:
    first = first_day(r.date)
    assert first is not None  # only dated rounds are drawn
    if r.end_date:
        return first, dt.date.fromisoformat(r.end_date)
    if r.precision == "month":
        return first, dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
    if r.precision == "year":
        return first, dt.date(first.year, 12, 31)
    return first, first


def plot_tracks(rounds: Sequence[Round]) -> Figure | None:
    """Each track a row, in the order it began; each dated round a mark (a bar for the days a
    month or a two-day round may cover), numbered. None when no round is dated."""
    dated = [r for r in rounds if r.date and r.series != UNKNOWN_SERIES]
    if not dated:
        return None
    tracks = list(dict.fromkeys(r.series for r in dated))
    y = {t: -i for i, t in enumerate(tracks)}
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 0.9 + 0.42 * len(tracks)), layout="constrained")
    color = COLORS["negotiation_round"]
    numbered = {t for t in tracks if sum(r.series == t for r in dated) <= NUMBERED_UP_TO}
    days = [d for r in dated for d in _days(r)]
    pad = dt.timedelta(days=max((max(days) - min(days)).days * 0.04, 10))
    # Days that one number's width covers on the axis (about 12 pt of the plot's 5 inches).
    apart = (max(days) - min(days) + 2 * pad) * 12 / (72 * (WIDTH_IN - 1.7))
    last_label: dict[tuple[str, int], dt.date] = {}  # per track and side: the day last numbered
    for r in sorted(dated, key=lambda r: _days(r)[0]):
        first, last = _days(r)
        if last > first:
            ax.plot([first, last], [y[r.series]] * 2, color=color, lw=6, alpha=0.4, solid_capstyle="butt")
        if r.precision == "day":
            filled = color if not r.round_inferred else "white"
            ax.plot([first], [y[r.series]], marker=_FORMAT_MARKERS.get(r.format, "D"), ms=7, color=color,
                    markerfacecolor=filled, markeredgewidth=1.4)  # fmt: skip
        if r.round and r.series in numbered:
            # Rounds days apart ("1" on 16 May, "2" on 2 June): the second number goes under its mark.
            side = next((s for s in (1, -1) if (r.series, s) not in last_label
                         or first - last_label[r.series, s] >= apart), 1)  # fmt: skip
            last_label[r.series, side] = first
            ax.annotate(str(r.round), (first, y[r.series]), xytext=(0, 7 * side), textcoords="offset points",
                        ha="center", va="bottom" if side > 0 else "top", fontsize=FONT_PT - 1)  # fmt: skip
    ax.set_yticks(list(y.values()), [f"{t} ({_format(dated, t)})" for t in tracks])
    ax.set_ylim(-len(tracks) + 0.4, 0.7)
    ax.set_xlim(min(days) - pad, max(days) + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(labelsize=FONT_PT)
    ax.tick_params(axis="y", length=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    for t in tracks:
        ax.axhline(y[t], color="#dddddd", lw=0.8, zorder=0)
    return fig


def _format(rounds: Sequence[Round], track: str) -> str:
    return next(r.format for r in rounds if r.series == track)
