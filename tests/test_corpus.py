"""Several articles on the same events: one entry per event, conflicts kept and flagged."""

from pathlib import Path

import pytest
from conftest import write

from parley.corpus import conflict_groups, same_event_groups
from parley.extract import Event
from parley.report import Report, build_report


def event(article: str, date: str | None, kind: str = "prisoner_exchange", start: int = 0) -> Event:
    return Event(
        article=article, date=date, precision="day" if date else None, type=kind, title="t",  # type: ignore[arg-type]
        summary="s", sentence="s", start=start, end=start + 1, resolution="r",
    )  # fmt: skip


def test_same_event_from_two_articles_is_one_group() -> None:
    a, b, c = event("a", "2025-06-20"), event("b", "2025-06-20"), event("b", "2025-06-21")
    assert same_event_groups([a, b, c]) == [[a, b], [c]]


def test_undated_events_and_repeats_within_an_article_stand_alone() -> None:
    a, b = event("a", None), event("b", None)
    again = event("a", "2025-06-20", start=5)
    first = event("a", "2025-06-20")
    assert same_event_groups([a, b, first, again]) == [[a], [b], [first], [again]]


def test_conflicts_are_close_dates_of_one_type_from_different_articles() -> None:
    a, b = event("a", "2025-06-19", "announcement"), event("b", "2025-06-18", "announcement")
    far = event("c", "2025-03-01", "announcement")
    same_article = event("a", "2025-06-17", "announcement", start=9)
    assert conflict_groups([a, b, far]) == [[a, b]]
    assert conflict_groups([a, same_article]) == []  # one article disagreeing with itself is not flagged
    assert conflict_groups([a, event("b", "2025-06-19", "announcement")]) == []


@pytest.fixture
def two_reports(corpus: Path) -> Report:
    write(
        corpus,
        "wire.md",
        "---\ntitle: Exchange completed\npublished: 2025-06-21\noutlet: Example Wire\n---\n"
        "The prisoner exchange took place on June 20. "
        "On June 18, the Russian Ministry of Defense announced the exchange of prisoners of war.",
    )
    return build_report(articles=str(corpus), as_of="2026-11-25")


def test_the_report_shows_a_shared_event_once_with_both_sources(two_reports: Report) -> None:
    exchange = next(g for g in two_reports.entries if g[0].type == "prisoner_exchange")
    assert sorted(e.article for e in exchange) == ["seed-article", "wire"]
    table = two_reports.events_table()
    row = next(r for r in table.split("<tr>") if "parity-based" in r)
    assert "seed-article" in row and "wire" in row and row.count("<q>") == 2


def test_the_report_flags_a_date_conflict_and_keeps_both(two_reports: Report) -> None:
    assert [sorted(e.date for e in g) for g in two_reports.conflicts] == [["2025-06-18", "2025-06-19"]]
    table = two_reports.events_table()
    assert "Conflict: wire dates it 18 June 2025" in table
    assert "Conflict: seed-article dates it 19 June 2025" in table
    summary = two_reports.summary()
    assert "1 date conflict between articles" in summary
    assert "1 event reported by more than one article" in summary
