"""The explore notebook's functions: events as a table, filters, an article with its dates
highlighted, the timeline of a window, and what is inferred, undated or in conflict."""

import html
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import AS_OF, write
from matplotlib.figure import Figure

from parley.errors import ParleyError
from parley.mentions.extract import Event
from parley.report import explore
from parley.report.sections import Html, Report, build_report

WIRE = """---
title: Talks <resume> & more
published: 2025-06-10
outlet: Example <Wire>
---
The second round of talks took place in Istanbul on June 2.

Officials said <b>nothing</b> & more about the talks in May 2025.

Prior to the June 2 talks, little was said.

After the June 2 round, prisoners were exchanged on June 5.
"""


@pytest.fixture(scope="module")
def seed() -> Report:
    return build_report(as_of=AS_OF)


@pytest.fixture
def two(corpus: Path) -> Report:
    """The seed article (undated, its year inferred) beside one with markup in its text."""
    write(corpus, "wire.md", WIRE)
    return build_report(articles=str(corpus), as_of=AS_OF)


def event(article: str, date: str | None, type: str = "prisoner_exchange", **fields: Any) -> Event:
    values: dict[str, Any] = {
        "article": article,
        "date": date,
        "precision": None if date is None else {4: "year", 7: "month"}.get(len(date), "day"),
        "type": type,
        "title": f"{type} in {article}",
        "summary": "s",
        "sentence": f"A sentence of {article}.",
        "start": 0,
        "end": 10,
        "resolution": "'x': stated in the text",
    }
    return Event(**(values | fields))


# -- the events table and its filters ---------------------------------------------------------


def test_events_frame_is_in_date_order_with_undated_last(seed: Report) -> None:
    frame = explore.events_frame(seed.mentions)
    assert list(frame.columns) == explore.EVENT_COLUMNS
    assert pd.api.types.is_datetime64_any_dtype(frame["day"])
    # The seed's two back-references to the June 20 exchange are dated statements too.
    dates = ["2025-06-02", "2025-06-19", "2025-06-19", "2025-06-20", "2025-06-20", "2025-06-20", "-"]
    assert list(frame["date"].fillna("-")) == dates
    assert frame["sentence"].iloc[-1].startswith("His efforts, however, ended in his own capture")
    assert explore.events_frame([]).columns.tolist() == explore.EVENT_COLUMNS


def test_table_sorts_escapes_and_hides_the_index() -> None:
    frame = explore.events_frame(
        [event("b", "2025-06-20", sentence="<script>x</script> & co"), event("a", None)]
    )
    styled = explore.table(frame, sort_by="article")
    assert list(styled.data["article"]) == ["a", "b"]
    out = styled.to_html()
    assert "&lt;script&gt;x&lt;/script&gt; &amp; co" in out and "<script>" not in out
    assert "2025-06-20" in out and "00:00:00" not in out
    assert 'class="row_heading' not in out
    assert list(explore.table(frame, sort_by="day", ascending=False).data["article"]) == ["b", "a"]
    assert list(explore.table(frame).data["article"]) == ["b", "a"]  # no sort_by: as given


def test_filter_by_type_article_and_window() -> None:
    events = [
        event("a", "2025-06-02", "negotiation_round"),
        event("a", "2025-06-20"),
        event("b", "2025-05", "agreement"),  # all of May 2025
        event("b", None, "capture"),
    ]

    def dates(**kw: Any) -> list[str | None]:
        return [e.date for e in explore.filter_events(events, **kw)]

    assert dates() == ["2025-06-02", "2025-06-20", "2025-05", None]
    assert dates(types="prisoner_exchange") == ["2025-06-20"]
    assert dates(types=["agreement", "capture"]) == ["2025-05", None]
    assert dates(article="b") == ["2025-05", None]
    assert dates(article=["a"], types="negotiation_round") == ["2025-06-02"]
    # A month meets any window that reaches into it; undated events are kept unless asked not to.
    assert dates(start="2025-05-31", end="2025-06-10") == ["2025-06-02", "2025-05", None]
    assert dates(start="2025-06-15", undated=False) == ["2025-06-20"]
    assert dates(end="2025-04-30", undated=False) == []


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"types": "exchange"}, "parameter 'types': unknown event type 'exchange' (known: negotiation_round"),
        ({"start": "20/06/2025"}, "parameter 'start': '20/06/2025' is not a date (use YYYY-MM-DD)"),
        (
            {"start": "2025-06-20", "end": "2025-06-01"},
            "parameter 'start': start 2025-06-20 is after end 2025-06-01",
        ),
    ],
)
def test_filter_errors_name_the_parameter(kw: dict[str, Any], message: str) -> None:
    with pytest.raises(ParleyError, match=re.escape(message)):
        explore.filter_events([], **kw)


def test_corpus_frame_says_how_each_article_is_dated(two: Report) -> None:
    frame = explore.corpus_frame(two).set_index("article")
    assert frame.loc["seed-article", "year inferred"] == 2025
    assert "Friday, June 20" in frame.loc["seed-article", "how"]
    assert frame.loc["wire", "published"] == "2025-06-10" and pd.isna(frame.loc["wire", "year inferred"])
    assert frame["mentions"].sum() == len(two.mentions)


# -- one article, its dates highlighted -------------------------------------------------------


def test_article_html_escapes_the_text_and_marks_the_event_dates(two: Report) -> None:
    wire = explore.find_article(two.articles, "wire")
    out = explore.article_html(wire, two.mentions)
    assert isinstance(out, Html) and out._repr_html_() == str(out)
    assert "<b>" not in out and "&lt;b&gt;nothing&lt;/b&gt; &amp; more" in out
    assert "<h3>Talks &lt;resume&gt; &amp; more</h3>" in out and "Example &lt;Wire&gt;" in out
    marks = re.findall(r'<mark title="([^"]*)">([^<]*)</mark>', out)
    assert [text for _, text in marks] == ["June 2", "May 2025", "June 2", "June 2", "June 5"]
    title = html.unescape(marks[0][0])
    assert title.startswith("2025-06-02 — 'June 2': no year given; 2025, the nearest such date")
    assert html.unescape(marks[1][0]) == "2025-05 — 'May 2025': stated in the text"
    # Back-references ("Prior to the June 2 talks", "After the June 2 round") date a mention.
    assert html.unescape(marks[2][0]).startswith("2025-06-02 — 'June 2'")
    # Nothing is lost: without the markup, the page holds the body verbatim.
    text = html.unescape(re.sub(r"<[^>]+>", "", out.split('pre-wrap">', 1)[1]))
    assert text == wire.body


def test_mentions_frame_lists_what_is_highlighted(two: Report) -> None:
    wire = explore.find_article(two.articles, "wire")
    frame = explore.mentions_frame(wire, two.mentions)
    assert list(frame.columns) == explore.MENTION_COLUMNS
    assert list(frame["mention"]) == ["June 2", "May 2025", "June 2", "June 2", "June 5"]
    assert all(wire.body[o : o + len(m)] == m for o, m in zip(frame["offset"], frame["mention"], strict=True))
    assert list(frame["date"].fillna("-")) == [
        "2025-06-02",
        "2025-05",
        "2025-06-02",
        "2025-06-02",
        "2025-06-05",
    ]


def test_the_seed_article_shows_its_inferred_year(seed: Report) -> None:
    article = explore.find_article(seed.articles)
    frame = explore.mentions_frame(article, seed.mentions)
    assert list(frame["mention"]) == [
        "Friday, June 20",
        "June 19",
        "Later that day",
        "June 2",
        "June 20",
        "June 20",
    ]
    assert frame["inferred"].all()
    out = explore.article_html(article, seed.mentions)
    assert "year inferred — the article gives no publication date; 2025 is the only year" in html.unescape(
        out
    )


def test_find_article_names_the_known_ones(seed: Report) -> None:
    with pytest.raises(ParleyError, match=r"no article 'nope' \(known: seed-article\)"):
        explore.find_article(seed.articles, "nope")
    with pytest.raises(ParleyError, match="no articles"):
        explore.find_article([])


# -- the timeline, and what needs a second look -----------------------------------------------


def test_timeline_figure_of_a_window(seed: Report) -> None:
    figure = explore.timeline_figure(explore.filter_events(seed.mentions, start="2025-06-15"))
    assert isinstance(figure, Figure)
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert "Negotiation round" not in labels and "Prisoner exchange" in labels
    empty = explore.timeline_figure(explore.filter_events(seed.mentions, end="2020-01-01"))
    assert isinstance(empty, Html) and "No dated events" in empty


def test_inferred_and_undated(seed: Report, two: Report) -> None:
    assert list(explore.inferred(seed.mentions)["date"]) == [
        "2025-06-02",
        "2025-06-19",
        "2025-06-19",
        "2025-06-20",
        "2025-06-20",
        "2025-06-20",
    ]
    assert "wire" not in set(explore.inferred(two.mentions)["article"])  # its dates are stated or anchored
    undated = explore.undated(seed.mentions)
    assert list(undated["type"]) == ["capture"]
    assert undated["resolution"].iloc[0] == "the text gives no date for this"


def test_conflicts_are_events_that_articles_put_in_different_years(corpus: Path) -> None:
    write(
        corpus,
        "a.md",
        "---\ntitle: Swap\npublished: 2024-06-25\n---\nRussia and Ukraine exchanged prisoners on June 20.\n",
    )
    report = build_report(articles=str(corpus), as_of=AS_OF)
    frame = explore.conflicts(report.events)
    assert list(frame.columns) == explore.CONFLICT_COLUMNS
    assert list(frame["date"]) == ["2024-06-20", "2025-06-20"]
    assert list(frame["articles"]) == ["a", "seed-article"]
    assert "the year differs" in frame["conflicts"].iloc[0]
    assert explore.conflicts(build_report(as_of=AS_OF).events).empty
