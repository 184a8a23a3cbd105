"""The report's own selection of what it shows: the lede, what is new, and what long corpora
leave to the data files."""

import datetime as dt
import re
from html import unescape
from pathlib import Path

from conftest import write

from parley.events.consolidate import exchanges_carried_out
from parley.events.rounds import counted
from parley.report.sections import EVENTS_SHOWN, SOURCES_SHOWN, _short_conflict, _site, _stages, build_report
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
        f"In all: {done} exchanges, {len(counted(report.rounds))} rounds of talks" in lede
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


# -- what a demanding editor would strike: each rule on a short synthetic corpus -------------------
def _article(corpus: Path, name: str, published: str, text: str) -> None:
    write(
        corpus,
        f"{name}.md",
        f"---\ntitle: {name}\npublished: {published}\noutlet: Wire\n---\n{name}\n\n{text}\n",
    )


def test_an_exchange_row_quotes_the_sentence_that_gives_both_figures_once(corpus: Path) -> None:
    _article(corpus, "swap", "2025-08-02", "Russia and Ukraine exchanged 84 prisoners each on Friday.")
    report = build_report(articles=str(corpus), as_of="2026-11-25", corrections=None)
    row = next(r for r in report.exchanges_section().split("<tr>") if "exchanged 84 prisoners each" in r)
    assert row.count("exchanged 84 prisoners each") == 1
    assert "84 to Ukraine; 84 to Russia" in row


def test_the_lede_names_talks_held_and_the_latest_exchange_with_figures(corpus: Path) -> None:
    _article(corpus, "swap", "2025-08-02", "Russia and Ukraine exchanged 84 prisoners each on Friday.")
    _article(corpus, "later", "2025-09-06", "Prisoners were exchanged on Friday, the ministry said.")
    _article(corpus, "plan", "2025-09-07", "A third round of talks in Istanbul is planned for 20 September.")
    report = build_report(articles=str(corpus), as_of="2025-09-08", corrections=None)
    lede = " ".join(_text(report.lede()).split())
    assert "Latest talks: round 2 of the Istanbul" in lede  # the seed's round, not the planned one
    assert "Latest exchange: 5 September 2025" in lede
    assert "Latest with figures: 1 August 2025 — 168 people returned (84 to Ukraine, 84 to Russia)." in lede
    assert "Next: negotiation round planned for 20 September 2025" in lede


def test_an_events_row_says_its_sentence_once_and_counts_long_lists(corpus: Path) -> None:
    _article(corpus, "swap", "2025-08-02", "Russia and Ukraine exchanged 84 prisoners each on Friday.")
    row = next(
        r
        for r in build_report(articles=str(corpus), as_of="2026-11-25", corrections=None)
        .events_table()
        .split("<tr>")
        if "84 prisoners" in r
    )
    assert row.count("Russia and Ukraine exchanged 84 prisoners each") == 1  # no summary above its quote
    assert _stages(["2025-09-01", "2025-09-02", "2025-09-05", "2025-09-09"]) == "4 days, 1–9 September 2025"
    assert _stages(["2025-09-01", "2025-09-02"]) == "1 September 2025, 2 September 2025"
    many = "a1, a2, a3, a4 date it 24 March 2022: the year differs"
    assert _short_conflict(many) == "a1, a2 and 2 other articles date it 24 March 2022: the year differs"
    assert _short_conflict("a1, a2 date it 2022: the year differs") == "a1, a2 date it 2022: the year differs"


def test_the_rounds_table_leaves_out_empty_columns_and_quotes_a_shared_sentence_once(corpus: Path) -> None:
    _article(
        corpus,
        "talks",
        "2025-07-24",
        "Russia and Ukraine concluded a third round of peace talks in Istanbul on Wednesday.",
    )
    table = build_report(
        articles=str(corpus.parent / "articles" / "talks.md"), as_of="2026-11-25"
    ).rounds_table()
    assert "Delegations and hosts" not in table and "Topics" not in table  # nothing stated
    assert table.count("concluded a third round of peace talks") == 1  # rounds 2 (implied) and 3


def test_a_source_link_is_named_by_its_site() -> None:
    assert _site("https://www.example.org/2025/06/02/a-long-address?utm=x") == "example.org"


def test_a_table_shows_its_latest_rows_in_their_order_and_each_copy_of_one() -> None:
    """`_latest` picks rows by id before comparing them whole: the rows are the ones comparing
    each with the latest gave, a copy equal to a latest row included wherever it sorts."""
    from parley.events.rounds import Round
    from parley.report.sections import _latest

    def row(id_: str, date: str | None) -> Round:
        return Round(id=id_, series="Istanbul 2025", round=None, date=date, precision="day" if date else None,
                     location=None, sources=["a"], evidence=["s"])  # fmt: skip

    rows = [row("r3", "2025-03-01"), row("r1", "2025-01-01"), row("u", None), row("r2", "2025-02-01")]
    rows += [row("r3", "2025-03-01"), row("r3", "2025-03-01")]  # copies: two of the three sort last
    shown, note = _latest(rows, 2, "rounds")
    latest = sorted(rows, key=lambda x: (x.date is not None, x.date or ""))[-2:]
    assert (
        [id(r) for r in shown]
        == [id(r) for r in rows if r in latest]
        == [id(rows[0]), id(rows[4]), id(rows[5])]
    )
    assert "The latest 3 of 6 rounds" in note
    assert [r.id for r in _latest(rows, 4, "rounds")[0]] == ["r3", "r2", "r3", "r3"]
