"""Mentions classed and consolidated into events: one real-world event, one record."""

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import write

from parley.articles.load import Article
from parley.events.consolidate import consolidate, link
from parley.mentions.classify import classify
from parley.mentions.extract import Event
from parley.report.exports import records_csv
from parley.report.sections import QUOTES_SHOWN, Report, build_report

PUBLISHED = dt.date(2025, 6, 30)


def mention(
    article: str,
    date: str | None,
    kind: str = "prisoner_exchange",
    precision: str | None = None,
    start: int = 0,
    location: str | None = None,
) -> Event:
    return Event(
        article=article, date=date, precision=precision or ("day" if date else None), type=kind,  # type: ignore[arg-type]
        title="t", summary="s", sentence="s", start=start, end=start + 1, resolution="r", location=location,
    )  # fmt: skip


def article(text: str = "", published: dt.date | None = PUBLISHED) -> Article:
    return Article(
        id="a",
        path=Path("a.md"),
        title="t",
        body=text,
        published=published,
        outlet=None,
        url=None,
        language="en",
    )


def test_one_exchange_reported_by_two_articles_is_one_event_with_both_mentions() -> None:
    a, b = mention("a", "2025-06-20"), mention("b", "2025-06-20", start=7)
    (event,) = consolidate([a, b])
    assert event.id == "exchange-2025-06-20"
    assert event.articles == ["a", "b"]
    assert [(m.article, m.start) for m in event.mentions] == [("a", 0), ("b", 7)]
    assert [m.event for m in link([a, b], [event])] == ["exchange-2025-06-20"] * 2


def test_the_days_of_a_staged_swap_are_the_stages_of_one_operation() -> None:
    days = [mention("a", "2025-05-23"), mention("b", "2025-05-24"), mention("c", "2025-05-25")]
    later = mention("d", "2025-06-09")
    staged, other = consolidate([*days, later])
    assert (staged.date, staged.end_date, staged.stages) == (
        "2025-05-23",
        "2025-05-25",
        ["2025-05-23", "2025-05-24", "2025-05-25"],
    )
    assert other.id == "exchange-2025-06-09" and other.stages == []


def test_stages_never_chain_beyond_a_fortnight() -> None:
    every_other_day = [mention(f"a{i}", f"2025-06-{1 + 2 * i:02d}") for i in range(12)]
    events = consolidate(every_other_day)
    assert len(events) > 1
    assert all(
        (e.day and dt.date.fromisoformat(e.end_date or e.date or "") - e.day).days <= 14 for e in events
    )


def test_a_month_joins_the_one_event_it_holds_and_stays_apart_when_it_holds_several() -> None:
    day, month = mention("a", "2025-05-23"), mention("b", "2025-05", precision="month")
    (event,) = consolidate([day, month])
    assert event.precision == "day" and len(event.mentions) == 2
    two = [mention("a", "2025-05-03"), mention("a", "2025-05-23", start=5), month]
    assert [e.precision for e in consolidate(two)] == ["month", "day", "day"]


def test_rounds_in_two_cities_on_one_day_are_two_events_with_distinct_ids() -> None:
    istanbul = mention("a", "2025-06-02", "negotiation_round", location="Istanbul")
    abu_dhabi = mention("b", "2025-06-02", "negotiation_round", location="Abu Dhabi")
    assert [e.id for e in consolidate([istanbul, abu_dhabi])] == ["round-2025-06-02", "round-2025-06-02-2"]


def test_a_palace_of_a_city_is_that_city_and_a_day_one_article_alone_gives_is_flagged() -> None:
    held = [mention(a, "2025-06-02", "negotiation_round", location="Istanbul") for a in "abc"]
    palace = mention("d", "2025-06-02", "negotiation_round", location="Ciragan Palace")
    late = mention("e", "2025-06-03", "negotiation_round", location="Istanbul")
    (event,) = consolidate([*held, palace, late])
    assert (event.date, event.end_date) == ("2025-06-02", None)
    assert event.conflicts == ["e dates it 3 June 2025"]


def test_the_same_day_of_different_years_is_flagged_on_both_events() -> None:
    a, b = mention("a", "2024-06-20"), mention("b", "2025-06-20")
    first, second = consolidate([a, b])
    assert first.conflicts == ["b dates it 20 June 2025: the year differs"]
    assert second.conflicts == ["a dates it 20 June 2024: the year differs"]
    assert consolidate([mention("a", "2025-06-19"), mention("b", "2025-06-21")])[0].conflicts == []


def test_one_note_per_other_date_however_many_events_give_it() -> None:
    # Two rounds on one day (two cities) against one a year later: one note, naming both articles.
    rounds = [
        mention("a", "2024-06-20", "negotiation_round", location="Istanbul"),
        mention("b", "2024-06-20", "negotiation_round", location="Geneva"),
        mention("c", "2025-06-20", "negotiation_round", location="Istanbul"),
    ]
    later = next(e for e in consolidate(rounds) if e.date == "2025-06-20")
    assert later.conflicts == ["a, b date it 20 June 2024: the year differs"]


def test_undated_and_non_event_mentions() -> None:
    undated = mention("a", None)
    context = mention("a", "2022-02-24", "other").model_copy(update={"klass": "context"})
    (event,) = consolidate([undated, context])
    assert event.id == "exchange-undated-a" and event.date is None


@pytest.mark.parametrize(
    ("sentence", "kind", "date", "klass", "status"),
    [
        (
            "Russia and Ukraine exchanged 84 prisoners each on June 20.",
            "prisoner_exchange",
            "2025-06-20",
            "event",
            "done",
        ),
        ("Another 307 defenders came home on Friday.", "other", "2025-06-27", "event", "done"),
        (
            "The bodies of 1,212 fallen soldiers were repatriated on June 11.",
            "other",
            "2025-06-11",
            "event",
            "done",
        ),
        (
            "The third round will be held in Istanbul on July 23.",
            "negotiation_round",
            "2025-07-23",
            "event",
            "planned",
        ),
        (
            "The exchange planned for June 28 was postponed.",
            "prisoner_exchange",
            "2025-06-28",
            "event",
            "postponed",
        ),
        ("Talks set for June 10 were called off.", "negotiation_round", "2025-06-10", "event", "cancelled"),
        ("One of the 103 Ukrainian POWs returned on Sept. 14.", "other", "2025-06-14", "event", "done"),
        (
            "Russia said Friday that it had swapped 95 soldiers for 95.",
            "prisoner_exchange",
            "2025-06-27",
            "event",
            "done",
        ),
        ("Russian forces captured the village on June 3.", "capture", "2025-06-03", "context", None),
        ("Russia launched its full-scale invasion in February 2022.", "other", "2022-02", "context", None),
        ("There have been 60 exchanges since 2022.", "prisoner_exchange", "2022", "context", None),
        ("Published: June 30, 2025, 6:12 PM", "other", "2025-06-30", "none", None),
    ],
)
def test_each_mention_is_classed_with_a_reason_and_a_status(
    sentence: str, kind: str, date: str, klass: str, status: str | None
) -> None:
    precision = {4: "year", 7: "month"}.get(len(date), "day")
    m = mention("a", date, kind, precision).model_copy(update={"sentence": sentence})
    classed = classify(m, article(sentence))
    assert (classed.klass, classed.status) == (klass, status)
    assert classed.reason
    if klass == "event" and kind == "other":
        assert classed.type == "prisoner_exchange"  # a release or a return of the dead is an exchange


@pytest.fixture
def two_reports(corpus: Path) -> Report:
    write(
        corpus,
        "wire.md",
        "---\ntitle: Exchange completed\npublished: 2025-06-21\noutlet: Example Wire\n---\n"
        "The prisoner exchange took place on June 20. "
        "Russian forces captured a village near Pokrovsk on June 17.",
    )
    return build_report(articles=str(corpus), as_of="2026-11-25")


def test_the_report_shows_a_shared_event_once_with_both_sources(two_reports: Report) -> None:
    exchange = next(e for e in two_reports.events if e.type == "prisoner_exchange")
    assert exchange.articles == ["seed-article", "wire"]
    row = next(r for r in two_reports.events_table().split("<tr>") if "<td>Prisoner exchange" in r)
    assert "seed-article" in row and "wire" in row and "more mentions" in row
    # Its sentence is quoted once in the report: in the exchanges table, which the row names.
    assert row.count("<q>") + row.count("quoted under Prisoner exchanges") == QUOTES_SHOWN
    assert "1 event reported by more than one article" in two_reports.summary()


def test_context_is_listed_not_counted_and_the_csv_reproduces_the_counts(two_reports: Report) -> None:
    assert any("Pokrovsk" in m.sentence for m in two_reports.context)
    assert (
        "Pokrovsk" in two_reports.timeline() and "Context (not plotted or counted)" in two_reports.timeline()
    )
    assert all("Pokrovsk" not in m.sentence for e in two_reports.events for m in e.mentions)
    rows = list(csv.DictReader(io.StringIO(records_csv(two_reports.events))))
    done = [r for r in rows if r["type"] == "prisoner_exchange" and r["status"] == "done"]
    assert f"{len(done)} prisoner exchange carried out" in two_reports.summary()
    assert len(rows) == len(two_reports.events)
    assert f"{len(rows)} events from" in two_reports.summary()


def test_news_of_the_day_in_the_present_perfect_is_dated_to_the_publication_day() -> None:
    m = mention("a", None).model_copy(
        update={"sentence": "Ukraine and Russia have exchanged 400 prisoners of war."}
    )
    classed = classify(m, article(m.sentence))
    assert (classed.klass, classed.date, classed.precision, classed.inferred) == (
        "event",
        "2025-06-30",
        "day",
        True,
    )
    assert "publication day" in classed.resolution
    still = mention("a", None).model_copy(update={"sentence": "The exchange of prisoners is a priority."})
    assert classify(still, article(still.sentence)).date is None  # an undated event stays undated


def test_an_undated_mention_of_an_event_its_article_dates_is_about_that_one() -> None:
    """'This is the 57th prisoner exchange since …' under the day's swap is no undated swap."""
    dated, about_it, elsewhere = mention("a", "2025-06-20"), mention("a", None, start=9), mention("b", None)
    records = consolidate([dated, about_it, elsewhere])
    assert [r.id for r in records] == ["exchange-2025-06-20", "exchange-undated-b"]
    assert [m.event for m in link([dated, about_it, elsewhere], records)] == [
        "exchange-2025-06-20",
        None,
        "exchange-undated-b",
    ]
