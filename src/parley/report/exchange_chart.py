"""The exchanges chart: people returned to each side per exchange over time (bodies apart), and
the running totals."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Sequence

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from parley.events.exchanges import Exchange
from parley.report.timeline import COLORS, FONT_PT, WIDTH_IN

# Okabe–Ito, as the timeline: Ukraine above the axis, Russia below, each with its running total.
SIDE_COLORS = {"ukraine": COLORS["negotiation_round"], "russia": COLORS["prisoner_exchange"]}


def charted(exchanges: Sequence[Exchange]) -> list[Exchange]:
    """The exchanges the chart can draw: carried out, of living people, dated, with a figure."""
    return sorted(
        (
            x
            for x in exchanges
            if x.status == "done"
            and x.kind != "bodies"
            and x.date
            and (x.to_ukraine is not None or x.to_russia is not None)
        ),
        key=lambda x: x.date or "",
    )


def plot_exchanges(exchanges: Sequence[Exchange]) -> Figure | None:
    """Bars of people returned per exchange (Ukraine up, Russia down) and, on the right axis, the
    running totals; None when no exchange has a figure to draw."""
    drawn = charted(exchanges)
    if not drawn:
        return None
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.3), layout="constrained")
    days = [_day(x) for x in drawn]
    span = max((days[-1] - days[0]).days, 30)
    width = max(span / 90, 1.5)
    up = [x.to_ukraine or 0 for x in drawn]
    down = [-(x.to_russia or 0) for x in drawn]
    # Each side's bars as one shape, their outline where they overlap: what the bars look like,
    # drawn as one mark however many exchanges there are (each is in the table and data files).
    centres = mdates.date2num(days)
    for heights, side, label in (
        (up, "ukraine", "returned to Ukraine"),
        (down, "russia", "returned to Russia"),
    ):
        edges, tops = _outline(centres, heights, width)
        ax.stairs(tops, edges, fill=True, color=SIDE_COLORS[side], lw=0, label=label)
    ax.axhline(0, color="#555555", lw=0.8)
    ax.set_ylabel("people per exchange", fontsize=FONT_PT)
    ax.yaxis.set_major_formatter(lambda v, _: f"{abs(int(v)):,}")
    totals = ax.twinx()
    running_up, running_down, a, b = [], [], 0, 0
    for x in drawn:
        a += x.to_ukraine or 0
        b += x.to_russia or 0
        running_up.append(a)
        running_down.append(-b)
    totals.step(
        days, running_up, where="post", color=SIDE_COLORS["ukraine"], lw=1.2, ls="--", label="running total"
    )
    totals.step(days, running_down, where="post", color=SIDE_COLORS["russia"], lw=1.2, ls="--")
    limit = max(a, b, 1) * 1.1
    totals.set_ylim(-limit, limit)
    bar_limit = max(max(up), -min(down), 1) * 1.15
    ax.set_ylim(-bar_limit, bar_limit)
    totals.set_ylabel("running total", fontsize=FONT_PT)
    totals.yaxis.set_major_formatter(lambda v, _: f"{abs(int(v)):,}")
    pad = dt.timedelta(days=max(span * 0.04, 3))
    ax.set_xlim(days[0] - pad, days[-1] + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for axis in (ax, totals):
        axis.tick_params(labelsize=FONT_PT)
        axis.spines["top"].set_visible(False)
    handles = [h for axis in (ax, totals) for h in axis.get_legend_handles_labels()[0]]
    fig.legend(handles=handles, loc="outside lower center", ncols=3, frameon=False, fontsize=FONT_PT)
    return fig


def _outline(centres: Sequence[float], heights: Sequence[int], width: float) -> tuple[list[float], list[int]]:
    """The outline of bars of one sign, `width` wide at `centres`: the edges of the stretches
    between any two bar sides, and the tallest bar over each (0 between bars)."""
    bars = [(c - width / 2, c + width / 2, h) for c, h in zip(centres, heights, strict=True)]
    edges = sorted({x for left, right, _ in bars for x in (left, right)})
    tops = [0] * (len(edges) - 1)
    for left, right, height in bars:
        for i in range(bisect_left(edges, left), bisect_left(edges, right)):
            if abs(height) > abs(tops[i]):
                tops[i] = height
    return edges, tops


def _day(x: Exchange) -> dt.date:
    day = x.day
    assert day is not None  # charted() keeps dated exchanges only
    return day
