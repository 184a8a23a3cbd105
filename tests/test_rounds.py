from pathlib import Path

import pytest
from conftest import AS_OF, SEED, write

from parley.articles.load import load_article, load_corpus
from parley.events.rounds import Round, _Seen, build_rounds, outvoted_day
from parley.mentions.classify import classify_all
from parley.mentions.extract import extract_article


def rounds_of(paths: list[Path]) -> list[Round]:
    """The rounds as the report builds them: from the mentions classed as events of interest."""
    articles = load_corpus(paths)
    mentions = classify_all([e for a in articles for e in extract_article(a, AS_OF)[0]], articles)
    return build_rounds([m for m in mentions if m.klass == "event"], articles)


def test_seed_rounds() -> None:
    _, second = rounds_of([SEED])
    assert (second.series, second.round, second.date, second.round_inferred) == (
        "Istanbul 2025",
        2,
        "2025-06-02",
        False,
    )
    assert second.topics == [
        "memorandums on ceasefire agreements",
        "the exchange of all seriously ill prisoners of war and individuals under the age of 25",
    ]
    assert any("2025-06-20" in o and "exchange" in o.lower() for o in second.outcomes)
    assert any("2025-06-19" in o for o in second.outcomes)
    assert second.sources == ["seed-article"]
    assert second.evidence[0] in load_article(SEED).body


def test_a_second_round_implies_a_first_with_nothing_invented() -> None:
    first = rounds_of([SEED])[0]
    assert (first.series, first.round, first.round_inferred) == ("Istanbul 2025", 1, True)
    assert first.date is None
    assert first.topics == [] and first.outcomes == []
    assert "implied by round 2" in (first.note or "")


def test_one_round_reported_by_two_articles_is_one_row(corpus: Path) -> None:
    write(
        corpus,
        "other.md",
        "---\npublished: 2025-06-03\noutlet: Example Wire\n---\nTalks\n\n"
        "The second round of talks took place in Istanbul on June 2. Officials discussed prisoner exchanges.",
    )
    rows = rounds_of([corpus])
    second = [r for r in rows if r.round == 2]
    assert len(second) == 1
    assert second[0].sources == ["other", "seed-article"]
    assert "prisoner exchanges" in second[0].topics


def test_series_in_different_cities_stay_apart(corpus: Path) -> None:
    write(
        corpus,
        "geneva.md",
        "---\npublished: 2026-02-05\n---\nGeneva\n\nThe second round of talks took place in Geneva on February 4.",
    )
    rows = rounds_of([corpus])
    assert [(r.series, r.round) for r in rows] == [
        ("Istanbul 2025", 1),
        ("Istanbul 2025", 2),
        ("Geneva 2026", 1),
        ("Geneva 2026", 2),
    ]


def test_outcomes_stop_at_the_next_round_of_the_series(tmp_path: Path) -> None:
    write(
        tmp_path,
        "two-rounds.md",
        "---\npublished: 2025-08-01\n---\nTwo rounds\n\n"
        "The second round of talks took place in Istanbul on June 2. "
        "Prisoners were exchanged on June 20 as part of the agreements reached during the talks. "
        "The third round of talks took place in Istanbul on July 23. "
        "Prisoners were exchanged on July 24.",
    )
    rows = {r.round: r for r in rounds_of([tmp_path])}
    assert [o[-12:] for o in rows[2].outcomes] == ["(2025-06-20)"]
    assert [o[-12:] for o in rows[3].outcomes] == ["(2025-07-24)"]


def test_first_rounds_of_two_series_never_merge_without_a_venue(tmp_path: Path) -> None:
    write(
        tmp_path,
        "abu.md",
        "---\npublished: 2026-02-06\n---\nA\n\nThe second round of talks ended in Abu Dhabi on February 5. "
        "The first round took place in the same city on January 23.",
    )
    write(
        tmp_path,
        "ist.md",
        "---\npublished: 2025-06-03\n---\nI\n\nThe second round of talks took place in Istanbul on June 2. "
        "A new round of talks will begin on Thursday.",
    )
    write(
        tmp_path,
        "x.md",
        "---\npublished: 2025-05-20\n---\nX\n\nThe first round of talks took place on 16 May.",
    )
    rows = rounds_of([tmp_path])
    # The unplaced first round of 16 May can only be Istanbul's: Abu Dhabi's round 2 is months
    # past any track's span from it, and Abu Dhabi has its round 1.
    assert [(r.series, r.round, r.round_inferred, r.date) for r in rows] == [
        ("Istanbul 2025", 1, False, "2025-05-16"),
        ("Istanbul 2025", 2, False, "2025-06-02"),
        ("Istanbul 2025", 3, True, "2025-06-05"),  # "a new round", numbered from its order, and says so
        ("Abu Dhabi 2026", 1, False, "2026-01-23"),
        ("Abu Dhabi 2026", 2, False, "2026-02-05"),
    ]
    assert "date order" in (rows[2].note or "")
    assert rows[0].venue == "Istanbul" and rows[0].sources == ["x"]


def test_tracks_are_venue_and_era_from_the_gazetteer_and_never_a_battlefield(tmp_path: Path) -> None:
    write(
        tmp_path,
        "2022.md",
        "---\npublished: 2022-03-30\n---\nA\n\nThe talks were held at Dolmabahce Palace on March 29. "
        "Russian forces shelled Kharkiv on March 29 as talks were held there.",
    )
    write(
        tmp_path,
        "2025.md",
        "---\npublished: 2025-06-03\n---\nB\n\nThe second round of talks took place at Ciragan Palace on June 2.",
    )
    write(
        tmp_path,
        "2026.md",
        "---\npublished: 2026-01-25\n---\nC\n\nTrilateral talks between the US, Ukraine and Russia with "
        "Witkoff, Kushner, Umerov and Kostyukov took place in the Emirati capital on January 23 and 24.",
    )
    rows = rounds_of([tmp_path])
    assert [(r.series, r.venue, r.date) for r in rows if r.date] == [
        ("Istanbul 2022", "Istanbul", "2022-03-29"),
        ("Istanbul 2025", "Istanbul", "2025-06-02"),
        ("Abu Dhabi 2026", "Abu Dhabi", "2026-01-23"),
    ]
    assert not any("Kharkiv" in r.series for r in rows)
    abu_dhabi = rows[-1]
    assert abu_dhabi.format == "US–Ukraine–Russia" and abu_dhabi.end_date == "2026-01-24"
    assert abu_dhabi.heads == ["Kostyukov", "Umerov", "Witkoff", "Kushner"]
    assert abu_dhabi.id == "abu-dhabi-2026-2026-01-23"


def test_one_round_dated_differently_by_two_articles_is_one_row_flagged(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-07-24\n---\nA\n\nThe third round of talks took place in Istanbul on July 23.",
    )
    write(
        tmp_path,
        "b.md",
        "---\npublished: 2025-07-30\n---\nB\n\nThe third round of talks took place in Istanbul on July 28.",
    )
    rows = [r for r in rounds_of([tmp_path]) if r.round == 3]
    assert len(rows) == 1 and rows[0].sources == ["a", "b"]
    assert rows[0].conflicts == ["round 3 dated 2025-07-23 (a) and 2025-07-28 (b)"]


def test_a_round_s_disagreeing_days_are_one_line_each_however_many_articles(tmp_path: Path) -> None:
    for name, day in (("a", 23), ("b", 28), ("c", 23), ("d", 28), ("e", 23)):
        write(
            tmp_path,
            f"{name}.md",
            f"---\npublished: 2025-07-30\n---\nT\n\nThe third round of talks took place in Istanbul on July {day}.",
        )
    (row,) = [r for r in rounds_of([tmp_path]) if r.round == 3]
    assert row.conflicts == ["round 3 dated 2025-07-23 (a, c, e) and 2025-07-28 (b, d)"]
    # more than three articles on one side: three named, the rest counted
    for name in "fghi":
        write(
            tmp_path,
            f"{name}.md",
            "---\npublished: 2025-07-30\n---\nT\n\nThe third round of talks took place in Istanbul on July 23.",
        )
    (row,) = [r for r in rounds_of([tmp_path]) if r.round == 3]
    assert row.conflicts == ["round 3 dated 2025-07-23 (a, c, e and 4 more articles) and 2025-07-28 (b, d)"]


def test_the_day_of_a_phone_call_that_agreed_on_talks_is_not_the_talks(tmp_path: Path) -> None:
    write(
        tmp_path,
        "call.md",
        "---\npublished: 2022-03-30\n---\nA\n\nIn a phone call on Sunday, Erdogan and Putin agreed to hold the "
        "next round of talks in Istanbul.\n\nThe talks were held in Istanbul on Tuesday.",
    )
    assert [(r.series, r.date, r.end_date) for r in rounds_of([tmp_path])] == [
        ("Istanbul 2022", "2022-03-29", None)
    ]


def test_a_day_one_article_alone_gives_is_outvoted_not_a_range(tmp_path: Path) -> None:
    for name in "abc":
        write(
            tmp_path,
            f"{name}.md",
            "---\npublished: 2025-06-02\n---\nT\n\nThe second round of talks took place in Istanbul on June 2.",
        )
    write(
        tmp_path,
        "late.md",
        "---\npublished: 2025-07-24\n---\nT\n\nThe second round of talks was held in Istanbul on June 3.",
    )
    (row,) = [r for r in rounds_of([tmp_path]) if r.round == 2]
    assert (row.date, row.end_date) == ("2025-06-02", None)
    assert row.conflicts == ["dated 2025-06-03 by late; 2025-06-02 by 3 articles"]


def test_two_lone_days_either_side_of_the_day_most_give_are_both_outvoted(tmp_path: Path) -> None:
    for name in "abc":
        write(
            tmp_path,
            f"{name}.md",
            "---\npublished: 2022-03-01\n---\nT\n\nThe first round of talks took place in Belarus on February 28.",
        )
    write(
        tmp_path,
        "left.md",
        "---\npublished: 2022-02-27\n---\nT\n\nThe first round of talks began in Belarus today.",
    )
    write(
        tmp_path,
        "late.md",
        "---\npublished: 2022-03-01\n---\nT\n\nThe first round of talks was held in Belarus today.",
    )
    (row,) = [r for r in rounds_of([tmp_path]) if r.round == 1]
    assert (row.date, row.end_date) == ("2022-02-28", None)
    assert row.conflicts == [
        "dated 2022-02-27 by left; 2022-02-28 by 3 articles",
        "dated 2022-03-01 by late; 2022-02-28 by 3 articles",
    ]


def test_two_days_each_given_by_articles_stay_a_range(tmp_path: Path) -> None:
    for name, day in (
        ("a", "Wednesday"),
        ("b", "Wednesday"),
        ("c", "Wednesday"),
        ("d", "Thursday"),
        ("e", "Thursday"),
    ):
        write(
            tmp_path,
            f"{name}.md",
            f"---\npublished: 2026-02-06\n---\nT\n\nThe second round of trilateral talks took place in Abu Dhabi on {day}.",
        )
    (row,) = [r for r in rounds_of([tmp_path]) if r.round == 2]
    assert (row.date, row.end_date, row.conflicts) == ("2026-02-04", "2026-02-05", [])


def test_an_ordinal_numbers_the_date_nearest_it(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2022-03-08\n---\nT\n\n"
        "The first round of talks in Belarus had taken place on 28 February, and the second round on 3 March.",
    )
    write(
        tmp_path,
        "b.md",
        "---\npublished: 2022-03-03\n---\nT\n\nThe delegations convened in Belarus Thursday for a second "
        "round of peace talks after initial discussions Monday failed.",
    )
    rows = {(r.round, r.date) for r in rounds_of([tmp_path]) if r.series == "Belarus 2022"}
    assert rows == {(1, "2022-02-28"), (2, "2022-03-03")}


def test_the_day_a_round_was_reported_does_not_date_it(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2022-03-01\n---\nT\n\n"
        "The second round of talks in Belarus is planned for March 2, TASS reported on Tuesday.",
    )
    assert [(r.round, r.date) for r in rounds_of([tmp_path]) if not r.round_inferred] == [(2, "2022-03-02")]


def test_a_count_that_goes_on_from_another_track_implies_no_earlier_rounds(tmp_path: Path) -> None:
    write(
        tmp_path,
        "belarus.md",
        "---\npublished: 2022-03-08\n---\nT\n\nThe third round of talks took place in Belarus on March 7.",
    )
    write(tmp_path, "day.md", "---\npublished: 2022-03-29\n---\nT\n\nThe talks in Istanbul ended on Tuesday.")
    write(
        tmp_path,
        "count.md",
        "---\npublished: 2022-03-29\n---\nT\n\nThe fourth round of negotiations in Istanbul lasted three hours.",
    )
    istanbul = [(r.round, r.date, r.sources) for r in rounds_of([tmp_path]) if r.series == "Istanbul 2022"]
    assert istanbul == [(4, "2022-03-29", ["day", "count"])]


def test_talks_dated_only_to_a_month_before_a_run_are_a_track_of_their_own(tmp_path: Path) -> None:
    write(
        tmp_path,
        "before.md",
        "---\npublished: 2026-02-18\n---\nT\n\nIn November 2025, the Geneva talks became a flashpoint for Western unity.",
    )
    write(
        tmp_path,
        "run.md",
        "---\npublished: 2026-02-18\n---\nT\n\nThe third round of talks took place in Geneva on February 17.",
    )
    assert {(r.series, r.date) for r in rounds_of([tmp_path]) if not r.round_inferred} == {
        ("Geneva 2025", "2025-11"),
        ("Geneva 2026", "2026-02-17"),
    }


def test_envoys_meeting_for_the_first_time_since_is_a_first_round_and_a_call_is_none(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-02-28\n---\nT\n\nOn February 18, officials from both countries met in Riyadh for the "
        "first time since the start of the full-scale war in Ukraine.\n\nFollowing a telephone call between "
        "Putin and Trump on 12 February, and the meeting in Riyadh on 18 February, the sides met again.",
    )
    assert [(r.series, r.round, r.date) for r in rounds_of([tmp_path])] == [("Riyadh 2025", 1, "2025-02-18")]


def test_three_articles_against_sixty_are_outvoted_as_one_is(tmp_path: Path) -> None:
    for i in range(60):
        write(
            tmp_path,
            f"a{i}.md",
            "---\npublished: 2025-05-16\n---\nT\n\nThe first round of talks took place in Istanbul on May 16.",
        )
    for i in range(3):
        write(
            tmp_path,
            f"eve{i}.md",
            "---\npublished: 2025-05-16\n---\nT\n\nThe first round of talks was held in Istanbul on May 15.",
        )
    (row,) = [r for r in rounds_of([tmp_path]) if r.round == 1]
    assert (row.date, row.end_date) == ("2025-05-16", None)
    assert row.conflicts == ["dated 2025-05-15 by eve0, eve1, eve2; 2025-05-16 by 60 articles"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The day of a call, not of the talks the sentence also names.
        (
            "Trump and Putin spoke over the phone Monday to advance peace negotiations, just days after "
            "Russia and Ukraine met in Turkey to conduct their first peace talks since 2022.",
            [],
        ),
        (
            "Little progress has been made, despite Monday's phone call between Trump and Putin, and "
            "Friday's direct talks between Russian and Ukrainian delegations in Istanbul.",
            [("Istanbul 2025", "2025-05-16")],
        ),
    ],
)
def test_the_day_of_a_call_is_not_the_talks(
    tmp_path: Path, text: str, expected: list[tuple[str, str]]
) -> None:
    write(tmp_path, "a.md", f"---\npublished: 2025-05-21\n---\nA\n\n{text}")
    assert [(r.series, r.date) for r in rounds_of([tmp_path]) if r.date] == expected


def test_a_round_planned_for_next_week_is_the_one_dated_in_that_week(tmp_path: Path) -> None:
    # "next week", said on Monday 26 May, is the calendar week of 2 June, its Friday included.
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-05-26\n---\nA\n\nThe Kremlin said Monday that it was waiting for Ukraine to "
        "confirm its participation in a second round of peace talks proposed for next week in Turkey.",
    )
    write(
        tmp_path,
        "b.md",
        "---\npublished: 2025-05-30\n---\nB\n\nRussia has proposed holding the next round of direct talks "
        "with Ukraine in Istanbul on June 6.",
    )
    assert [(r.series, r.round, r.date) for r in rounds_of([tmp_path]) if r.date] == [
        ("Istanbul 2025", 2, "2025-06-06")
    ]


def test_the_uae_spelt_with_stops_is_abu_dhabi(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2026-02-04\n---\nA\n\nThe first round of meetings held last month in the U.A.E. did "
        "not yield any breakthrough.",
    )
    assert [(r.series, r.round, r.date) for r in rounds_of([tmp_path])] == [("Abu Dhabi 2026", 1, "2026-01")]


@pytest.mark.parametrize(
    ("text", "series"),
    [
        (
            "Trump hosted Zelensky and European leaders at the White House on Monday for talks on the war.",
            "Washington 2025",
        ),
        (
            "The White House said talks between Russia and Ukraine in Riyadh would start on Monday.",
            "Riyadh 2025",
        ),
        # Where a speaker stood, or who came to power, is no venue.
        (
            "Trump's return to the White House allowed Russia and Ukraine to resume talks on Monday.",
            "venue not stated",
        ),
        (
            "Russia and Ukraine held talks on Monday, the first negotiations since Trump returned to the White House.",
            "venue not stated",
        ),
    ],
)
def test_washington_is_a_venue_only_where_talks_are_held(tmp_path: Path, text: str, series: str) -> None:
    write(tmp_path, "a.md", f"---\npublished: 2025-08-19\n---\nA\n\n{text}")
    assert [r.series for r in rounds_of([tmp_path])] == [series]


def test_talks_a_week_ago_said_on_a_monday_are_those_of_the_friday_before(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-05-16\n---\nA\n\nRussian and Ukrainian delegations held direct peace talks in "
        "Istanbul on Friday.",
    )
    write(
        tmp_path,
        "b.md",
        "---\npublished: 2025-05-26\n---\nB\n\nRussian and Ukrainian delegations held direct peace talks in "
        "Istanbul a week ago.",
    )
    assert [(r.series, r.date) for r in rounds_of([tmp_path])] == [("Istanbul 2025", "2025-05-16")]


def test_talks_expected_this_week_are_not_those_held_days_before_it(tmp_path: Path) -> None:
    for name, published, text in [
        (
            "a",
            "2026-01-24",
            "US, Ukrainian and Russian officials held trilateral talks in Abu Dhabi on Friday and Saturday.",
        ),
        (
            "b",
            "2026-01-28",
            "US, Ukrainian and Russian officials are expected to hold talks in Abu Dhabi this week.",
        ),
        (
            "c",
            "2026-02-05",
            "US, Ukrainian and Russian officials held trilateral talks in Abu Dhabi on Wednesday and Thursday.",
        ),
    ]:
        write(tmp_path, f"{name}.md", f"---\npublished: {published}\n---\n{name.upper()}\n\n{text}")
    assert [(r.date, r.sources) for r in rounds_of([tmp_path])] == [
        ("2026-01-23", ["a"]),
        ("2026-02-04", ["c", "b"]),
    ]


def test_rows_within_the_slack_of_a_span_are_compared() -> None:
    # Talks of 1–5 February and talks on 7 February lie two days apart, their first days six: the
    # later row still finds the earlier among its candidates, as `_same_round` would join them.
    def row(date: str, end: str | None = None, precision: str = "day") -> Round:
        return Round(
            series="Abu Dhabi 2026",
            round=None,
            date=date,
            end_date=end,
            precision=precision,
            location="Abu Dhabi",
            sources=["a"],
            evidence=["e"],
        )

    seen = _Seen()
    seen.add(0, row("2026-02-01", "2026-02-05"))
    seen.add(1, row("2026-02-16", precision="week"))  # the week of 16–22 February
    assert seen.candidates(row("2026-02-07")) == [0]
    assert seen.candidates(row("2026-02-24")) == [1]
    assert seen.candidates(row("2026-02-12")) == []


def test_a_weekend_is_no_statement_of_both_its_days() -> None:
    # "The talks in Geneva on February 17-18", once, beside three "ended on Wednesday": a statement of
    # both days keeps the first; "talks in Miami at the weekend", twice, beside seven reports of the
    # Saturday, states neither day and is outvoted; "on January 31-February 1" would state both.
    ended = [(f"a{n}", "2026-02-18", "2026-02-18") for n in range(3)]
    assert outvoted_day([*ended, ("b", "2026-02-17", "2026-02-18")], "2026-02-17", "2026-02-18") is None
    saturday = [(f"a{n}", "2026-01-31", "2026-01-31") for n in range(7)]
    weekend = [(a, "2026-01-31", "2026-02-01") for a in ("w1", "w2")]
    assert outvoted_day(saturday + weekend, "2026-01-31", "2026-02-01", weekend) == (
        "2026-02-01",
        "2026-01-31",
        {"w1", "w2"},
        7,
    )
    # ("on December 20-21", a Saturday and Sunday named, states both)
    assert outvoted_day(saturday + weekend, "2026-01-31", "2026-02-01") is None


def test_talks_at_a_venue_of_a_page_with_no_date_join_no_year_when_the_venue_s_talks_span_years(
    tmp_path: Path,
) -> None:
    # (Istanbul's talks of 2022 are dated only "in March", so they are no run of their own; the
    # undated page's talks may still be those.)
    a = write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-06-03\n---\nTalks\n\nRussian and Ukrainian delegations met in Istanbul on Monday "
        "for talks.\n\nThe two sides also held talks in Istanbul in March 2022.",
    )
    b = write(
        tmp_path,
        "b.md",
        "---\ntitle: Live\n---\nLive\n\nNew negotiations began in Istanbul to try to end the war.",
    )
    undated = [r for r in rounds_of([a, b]) if "b" in r.sources]
    assert [r.series for r in undated] == ["Istanbul"]


def test_a_numbered_round_placed_by_its_article_s_venue_joins_the_round_of_its_number_named_elsewhere(
    tmp_path: Path,
) -> None:
    # (A page about the Istanbul talks recounts "the 1st round" of 28 February; many pages hold
    # round 1 in Belarus on 27–28 February.)
    belarus = [
        write(
            tmp_path,
            f"b{i}.md",
            "---\npublished: 2022-03-01\n---\nTalks\n\nThe first round of talks between Russian and Ukrainian "
            f"delegations was held in Belarus on February 27-28, official {i} said.",
        )
        for i in range(6)
    ]
    istanbul = write(
        tmp_path,
        "i.md",
        "---\npublished: 2022-03-30\n---\nTalks\n\nRussian and Ukrainian delegations held talks in Istanbul on "
        "Tuesday.\n\nThe 1st round of talks took place on February 28.\n\nThe two countries first engaged in "
        "direct negotiations in Istanbul on February 28, 2022.",
    )
    firsts = [
        (r.series, r.date, r.end_date, len(r.sources))
        for r in rounds_of([*belarus, istanbul])
        if r.round == 1
    ]
    assert firsts == [("Belarus 2022", "2022-02-27", "2022-02-28", 7)]


def test_an_undated_page_s_talks_of_one_format_take_the_years_of_that_format(tmp_path: Path) -> None:
    # (the US–Russia embassy talks were held in Istanbul only in 2025; the two sides' talks there in
    # 2022 and 2025)
    pages = {
        "a.md": "---\npublished: 2025-02-28\n---\nTalks\n\nU.S. and Russian diplomats met in Istanbul on Thursday "
        "for talks on embassy operations.",
        "c.md": "---\npublished: 2025-06-03\n---\nTalks\n\nRussian and Ukrainian delegations met in Istanbul on "
        "Monday for talks.",
        "d.md": "---\npublished: 2025-05-20\n---\nTalks\n\nThe two sides last held direct talks in Istanbul in "
        "March 2022.",
        "e.md": "---\ntitle: Live\n---\nLive\n\nNew U.S.-Russian negotiations began in Istanbul to try to restore "
        "embassy operations.",
    }
    rows = rounds_of([write(tmp_path, name, text) for name, text in pages.items()])
    assert [r.series for r in rows if r.sources == ["e"]] == ["Istanbul 2025 (US–Russia)"]


def test_trump_meeting_zelensky_at_the_white_house_or_mar_a_lago_is_a_us_ukraine_round(
    tmp_path: Path,
) -> None:
    pages = {
        "a.md": "---\npublished: 2025-08-29\n---\nTalks\n\nOn August 18, 2025, U.S. President Donald Trump met with "
        "Ukrainian President Volodymyr Zelensky at the White House in Washington D.C., seeking to seize the "
        "ongoing war between Russia and Ukraine.",
        "b.md": "---\npublished: 2025-08-19\n---\nTalks\n\nEarlier on Monday, Trump, Zelensky, and several "
        "European leaders gathered at the White House for hastily arranged multilateral talks.",
        "c.md": "---\npublished: 2025-12-28\n---\nTalks\n\nTrump met with Zelensky today at Mar-a-Lago in Florida.",
    }
    rows = rounds_of([write(tmp_path, name, text) for name, text in pages.items()])
    # (the war's sides are not the table's)
    assert [(r.series, r.format, r.date, sorted(r.sources)) for r in rows] == [
        ("Washington 2025", "US–Ukraine", "2025-08-18", ["a", "b"]),
        ("Mar-a-Lago 2025", "US–Ukraine", "2025-12-28", ["c"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two leaders who are not the sides' (nor said to be)
        (
            "Starmer traveled to Washington on Thursday. The two leaders met at the White House on Thursday to"
            " discuss trade and tariffs.",
            [],
        ),
        # the day of an announcement told after it
        (
            "Ukrainian officials prepared a delegation after the announcement on Sunday of direct talks with"
            " Russia in Istanbul.",
            [],
        ),
        # people who gathered in Washington are no talks there
        (
            "Hundreds of Ukrainian Americans gathered in Washington on Saturday, a day after Russian and"
            " Ukrainian delegations met for talks in Istanbul.",
            ["Istanbul 2025"],
        ),
    ],
)
def test_no_round_of_other_leaders_an_announcement_or_a_gathering(
    tmp_path: Path, text: str, expected: list[str]
) -> None:
    page = write(tmp_path, "a.md", f"---\npublished: 2025-05-18\n---\nTalks\n\n{text}")
    assert [r.series for r in rounds_of([page])] == expected


def test_a_span_few_give_is_as_lone_as_a_day_few_give() -> None:
    # One article's "March 28-29" and three of 28 March, beside 83 of 29 March: the round is on the
    # 29th; a span many give keeps both its days.
    held = [(f"a{n}", "2022-03-29", "2022-03-29") for n in range(83)]
    eve = [(f"e{n}", "2022-03-28", "2022-03-28") for n in range(3)]
    found = outvoted_day([*held, *eve, ("s", "2022-03-28", "2022-03-29")], "2022-03-28", "2022-03-29")
    assert found == ("2022-03-28", "2022-03-29", {"e0", "e1", "e2", "s"}, 83)
    spans = [(f"s{n}", "2022-03-28", "2022-03-29") for n in range(6)]
    assert outvoted_day([*held, *eve, *spans], "2022-03-28", "2022-03-29") is None


def test_a_day_one_report_in_six_gives_is_outvoted() -> None:
    # Geneva, November 2025: 27 reports of the Sunday's talks, four of the Monday after.
    sunday = [(f"a{n}", "2025-11-23", "2025-11-23") for n in range(27)]
    monday = [(f"m{n}", "2025-11-24", "2025-11-24") for n in range(4)]
    found = outvoted_day(sunday + monday, "2025-11-23", "2025-11-24")
    assert found == ("2025-11-24", "2025-11-23", {f"m{n}" for n in range(4)}, 27)
    # (one in five tells a second day)
    monday.append(("m4", "2025-11-24", "2025-11-24"))
    assert outvoted_day(sunday + monday, "2025-11-23", "2025-11-24") is None


def test_a_headline_numbers_the_round_its_article_reports_as_news(tmp_path: Path) -> None:
    body = (
        "A new round of Russia-Ukraine peace talks kicked off in Istanbul, Türkiye on Wednesday. The talks "
        "follow two rounds of direct negotiations held in Istanbul earlier this year."
    )
    write(
        tmp_path,
        "live.md",
        f'---\ntitle: "Third round of Russia-Ukraine peace talks: Live Updates"\npublished: 2025-07-23\n'
        f"outlet: Example Wire\n---\n{body}",
    )
    held = [r for r in rounds_of([tmp_path]) if r.date]
    assert [(r.series, r.round, r.round_inferred, r.date) for r in held] == [
        ("Istanbul 2025", 3, False, "2025-07-23")
    ]
    # (not a round the article recalls from months before)
    write(
        tmp_path,
        "live.md",
        '---\ntitle: "Third round of peace talks"\npublished: 2025-07-23\noutlet: Example Wire\n---\n'
        "Russia and Ukraine met for talks in Istanbul on May 16.",
    )
    assert [r.round for r in rounds_of([tmp_path]) if r.date] == [None]
    # (nor by a headline that looks to a round ahead)
    write(
        tmp_path,
        "live.md",
        '---\ntitle: "Kremlin hopes for third round of talks with Kyiv"\npublished: 2025-06-03\n'
        "outlet: Example Wire\n---\nRussian and Ukrainian delegations held a new round of direct talks in "
        "Istanbul on Monday.",
    )
    assert [(r.round, r.date) for r in rounds_of([tmp_path])] == [(None, "2025-06-02")]


def test_a_meeting_followed_keeps_its_own_table_and_venue(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-08-20\noutlet: Example Wire\n---\nSummit\n\n"
        "On Monday, US President Donald Trump welcomed to the White House Ukrainian President Volodymyr "
        "Zelenskyy and seven European leaders, following Trump’s meeting with Russian President Vladimir "
        "Putin in Alaska on August 15.",
    )
    rows = [(r.series, r.format, r.date) for r in rounds_of([tmp_path]) if r.date]
    assert rows == [
        ("Anchorage 2025", "US–Russia", "2025-08-15"),
        ("Washington 2025", "US–Ukraine", "2025-08-18"),
    ]
