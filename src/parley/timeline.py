"""The timeline chart: a real date axis, one lane per event type, labels that never overlap."""

from __future__ import annotations

import datetime as dt
import textwrap

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox

from .dates import format_date
from .extract import EVENT_TYPES, TYPE_LABELS, Event, span

# Okabe–Ito: distinguishable with the common colour-vision deficiencies; lanes and markers
# carry the type too, so colour is never the only cue.
COLORS = {
    "negotiation_round": "#0072B2",
    "prisoner_exchange": "#D55E00",
    "announcement": "#009E73",
    "agreement": "#CC79A7",
    "capture": "#E69F00",
    "other": "#56B4E9",
}
MARKERS = {
    "negotiation_round": "D",
    "prisoner_exchange": "o",
    "announcement": "s",
    "agreement": "^",
    "capture": "v",
    "other": "P",
}
WIDTH_IN = 6.7  # fits A4 between the stylesheet's 17 mm margins
LANE = 1.0
# Label slots around a lane, tried in order: just above, just below, then further out.
SLOTS = (0.2, -0.2, 0.45, -0.45)
LABEL_WIDTH = 32  # characters of a label's title line; the date gets a line of its own
LABEL_PT = 7.5
FONT_PT = 8  # axis and legend text: a little under the 9 pt body text of the printed page


def plot_timeline(events: list[Event]) -> tuple[Figure, list[Event]] | None:
    """The chart of the dated events, and the events it had no room to label (listed beside
    it by the caller). None when no event has a date."""
    dated = sorted((e for e in events if e.date), key=lambda e: (e.date or "", e.type))
    if not dated:
        return None
    lanes = [t for t in EVENT_TYPES if any(e.type == t for e in dated)]
    lane_y = {t: -i * LANE for i, t in enumerate(lanes)}

    fig, ax = plt.subplots(figsize=(WIDTH_IN, 1.1 + 0.8 * len(lanes)), layout="constrained")
    first = min(span(e)[0] for e in dated)
    last = max(span(e)[1] for e in dated)
    pad = max((last - first).days * 0.12, 6)
    ax.set_xlim(first - dt.timedelta(days=pad), last + dt.timedelta(days=pad))
    ax.set_ylim(-(len(lanes) - 1) * LANE - 0.75, 0.75)
    ax.set_yticks([lane_y[t] for t in lanes], [TYPE_LABELS[t] for t in lanes])
    ax.tick_params(axis="y", length=0)
    ax.tick_params(labelsize=FONT_PT)
    for lane in lanes:
        ax.axhline(lane_y[lane], color="#dddddd", lw=0.8, zorder=0)
    # Month names in full, as readers write them ("8 June"); the year once, at the axis end.
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(
        mdates.ConciseDateFormatter(
            locator,
            formats=["%Y", "%B", "%-d %B", "%H:%M", "%H:%M", "%S"],
            zero_formats=["", "%Y", "%-d %B", "%-d %B", "%H:%M", "%H:%M"],
            offset_formats=["", "%Y", "%B %Y", "%-d %B %Y", "%-d %B %Y", "%-d %B %Y"],
        )
    )
    ax.xaxis.get_offset_text().set_fontsize(FONT_PT)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)

    # One line per lane for the spans and one per lane and fill for the markers, each point
    # drawn once: the chart costs the days it shows, not the events it holds.
    for kind in lanes:
        y, color = lane_y[kind], COLORS[kind]
        spans = sorted({span(e) for e in dated if e.type == kind and span(e)[0] != span(e)[1]})
        if spans:
            xs = [x for start, end in spans for x in (start, end, None)]
            ax.plot(xs, [y if x else None for x in xs], color=color, lw=7, alpha=0.45, solid_capstyle="butt")
        for inferred in (False, True):
            days = sorted(
                {
                    span(e)[0]
                    for e in dated
                    if e.type == kind and e.precision == "day" and e.inferred == inferred
                }
            )
            if days:
                ax.plot(
                    days,
                    [y] * len(days),
                    ls="",
                    marker=MARKERS[kind],
                    ms=8,
                    color=color,
                    markerfacecolor="white" if inferred else color,
                    markeredgewidth=1.6,
                )

    fig.legend(handles=_legend(dated), loc="outside lower center", ncols=3, frameon=False, fontsize=FONT_PT)
    return fig, _label(fig, ax, dated, lane_y)


def _label(fig: Figure, ax: plt.Axes, dated: list[Event], lane_y: dict[str, float]) -> list[Event]:
    """Place each label in the first free slot; an event with no free slot is returned."""
    fig.canvas.draw()  # fixes the layout, so extents measured now stay true
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    frame = ax.get_window_extent(renderer)
    taken: list[Bbox] = []
    # A label's box holds the vertical segment above (or below) its anchor, as tall as a label
    # (every label has two lines): an anchor whose segment leaves the frame or meets a placed
    # label cannot take one, and is skipped without laying its text out. That keeps a crowded
    # chart near linear in its events.
    height: float | None = None
    # A label is at least as wide as its date line, which is about the sum of its characters'
    # widths (each measured once); a pixel a character is left for kerning.
    widths: dict[str, float] = {}
    font = FontProperties(size=LABEL_PT)
    unlabelled: list[Event] = []
    for event in dated:
        start, end = span(event)
        x = start + (end - start) / 2
        when = format_date(event.date, event.precision, event.end_date)
        text = f"{_short(event.title)}\n{when}"
        for char in set(when) - widths.keys():
            widths[char] = renderer.get_text_width_height_descent(char, font, ismath=False)[0] - 1
        where = mdates.date2num(x)
        frac = (where - ax.get_xlim()[0]) / (ax.get_xlim()[1] - ax.get_xlim()[0])
        align = "left" if frac < 0.3 else "right" if frac > 0.7 else "center"
        for offset in SLOTS:
            y = lane_y[event.type] + offset
            px, py = ax.transData.transform((where, y))
            if height is not None:
                low, high = (py, py + height) if offset > 0 else (py - height, py)
                width = sum(widths[c] for c in when)
                left = px - {"left": 0, "center": width / 2, "right": width}[align]
                if low < frame.y0 or high > frame.y1 or left < frame.x0 or left + width > frame.x1:
                    continue
                if any(b.x0 <= left + width and left <= b.x1 and b.y0 <= high and low <= b.y1 for b in taken):
                    continue
            label = ax.text(
                x,
                y,
                text,
                ha=align,
                va="bottom" if offset > 0 else "top",
                fontsize=LABEL_PT,
                color="#222222",
                linespacing=1.1,
            )
            box = label.get_window_extent(renderer).padded(2)
            height = min(height or box.height, box.height - 1)  # a little under: never skips wrongly
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                break
            label.remove()
        else:
            unlabelled.append(event)
    return unlabelled


def _short(title: str) -> str:
    """The title on one line: whole words, then an ellipsis (the tables give it in full)."""
    if len(title) <= LABEL_WIDTH:
        return title
    short = textwrap.shorten(title, LABEL_WIDTH, placeholder="…", break_on_hyphens=False)
    return short if short != "…" else title[: LABEL_WIDTH - 1] + "…"  # one very long word


def _legend(dated: list[Event]) -> list[Line2D]:
    handles = [
        Line2D([], [], marker="o", ls="", color="#444444", label="date stated"),
        Line2D(
            [], [], marker="o", ls="", color="#444444", markerfacecolor="white", label="date or year inferred"
        ),
    ]
    if any(e.precision != "day" or e.end_date for e in dated):
        handles.append(
            Line2D([], [], lw=7, alpha=0.45, color="#444444", label="span: week, month, year or range")
        )
    return handles
