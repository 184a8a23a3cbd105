"""The tracks chart: one row per negotiation track, its rounds on the time axis."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from parley.events.rounds import UNKNOWN_SERIES, Round, track_label
from parley.mentions.dates import first_day
from parley.report.timeline import COLORS, FONT_PT, WIDTH_IN, raster_if_dense

NUMBERED_UP_TO = 12  # rounds of one track; past that their numbers would print over each other
ROW_IN = 0.42  # a track's row, while the chart fits its page
MIN_ROW_IN = 0.16  # the least an 8-point label and a 7-point mark need
CHART_MAX_IN = 9.0  # the tallest chart an A4 page prints whole, with its caption
_FRAME_IN = 0.9  # the axis, its labels and the margins
# Past this many tracks, the chart draws those whose last round is latest (all are in the data files).
MAX_TRACKS = int((CHART_MAX_IN - _FRAME_IN) / MIN_ROW_IN)
MARK_SPOTS_PER_PT = 2.5  # points between marks drawn apart: a third of the 7-point marker
_FORMAT_MARKERS = {
    "Russia–Ukraine": "D",
    "US–Ukraine–Russia": "s",
    "US–Russia": "^",
    "US–Ukraine": "v",
    "Ukraine–partners": "o",
}


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


def dated_tracks(rounds: Sequence[Round]) -> list[str]:
    """The tracks with a dated round, in the order they began."""
    return list(dict.fromkeys(r.series for r in rounds if r.date and r.series != UNKNOWN_SERIES))


def charted_tracks(rounds: Sequence[Round]) -> list[str]:
    """The tracks the chart draws, in the order they began: every track with a dated round, or,
    past MAX_TRACKS of them, the MAX_TRACKS whose last dated round is latest."""
    tracks = dated_tracks(rounds)
    if len(tracks) <= MAX_TRACKS:
        return tracks
    last: dict[str, dt.date] = {}
    for r in rounds:
        if r.date:
            last[r.series] = max(last.get(r.series, dt.date.min), _days(r)[1])
    kept = set(sorted(tracks, key=lambda t: last[t], reverse=True)[:MAX_TRACKS])
    return [t for t in tracks if t in kept]


def plot_tracks(rounds: Sequence[Round]) -> Figure | None:
    """Each track a row, in the order it began (those `charted_tracks` draws); each dated round a
    mark (a bar for the days a month or a two-day round may cover), numbered. The rows narrow so
    that the chart fits a page. None when no round is dated."""
    tracks = charted_tracks(rounds)
    if not tracks:
        return None
    charted = set(tracks)
    dated = [r for r in rounds if r.date and r.series in charted]
    y = {t: -i for i, t in enumerate(tracks)}
    row = max(MIN_ROW_IN, min(ROW_IN, (CHART_MAX_IN - _FRAME_IN) / len(tracks)))
    fig, ax = plt.subplots(figsize=(WIDTH_IN, _FRAME_IN + row * len(tracks)), layout="constrained")
    color = COLORS["negotiation_round"]
    numbered = {t for t in tracks if sum(r.series == t for r in dated) <= NUMBERED_UP_TO}
    days = [d for r in dated for d in _days(r)]
    pad = dt.timedelta(days=max((max(days) - min(days)).days * 0.04, 10))
    low, high = min(days) - pad, max(days) + pad
    # Days that one number's width covers on the axis (about 12 pt of the plot's 5 inches).
    apart = (high - low) * 12 / (72 * (WIDTH_IN - 1.7))
    last_label: dict[tuple[str, int], dt.date] = {}  # per track and side: the day last numbered
    # One mark per spot the chart can tell apart: marks closer than a third of a marker
    # are drawn once (the rounds are all in the table and the data files).
    step = (high - low).days / (WIDTH_IN * 72 / MARK_SPOTS_PER_PT)
    spans: dict[str, list[tuple[dt.date, dt.date]]] = {t: [] for t in tracks}
    marks: dict[tuple[str, str, bool], dict[int, dt.date]] = {}
    for r in sorted(dated, key=lambda r: _days(r)[0]):
        first, last = _days(r)
        if last > first:
            spans[r.series].append((first, last))
        if r.precision == "day":
            style = (r.series, _FORMAT_MARKERS.get(r.format, "D"), r.round_inferred)
            marks.setdefault(style, {}).setdefault(int((first - low).days / step), first)
        if r.round and r.series in numbered:
            # Rounds days apart ("1" on 16 May, "2" on 2 June): the second number goes under its mark.
            side = next((s for s in (1, -1) if (r.series, s) not in last_label
                         or first - last_label[r.series, s] >= apart), 1)  # fmt: skip
            last_label[r.series, side] = first
            ax.annotate(str(r.round), (first, y[r.series]), xytext=(0, 7 * side), textcoords="offset points",
                        ha="center", va="bottom" if side > 0 else "top", fontsize=FONT_PT - 1)  # fmt: skip
    for track, covered in spans.items():
        if covered:  # a track's spans as one line, each span a segment
            xs, ys = _segments(_union(covered), y[track])
            ax.plot(xs, ys, color=color, lw=6, alpha=0.4, solid_capstyle="butt")
    drawn: list[Line2D] = []
    for (track, marker, inferred), spots in marks.items():
        shown = sorted(spots.values())
        drawn += ax.plot(shown, [y[track]] * len(shown), ls="", marker=marker, ms=7, color=color,
                         markerfacecolor="white" if inferred else color, markeredgewidth=1.4)  # fmt: skip
    raster_if_dense(drawn, ax)
    ax.set_yticks(list(y.values()), [track_label(t, _format(dated, t)) for t in tracks])
    ax.set_ylim(-len(tracks) + 0.4, 0.7)
    ax.set_xlim(low, high)
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


def _union(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """The days the spans cover, as separate stretches."""
    out: list[tuple[dt.date, dt.date]] = []
    for first, last in sorted(spans):
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return out


def _segments(stretches: list[tuple[dt.date, dt.date]], y: float) -> tuple[list[Any], list[float]]:
    """The stretches as one line's points, a gap (NaN) between each."""
    xs: list[Any] = []
    ys: list[float] = []
    for first, last in stretches:
        xs += [first, last, last]
        ys += [y, y, math.nan]
    return xs, ys


def _format(rounds: Sequence[Round], track: str) -> str:
    return next(r.format for r in rounds if r.series == track)
