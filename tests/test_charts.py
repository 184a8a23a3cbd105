"""The exchanges and tracks charts draw a bounded number of marks, however many exchanges and
rounds there are, and still look like every one of them was drawn."""

import datetime as dt
import io
import re

import matplotlib.pyplot as plt
from matplotlib.lines import Line2D
from matplotlib.patches import StepPatch

from parley.events.exchanges import Exchange
from parley.events.rounds import Round
from parley.mentions.extract import Event
from parley.report.exchange_chart import _outline, plot_exchanges
from parley.report.svg_markers import merged_markers
from parley.report.timeline import WIDTH_IN, plot_timeline
from parley.report.track_chart import MARK_SPOTS_PER_PT, plot_tracks


def _round(
    day: dt.date, series: str = "Istanbul 2025", precision: str = "day", end: str | None = None
) -> Round:
    return Round(series=series, round=None, date=day.isoformat(), end_date=end, precision=precision,
                 location=None, sources=["a"], evidence=["talks"])  # fmt: skip


def _exchange(day: dt.date, to_ukraine: int, to_russia: int) -> Exchange:
    return Exchange(id=f"x-{day}", date=day.isoformat(), precision="day", status="done", to_ukraine=to_ukraine,
                    to_russia=to_russia, kind="pows", categories=[], mediators=[], agreement=None, sources=[],
                    figures=[], conflicts=[])  # fmt: skip


def test_rounds_on_one_spot_of_the_tracks_chart_are_one_mark() -> None:
    start = dt.date(2022, 1, 1)
    rounds = [_round(start + dt.timedelta(days=n // 3)) for n in range(3000)]  # three a day for 1,000 days
    fig = plot_tracks(rounds)
    assert fig is not None
    (ax,) = fig.axes
    marks = sum(
        len(line.get_xdata()) for line in ax.get_lines() if line.get_marker() not in ("None", None, "")
    )
    # No more marks than the axis has spots apart; the first day drawn, the last within a spot.
    spots = WIDTH_IN * 72 / MARK_SPOTS_PER_PT
    assert marks <= spots + 1
    days = [d for line in ax.get_lines() for d in line.get_xdata() if line.get_marker() != "None"]
    low, high = (dt.date(1970, 1, 1) + dt.timedelta(days=x) for x in ax.get_xlim())
    assert min(days) == start
    assert (start + dt.timedelta(days=999) - max(days)).days <= (high - low).days / spots
    plt.close(fig)


def test_a_few_rounds_keep_a_mark_each_and_spans_are_one_line_per_track() -> None:
    rounds = [_round(dt.date(2025, 5, 16)), _round(dt.date(2025, 6, 2)), _round(dt.date(2025, 7, 23))]
    months = [_round(dt.date(2025, m, 1), precision="month") for m in (3, 3, 4, 9)]
    fig = plot_tracks(rounds + months)
    assert fig is not None
    (ax,) = fig.axes
    marked = [line for line in ax.get_lines() if line.get_marker() not in ("None", None, "")]
    assert sum(len(line.get_xdata()) for line in marked) == 3
    spans = [line for line in ax.get_lines() if line.get_linewidth() == 6]
    assert len(spans) == 1
    # March twice is one stretch, April and September each another: its first and last day, a gap.
    assert list(spans[0].get_xdata())[::3] == [dt.date(2025, m, 1) for m in (3, 4, 9)]
    assert list(spans[0].get_xdata())[1::3] == [
        dt.date(2025, 3, 31),
        dt.date(2025, 4, 30),
        dt.date(2025, 9, 30),
    ]
    plt.close(fig)


def test_overlapping_bars_are_drawn_as_their_outline() -> None:
    # Bars 2 wide at 10 (height 5) and 11 (height 3), and one at 20 (height 4).
    edges, tops = _outline([10.0, 11.0, 20.0], [5, 3, 4], 2.0)
    assert edges == [9.0, 10.0, 11.0, 12.0, 19.0, 21.0]
    assert tops == [5, 5, 3, 0, 4]
    edges, tops = _outline([10.0, 11.0], [-5, -3], 2.0)
    assert tops == [-5, -5, -3]


def test_the_exchanges_chart_is_one_shape_per_side_however_many_exchanges() -> None:
    start = dt.date(2022, 1, 1)
    exchanges = [_exchange(start + dt.timedelta(days=n), 10 + n % 7, 5 + n % 3) for n in range(2000)]
    fig = plot_exchanges(exchanges)
    assert fig is not None
    shapes = [p for ax in fig.axes for p in ax.patches if isinstance(p, StepPatch)]
    assert len(shapes) == 2
    assert max(shapes[0].get_data().values) == 16 and min(shapes[1].get_data().values) == -7
    assert not any(
        isinstance(a, Line2D) and len(a.get_xdata()) == 0 for ax in fig.axes for a in ax.get_lines()
    )
    plt.close(fig)


def _mention(day: str, inferred: bool = False) -> Event:
    return Event(article="a", date=day, precision="day", type="negotiation_round", title="Talks", summary="Talks",
                 sentence="Talks were held.", start=0, end=16, resolution="test", inferred=inferred)  # fmt: skip


def test_the_timeline_draws_each_spot_of_a_lane_once_filled_when_any_date_there_is_stated() -> None:
    days = [f"2025-06-{d:02d}" for d in range(1, 29)]
    events = [_mention(day, inferred=i % 2 == 0) for day in days for i in range(50)]  # 1,400 events
    chart = plot_timeline(events)
    assert chart is not None
    ax = chart.figure.axes[-1]
    marked = [line for line in ax.get_lines() if line.get_marker() not in ("None", None, "")]
    assert sum(len(line.get_xdata()) for line in marked) == len(days)
    assert all(line.get_markerfacecolor() != "white" for line in marked)
    plt.close(chart.figure)


def test_markers_of_one_colour_are_printed_as_one_path_at_the_same_places() -> None:
    fig, ax = plt.subplots()
    ax.plot([1, 2, 3], [1, 1, 1], "D", color="#0072b2", linestyle="none")
    ax.plot([1, 2], [2, 2], "D", markerfacecolor="white", color="#0072b2", linestyle="none")  # open
    buffer = io.StringIO()
    with plt.rc_context({"svg.hashsalt": "test"}):
        fig.savefig(buffer, format="svg")
    plt.close(fig)
    svg = buffer.getvalue()
    merged = merged_markers(svg)

    uses = re.findall(r'<use xlink:href="#(m\w+)" x="([-\d.]+)" y="([-\d.]+)" style="fill: #0072b2', svg)
    assert len(uses) == 3 and svg.count("<use") - merged.count("<use") == 3  # the open ones stay
    shape = re.search(rf'<path id="{uses[0][0]}" d="M (\S+) (\S+)', svg)
    assert shape is not None
    (joined,) = re.findall(r'<path d="([^"]*)" style="fill: #0072b2; stroke: #0072b2', merged)
    moves = [(float(x), float(y)) for x, y in re.findall(r"M (\S+) (\S+)", joined)]
    # Each marker's shape where matplotlib placed it.
    expected = [(float(x) + float(shape[1]), float(y) + float(shape[2])) for _, x, y in uses]
    assert len(moves) == 3
    assert all(
        abs(a - b) < 1e-3 and abs(c - d) < 1e-3 for (a, c), (b, d) in zip(moves, expected, strict=True)
    )
