import itertools
import re

import matplotlib.pyplot as plt
import pytest

from parley.dates import format_date
from parley.extract import Event, span
from parley.timeline import COLORS, MARKERS, plot_timeline


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


def test_labels_never_overlap_and_every_event_is_accounted_for() -> None:
    crowded = [
        event(f"2025-06-{d:02d}", kind, title=f"Event {d} {kind}")
        for d in (1, 1, 2, 3, 3, 4)
        for kind in ("prisoner_exchange", "announcement", "negotiation_round")
    ]
    fig, unlabelled = plot_timeline(crowded)
    ax = fig.axes[0]
    renderer = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts]
    assert not any(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))
    assert len(ax.texts) + len(unlabelled) == len(crowded)
    assert unlabelled  # 18 labels in four days cannot all fit: the rest are listed, not overlapped
    plt.close(fig)


def test_precision_is_drawn_as_a_span() -> None:
    month = event("2025-05", precision="month")
    assert span(month) == (month.day, month.day.replace(day=31))
    week = event("2025-06-11", precision="week")
    assert (span(week)[1] - span(week)[0]).days == 6
    fig, _ = plot_timeline([month, event("2025-06-20")])
    assert any(line.get_linewidth() == 7 for line in fig.axes[0].lines)
    plt.close(fig)


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
    fig, _ = plot_timeline(
        [event("2025-06-02", "negotiation_round", title="Round 2 of talks"), event("2025-06-20")]
    )
    ax = fig.axes[0]
    assert [t.get_text().splitlines()[-1] for t in ax.texts] == ["2 June 2025", "20 June 2025"]
    fig.canvas.draw()
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert "8 June" in ticks and ax.xaxis.get_offset_text().get_text() == "June 2025"
    assert not any(re.search(r"\b(Jun|Jul|Sep|Sept)\b|\d{4}-\d\d", t) for t in ticks)
    plt.close(fig)


def test_each_type_has_its_own_lane_marker_and_colour() -> None:
    kinds = ["negotiation_round", "prisoner_exchange", "announcement"]
    fig, _ = plot_timeline([event("2025-06-20", kind) for kind in kinds])
    ax = fig.axes[0]
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
    plt.close(fig)
