"""The report's own selection of what it shows: the lede, what is new, and what long corpora
leave to the data files."""

import datetime as dt
import re
from html import unescape
from pathlib import Path

from conftest import write

from parley.events.consolidate import exchanges_carried_out
from parley.report.sections import EVENTS_SHOWN, SOURCES_SHOWN, build_report
from parley.report.seen import previous, updated


def test_report_shows_only_the_chosen_types() -> None:
    report = build_report(as_of="2026-11-25", types="prisoner_exchange,negotiation_round")
    assert {e.type for e in report.events} == {"prisoner_exchange", "negotiation_round"}
    assert [r.round for r in report.rounds] == [1, 2]


FIXTURE_CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


def test_page_one_tells_the_story_in_a_lede() -> None:
    report = build_report(articles=str(FIXTURE_CORPUS), as_of="2025-07-26", corrections=None)
    lede = " ".join(_text(report.lede()).split())
    assert "Latest talks: round 3 of the Istanbul 2025 talks" in lede
    assert "Latest exchange: 4 July 2025 — “A further stage of the prisoner exchange" in lede
    done = len(exchanges_carried_out(report.events))
    assert (
        f"In all: {done} exchanges, {len(report.rounds)} rounds of talks" in lede
        and "from 10 articles." in lede
    )
    assert "People returned: " in lede
    assert "New since" not in lede  # no previous render


def test_the_lede_says_what_is_new_since_the_previous_render(tmp_path: Path) -> None:
    seen = tmp_path / ".report.seen.json"
    everything = build_report(articles=str(FIXTURE_CORPUS), as_of="2025-07-26", corrections=None)
    ids = [e.id for e in everything.events]
    older = [i for i in ids if not i.startswith("round-2025-07")]
    seen.write_text(updated(seen, dt.date(2025, 7, 20), older), encoding="utf-8")
    report = build_report(articles=str(FIXTURE_CORPUS), as_of="2025-07-26", corrections=None, seen=str(seen))
    lede = " ".join(_text(report.lede()).split())
    assert "New since 20 July 2025: 1 event — Round 3 of talks, Istanbul (23 July 2025)." in lede
    # This render's ids are kept beside the earlier ones; a re-render the same day compares with
    # the earlier render still, so it says the same.
    seen.write_text(updated(seen, dt.date(2025, 7, 26), ids), encoding="utf-8")
    assert previous(seen, dt.date(2025, 7, 26)) == (dt.date(2025, 7, 20), set(older))
    assert previous(seen, dt.date(2025, 7, 27)) == (dt.date(2025, 7, 26), set(ids))
    seen.write_text("{broken", encoding="utf-8")
    assert previous(seen, dt.date(2025, 7, 27)) is None  # then nothing is said to be new


def test_long_corpora_show_the_most_important_events_and_say_where_the_rest_are(corpus: Path) -> None:
    first = dt.date(2025, 1, 6)
    for i in range(60):
        day = first + dt.timedelta(days=5 * i)
        write(
            corpus,
            f"w{i:02d}.md",
            f"---\npublished: {day}\noutlet: Wire\n---\nSwap {i}\n\nPrisoners were exchanged on {day:%d %B %Y}.\n",
        )
    report = build_report(articles=str(corpus), as_of="2026-11-25", corrections=None)
    assert len(report.events) > EVENTS_SHOWN
    table = report.events_table()
    assert table.count("<tr>") == EVENTS_SHOWN + 1  # and the header
    assert f"The {EVENTS_SHOWN} most important of {len(report.events)} events" in table
    assert "events.csv, events.json" in table
    sources = report.sources()
    assert sources.count("<tr>") == SOURCES_SHOWN + 1 and f"of {len(report.articles)};" in sources
    summary = _text(report.summary())
    assert re.search(r"prisoner exchanges carried out: [^.]*\(the latest 6 of \d+\)", summary)
    assert "1 article gives no outlet, URL or publication date (seed-article)" in summary
