"""The timeline chart, readable at three events or three thousand: when the events span more than
a season, an overview of the whole span (with the context as a thin grey strip) above a detail of
the stretch that matters most, one lane per type. The stages of one operation are drawn as one;
an exchange's size shows in its marker when its figures are known. The most important events
are numbered, and the report lists the numbers in a key: labels never overlap and nothing is left
over as a paragraph."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch
from matplotlib.path import Path
from matplotlib.transforms import Bbox, offset_copy

from parley.mentions.dates import format_range
from parley.mentions.extract import EVENT_TYPES, TYPE_LABELS, Event, span
from parley.report.focus import figures, focus, importance

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
CONTEXT_COLOR = "#9a9a9a"
WIDTH_IN = 6.7  # fits A4 between the stylesheet's 17 mm margins
LANE = 1.0
# Number slots around a mark, tried in order: just above, just below, then further out.
SLOTS = (0.3, -0.3, 0.55, -0.55)
FONT_PT = 8  # axis and legend text: a little under the 9 pt body text of the printed page
KEY_MAX = 12  # numbered events: more would make the key a second events table
# Past this many marks per square inch of their axes, a chart's marks are printed as one picture
# at print resolution, not as an SVG element each (which WeasyPrint draws one by one); so many
# overlap that vectors show them no better. A picture costs by its area, vectors by their number:
# measured at 1,000 articles, the two cost the same for the timeline's 154 marks on 10 square
# inches, and vectors take half the time for the tracks chart's 448 marks on 52. Axes, text,
# lines and spans stay vector.
RASTER_MARKS_PER_SQ_IN = 15
PRINT_DPI = 300


@dataclass
class Chart:
    """The figure; the numbered events, in number order; the days of the detail; whether an
    overview is drawn above it; and how many events the detail shows."""

    figure: Figure
    keyed: list[Any]
    detail: tuple[dt.date, dt.date]
    overview: bool
    shown: int

    def part_axes(self) -> list[list[Axes]]:
        """The axes each of `parts()` shows: printing a part draws only those (the other part's
        marks and text, cut away by the region, would still be written into its picture)."""
        return [[axes] for axes in self.figure.axes[:2]] if self.overview else [self.figure.axes]

    def parts(self) -> list[Bbox]:
        """The figure's regions, in inches, to print as pictures of their own: the overview, then
        the detail with its legend (the whole figure when there is no overview). Apart, the short
        overview can end page 1 under a long summary where the whole figure would not fit."""
        fig = self.figure
        whole = Bbox.from_bounds(0, 0, *fig.get_size_inches())
        if not self.overview:
            return [whole]
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        top, detail = fig.axes[:2]
        # The cut runs through the gap between the overview's dates and the detail's title.
        low = top.get_tightbbox(renderer).y0
        high = detail.get_tightbbox(renderer).y1
        cut = (low + high) / 2 / fig.dpi
        return [
            Bbox.from_extents(0, cut, whole.x1, whole.y1),
            Bbox.from_extents(0, 0, whole.x1, cut),
        ]


def plot_timeline(events: Sequence[Any], context: Sequence[Event] = ()) -> Chart | None:
    """The chart of the dated events (events or single mentions), with the dated context as a
    thin strip. None when no event has a date."""
    dated = sorted((e for e in events if e.date), key=lambda e: (span(e), e.type))
    if not dated:
        return None
    around = [m for m in context if m.date]
    first, last = min(span(e)[0] for e in dated), max(span(e)[1] for e in dated)
    start, end = focus(dated)
    overview = (start, end) != (first, last)
    # What starts in the detail; a longer span that starts before it is in the overview only.
    shown = [e for e in dated if start <= span(e)[0] <= end]
    lanes = [t for t in EVENT_TYPES if any(e.type == t for e in shown)]
    strip = bool(around) and not overview  # context gets a lane of the detail when there is no overview
    height = 1.1 + 0.55 * len(lanes) + 0.35 * strip + 0.6 * overview
    fig = plt.figure(figsize=(WIDTH_IN, height), layout="constrained")
    if overview:
        top, ax = fig.subplots(2, 1, height_ratios=[0.45 + 0.2 * bool(around), 0.55 * len(lanes) + 0.5])
        _overview(top, dated, around, (first, last), (start, end))
        ax.set_title(f"Detail: {format_range(start, end)}", loc="left", fontsize=FONT_PT, color="#444444")
    else:
        ax = fig.add_subplot()
    lane_y = {t: -i * LANE for i, t in enumerate(lanes)}
    pad = dt.timedelta(days=max((end - start).days * 0.05, 3))
    ax.set_xlim(start - pad, end + pad)
    bottom = -(len(lanes) - 1) * LANE - (0.75 + 0.6 * strip)
    ax.set_ylim(bottom, 0.75)
    ticks = [lane_y[t] for t in lanes] + ([bottom + 0.3] if strip else [])
    ax.set_yticks(ticks, [TYPE_LABELS[t] for t in lanes] + (["Context"] if strip else []))
    ax.tick_params(axis="y", length=0)
    _dates_axis(ax)
    for lane in lanes:
        ax.axhline(lane_y[lane], color="#dddddd", lw=0.8, zorder=0)
    if strip:
        days = [mdates.date2num(span(m)[0]) for m in around]
        ax.plot(days, [bottom + 0.3] * len(days), "|", color=CONTEXT_COLOR, ms=7, mew=1.2)
    _draw(ax, shown, lane_y)
    # The legend belongs to the detail's axes, under its dates: printed apart from the overview,
    # the detail keeps it (a figure's legend would follow whatever part of the figure is printed).
    under = offset_copy(ax.transAxes, fig=fig, y=-3.2 * FONT_PT, units="points")
    ax.legend(
        handles=_legend(shown),
        loc="upper center",
        bbox_to_anchor=(0.5, 0),
        bbox_transform=under,
        ncols=3,
        frameon=False,
        fontsize=FONT_PT,
    )
    return Chart(fig, _number(fig, ax, shown, lane_y), (start, end), overview, len(shown))


def _dates_axis(ax: Axes) -> None:
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
    ax.tick_params(labelsize=FONT_PT)
    ax.xaxis.get_offset_text().set_fontsize(FONT_PT)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)


def _overview(
    ax: Axes,
    dated: list[Any],
    around: list[Event],
    whole: tuple[dt.date, dt.date],
    detail: tuple[dt.date, dt.date],
) -> None:
    """Events per month as bars, the context per month as thin grey bars below them, and the
    detail's days shaded: readable whether the span holds ten events or ten thousand."""
    pad = dt.timedelta(days=max((whole[1] - whole[0]).days * 0.02, 3))
    ax.set_xlim(whole[0] - pad, whole[1] + pad)
    ax.axvspan(detail[0], detail[1], color="#f3e3b0", zorder=0, lw=0)
    events = _per_month(span(e)[0] for e in dated)
    top = max(events.values())
    _bars(ax, {m: n / top for m, n in events.items()}, "#555555")
    rows = 0.0
    if around:
        context = _per_month(span(m)[0] for m in around)
        most = max(context.values())
        _bars(ax, {m: -0.35 * n / most for m, n in context.items()}, CONTEXT_COLOR)
        rows = -0.35
    ax.axhline(0, color="#bbbbbb", lw=0.6)
    ax.set_ylim(rows - 0.05, 1.05)
    ax.set_yticks([0.5] + ([-0.18] if around else []), ["Events"] + (["Context"] if around else []))
    ax.tick_params(axis="y", length=0)
    _dates_axis(ax)
    ax.set_title(
        f"Events by month, {format_range(*whole)} (at most {top}; shaded: the detail below)",
        loc="left",
        fontsize=FONT_PT,
        color="#444444",
    )


def _bars(ax: Axes, heights: dict[dt.date, float], color: str) -> None:
    """A bar from the first day of each month, 27 days wide, all drawn as one shape: one SVG
    path for the PDF to draw, not one per month (a corpus spanning years has a hundred)."""
    vertices: list[tuple[float, float]] = []
    for month, height in heights.items():
        x = mdates.date2num(month)
        vertices += [(x, 0), (x + 27, 0), (x + 27, height), (x, height), (x, 0)]
    codes = [Path.MOVETO, Path.LINETO, Path.LINETO, Path.LINETO, Path.CLOSEPOLY] * len(heights)
    ax.add_patch(PathPatch(Path(vertices, codes), color=color, lw=0))


def _per_month(days: Any) -> dict[dt.date, int]:
    counts: dict[dt.date, int] = {}
    for day in days:
        month = day.replace(day=1)
        counts[month] = counts.get(month, 0) + 1
    return counts


def _draw(ax: Axes, shown: list[Any], lane_y: dict[str, float]) -> None:
    """The events' marks, each spot of a lane once however many events share it (the largest,
    filled when any of them states its date), marks alike drawn as one line of points; the
    spans of a lane as one line of segments."""
    spans: dict[str, set[tuple[dt.date, dt.date]]] = {}
    spots: dict[tuple[str, dt.date], tuple[bool, float]] = {}
    for event in shown:
        color, y = COLORS[event.type], lane_y[event.type]
        start, end = span(event)
        stages = [dt.date.fromisoformat(d) for d in getattr(event, "stages", None) or []]
        if stages:  # one operation: its days joined by a line, each stage a small mark
            face = "white" if event.inferred else color
            ax.plot(
                stages, [y] * len(stages), color=color, lw=2.5, marker=MARKERS[event.type], ms=5, mfc=face
            )
            continue
        if start != end:
            spans.setdefault(event.type, set()).add((start, end))
        if event.precision == "day":
            people = figures(event)
            size = 7.0 if people is None else min(15.0, 5.0 + 2.2 * math.sqrt(people / 100))
            spots[event.type, start] = max(
                spots.get((event.type, start), (False, 0.0)), (not event.inferred, size)
            )
    for kind, stretches in spans.items():
        xs: list[Any] = []
        ys: list[float] = []
        for start, end in sorted(stretches):
            xs += [start, end, end]
            ys += [lane_y[kind], lane_y[kind], math.nan]
        ax.plot(xs, ys, color=COLORS[kind], lw=5, alpha=0.35, solid_capstyle="butt")
    marks: dict[tuple[bool, float, str], list[dt.date]] = {}
    for (kind, day), (stated, size) in spots.items():
        marks.setdefault((stated, size, kind), []).append(day)
    drawn: list[Line2D] = []
    for (stated, size, kind), days in sorted(marks.items()):  # filled over open, large over small
        color = COLORS[kind]
        drawn += ax.plot(sorted(days), [lane_y[kind]] * len(days), ls="", marker=MARKERS[kind], ms=size,
                         color=color, mfc=color if stated else "white", mew=1.6)  # fmt: skip
    raster_if_dense(drawn, ax)


def raster_if_dense(marks: list[Line2D], ax: Axes) -> None:
    """The marks printed as one picture when there are more than RASTER_MARKS_PER_SQ_IN of them
    per square inch of `ax`."""
    width, height = ax.figure.get_size_inches()
    box = ax.get_position()
    area = width * box.width * height * box.height
    if sum(len(m.get_xdata()) for m in marks) > RASTER_MARKS_PER_SQ_IN * area:
        for line in marks:
            line.set_rasterized(True)


def _number(fig: Figure, ax: Axes, shown: list[Any], lane_y: dict[str, float]) -> list[Any]:
    """Number the most important events, each in the first free slot by its mark; the numbers
    then run from left to right (a month is at its middle). Returns the numbered events in that
    order."""
    fig.draw_without_rendering()  # fixes the layout, so extents measured now stay true
    # ... and keeps it: printing the figure, or a part of it with the other part hidden, lays
    # nothing out again (constrained layout would redo it at every print, and widen what is shown).
    fig.set_layout_engine("none")
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    frame = ax.get_window_extent(renderer)
    # A label is as large wherever it goes: measured once above and once below a point, then moved.
    origin = ax.transData.transform((ax.get_xlim()[0], 0))
    boxes = {}
    for above in (True, False):
        probe = _label(ax, ax.get_xlim()[0], 0, above, COLORS["other"])
        boxes[above] = probe.get_window_extent(renderer).padded(1)
        probe.remove()
    taken: list[Bbox] = []
    placed: list[tuple[Any, Any]] = []
    for event in sorted(shown, key=lambda e: (-importance(e), -span(e)[0].toordinal())):
        if len(placed) == KEY_MAX:
            break
        x = _middle(event)
        for offset in SLOTS:
            y = lane_y[event.type] + offset
            box = boxes[offset > 0].translated(*(ax.transData.transform((mdates.date2num(x), y)) - origin))
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not any(box.overlaps(other) for other in taken):
                taken.append(box)
                placed.append((event, _label(ax, x, y, offset > 0, COLORS[event.type])))
                break
    placed.sort(key=lambda p: (_middle(p[0]), p[0].type))  # left to right, as they are drawn
    for number, (_, label) in enumerate(placed, 1):
        label.set_text(str(number))
    return [event for event, _ in placed]


def _label(ax: Axes, x: Any, y: float, above: bool, color: str) -> Any:
    return ax.text(
        x,
        y,
        "00",  # as wide as any number; the real one is set once all are placed
        ha="center",
        va="bottom" if above else "top",
        fontsize=7,
        fontweight="bold",
        color="#222222",
        bbox={"boxstyle": "round,pad=0.18", "fc": "white", "ec": color, "lw": 0.8},
    )


def _middle(event: Any) -> dt.date:
    start, end = span(event)
    return start + (end - start) / 2


def _legend(shown: list[Any]) -> list[Line2D]:
    grey = "#444444"
    handles = [
        Line2D([], [], marker="o", ls="", color=grey, label="date stated"),
        Line2D([], [], marker="o", ls="", color=grey, mfc="white", label="date or year inferred"),
    ]
    if any(e.precision != "day" or (e.end_date and not getattr(e, "stages", None)) for e in shown):
        handles.append(Line2D([], [], lw=5, alpha=0.35, color=grey, label="span: week, month, year or range"))
    if any(getattr(e, "stages", None) for e in shown):
        handles.append(Line2D([], [], lw=2.5, marker="o", ms=5, color=grey, label="stages of one operation"))
    if any(figures(e) is not None for e in shown):
        handles.append(Line2D([], [], marker="o", ls="", ms=12, color=grey, label="larger: more people"))
    return handles
