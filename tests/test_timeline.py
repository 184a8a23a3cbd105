import datetime as dt
import hashlib
import io
import itertools
import re

import matplotlib.pyplot as plt
import pytest

from parley.events.consolidate import consolidate
from parley.events.rounds import Round
from parley.mentions.dates import format_date
from parley.mentions.extract import Event, span
from parley.render.exporters import VENDOR_DIR, VIS_TIMELINE
from parley.report.timeline import COLORS, KEY_MAX, MARKERS, figures, plot_timeline
from parley.report.track_chart import CHART_MAX_IN, MAX_TRACKS, charted_tracks, plot_tracks


def event(
    date: str, kind: str = "prisoner_exchange", precision: str = "day", title: str = "An event"
) -> Event:
    return Event(
        article="a",
        date=date,
        precision=precision,
        type=kind,
        title=title,
        summary=title,  # type: ignore[arg-type]
        sentence=title,
        start=0,
        end=len(title),
        resolution="test",
    )


def test_numbers_never_overlap_run_in_date_order_and_the_most_important_get_them() -> None:
    crowded = [
        event(f"2025-06-{d:02d}", kind, title=f"Event {d} {kind}")
        for d in (1, 1, 2, 3, 3, 4)
        for kind in ("prisoner_exchange", "announcement", "negotiation_round")
    ]
    chart = plot_timeline(crowded)
    ax = chart.figure.axes[0]
    renderer = chart.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert not any(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))
    assert [t.get_text() for t in ax.texts] != [] and len(ax.texts) == len(chart.keyed) <= KEY_MAX
    assert sorted(t.get_text() for t in ax.texts) == sorted(str(n) for n in range(1, len(chart.keyed) + 1))
    assert chart.keyed == sorted(
        chart.keyed, key=lambda e: (span(e)[0] + (span(e)[1] - span(e)[0]) / 2, e.type)
    )
    # Talks and exchanges before announcements: 18 events in four days cannot all have a number.
    assert chart.shown == len(crowded) and len(chart.keyed) < len(crowded)
    assert {e.type for e in chart.keyed} <= {"prisoner_exchange", "negotiation_round"}
    plt.close(chart.figure)


def test_a_long_span_gets_an_overview_and_a_detail_of_its_busiest_quarter() -> None:
    background = [event(f"{y}-03-01", "negotiation_round") for y in (2022, 2023)]
    busy = [event(f"2025-06-{d:02d}") for d in range(1, 29, 3)]
    chart = plot_timeline(background + busy)
    assert chart.overview and len(chart.figure.axes) == 2
    start, end = chart.detail
    assert start <= dt.date(2025, 6, 1) and end >= dt.date(2025, 6, 28) and (end - start).days <= 92
    assert chart.shown == len(busy)  # the 2022 and 2023 rounds are in the overview only
    overview = chart.figure.axes[0]
    assert "Events by month" in overview.get_title(loc="left")
    # Printed as two pictures, cut between the overview's dates and the detail's title; the
    # legend goes with the detail.
    top, bottom = chart.parts()
    renderer = chart.figure.canvas.get_renderer()
    inches = [
        a.get_tightbbox(renderer).transformed(chart.figure.dpi_scale_trans.inverted())
        for a in chart.figure.axes
    ]
    assert top.y0 == bottom.y1 and top.y1 == chart.figure.get_size_inches()[1] and bottom.y0 == 0
    assert inches[0].y0 >= top.y0 >= inches[1].y1 and inches[1].y0 >= bottom.y0
    assert chart.figure.axes[1].get_legend() is not None
    short = plot_timeline(busy)
    assert not short.overview and len(short.figure.axes) == 1
    assert [p.bounds for p in short.parts()] == [(0, 0, *short.figure.get_size_inches())]
    plt.close(chart.figure)
    plt.close(short.figure)


def test_on_an_even_spread_the_detail_is_the_latest_stretch() -> None:
    even = [event((dt.date(2022, 1, 1) + dt.timedelta(days=7 * i)).isoformat()) for i in range(200)]
    chart = plot_timeline(even)
    assert chart.detail[1] == span(even[-1])[1]
    plt.close(chart.figure)


def test_the_stages_of_one_operation_are_one_line_and_sizes_show_when_known() -> None:
    staged = consolidate([_mention(f"2025-05-{d}") for d in (23, 24, 25)])
    assert len(staged) == 1 and staged[0].stages
    # Exchange figures, as the report's pipeline adds them to the event (corpus.collect).
    single = consolidate([_mention("2025-06-10")])[0]
    sized = single.model_copy(update={"to_ukraine": 1000, "to_russia": 1000})
    chart = plot_timeline([*staged, sized])
    lines = [line for line in chart.figure.axes[0].lines if len(line.get_xdata()) == 3]
    assert len(lines) == 1  # the three stages: one line through three marks
    sizes = [line.get_markersize() for line in chart.figure.axes[0].lines if len(line.get_xdata()) == 1]
    assert figures(sized) == 2000 and max(sizes) > 7
    labels = [t.get_text() for t in chart.figure.axes[0].get_legend().get_texts()]
    assert "stages of one operation" in labels and "larger: more people" in labels
    plt.close(chart.figure)


def test_precision_is_drawn_as_a_span() -> None:
    month = event("2025-05", precision="month")
    assert span(month) == (month.day, month.day.replace(day=31))
    week = event("2025-06-11", precision="week")
    assert (span(week)[1] - span(week)[0]).days == 6
    chart = plot_timeline([month, event("2025-06-20")])
    assert any(line.get_linewidth() == 5 for line in chart.figure.axes[0].lines)
    plt.close(chart.figure)


def test_context_is_a_thin_lane_of_its_own() -> None:
    context = event("2025-06-05", "other", title="A battle")
    chart = plot_timeline([event("2025-06-02"), event("2025-06-20")], [context])
    labels = [t.get_text() for t in chart.figure.axes[0].get_yticklabels()]
    assert labels == ["Prisoner exchange", "Context"]
    plt.close(chart.figure)


def test_the_vendored_timeline_code_matches_its_recorded_checksum() -> None:
    sums = (VENDOR_DIR / "SHA256SUMS").read_text().split()
    assert sums[1] == VIS_TIMELINE.name
    assert hashlib.sha256(VIS_TIMELINE.read_bytes()).hexdigest() == sums[0]
    assert "Apache-2.0 OR MIT" in (VENDOR_DIR / "LICENSE.md").read_text()
    assert (VENDOR_DIR / "LICENSE.MIT.txt").exists() and (VENDOR_DIR / "LICENSE.Apache-2.0.txt").exists()


def _mention(date: str) -> Event:
    return event(date).model_copy(update={"klass": "event", "status": "done"})


def test_undated_events_are_not_plotted() -> None:
    undated = Event(
        article="a",
        date=None,
        precision=None,
        type="capture",
        title="t",
        summary="t",
        sentence="t",
        start=0,
        end=1,
        resolution="none",
    )
    assert plot_timeline([undated]) is None


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (("2025-06-20", "day"), "20 June 2025"),
        (("2025-06", "month"), "June 2025"),
        (("2025", "year"), "2025"),
        (("2025-06-19", "day", "2025-06-20"), "19–20 June 2025"),
        (("2025-05-28", "day", "2025-06-03"), "28 May – 3 June 2025"),
        (("2024-12-30", "day", "2025-01-02"), "30 December 2024 – 2 January 2025"),
        (("2025-06-11", "week"), "week of 11 June 2025"),
        ((None, None), "undated"),
    ],
)
def test_dates_read_as_people_write_them(args: tuple, text: str) -> None:
    assert format_date(*args) == text


def test_the_chart_writes_dates_as_readers_read_them() -> None:
    chart = plot_timeline(
        [event("2025-06-02", "negotiation_round", title="Round 2 of talks"), event("2025-06-20")]
    )
    ax = chart.figure.axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["1", "2"]
    assert [e.date for e in chart.keyed] == ["2025-06-02", "2025-06-20"]
    chart.figure.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert any(re.fullmatch(r"\d{1,2} June", t) for t in ticks)
    assert ax.xaxis.get_offset_text().get_text() == "June 2025"
    assert not any(re.search(r"\b(Jun|Jul|Sep|Sept)\b|\d{4}-\d\d", t) for t in ticks)
    plt.close(chart.figure)


def test_each_type_has_its_own_lane_marker_and_colour() -> None:
    kinds = ["negotiation_round", "prisoner_exchange", "announcement"]
    chart = plot_timeline([event("2025-06-20", kind) for kind in kinds])
    ax = chart.figure.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Negotiation round",
        "Prisoner exchange",
        "Announcement",
    ]
    drawn = {
        (line.get_marker(), float(line.get_ydata()[0])) for line in ax.lines if line.get_marker() != "None"
    }
    assert len({marker for marker, _ in drawn}) == len({lane for _, lane in drawn}) == 3
    # Colour is never the only cue, and every type has a marker of its own.
    assert len(set(MARKERS.values())) == len(MARKERS) and len(set(COLORS.values())) == len(COLORS)
    plt.close(chart.figure)


def test_round_numbers_days_apart_on_a_long_axis_do_not_print_over_each_other() -> None:
    def held(n: int, day: str, series: str = "Istanbul 2025") -> Round:
        return Round(
            series=series, round=n, date=day, precision="day", location=None, sources=["a"], evidence=[]
        )

    fig = plot_tracks(
        [
            held(1, "2022-03-29", "Istanbul 2022"),
            held(1, "2025-05-16"),
            held(2, "2025-06-02"),
            held(3, "2025-07-23"),
        ]
    )
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    numbers = [t for t in ax.texts if t.get_text() in "123"]
    assert sorted(t.get_text() for t in numbers) == ["1", "1", "2", "3"]
    # Touching, "1" and "2" read as "12": a gap of a few points at least.
    boxes = [t.get_window_extent(renderer).padded(3) for t in numbers]
    assert not any(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))
    plt.close(fig)


def test_a_crowd_of_marks_is_printed_as_one_picture_and_a_few_as_vectors() -> None:
    days = [(dt.date(2025, 6, 1) + dt.timedelta(days=i)).isoformat() for i in range(90)]
    kinds = ("prisoner_exchange", "announcement", "negotiation_round")
    crowd = plot_timeline([event(d, kind) for d in days for kind in kinds])
    few = plot_timeline([event(d) for d in days[:10]])
    pictures = []
    for chart in (crowd, few):
        marks = [line for line in chart.figure.axes[-1].lines if line.get_linestyle() == "None"]
        assert marks and all(m.get_rasterized() == (chart is crowd) for m in marks)
        svg = io.StringIO()
        chart.figure.savefig(svg, format="svg")
        pictures.append(svg.getvalue().count("<image"))
        plt.close(chart.figure)
    assert pictures == [1, 0]  # the marks only: axes and text stay vector


def test_a_few_hundred_rounds_over_many_tracks_stay_vectors() -> None:
    # 30 tracks of 12 rounds: spread over a tall chart, vectors print sooner than a picture of it.
    rounds = [
        Round(
            series=f"Track {t}",
            round=None,
            date=(dt.date(2023, 1, 1) + dt.timedelta(days=60 * n + t)).isoformat(),
            precision="day",
            location=None,
            sources=["a"],
            evidence=[],
        )
        for t in range(30)
        for n in range(12)
    ]
    fig = plot_tracks(rounds)
    marks = [line for line in fig.axes[0].lines if line.get_linestyle() == "None"]
    assert sum(len(m.get_xdata()) for m in marks) == 360
    assert not any(m.get_rasterized() for m in marks)
    plt.close(fig)


def test_a_chart_of_many_tracks_fits_a_page_and_draws_the_latest() -> None:
    def held(track: int, day: dt.date) -> Round:
        return Round(
            series=f"Track {track}", round=None, date=day.isoformat(), precision="day", location=None,
            sources=["a"], evidence=[],
        )  # fmt: skip

    # 80 tracks, each later than the one before: too many rows for a page at full height.
    rounds = [held(t, dt.date(2020, 1, 1) + dt.timedelta(days=20 * t)) for t in range(80)]
    fig = plot_tracks(rounds)
    assert fig.get_size_inches()[1] <= CHART_MAX_IN
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == MAX_TRACKS and labels[0].startswith(f"Track {80 - MAX_TRACKS} ")
    assert charted_tracks(rounds) == [f"Track {t}" for t in range(80 - MAX_TRACKS, 80)]
    plt.close(fig)
    # A few tracks keep their full rows.
    few = plot_tracks(rounds[:5])
    assert few.get_size_inches()[1] > 5 * 0.4
    plt.close(few)
