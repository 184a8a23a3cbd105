import datetime as dt
import re
from pathlib import Path

import pytest
from conftest import AS_OF

from parley.articles.load import load_article
from parley.mentions.dates import (
    Resolver,
    YearInference,
    at_word_starts,
    find_mentions,
    frame_of,
    infer_year,
    is_future,
    spoken_on,
)
from parley.mentions.extract import Event, extract_article, sentences


def _extracted(
    tmp_path: Path, text: str, published: str | None = None
) -> tuple[list[Event], YearInference | None]:
    """What `extract_article` finds in an article of `text`, published on `published` (or undated)."""
    date = f"published: {published}\n" if published else ""
    (tmp_path / "a.md").write_text(f"---\ntitle: T\n{date}---\n{text}\n", encoding="utf-8")
    return extract_article(load_article(tmp_path / "a.md"), AS_OF)


def resolve(
    text: str, published: dt.date | None = None, as_of: dt.date = AS_OF
) -> list[tuple[str | None, str | None]]:
    mentions = find_mentions(text)
    inference = None if published else infer_year(text, mentions, as_of)
    resolver = Resolver(published, inference, as_of)
    results = [resolver.resolve(m, text) for m in mentions]
    return [(r.iso, r.precision) for r in results]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held on Feb. 5, 2026.", [("2026-02-05", "day")]),
        ("It began on 9 May 2022.", [("2022-05-09", "day")]),
        ("Since February 2022 the war has raged.", [("2022-02", "month")]),
        ("Fighting began in 2014.", [("2014", "year")]),
        ("On Friday, June 20, 2025, they met.", [("2025-06-20", "day")]),
        ("The talks on the 3rd of March 2025 failed.", [("2025-03-03", "day")]),
    ],
)
def test_explicit_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolve(text) == expected


def test_range_keeps_its_end() -> None:
    mentions = find_mentions("The exchange took place on June 19–20, 2025.")
    result = Resolver(None, None, AS_OF).resolve(mentions[0], "")
    assert (result.iso, result.end_iso) == ("2025-06-19", "2025-06-20")


@pytest.mark.parametrize(
    "text",
    ["Talks expected between March 5 and 9, 2026 were postponed.", "Talks between 5 and 9 March 2026."],
)
def test_between_two_days_of_a_month_is_one_range(text: str) -> None:
    (mention,) = find_mentions(text)
    result = Resolver(None, None, AS_OF).resolve(mention, "")
    assert (result.iso, result.end_iso) == ("2026-03-05", "2026-03-09")


def test_weekday_paired_with_a_date_gives_the_year_and_says_how() -> None:
    text = "The prisoner exchange that took place on Friday, June 20, was confirmed."
    mentions = find_mentions(text)
    inference = infer_year(text, mentions, AS_OF)
    assert inference is not None and inference.year == 2025
    assert "Friday, June 20" in inference.reason and "2014" in inference.reason  # also a Friday then
    result = Resolver(None, inference, AS_OF).resolve(mentions[0], text)
    assert result.iso == "2025-06-20" and result.inferred
    assert "year inferred" in result.resolution


def test_full_scale_invasion_narrows_the_window() -> None:
    text = "Since the full-scale invasion began, the exchange on Friday, June 20 stood out."
    inference = infer_year(text, find_mentions(text), AS_OF)
    assert inference is not None and inference.year == 2025
    assert "the only year from 2022" in inference.reason


def test_the_war_s_start_is_no_sign_of_an_undated_article_s_year(tmp_path: Path) -> None:
    text = (
        "It was the 57th exchange conducted since Russia's February 2022 full-scale invasion. "
        "The last swap took place in September."
    )
    mentions = find_mentions(text)
    assert infer_year(text, mentions, AS_OF).year == 2022  # type: ignore[union-attr]
    assert infer_year(text, mentions, AS_OF, background=mentions[:1]) is None
    events, inference = _extracted(tmp_path, text)
    assert inference is None and all(e.date in (None, "2022-02") for e in events)


def test_as_of_bounds_the_inferred_year() -> None:
    text = "The exchange on Friday, June 20 was confirmed."
    inference = infer_year(text, find_mentions(text), dt.date(2020, 1, 1))
    assert inference is not None and inference.year == 2014


def test_other_dated_mentions_give_the_year() -> None:
    text = "Talks opened on June 2, 2025. The next round came on July 14."
    assert resolve(text) == [("2025-06-02", "day"), ("2025-07-14", "day")]


def test_no_evidence_means_no_date() -> None:
    text = "The talks took place on June 2."
    mentions = find_mentions(text)
    assert infer_year(text, mentions, AS_OF) is None
    result = Resolver(None, None, AS_OF).resolve(mentions[0], text)
    assert result.iso is None and "names no year" in result.resolution


def test_relative_expressions_count_from_the_nearest_anchor() -> None:
    text = "On June 19, the ministry announced it. Later that day, footage emerged. The next day, more came."
    assert resolve(text, published=dt.date(2025, 6, 21)) == [
        ("2025-06-19", "day"),
        ("2025-06-19", "day"),
        ("2025-06-20", "day"),
    ]


def test_relative_to_publication() -> None:
    pub = dt.date(2025, 6, 25)  # a Wednesday
    assert resolve("Officials said yesterday.", pub) == [("2025-06-24", "day")]
    assert resolve("It happened two weeks ago.", pub) == [("2025-06-11", "week")]
    assert resolve("It happened last month.", pub) == [("2025-05", "month")]
    assert resolve("In May, talks stalled.", pub) == [("2025-05", "month")]


def test_bare_weekdays_follow_the_tense() -> None:
    pub = dt.date(2025, 6, 25)  # a Wednesday
    text = "He said on Monday that delegations will meet on Friday."
    assert resolve(text, pub) == [("2025-06-23", "day"), ("2025-06-27", "day")]
    assert is_future("Talks will resume on Thursday", 18)
    # A plan as a noun is no future: "met Putin on Tuesday to discuss a U.S. plan to end the war".
    pub = dt.date(2025, 12, 6)  # a Saturday
    text = "The talks come after Witkoff met Putin on Tuesday to discuss a U.S. plan to end the conflict."
    assert resolve(text, pub) == [("2025-12-02", "day")]
    assert resolve("Russia plans to hold talks on Tuesday.", pub) == [("2025-12-09", "day")]


def test_relative_without_anchor_stays_undated() -> None:
    assert resolve("Later that day, footage emerged.") == [(None, None)]
    assert resolve("Officials said yesterday.") == [(None, None)]
    # "one day before" counts from what follows it, which it does not date.
    text = "It took place one day before Trump and Putin are due to meet for a summit in Alaska."
    assert resolve(text, dt.date(2025, 8, 14)) == [(None, None)]


def test_due_to_a_cause_is_no_plan_ahead() -> None:
    # ("due to running out of ammunition": why they surrendered, not a surrender still to come)
    text = (
        "They famously held out there for a number of weeks before surrendering in May due to running out "
        "of ammunition."
    )
    assert resolve(text, dt.date(2022, 9, 26)) == [("2022-05", "month")]
    assert resolve("The next exchange is due to take place in May.", dt.date(2022, 9, 26)) == [
        ("2023-05", "month")
    ]
    # (a plan: "due to bring"; a cause: "due to Russia's delays")
    text = "The delegations are due to bring their proposals to Istanbul on Friday."
    assert resolve(text, dt.date(2025, 5, 20)) == [("2025-05-23", "day")]
    text = "The talks in Istanbul on Friday were cut short due to Russia's delays."
    assert resolve(text, dt.date(2025, 5, 20)) == [("2025-05-16", "day")]


def test_a_weekday_that_contradicts_the_date_is_flagged() -> None:
    text = "The exchange on Monday, June 20, 2025 was confirmed."
    result = Resolver(None, None, AS_OF).resolve(find_mentions(text)[0], text)
    assert result.iso == "2025-06-20"
    assert "the text says Monday" in result.resolution


def test_no_false_dates() -> None:
    assert [m.text for m in find_mentions("He may sign a deal in March.")] == ["in March"]
    assert find_mentions("The 25 conscripts were freed; 2,000 remain in 12 camps.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks were held on 20 June.", [("2025-06-20", "day")]),
        ("They met in mid-June.", [("2025-06", "month")]),
        ("A deal is expected in early July.", [("2025-07", "month")]),
        ("The memorandum is dated 2025-06-02.", [("2025-06-02", "day")]),
    ],
)
def test_more_explicit_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolve(text, dt.date(2025, 6, 25)) == expected


def test_reported_weekdays_are_behind_even_before_a_future_clause() -> None:
    pub = dt.date(2025, 6, 26)  # a Thursday
    assert resolve("Peskov said on Wednesday the talks would take place.", pub) == [("2025-06-25", "day")]
    assert resolve("Delegations will hold talks on Friday.", pub) == [("2025-06-27", "day")]
    # (the day before publication: copy written then, see the test of that rule)
    assert resolve("Delegations will hold talks on Wednesday.", pub) == [("2025-06-25", "day")]
    assert resolve("Wednesday's talks were short.", pub) == [("2025-06-25", "day")]
    assert resolve("On Thursday morning, prisoners returned.", pub) == [("2025-06-26", "day")]


def test_weekend_and_weekday_ranges() -> None:
    pub = dt.date(2025, 6, 25)  # a Wednesday
    texts = [
        "Prisoners came home at the weekend.",
        "RIA said the talks would take place over two days, Thursday and Friday.",
    ]
    results = [Resolver(pub, None, AS_OF).resolve(find_mentions(t)[0], t) for t in texts]
    assert [(r.iso, r.end_iso) for r in results] == [
        ("2025-06-21", "2025-06-22"),
        ("2025-06-26", "2025-06-27"),
    ]


def test_to_the_day_anchors_on_the_date_just_mentioned() -> None:
    text = "The war began on 24 February 2022. Three years later, to the day, delegations met."
    assert resolve(text, dt.date(2025, 3, 1)) == [("2022-02-24", "day"), ("2025-02-24", "day")]


# -- failure classes seen on real news (issue 10) ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 27 Mariupol defenders came home.",
        "Among them were 10 Junior sergeants.",
        "The talks may resume, officials said.",
        "(Reporting by Alexander Cornwell; Editing by Jan Harvey)",
        "The 3 Decembrists were freed.",
    ],
)
def test_a_number_beside_a_word_that_begins_like_a_month_is_no_date(text: str) -> None:
    assert find_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Umerov is expected to attend the talks on Monday.", "2025-06-30"),
        ("Wednesday's talks would take place in Istanbul.", "2025-07-02"),
        ("Peskov told him on Wednesday the talks would go ahead.", "2025-06-25"),
        ("Officials said on Tuesday that more releases would follow.", "2025-06-24"),
        # A plan reported on a day: the report's day; a meeting "as early as" a day; a day that "marks".
        (
            "Umerov is to meet US officials, according to reports from Ukrainian media on Tuesday.",
            "2025-06-24",
        ),
        ("There was no confirmation of a meeting as early as Monday.", "2025-06-30"),
        ("Monday marks the anniversary of the first exchange.", "2025-06-30"),
        # What is called for "starting" a day starts ahead of the call.
        ("He called for direct talks with Ukraine starting Monday in Istanbul.", "2025-06-30"),
        # What a present looks ahead to; not what was said ahead of it.
        ("Oil prices rise ahead of Friday’s US–Russia summit in Alaska.", "2025-06-27"),
        ("Ahead of Friday's talks, Zelensky said he was ready.", "2025-06-20"),
        # An opening "when" clause takes the tense of the main clause after it.
        ("When talks resume on Monday, Black Sea shipping will be on the agenda.", "2025-06-30"),
        ("When the delegations met on Monday, the mood was tense.", "2025-06-23"),
        (
            "When Witkoff arrived in Moscow for talks on Monday, Peskov said Putin would receive him.",
            "2025-06-23",
        ),
        # A meeting asked for is ahead of the asking.
        ("Zelensky has called on Putin to meet in Turkey on Monday for talks.", "2025-06-30"),
        ("Trump has urged Putin to meet Zelensky, and the two leaders held talks on Monday.", "2025-06-23"),
        # The clause's own telling, not a future before it.
        ("Talks will help peace, the Turkish president told his counterpart on Wednesday.", "2025-06-25"),
    ],
)
def test_tense_of_bare_weekdays(text: str, expected: str) -> None:
    assert resolve(text, dt.date(2025, 6, 26)) == [(expected, "day")]  # a Thursday


def test_tense_of_a_month_or_day_read_from_its_own_clause() -> None:
    june = dt.date(2025, 6, 26)
    assert resolve("In May, Russia released 50 soldiers and further releases are expected.", june) == [
        ("2025-05", "month")
    ]
    autumn = dt.date(2025, 10, 2)
    assert resolve("Prisoners released on 21 September will remain in Kyiv.", autumn) == [
        ("2025-09-21", "day")
    ]
    assert resolve("More will be released on 21 September.", dt.date(2025, 6, 2)) == [("2025-09-21", "day")]


def test_publication_day_and_deadlines() -> None:
    pub = dt.date(2025, 7, 10)
    assert resolve("The exchange has concluded today.", pub) == [("2025-07-10", "day")]
    assert resolve("This morning, 84 prisoners returned.", pub) == [("2025-07-10", "day")]
    assert resolve("The swap must be done by the end of August.", pub) == [("2025-08", "month")]
    assert resolve("Russia wants all of them home by the end of August.", pub) == [("2025-08", "month")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exchanges took place in May and June.", [("2025-05", "month"), ("2025-06", "month")]),
        (
            "Swaps were held on December 14 and 15 last year.",
            [("2024-12-14", "day"), ("2024-12-15", "day")],
        ),
        ("Bodies were returned on 14 and 15 June.", [("2025-06-14", "day"), ("2025-06-15", "day")]),
        ("The first swap came in February last year.", [("2024-02", "month")]),
        ("Talks have stalled since 2021.", [("2021", "year")]),
        ("No exchange has happened since early 2024.", [("2024", "year")]),
        ("Talks were held on Feb.14 2026 in Geneva.", [("2026-02-14", "day")]),
        ("Ever since Russia's 2022 invasion, talks have failed.", [("2022", "year")]),
    ],
)
def test_coordinated_and_compact_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolve(text, dt.date(2025, 6, 30)) == expected


def test_anchored_relatives_count_from_the_date_just_named() -> None:
    pub = dt.date(2026, 3, 1)
    text = "Talks were held on February 17. The next swap came the following month."
    assert resolve(text, pub) == [("2026-02-17", "day"), ("2026-03", "month")]
    text = "The Geneva talks opened on February 17. Envoys met the day before the peace talks in Geneva."
    assert resolve(text, pub) == [("2026-02-17", "day"), ("2026-02-16", "day")]


def test_a_month_goes_on_from_the_year_stated_earlier_in_its_sentence() -> None:
    text = "He joined the army in March 2022, was detained in June and convicted in March 2023."
    assert resolve(text, dt.date(2024, 10, 19)) == [
        ("2022-03", "month"),
        ("2022-06", "month"),
        ("2023-03", "month"),
    ]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("It happened on June 31.", "is not a real date"),
        ("It was signed on Feb. 29, 2022.", "is not a real date"),
        ("It began some 3000 years ago.", "falls outside the calendar"),
        ("That was 999999 days ago.", "falls outside the calendar"),
        ("On June 2, 2025, it began, and ended 99999999999 years later.", "falls outside the calendar"),
    ],
)
def test_an_impossible_or_unplaceable_date_stays_undated_with_the_reason(text: str, why: str) -> None:
    resolver = Resolver(dt.date(2025, 6, 25), None, AS_OF)
    last = [resolver.resolve(m, text) for m in find_mentions(text)][-1]
    assert last.value is None and why in last.resolution


@pytest.mark.parametrize("published", [dt.date(1, 1, 1), dt.date(9999, 12, 31)])
def test_a_publication_date_at_the_calendar_edge_never_raises(published: dt.date) -> None:
    text = "Yesterday, today and tomorrow; last week, next month, at the weekend, on Monday, in May, June 2."
    results = [Resolver(published, None, AS_OF).resolve(m, text) for m in find_mentions(text)]
    assert len(results) == 9 and any(r.value is None for r in results)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A day within a fortnight of publication is that one, past or future wording aside.
        (
            "The talks originally scheduled for Feb. 1 were postponed.",
            dt.date(2026, 2, 2),
            ("2026-02-01", "day"),
        ),
        ("Talks were planned to continue on February 1.", dt.date(2026, 1, 29), ("2026-02-01", "day")),
        ("The second round was rescheduled for Feb. 4-5.", dt.date(2026, 2, 2), ("2026-02-04", "day")),
        # "when ..." after a month tells its tense.
        (
            "It follows an incident in January when a plane was shot down.",
            dt.date(2024, 7, 17),
            ("2024-01", "month"),
        ),
        # A hyphenated weekday range, ahead by "will".
        (
            '"Indeed, Wednesday-Thursday, this second round will take place.',
            dt.date(2026, 2, 2),
            ("2026-02-04", "day"),
        ),
        (
            "The delegations arrived at the palace earlier in the day.",
            dt.date(2022, 3, 29),
            ("2022-03-29", "day"),
        ),
    ],
)
def test_dates_of_real_copy_read_after_the_fresh_set(
    text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert resolve(text, published) == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A span of months is dated by its first.
        (
            "Three rounds were held in Istanbul between May and July.",
            dt.date(2025, 8, 24),
            [("2025-05", "month")],
        ),
        ("Swaps went on from May to July last year.", dt.date(2025, 8, 24), [("2024-05", "month")]),
        # "before the end of August", proposed in July, is this August.
        (
            "Umerov said Ukraine had proposed a summit before the end of August.",
            dt.date(2025, 7, 24),
            [("2025-08", "month")],
        ),
        # A bound is no date: "more than three years ago".
        ("It is the largest swap since the war began more than three years ago.", dt.date(2025, 4, 19), []),
        # A clause without tense goes on in the one before it, but not past a quotation's end.
        (
            "Erdogan said on Monday he will meet the teams of Ukraine and Russia on Tuesday.",
            dt.date(2022, 3, 28),
            [("2022-03-28", "day"), ("2022-03-29", "day")],
        ),
        (
            '"A significant step will be taken," Erdogan told PBS television late Monday.',
            dt.date(2022, 9, 20),
            [("2022-09-19", "day")],
        ),
    ],
)
def test_dates_of_real_copy_read_after_the_second_fresh_set(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert resolve(text, published) == expected


def test_later_in_the_day_is_the_day_just_named_in_its_sentence() -> None:
    text = "The president met the delegations on Friday, whose talks opened later in the day."
    assert resolve(text, dt.date(2026, 1, 24)) == [("2026-01-23", "day"), ("2026-01-23", "day")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Cooperation has gone on since the Kremlin sent troops to Ukraine in February 2022.",
            "in February 2022",
        ),
        ("Thousands have been exchanged since Russia's February 2022 attack on Ukraine.", "February 2022"),
        (
            "They began a new round of talks in Riyadh, aimed at a settlement to the conflict in Ukraine, which "
            "began in February 2022.",
            "February 2022",
        ),
        (
            'Since the beginning of the Russian "special military operation" in February 2022, thousands have '
            "been released.",
            "in February 2022",
        ),
        (
            "The first round of talks after the former's invasion of the latter on 24 February 2022 began on 28 "
            "February.",
            "on 24 February 2022",
        ),
        (
            "Swaps are one of the few areas of cooperation since the Kremlin mobilised its army in Ukraine in "
            "February 2022.",
            "in February 2022",
        ),
        (
            "They held their latest round of talks, the fifth since Moscow waged its war on Kyiv on February 24.",
            "on February 24",
        ),
        (
            "The delegations held a contact meeting after the Russian special military operation began on "
            "February 24.",
            "on February 24",
        ),
    ],
)
def test_the_war_s_start_told_as_background_frames_a_date(text: str, when: str) -> None:
    start = text.index(when)
    assert frame_of(text, start, start + len(when)) == "war"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Their largest prisoner exchange since the onset of their conflict on Feb. 24 freed 215.", "war"),
        ("This marks the 57th swap since Russia's invasion began in 2022.", "war"),
        (
            "Those brought home included servicemen who defended the Azovstal steel mill in Mariupol in 2022.",
            "war",
        ),
        ("The port city fell to Russian forces in 2022 after a siege.", "war"),
        ("Two children, who were stolen by the Russian Federation in 2022, were returned.", "capture"),
        (
            "Russia handed over the bodies of prisoners of war who had died in a plane crash in Belgorod Oblast in "
            "January.",
            "death",
        ),
        ("Two pairs of brothers, held captive since the spring of 2022, were also freed.", "since"),
        ("Some were held since the start of 2023.", "since"),
        (
            "Some had been held captive since Moscow seized the Azovstal steel plant in May 2022.",
            "since",
        ),
        (
            "It was the first direct talks between the two sides since Putin launched his full-scale war in "
            "February 2022.",
            "war",
        ),
        (
            "They were the first such talks since Ukraine unilaterally withdrew from dialogue in 2022.",
            "since",
        ),
        # (what the sentence tells took place that day: the event's own)
        (
            "The largest exchange of prisoners since the beginning of the war took place on September 22.",
            None,
        ),
    ],
)
def test_background_dates_of_a_return_are_framed(text: str, expected: str) -> None:
    (mention,) = [m for m in find_mentions(text) if m.kind in ("date", "month", "year")]
    assert frame_of(text, mention.start, mention.end) == expected


def test_a_verb_between_the_battle_and_the_day_makes_the_day_the_sentence_s() -> None:
    text = (
        "The bodies of 210 Ukrainian soldiers who defended the eastern city of Mariupol were transported "
        "to Kyiv on Tuesday as part of an exchange of the war dead with Russia."
    )
    start = text.index("on Tuesday")
    assert frame_of(text, start, start + len("on Tuesday")) is None


def test_a_since_clause_ends_at_the_sentence_s_own_verb() -> None:
    text = (
        "The first direct talks since the Istanbul round collapsed in 2022 were held on Friday in Istanbul."
    )
    assert frame_of(text, text.index("in 2022"), text.index("in 2022") + 7) == "since"
    assert frame_of(text, text.index("on Friday"), text.index("on Friday") + 9) is None


def test_when_people_were_captured_frames_a_date() -> None:
    text = "Moscow proposed exchanging around 30 people that Ukraine captured in Russia's Kursk region last year."
    assert frame_of(text, text.index("last year"), len(text) - 1) == "capture"
    text = "Soldiers captured in Mariupol were exchanged on Friday."
    assert frame_of(text, text.index("on Friday"), len(text) - 1) is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A span's end is placed first; its start is the one before it.
        (
            "Between mid-March and November, Ukraine returned more than 1,130 prisoners.",
            dt.date(2022, 12, 1),
            [("2022-03", "month")],
        ),
        ("From November to February the talks stalled.", dt.date(2022, 12, 1), [("2022-11", "month")]),
        # "last February" said in February is a year back; "next March" said in February is this one.
        (
            "Since the start of the conflict last February, Ukraine has freed 1,762.",
            dt.date(2023, 2, 17),
            [("2022-02", "month")],
        ),
        ("Talks are due next March.", dt.date(2023, 2, 17), [("2023-03", "month")]),
        # An ordinal day after a weekday is one date.
        (
            "Ukraine and Russia on Wednesday, the 3rd of January, conducted an exchange.",
            dt.date(2024, 1, 4),
            [("2024-01-03", "day")],
        ),
        # A year naming what follows, a capitalised name too.
        (
            "The Istanbul agreements refer to the 2025 Moscow-Kyiv negotiations.",
            dt.date(2025, 12, 19),
            [("2025", "year")],
        ),
        # "The day before, on May 22": the date said in full is the one statement.
        (
            "The day before, on May 22, the office reported its part done.",
            dt.date(2025, 5, 23),
            [("2025-05-22", "day")],
        ),
        # "comes three weeks after" a swap: the swap was three weeks before the news.
        (
            "The announcement comes just three weeks after Russia and Ukraine swapped 115 prisoners each.",
            dt.date(2024, 9, 14),
            [("2024-08-24", "week")],
        ),
        # "in two weeks" ahead where the sentence looks ahead; a duration otherwise.
        ("Both sides agree to meet again in two weeks.", dt.date(2022, 3, 29), [("2022-04-12", "week")]),
        ("The city fell in three days.", dt.date(2022, 3, 29), [(None, None)]),
        # "a day earlier" than a month named is that month.
        (
            "The previous exchange took place in mid-April. Chechen authorities said a day earlier that they had swapped five.",
            dt.date(2023, 5, 6),
            [("2023-04", "month"), ("2023-04", "month")],
        ),
        # "earlier in the day" is the day named in the sentence before.
        (
            "Officials convened in Istanbul on Thursday. They were preceded by separate meetings earlier in the day.",
            dt.date(2025, 5, 16),
            [("2025-05-15", "day"), ("2025-05-15", "day")],
        ),
        # "came a week after" X, "on Feb. 8, about two weeks after" X: X counted back from the day named.
        (
            "They swapped prisoners on Wednesday. The announcement came a week after Russia alleged a plane was shot down.",
            dt.date(2024, 1, 31),
            [("2024-01-31", "day"), ("2024-01-24", "week")],
        ),
        (
            "The last swap was conducted on Feb. 8, about two weeks after Russia said a plane had been shot down.",
            dt.date(2024, 5, 31),
            [("2024-02-08", "day"), ("2024-01-25", "week")],
        ),
        # A quotation's "today" is the day its speaker spoke, when the report says which.
        (
            "Zelenskyy, on his Telegram channel on Tuesday evening, announced another exchange. "
            "“Today, another 90 of our people returned home,” the President said.",
            dt.date(2024, 6, 26),
            [("2024-06-25", "day"), ("2024-06-25", "day")],
        ),
        # ... but not a day named for something else.
        (
            "The first day, February 17, lasted six hours. “We met again today,” he stated.",
            dt.date(2026, 2, 18),
            [("2026-02-17", "day"), ("2026-02-18", "day")],
        ),
    ],
)
def test_dates_of_real_copy_read_after_the_third_fresh_set(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert resolve(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "this Thursday" is the Thursday of the publication's week.
        ("I am going with Jared to Geneva this Thursday.", dt.date(2026, 2, 24), [("2026-02-26", "day")]),
        # A weekday after "since" is behind, whatever the tense around it.
        (
            "Protesters have gathered since Thursday against the meeting scheduled for Friday.",
            dt.date(2025, 8, 15),
            [("2025-08-14", "day"), ("2025-08-15", "day")],
        ),
        # "tomorrow (Thursday)": the weekday said is the one statement.
        ("They will continue tomorrow (Thursday).", dt.date(2026, 2, 5), [("2026-02-05", "day")]),
        # "the same day he witnessed ...": the day of its own clause, no anaphora.
        (
            "The younger brother was captured the same day he witnessed his brother's death.",
            dt.date(2022, 10, 11),
            [],
        ),
        ("since the beginning of the year", dt.date(2024, 10, 18), [("2024", "year")]),
        # "the March exchange": a month naming the event it stands before.
        (
            "Putin had announced the March exchange a day earlier.",
            dt.date(2025, 4, 18),
            [("2025-03", "month"), ("2025-03", "month")],
        ),
        # "overnight" as an adverb is the night ending on the day of the report; "overnight talks" are not.
        ("There were fresh attacks in the war overnight.", dt.date(2025, 8, 15), [("2025-08-15", "day")]),
        ("The talks follow hours of overnight discussions.", dt.date(2026, 1, 24), []),
    ],
)
def test_dates_of_real_copy_read_after_the_fourth_fresh_set(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert resolve(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The simple past of talks puts a day named without its year behind.
        ("On March 10, the foreign ministers met in Antalya.", [("2025-03-10", "day")]),
        ("Witkoff travelled to Moscow to meet Putin on August 6.", [("2025-08-06", "day")]),
        ("Bodies came home under a deal reached during talks in Istanbul in June.", [("2025-06", "month")]),
        ("If the June deadline is not met, pressure will follow.", [("2026-06", "month")]),
        # One statement: a day and what it was the eve of; a month of the previous year.
        ("On Feb. 16, the day before the peace talks in Geneva, Trump spoke.", [("2026-02-16", "day")]),
        ("Their mother was released in October of the previous year.", [("2025-10", "month")]),
        # A colon after a day is no clock time; each year of a list.
        ("Trump told reporters on Feb. 13: the deal is close.", [("2026-02-13", "day")]),
        (
            "They were held since 2014, 2016, and 2017.",
            [("2014", "year"), ("2016", "year"), ("2017", "year")],
        ),
        # A plan told in the past looks back; "the same day talks began" is that day, no anaphora.
        ("The truce was set to begin Saturday at 6 p.m.", [("2026-02-14", "day")]),
        ("Russia struck on the same day talks began.", []),
        (
            "On Friday the truce began; the media on the same day quoted it.",
            [("2026-02-13", "day"), ("2026-02-13", "day")],
        ),
    ],
)
def test_forms_of_the_fifth_fresh_set(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolve(text, dt.date(2026, 2, 18)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan undone: its day is the nearer one, behind as well as ahead (15 days back here).
        ("A swap scheduled for January 24 fell through when the plane was shot down.", "2024-01-24"),
        ("The talks planned for January 24 were cancelled.", "2024-01-24"),
        # A plan still standing looks ahead.
        ("The talks scheduled for January 24 will go ahead.", "2025-01-24"),
    ],
)
def test_a_plan_undone_is_dated_by_the_nearer_day(text: str, expected: str) -> None:
    assert resolve(text, published=dt.date(2024, 2, 8)) == [(expected, "day")]


def test_the_year_named_and_the_as_of_date_leave_one_year_for_a_day() -> None:
    text = (
        "The bodies of 1,003 soldiers returned to Ukraine, the headquarters reported on Dec. 19. The Istanbul "
        "agreements refer to the 2025 negotiations. The first repatriation under them took place in June."
    )
    mentions = find_mentions(text)
    inference = infer_year(text, mentions, dt.date(2026, 11, 26))
    assert inference is not None and inference.year == 2025
    assert "the only year from 2025" in inference.reason and "'Dec. 19'" in inference.reason
    # Read after another December 19 has passed, the day could be of either year: none is chosen.
    assert infer_year(text, mentions, dt.date(2027, 1, 5)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count after a month and its comma is no day of it; a year after the comma is the month's.
        ("In October, 95 prisoners were returned to each side.", [("2024-10", "month")]),
        ("In October, 2023, the sides met.", [("2023-10", "month")]),
    ],
)
def test_a_month_and_its_comma(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolve(text, published=dt.date(2024, 12, 30)) == expected


def test_each_year_of_a_list_after_since_is_a_time_since() -> None:
    text = "Some had been held by the Russians since 2014, 2016, and 2017."
    for year in ("2014", "2016", "2017"):
        start = text.index(year)
        assert frame_of(text, start, start + 4) == "since"


def test_days_of_a_month_counted_from_publication() -> None:
    text = "This was the second round, following the first held on the 23rd and 24th of last month."
    assert resolve(text, published=dt.date(2026, 2, 6)) == [("2026-01-23", "day"), ("2026-01-24", "day")]
    assert resolve("They met on the 3rd of this month.", published=dt.date(2026, 2, 6)) == [
        ("2026-02-03", "day")
    ]


def test_the_first_in_five_months_is_since_not_ahead() -> None:
    text = (
        "Delegations agreed to exchange 314 prisoners - the first such exchange in five months, Witkoff said."
    )
    assert resolve(text, dt.date(2026, 2, 5)) == [(None, None)]  # a duration, as "fell in three days"
    assert resolve("They agreed to meet again in two weeks.", dt.date(2026, 2, 5)) == [("2026-02-19", "week")]


def test_what_a_plan_follows_is_behind_it() -> None:
    published = dt.date(2026, 2, 4)
    text = (
        "On 3 Feb 2026 the White House confirmed that envoys will attend a second round of talks in Abu "
        "Dhabi scheduled for 4-5 February, following an inaugural session in late January."
    )
    assert resolve(text, published)[-1] == ("2026-01", "month")
    text = (
        "Zelensky announced that Russia and Ukraine would conduct their first prisoner exchange in four months "
        "following a second round of US-mediated talks between delegations in Abu Dhabi on Wednesday."
    )
    assert resolve(text, dt.date(2026, 2, 5)) == [(None, None), ("2026-02-04", "day")]
    assert resolve("The swap will take place after the talks in Geneva on Friday.", dt.date(2026, 2, 5)) == [
        ("2026-02-06", "day")
    ]


def test_a_day_named_without_a_year_that_would_come_before_the_latest_full_date_is_of_the_next_year() -> None:
    text = (
        "Russia, Ukraine and the United States are holding direct talks in Abu Dhabi for the first time on "
        "January 23. Russia and the United States held talks in Riyadh in February 2025."
    )
    inference = infer_year(text, find_mentions(text), AS_OF)
    assert inference is not None and inference.year == 2026
    assert "February 2025" in inference.reason and "January 23" in inference.reason


def test_next_sunday_said_on_a_saturday_is_the_sunday_after_tomorrow() -> None:
    assert resolve("The negotiations could resume next Sunday.", dt.date(2026, 1, 24)) == [
        ("2026-02-01", "day")
    ]


def test_a_date_inside_a_dateline_s_agency_note_is_the_dateline_s(tmp_path: Path) -> None:
    text = (
        "Paris, April 5 (UrduPoint / Pakistan Point News - 5th Apr, 2022 ) :When Turkey hosted talks between "
        "Russia and Ukraine last week, Roman Abramovich was there."
    )
    events, _ = _extracted(tmp_path, text, "2022-04-05")
    assert [(e.date, e.not_event) for e in events if e.date == "2022-04-05"] == [("2022-04-05", "dateline")]


def test_each_year_of_a_list_since_which_people_were_held_is_framed() -> None:
    text = 'Some of them had been "held by the Russians since 2014, 2016, and 2017".'
    assert [frame_of(text, m.start, m.end) for m in find_mentions(text)] == ["since", "since", "since"]


def test_a_wire_dateline_in_title_case_with_its_agency_after_a_comma_dates_the_report(tmp_path: Path) -> None:
    text = (
        "Kiev/Moscow, Feb 1, (dpa/GNA) – Ukraine and Russia have once again, exchanged prisoners of war.\n\n"
        "“Two hundred and seven of our people have returned to their native soil!” Ukrainian human rights "
        "commissioner Dmytro Lubinets wrote on Telegram on Wednesday."
    )
    events, _ = _extracted(tmp_path, text, "2024-02-01")
    assert ("2024-02-01", "dateline") in [(e.date, e.not_event) for e in events]


def test_a_title_case_place_and_its_date_before_an_agency_in_parentheses_is_a_dateline(
    tmp_path: Path,
) -> None:
    text = (
        "Milan, June 4 (LaPresse) – What Russia presented to Ukraine in the second round of talks held on June 2 in "
        "Istanbul is not a memorandum, but an ultimatum."
    )
    events, _ = _extracted(tmp_path, text, "2025-06-04")
    assert [(e.date, e.not_event) for e in events] == [("2025-06-04", "dateline"), ("2025-06-02", None)]


def test_talks_sides_are_poised_to_hold_are_ahead() -> None:
    text = "Russia and Ukraine are poised to sit down possibly on Thursday in Istanbul for talks."
    assert resolve(text, dt.date(2025, 5, 14)) == [("2025-05-15", "day")]


def test_a_day_a_swap_was_scheduled_for_but_did_not_take_place_is_behind() -> None:
    text = (
        "Ukraine confirmed an exchange of prisoners was scheduled for Wednesday but one did not take place."
    )
    assert resolve(text, dt.date(2024, 1, 25)) == [("2024-01-24", "day")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # its number gives the year, on a page with no date
        (
            "On Ukraine's 33rd Independence Day, 115 Ukrainian soldiers were released from Russian captivity.",
            None,
            [("2024-08-24", "day")],
        ),
        (
            "Ukraine conducted its 68th prisoner exchange on Independence Day.",
            dt.date(2025, 8, 25),
            [("2025-08-24", "day")],
        ),
        (
            "On New Year's Eve, 189 Ukrainians returned from captivity.",
            dt.date(2025, 2, 2),
            [("2024-12-31", "day")],
        ),
        (
            "The region showed footage of the New Year’s Eve exchange of prisoners.",
            dt.date(2023, 1, 4),
            [("2022-12-31", "day")],
        ),
        ("Families hoped for a swap ahead of New Year's Eve.", dt.date(2023, 12, 20), []),
        # Ukraine's Constitution Day (not Russia's, nor its eve)
        (
            "Ukraine’s Constitution Day was a joyous occasion, with the release of Nariman Dzhelyal.",
            dt.date(2024, 7, 1),
            [("2024-06-28", "day")],
        ),
        ("Putin congratulated Russians on Constitution Day.", dt.date(2025, 12, 12), []),
        ("The exchange took place on the eve of Ukraine's Constitution Day.", dt.date(2024, 6, 29), []),
        # Easter as the Orthodox keep it (9 April 2023 in the West), and its eve
        ("The swap was held on Orthodox Easter Sunday.", dt.date(2023, 4, 17), [("2023-04-16", "day")]),
        ("277 defenders came home on the eve of Easter.", dt.date(2025, 4, 21), [("2025-04-19", "day")]),
        # Russia's Victory Day, its number counted from 1945, and what is timed to it
        (
            "Putin called a three-day truce to coincide with the 80th Victory Day celebrations.",
            None,
            [("2025-05-09", "day")],
        ),
        ("Leaders gathered in Moscow to mark Victory Day.", dt.date(2025, 5, 10), [("2025-05-09", "day")]),
        ("Putin held a parade to mark the 81st Victory Day.", None, [("2026-05-09", "day")]),
        (
            "Russia and Ukraine exchanged 205 prisoners each as Moscow celebrated Victory Day.",
            dt.date(2025, 5, 10),
            [("2025-05-09", "day")],
        ),
        # named for the holiday, near it, or another country's: no day
        ("Putin declared an Easter truce.", dt.date(2025, 4, 19), []),
        ("Kyiv expects a prisoner exchange around Victory Day.", dt.date(2026, 5, 2), []),
        (
            "Kyiv expects a prisoner exchange ahead of the parade marking Victory Day.",
            dt.date(2025, 5, 6),
            [],
        ),
        ("Russia and Ukraine exchanged 205 prisoners each on Victory Day eve.", dt.date(2026, 5, 12), []),
        ("Americans celebrated Independence Day with fireworks.", dt.date(2025, 7, 5), []),
    ],
)
def test_a_day_named_by_its_holiday(text: str, published: dt.date | None, expected: list) -> None:
    assert resolve(text, published) == expected


def test_a_weekday_and_its_hour_in_brackets_is_that_weekday() -> None:
    text = (
        "The truce will pause “all hostilities” from 6 pm Moscow time on Saturday (11 am Eastern Time) until "
        "midnight on Monday (5 pm ET Sunday)."
    )
    days = [("2025-04-19", "day"), ("2025-04-21", "day"), ("2025-04-20", "day")]
    assert resolve(text, dt.date(2025, 4, 19)) == days


def test_the_months_of_earlier_talks_are_behind_though_the_sentence_looks_ahead() -> None:
    pub = dt.date(2025, 7, 22)
    text = (
        "A Turkish government spokesperson said Wednesday's talks would take place in Istanbul, the same venue "
        "where previous negotiations in May and June failed to work towards a ceasefire."
    )
    assert [d for d in resolve(text, pub) if d[1] == "month"] == [("2025-05", "month"), ("2025-06", "month")]


def test_a_later_year_named_alone_says_the_latest_full_date_is_not_the_article_s() -> None:
    text = (
        "Russia will send Medinsky to lead its delegation at the next round of talks on Feb. 17–18 in Geneva, "
        "Peskov said on Feb. 13. Medinsky previously led Russia's delegation during direct negotiations in 2025. "
        "Medinsky also headed Russia's delegation during the March–April 2022 talks in Istanbul."
    )
    inference = infer_year(text, find_mentions(text), AS_OF)
    assert inference is None or inference.year >= 2025


def test_easter_s_eve_is_the_day_before_easter() -> None:
    assert resolve("246 soldiers were able to return home on Easter's eve.", dt.date(2025, 5, 1)) == [
        ("2025-04-19", "day")
    ]


def test_a_hope_already_past_looks_back() -> None:
    text = "She had hoped her brother might be released in the first part of the exchange on Friday."
    assert resolve(text, dt.date(2025, 5, 25)) == [("2025-05-23", "day")]


def test_the_day_of_an_arrest_is_when_people_were_taken() -> None:
    text = "The priests were released on June 28, 2024, nearly two years after their arrest on November 16, 2022."
    at = text.index("November 16")
    assert frame_of(text, at, at + len("November 16, 2022")) == "capture"


def test_the_invasion_s_day_told_as_background_is_in_2022() -> None:
    # A sentence that looks ahead, on a page of 2022 after the day; and a page of 2023.
    text = "The terms Zelenskyy would accept to end the war, which started when Russia invaded Ukraine on February 24."
    assert resolve(text, dt.date(2022, 3, 29)) == [("2022-02-24", "day")]
    assert resolve("Russia invaded Ukraine on the 24th of February.", dt.date(2023, 1, 9)) == [
        ("2022-02-24", "day")
    ]
    # The anniversary is not the invasion.
    text = "The meeting comes a week before the fourth anniversary of Russia's invasion of Ukraine on February 24."
    assert ("2026-02-24", "day") in resolve(text, dt.date(2026, 2, 17))


def test_the_war_s_start_told_as_background_gives_no_year_to_a_day_after_it(tmp_path: Path) -> None:
    text = (
        "At least 20,000 children were illegally taken to Russia since the start of Moscow’s war on Ukraine on "
        "February 24, 2022. On October 16, Qatar secured the repatriation of four Ukrainian children."
    )
    events, _ = _extracted(tmp_path, text)
    [october] = [e for e in events if "October" in e.sentence]
    assert october.date is None


def test_earlier_in_the_day_told_paragraphs_later_is_the_day_of_the_news(tmp_path: Path) -> None:
    text = (
        "Russia and Ukraine swapped hundreds of prisoners on Wednesday.\n\nThe release, like one in 2014, was mediated by Saudi "
        "Arabia.\n\nThe timing of the swap came as a surprise, given that Putin had announced a partial "
        "mobilisation earlier in the day."
    )
    events, _ = _extracted(tmp_path, text, "2022-09-22")
    [earlier] = [e for e in events if "earlier in the day" in e.sentence]
    assert earlier.date == "2022-09-21"


def test_earlier_in_the_day_is_the_last_day_named_when_it_is_recent(tmp_path: Path) -> None:
    text = (
        "On Saturday, Ukrainian drones struck four Russian airbases.\n\nOn Monday, the delegations met in Istanbul. "
        "The two sides last met face to face in March 2022.\n\nEarlier in the day, Russia and Ukraine exchanged 307 "
        "prisoners each."
    )
    events, _ = _extracted(tmp_path, text, "2025-06-02")
    [earlier] = [e for e in events if "Earlier in the day" in e.sentence]
    assert earlier.date == "2025-06-02"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A plan already past: what had been due is behind the report.
        (
            "It did say, however, that an exchange had been due to take place on Wednesday.",
            "2024-01-26",
            "2024-01-24",
        ),
        (
            "The association was created in June of 2022, shortly after the surrender.",
            "2024-01-26",
            "2022-06",
        ),
        # A month told by what happened in it then.
        (
            "The show of support aims at avoiding a repeat of the tense Oval Office meeting in February, when Trump "
            "sharply criticized Zelenskyy.",
            "2025-08-18",
            "2025-02",
        ),
        (
            "The next round is expected in March, when the delegations are scheduled to meet.",
            "2025-08-18",
            "2026-03",
        ),
    ],
)
def test_a_plan_had_been_due_a_month_of_a_year_and_a_month_told_when(
    tmp_path: Path, text: str, published: str, expected: str
) -> None:
    events, _ = _extracted(tmp_path, text, published)
    assert [e.date for e in events] == [expected]


def test_a_weekday_and_its_part_of_day_paired_with_a_date_give_the_year() -> None:
    text = "On Wednesday evening, July 23, the third round of negotiations took place in Istanbul."
    assert resolve(text) == [("2025-07-23", "day")]
    assert resolve("Talks resumed on Thursday morning.", dt.date(2025, 7, 24)) == [("2025-07-24", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Something done, told in the simple past: the month before the article, not the one after.
        ("In March, he tried to leave Russia via Belarus, but was sent back.", "2024-03"),
        (
            "In late February, President Volodymyr Zelensky said that 31,000 soldiers had been killed.",
            "2024-02",
        ),
        ("Since Russia struck Kharkiv in February, the Geneva-based body has reached hundreds.", "2024-02"),
        # (each date of a list, with the verb before it)
        ("This phase consisted of three rounds— May 16, June 2, and July 23.", "2024-07-23"),
        # (not what was wanted then, nor a deadline: the nearest either way)
        ("Erdogan said on Wednesday that he wanted to meet with Putin in January.", "2025-01"),
        ("He proposed a leaders' summit by the end of January.", "2025-01"),
    ],
)
def test_a_month_of_something_done_is_behind(tmp_path: Path, text: str, expected: str) -> None:
    events, _ = _extracted(tmp_path, text, "2024-11-08")
    assert events[-1].date == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The next round of talks between the U.S., Russia and Ukraine is scheduled for March.", "2026-03"),
        ("A visit from President Vladimir Putin was scheduled for August.", "2026-08"),
        # (not a name: "for May" after any other word)
        ("He asked for May to resign.", None),
    ],
)
def test_a_month_a_plan_is_set_for(tmp_path: Path, text: str, expected: str | None) -> None:
    events, _ = _extracted(tmp_path, text, "2026-02-27")
    assert [e.date for e in events if e.date] == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A sentence that may look ahead keeps the nearest month either way.
        (
            "Ukraine's ombudsman said the next exchange should take place in December.",
            "2026-11-25",
            ["2026-12"],
        ),
        ("Zelensky said he hoped to meet Putin in December.", "2026-11-25", ["2026-12"]),
        ("Yermak said the sides agreed to exchange prisoners in December.", "2026-11-25", ["2026-12"]),
        (
            "Umerov named the dates of the next rounds: January 12 and January 19.",
            "2026-11-25",
            ["2027-01-12", "2027-01-19"],
        ),
        # (a participle is no past told: "can be held", "the US-led plan")
        ("Elections can be held in May at the earliest.", "2026-02-10", ["2026-05"]),
        ("The US-led peace plan envisages elections in May.", "2026-02-10", ["2026-05"]),
        # A plan undone stays the nearest either way; "planned in" is no plan's month.
        ("The talks were scheduled for September but collapsed.", "2026-11-25", ["2026-09"]),
        (
            "The swap was planned in September but happened only in October.",
            "2026-11-25",
            ["2026-09", "2026-10"],
        ),
        ("Funds earmarked for December were frozen.", "2026-11-25", []),
    ],
)
def test_a_month_of_a_sentence_that_may_look_ahead_is_the_nearest(
    tmp_path: Path, text: str, published: str, expected: list[str]
) -> None:
    events, _ = _extracted(tmp_path, text, published)
    assert [e.date for e in events if e.date] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The negotiations in Belarus and Turkey in February-March 2022 gave nothing.",
            ["2022-02", "2022-03"],
        ),
        ("The talks of December–January 2025 failed.", ["2024-12", "2025-01"]),
    ],
)
def test_a_span_of_months_with_its_year_gives_both_months(text: str, expected: list[str]) -> None:
    assert [iso for iso, _ in resolve(text, dt.date(2026, 11, 25))] == expected


def test_days_between_two_dates_of_one_month_are_one_range() -> None:
    text = "Talks were held in Istanbul between June 20 and June 30, he said."
    assert resolve(text, dt.date(2025, 9, 1)) == [("2025-06-20", "day")]


def test_last_month_of_an_undated_page_borrows_no_year_named_before() -> None:
    text = (
        "At the end of 2019, Asieiev was freed. Last September, the details of her death shocked the world."
    )
    assert resolve(text)[-1] == (None, None)


def test_today_quoted_in_a_page_without_a_date_is_the_day_its_speaker_spoke(tmp_path: Path) -> None:
    text = (
        "Swap\n\nUkraine and Russia have exchanged 90 prisoners of war, officials said on Tuesday (June 25th), 2024.\n\n"
        '"Today, another 90 of our citizens have returned to their homes," Zelensky wrote.'
    )
    events, _ = _extracted(tmp_path, text)
    assert [e.date for e in events if "Today" in e.sentence] == ["2024-06-25"]


def test_a_weekday_s_own_by_is_a_deadline_and_a_response_is_the_day_spoken() -> None:
    text = 'The plan "was down from 28 points to 19 by Monday," a source said.'
    (mention,) = find_mentions(text)
    assert frame_of(text, mention.start, mention.end) == "deadline"
    text = "Kremlin spokesman Dmitry Peskov responded Nov. 24 that Russia had not received anything official."
    (mention,) = find_mentions(text)
    assert spoken_on(text, mention.start, mention.end)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a contraction of "will" looks ahead
        (
            "“We’ll be attending the meeting on Saturday in Europe,” Trump told reporters.",
            dt.date(2025, 12, 11),
            [("2025-12-13", "day")],
        ),
        # "will be following" is a verb, not what a plan follows
        (
            "Experts will be following the Trump-Zelenskyy meeting on Monday and its aftermath.",
            dt.date(2025, 8, 16),
            [("2025-08-18", "day")],
        ),
        # the talks someone is invited to are ahead of the invitation
        (
            "Witkoff and Kushner had invited Ukraine’s Rustem Umerov, Secretary of Ukraine’s National Security "
            "and Defense Council, for follow up talks in Miami on Thursday, and he had agreed.",
            dt.date(2025, 12, 3),
            [("2025-12-04", "day")],
        ),
        # a deadline given "until" a weekday "to" act is ahead, unless told as past
        (
            "Trump has given Zelensky until Thursday to accept the plan.",
            dt.date(2025, 11, 23),
            [("2025-11-27", "day")],
        ),
        (
            "Zelensky was given until Thursday to accept the plan.",
            dt.date(2025, 11, 23),
            [("2025-11-27", "day")],
        ),
        (
            "The delegations stayed in Istanbul until Friday to finalise the list.",
            dt.date(2025, 5, 20),
            [("2025-05-16", "day")],
        ),
        # (not talks one was invited to, nor not invited to, told as past, nor a proposal's own day)
        (
            "Umerov, who was invited by Witkoff, flew to Florida for talks on Sunday.",
            dt.date(2025, 12, 1),
            [("2025-11-30", "day")],
        ),
        (
            "Zelensky was not invited to the talks in Anchorage on Friday.",
            dt.date(2025, 8, 16),
            [("2025-08-15", "day")],
        ),
        (
            "Zelensky proposed a meeting with Putin on Monday, but the Kremlin refused.",
            dt.date(2025, 5, 21),
            [("2025-05-19", "day")],
        ),
        # "no plans to" is no plan: the past of the clause tells the day
        (
            "Trump had no plans to meet with Putin after the two leaders spoke by phone for two hours Thursday.",
            dt.date(2025, 10, 21),
            [("2025-10-16", "day")],
        ),
        # a weekday's possessive without its apostrophe, not a habit
        (
            "Martin said that reports from Mondays meeting suggest reasons for optimism.",
            dt.date(2025, 8, 19),
            [("2025-08-18", "day")],
        ),
        ("The delegation works Mondays in Kyiv.", dt.date(2025, 8, 19), []),
        # a named speaker after a leading weekday: the day they spoke
        (
            "On Sunday, Podolyak said he thought a deal to end the fighting could be reached soon.",
            dt.date(2022, 3, 14),
            [("2022-03-13", "day")],
        ),
        # talks proposed for a span ahead; a span is no day of speaking
        (
            "Ukraine proposed further talks on a date between June 20 and June 30, he said.",
            dt.date(2025, 6, 3),
            [("2025-06-20", "day")],
        ),
        # (not a past meeting told after the proposal)
        (
            "Umerov proposed further talks, after the sides again failed to agree to a ceasefire during their "
            "meeting on Monday.",
            dt.date(2025, 6, 6),
            [("2025-06-02", "day")],
        ),
        # a deadline set is ahead, one missed behind
        (
            "There was no progress, despite the United States setting a June deadline to reach a settlement.",
            dt.date(2026, 2, 16),
            [("2026-06", "month")],
        ),
        ("Russia missed the June deadline.", dt.date(2026, 2, 16), [("2025-06", "month")]),
        ("Russia ignored Trump’s Friday deadline.", dt.date(2025, 8, 13), [("2025-08-08", "day")]),
        ("Trump’s Friday deadline came and went.", dt.date(2025, 8, 13), [("2025-08-08", "day")]),
        ("He downplayed a Thursday deadline set by Trump.", dt.date(2025, 11, 24), [("2025-11-27", "day")]),
        (
            "Trump had no immediate plans to meet Putin after they spoke Thursday.",
            dt.date(2025, 10, 21),
            [("2025-10-16", "day")],
        ),
        ("On Mondays talks are usually held by video link.", dt.date(2025, 8, 19), []),
        ("The swap took place in mid-May, he said.", dt.date(2025, 5, 20), [("2025-05", "month")]),
    ],
)
def test_what_is_ahead_and_what_is_behind(text: str, published: dt.date, expected: list) -> None:
    assert resolve(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erdogan referred to the failed 2022 peace negotiations led by Turkey.", [("2022", "year")]),
        ("Peace appeared possible during the Istanbul talks in Spring 2022.", [("2022", "year")]),
        ("Talks in the spring of 2022 failed.", [("2022", "year")]),
        # a list of months before a year: each month of that year, not a span over New Year
        (
            "Putin and Zelensky in March and April 2022 were willing.",
            [("2022-03", "month"), ("2022-04", "month")],
        ),
        (
            "Soldiers were released in December and November 2022.",
            [("2022-12", "month"), ("2022-11", "month")],
        ),
        # across New Year; and "between" two months, a span
        (
            "Prisoner swaps took place in December and January 2023.",
            [("2022-12", "month"), ("2023-01", "month")],
        ),
        (
            "Swaps held between November and January 2023 returned 300 soldiers.",
            [("2022-11", "month"), ("2023-01", "month")],
        ),
        ("The talks since fall 2022 stalled.", [("2022", "year")]),
    ],
)
def test_years_of_seasons_adjectives_and_month_lists(text: str, expected: list) -> None:
    assert resolve(text, dt.date(2024, 2, 16)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a date opening a sentence goes with the first clause that tells an act, past "after 9
        # a.m.", "though" or a "when" clause's subject
        (
            '"On July 29, after 9 a.m., we began to learn from the media that an attack had occurred.',
            dt.date(2023, 4, 5),
            [("2022-07-29", "day")],
        ),
        (
            "In late March, though, we started losing contact with the outside world.",
            dt.date(2022, 11, 16),
            [("2022-03", "month")],
        ),
        (
            "On March 10, when the other paramedics and I arrived at Azovstal, it was not a shelter.",
            dt.date(2022, 11, 16),
            [("2022-03-10", "day")],
        ),
        # an opening "until" is no span's end; "worked around" is a verb
        ("Until May, I worked around the clock.", dt.date(2022, 11, 16), [("2022-05", "month")]),
        # "Sunday next week": the Sunday of the coming calendar week
        (
            "A US official said the next round would begin on Sunday next week.",
            dt.date(2026, 1, 25),
            [("2026-02-01", "day")],
        ),
        (
            "They will meet on Friday of next week in Geneva.",
            dt.date(2026, 1, 21),
            [("2026-01-30", "day")],
        ),
        # "overnight into Saturday": the Saturday alone
        (
            "Russian strikes killed one person overnight into Saturday.",
            dt.date(2026, 1, 25),
            [("2026-01-24", "day")],
        ),
        # "at the start of the month": the month of publication, unless a month was named before
        (
            "The handover is part of the agreements reached during their second round of talks in"
            " Istanbul at the start of the month.",
            dt.date(2025, 6, 16),
            [("2025-06", "month")],
        ),
        (
            "Drafts were prepared between March 29 and April 15, to sign by the end of the month.",
            dt.date(2022, 5, 19),
            [("2022-03-29", "day"), ("2022-04-15", "day"), (None, None)],
        ),
        # "the week of 26 Jan 2026": that week
        (
            "The sides agreed to meet again as early as the week of 26 Jan 2026.",
            dt.date(2026, 1, 25),
            [("2026-01-26", "week")],
        ),
        # months counted from a year named are no month
        (
            "Trump wants a ceasefire today. The talks are the first since 2021, when Biden met Putin in"
            " Geneva. Eight months later, Russia launched its full-scale invasion.",
            dt.date(2025, 8, 16),
            [("2025-08-16", "day"), ("2021", "year"), (None, None)],
        ),
        (
            'Russia was offered an exchange under the "all for all" formula on the occasion of Orthodox Easter.',
            dt.date(2024, 5, 30),
            [("2024-05-05", "day")],
        ),
    ],
)
def test_opening_dates_weeks_nights_and_months_as_real_copy_tells_them(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert resolve(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the present tense after an opening date, past a name or an "after" clause: this year
        ("On July 29, Zelensky, who flew to Rome last week, meets Pope Leo.", ("2025-07-29", "day")),
        ("On July 1, after parliament approved the law, the new rules take effect.", ("2025-07-01", "day")),
        # adjectives and participles are no past
        ("Talks resume in July amid continued shelling of Kharkiv.", ("2025-07", "month")),
        ("Prisoners listed as missing return home in July under the deal.", ("2025-07", "month")),
        ("Talks designed for a ceasefire open in Istanbul on July 10.", ("2025-07-10", "day")),
    ],
)
def test_a_date_without_a_past_of_its_own_is_the_nearest(text: str, expected: tuple[str, str]) -> None:
    assert resolve(text, dt.date(2025, 6, 16))[0] == expected


def test_weeks_counted_from_a_day_after_a_year_named_in_passing() -> None:
    text = "Delegations met in Istanbul on May 16 for their first direct talks since 2022. Two weeks later, they met again."
    assert resolve(text, dt.date(2025, 6, 16)) == [
        ("2025-05-16", "day"),
        ("2022", "year"),
        ("2025-05-30", "week"),
    ]


def test_next_week_s_talks_are_no_weekday_of_next_week() -> None:
    assert resolve("Zelensky said on Monday next week's talks would be decisive.", dt.date(2025, 6, 16)) == [
        ("2025-06-16", "day"),
        ("2025-06-23", "week"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same year, month or week as the date named before
        (
            "Yet, in 2014, Russia occupied Crimea. That same year, separatists declared independence.",
            [("2014", "year"), ("2014", "year")],
        ),
        (
            "The first was freed in June 2024, and the second was released the same year.",
            [("2024-06", "month"), ("2024", "year")],
        ),
        (
            "On May 3, 2019, he was elected. Later that month, he met Putin.",
            [("2019-05-03", "day"), ("2019-05", "month")],
        ),
    ],
)
def test_the_same_year_as_the_date_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolve(text, dt.date(2025, 6, 16)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qatar reunited six children with their families on December 5 of the same year.",
        "He was detained in September 2021 after the summit in August the same year.",
        "He was detained in Sept. 2021 and freed in Dec. the same year.",
    ],
)
def test_the_same_year_after_a_month_is_that_month_s_not_a_statement_of_its_own(text: str) -> None:
    assert all(precision != "year" for _, precision in resolve(text, dt.date(2025, 6, 16)))


@pytest.mark.parametrize(
    "text",
    [
        "Among them was a man captured the same year the full-scale invasion began.",
        "Zelensky said that elections could be held the same year a ceasefire is agreed.",
    ],
)
def test_the_same_year_a_clause_names_is_no_date_of_the_one_before(text: str) -> None:
    assert resolve(f"Russia and Ukraine exchanged 390 prisoners on May 23. {text}", dt.date(2025, 6, 1)) == [
        ("2025-05-23", "day")
    ]


@pytest.mark.parametrize("night", ["the night of", "the night from"])
def test_the_night_of_one_day_to_the_next_dated_is_that_date(night: str) -> None:
    text = f"On {night} Friday to Saturday, June 29, the 53rd exchange was completed."
    assert resolve(text, dt.date(2024, 7, 1)) == [("2024-06-29", "day")]


def test_since_a_month_told_after_a_past_day_began_before_that_day() -> None:
    text = (
        "Soldiers held out inside Azovstal until Kyiv ordered them on May 16th to end resistance that had tied"
        " up Russian units in the port since February."
    )
    assert resolve(text, dt.date(2023, 3, 8)) == [("2022-05-16", "day"), ("2022-02", "month")]
    # (a state going on since: not before the day)
    text = "Captured on 20 May 2022 in Mariupol, he has been held in Taganrog since June, his mother said."
    assert resolve(text, dt.date(2023, 3, 1)) == [("2022-05-20", "day"), ("2022-06", "month")]


@pytest.mark.parametrize(
    "text", ["On Easter March 31, Pope Francis gave the blessing.", "On Easter, March 31, he spoke."]
)
def test_a_holiday_with_its_date_beside_it_is_that_date(text: str) -> None:
    assert resolve(text, dt.date(2024, 4, 5)) == [("2024-03-31", "day")]


def test_midnight_between_two_days_is_the_second() -> None:
    text = "Russia is declaring a ceasefire from midnight on May 7-8 to midnight on May 10-11."
    assert resolve(text, dt.date(2025, 4, 28)) == [("2025-05-08", "day"), ("2025-05-11", "day")]
    assert resolve("The talks were held on May 7-8.", dt.date(2025, 4, 28)) == [("2025-05-07", "day")]


def test_a_day_listed_before_a_full_date_is_of_its_year() -> None:
    text = "The New York Times publishes draft agreements dated March 17 and April 15, 2022."
    assert resolve(text, dt.date(2024, 6, 15)) == [("2022-03-17", "day"), ("2022-04-15", "day")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a day named after a full date of the sentence is the nearest to it, before or after
        (
            "The statement clarified that the exchange operation took place on June 26, 2025, in"
            " accordance with the agreements signed in Istanbul on June 2.",
            dt.date(2025, 6, 27),
            [("2025-06-26", "day"), ("2025-06-02", "day")],
        ),
        (
            "The association was created in June of 2022, shortly after around 2,500 servicemen"
            " surrendered during the siege of the Azovstal steel mill in May.",
            dt.date(2024, 1, 26),
            [("2022-06", "month"), ("2022-05", "month")],
        ),
        (
            "At the end of December 2024, the bodies of 503 fallen fighters were returned, and in"
            " mid-January, another 757.",
            dt.date(2025, 2, 14),
            [("2024-12", "month"), ("2025-01", "month")],
        ),
        # (going on within the year stated, however far)
        (
            "He joined the army in March 2022 and was captured in December.",
            dt.date(2024, 5, 10),
            [("2022-03", "month"), ("2022-12", "month")],
        ),
        (
            "He was captured in Mariupol in May 2022 and returned home in an exchange on December 31.",
            dt.date(2024, 5, 10),
            [("2022-05", "month"), ("2022-12-31", "day")],
        ),
    ],
)
def test_a_day_after_a_full_date_of_its_sentence_is_of_its_year_or_the_next_over_new_year(
    text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    assert resolve(text, published) == expected


def test_a_day_before_an_inverted_said_is_the_day_of_what_is_told() -> None:
    text = "He is expected to meet with Biden at the White House on Tuesday, said the person, who was granted anonymity."
    assert resolve(text, dt.date(2023, 7, 17)) == [("2023-07-18", "day")]
    # (the teller's day when the day leads, or the teller comes first)
    assert resolve("Peskov on Tuesday said the talks would resume.", dt.date(2023, 7, 17)) == [
        ("2023-07-11", "day")
    ]
    # (not what was said: "said the delegations … would meet")
    text = "Peskov, speaking to reporters on Tuesday, said the delegations of Russia and Ukraine would meet."
    assert resolve(text, dt.date(2025, 5, 29)) == [("2025-05-27", "day")]


def test_years_counted_from_a_year_named_are_a_year() -> None:
    text = "He was re-elected in 2015 but lost his seat five years later."
    assert resolve(text, dt.date(2025, 8, 25)) == [("2015", "year"), ("2020", "year")]


def test_the_day_before_someone_s_day_is_no_date() -> None:
    text = "He was freed on Sunday. His release coincided with the day before his mother's birthday."
    assert resolve(text, dt.date(2025, 8, 25)) == [("2025-08-24", "day"), (None, None)]
    text = "Talks were held on March 10. The day before the talks, Zelensky arrived."
    assert resolve(text, dt.date(2025, 3, 12)) == [("2025-03-10", "day"), ("2025-03-09", "day")]
    text = (
        "The delegations met in Istanbul on May 16. The day before their meeting, Zelensky arrived in Ankara."
    )
    assert resolve(text, dt.date(2025, 5, 20)) == [("2025-05-16", "day"), ("2025-05-15", "day")]


def test_february_told_as_the_war_s_start_is_february_2022() -> None:
    text = "The swap is the biggest exchange between the warring sides since the start of Russia's invasion in February."
    assert resolve(text, dt.date(2022, 9, 22)) == [("2022-02", "month")]
    assert resolve(text, dt.date(2023, 4, 16)) == [("2022-02", "month")]
    assert resolve("Talks were held in February.", dt.date(2023, 4, 16)) == [("2023-02", "month")]
    # (an offensive or a town's fall is no start of the war)
    assert resolve("Avdiivka fell to Russian forces in February.", dt.date(2024, 4, 5)) == [
        ("2024-02", "month")
    ]


def test_a_meeting_due_later_in_the_day_is_on_the_day_of_the_report(tmp_path: Path) -> None:
    text = "On Wednesday the rouble crossed 120 to the dollar. Lavrov and Kuleba are due to meet later in the day."
    events, _ = _extracted(tmp_path, text, "2022-03-10")
    assert [e.date for e in events if "Kuleba" in e.sentence] == ["2022-03-10"]


def test_later_in_the_evening_opening_a_sentence_told_ahead_is_the_day_of_the_report(tmp_path: Path) -> None:
    text = (
        "The five-hour meeting on Dec. 14 was difficult.\n\nZelensky is expected to meet Merz. Later in the "
        "evening, at around 7 p.m. local time, he is also scheduled to hold talks with European leaders."
    )
    events, _ = _extracted(tmp_path, text, "2025-12-15")
    assert [e.date for e in events if e.sentence.startswith("Later")] == ["2025-12-15"]
    # (not a future in the speech it reports, nor "the evening of May 16")
    text = (
        "On Sunday, Zelensky met Witkoff and Kushner in Berlin.\n\nLater in the day, at a news conference, "
        "Zelensky said the talks with the US envoys were productive and will continue."
    )
    events, _ = _extracted(tmp_path, text, "2025-12-16")
    assert [e.date for e in events if e.sentence.startswith("Later")] == ["2025-12-14"]
    assert resolve("Later in the evening of May 16, Zelensky spoke to Trump.", dt.date(2025, 5, 22)) == [
        ("2025-05-16", "day")
    ]


def test_postponed_until_a_weekday_puts_the_talks_ahead() -> None:
    assert resolve("The talks were postponed until Wednesday.", dt.date(2026, 2, 3)) == [
        ("2026-02-04", "day")
    ]
    assert resolve("They talked until Wednesday.", dt.date(2026, 2, 3)) == [("2026-01-28", "day")]
    # (not a day since past: "had been delayed until Friday", said on a Saturday)
    text = "The exchange had been delayed until Friday because of Russian demands, officials said."
    assert resolve(text, dt.date(2025, 5, 24)) == [("2025-05-23", "day")]


def test_later_in_the_evening_is_the_day_s_as_later_in_the_day() -> None:
    text = "Both delegations have arrived in Istanbul and are expected to meet later in the evening."
    assert resolve(text, dt.date(2025, 7, 23)) == [("2025-07-23", "day")]
    assert resolve("They met on Monday and talked again later in the afternoon.", dt.date(2025, 7, 23)) == [
        ("2025-07-21", "day"),
        ("2025-07-21", "day"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia invaded Ukraine in 2022, and Guterres committed to an agreement by July that year.",
            [("2022", "year"), ("2022-07", "month")],
        ),
        (
            "Talks began in 2022 and were held again on December 5 of that year.",
            [("2022", "year"), ("2022-12-05", "day")],
        ),
        ("The exchanges continued again in January of the current year.", [("2024-01", "month")]),
    ],
)
def test_that_year_is_the_year_just_named_and_the_current_year_the_publication_s(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert resolve(text, dt.date(2024, 7, 17)) == expected


def test_last_weekend_said_at_a_weekend_is_the_one_before() -> None:
    text = "Trilateral talks had already taken place in Abu Dhabi last weekend."
    assert resolve(text, dt.date(2026, 2, 1)) == [("2026-01-24", "day")]  # said on a Sunday
    assert resolve(text, dt.date(2026, 1, 27)) == [("2026-01-24", "day")]  # said on a Tuesday


def test_a_programme_called_this_week_is_no_date() -> None:
    assert [m.text for m in find_mentions("Witkoff said Sunday on “This Week.”")] == ["Sunday"]
    assert [m.text for m in find_mentions("“This week we met,” he said.")] == ["This week"]


def test_that_year_is_the_last_year_said_with_a_month_too(tmp_path: Path) -> None:
    text = (
        "Russia invaded Ukraine in 2022. Talks between the sides were held in May 2023, and a prisoner "
        "exchange followed in July that year."
    )
    events, _ = _extracted(tmp_path, text, "2025-09-01")
    assert sorted(e.date for e in events if "July" in e.sentence) == ["2023-05", "2023-07"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Korean wire's day alone, nearest publication
        ("On the 17th (local time), Yermak said another exchange took place.", "2022-10-18", "2022-10-17"),
        # of the month named before it in the sentence
        ("On December 1, Kiev exchanged 50 fighters, and on the 6th – 60.", "2023-01-08", "2022-12-06"),
        (
            "They met Zelensky on Friday 16 June 2023 and Putin on Saturday the 17th.",
            "2023-06-20",
            "2023-06-17",
        ),
        # the next month, when the day is well before the one named; a month that has the day
        ("On December 31, Kiev exchanged 50 fighters, and on the 2nd – 60.", "2023-01-08", "2023-01-02"),
        ("On the 30th, Yermak said another exchange took place.", "2023-03-01", "2023-01-30"),
    ],
)
def test_a_day_named_without_its_month(text: str, published: str, expected: str) -> None:
    assert resolve(text, dt.date.fromisoformat(published))[-1] == (expected, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Russia struck on the 36th day of the invasion.",
        "The brigade fought on the 3rd and 4th floors of the building.",
        "Fire broke out in apartments on the 3rd, 4th and 5th floors.",
    ],
)
def test_an_ordinal_of_something_else_is_no_day(text: str) -> None:
    assert resolve(text, dt.date(2023, 5, 2)) == []


def test_a_day_and_its_weekday_must_agree() -> None:
    text = "They met Zelensky on Friday 16 June 2023 and Putin on Sunday the 17th."
    assert resolve(text, dt.date(2023, 6, 20)) == [("2023-06-16", "day"), (None, None)]


def test_years_naming_what_follows_and_years_in_parentheses() -> None:
    text = "Kyiv failed to honour the 2014 Minsk Agreements, Putin said of the 2020 U.S. election."
    assert resolve(text, dt.date(2025, 8, 19)) == [("2014", "year"), ("2020", "year")]
    text = "Talks stalled since the first year of the war (2022) resumed."
    assert resolve(text, dt.date(2025, 5, 16)) == [("2022", "year")]


def test_the_last_year_of_something_is_a_span_not_last_year() -> None:
    text = "Attacks killed as many seafarers as the last year of Houthi violence in the Red Sea."
    assert resolve(text, dt.date(2025, 3, 24)) == []


def test_this_weekend_told_in_no_past_is_the_coming_one() -> None:
    text = "This weekend Ukraine and Russia continue to carry out the exchange of 1,000 prisoners."
    assert resolve(text, dt.date(2025, 5, 23))[0] == ("2025-05-24", "day")  # said on a Friday
    assert resolve(text, dt.date(2025, 5, 25))[0] == ("2025-05-24", "day")  # said on the Sunday
    # (early in the week, the one just past)
    text = "The exchange this weekend, the largest of the war, brought home 1,000 people."
    assert resolve(text, dt.date(2025, 5, 26)) == [("2025-05-24", "day")]
    assert resolve("Russia and Ukraine swapped prisoners this weekend.", dt.date(2025, 5, 19)) == [
        ("2025-05-17", "day")
    ]


def test_talks_someone_waits_for_the_other_side_to_attend_are_ahead() -> None:
    text = (
        "Russia on Thursday (May 29) said it was still waiting for Ukraine to agree to attend talks in "
        "Istanbul on Monday."
    )
    assert resolve(text, dt.date(2025, 5, 30)) == [("2025-05-29", "day"), ("2025-06-02", "day")]
    text = (
        "Zelensky waited for Putin to meet him in Istanbul on Thursday, but the Kremlin leader stayed away."
    )
    assert resolve(text, dt.date(2025, 5, 16)) == [("2025-05-15", "day")]


def test_a_capture_told_at_length_is_background() -> None:
    text = (
        "He added that 37 of the women had been captured after Russian forces took the giant Azovstal "
        "steelworks in the port city of Mariupol in May."
    )
    start = text.index("in May")
    assert frame_of(text, start, start + 6) == "capture"
    text = (
        "The 95 Azov fighters captured at the Azovstal steelworks in the besieged port city of Mariupol "
        "finally came home to their families in June"
    )
    start = text.index("in June")
    assert frame_of(text, start, start + 7) is None


def test_a_clock_s_time_zone_ends_no_sentence() -> None:
    text = (
        "Talks began just before 1 p.m. Kyiv time (6 a.m. ET) on Monday. They met at 9 a.m. US envoys left."
    )
    assert [text[a:b] for a, b in sentences(text)] == [
        "Talks began just before 1 p.m. Kyiv time (6 a.m. ET) on Monday.",
        "They met at 9 a.m.",
        "US envoys left.",
    ]


def test_the_first_round_beside_a_later_one_is_behind() -> None:
    text = (
        "The second round of talks is set to take place today, with the same representatives present at "
        "the first round of talks on Monday."
    )
    assert resolve(text, dt.date(2022, 3, 2)) == [("2022-03-02", "day"), ("2022-02-28", "day")]
    assert resolve("The first round of talks will be held on Monday.", dt.date(2022, 3, 2)) == [
        ("2022-03-07", "day")
    ]
    text = "Ukraine hopes a second round will follow the first round of talks on Monday."
    assert resolve(text, dt.date(2022, 2, 25)) == [("2022-02-28", "day")]


def test_a_present_told_of_a_day_is_its_plan() -> None:
    text = "The exchange started on Friday and ends on Sunday."
    assert resolve(text, dt.date(2025, 5, 23)) == [("2025-05-23", "day"), ("2025-05-25", "day")]


def test_this_weekday_told_in_the_past_is_the_one_just_past() -> None:
    text = "The next round will be held in Istanbul, the Turkish Presidency announced this Sunday."
    assert resolve(text, dt.date(2022, 3, 28)) == [("2022-03-27", "day")]  # said on a Monday
    assert resolve("We are going to Geneva this Thursday.", dt.date(2022, 3, 28)) == [("2022-03-31", "day")]
    text = "They discussed a meeting in Turkey, which Zelensky indicated may take place this Wednesday."
    assert resolve(text, dt.date(2025, 7, 21)) == [("2025-07-23", "day")]
    for text in (
        "Umerov said the meeting was scheduled for this Thursday.",
        "Witkoff confirmed the continuation of the talks this Thursday.",
        "Officials named the talks scheduled this Thursday.",
    ):
        assert resolve(text, dt.date(2025, 5, 19)) == [("2025-05-22", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We expect the exchange to continue on Saturday and Sunday.", "2025-05-24"),
        ("Saturday and Sunday – we expect the exchange to continue, he said.", "2025-05-24"),
        ("The two-day meeting kicks off on Tuesday.", "2025-05-27"),
        # (not an expectation of something else, nor a past told around it)
        ("Ukraine expects more prisoners to be returned after the exchange on Monday.", "2025-05-19"),
        ("The talks, kicking off on Monday, lasted just over an hour.", "2025-05-19"),
        (
            "Russia and Ukraine exchanged 246 prisoners each on the eve of Orthodox Easter on Saturday.",
            "2025-05-17",
        ),
    ],
)
def test_an_expectation_or_a_kick_off_looks_ahead(text: str, expected: str) -> None:
    assert resolve(text, dt.date(2025, 5, 22))[-1] == (expected, "day")  # said on a Thursday


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Trump and Putin may meet Friday in Alaska.", dt.date(2025, 8, 9), "2025-08-15"),
        (
            "Zelensky ordered officials to prepare for talks that could start on Wednesday.",
            dt.date(2025, 7, 22),
            "2025-07-23",
        ),
        (
            "A new round of negotiations might take place in Turkey on Tuesday, Peskov said.",
            dt.date(2022, 3, 28),
            "2022-03-29",
        ),
        # (not a modal that tells a past, nor the month)
        ("The delegations could not agree on Monday.", dt.date(2025, 5, 22), "2025-05-19"),
        ("They may have met on Monday.", dt.date(2025, 5, 22), "2025-05-19"),
        (
            "The strike on Monday could complicate peace efforts, analysts said.",
            dt.date(2025, 5, 22),
            "2025-05-19",
        ),
        ("Russia may well have violated the truce on Monday.", dt.date(2025, 5, 22), "2025-05-19"),
        ("Russia-Ukraine Talks Could Be Held on Monday", dt.date(2025, 5, 22), "2025-05-26"),
        ("Hopes that the June round may yield progress on Monday.", dt.date(2025, 5, 22), "2025-05-26"),
    ],
)
def test_a_modal_looks_ahead(text: str, published: dt.date, expected: str) -> None:
    assert resolve(text, published)[-1] == (expected, "day")


def test_this_week_said_on_a_sunday_of_what_is_ahead_is_the_coming_week() -> None:
    sunday = dt.date(2025, 3, 16)
    text = "Witkoff said Sunday that Trump will likely speak with Putin this week."
    assert resolve(text, sunday)[-1] == ("2025-03-17", "week")
    text = "Zelensky suggested earlier this week that the talks might be postponed."
    assert resolve(text, sunday) == [("2025-03-16", "week")]
    assert resolve("The two sides agreed to release 1,000 prisoners each this week.", sunday) == [
        ("2025-03-16", "week")
    ]
    assert resolve("Trump will likely speak with Putin this week.", dt.date(2025, 3, 14)) == [
        ("2025-03-14", "week")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("During his time as culture minister from 2012-2020, Medinsky implemented policies.", ["2012"]),
        ("Kuleba, the former Commissioner for Children's Rights (2014-2021), said so.", ["2014"]),
        ("Kuleba, the former Commissioner for Children's Rights (2014–2021), said so.", ["2014"]),
        ("It has held them since 2017-18.", ["2017"]),
        # (not an ISO date)
        ("The file from 2022-03-01 shows it.", ["2022-03-01"]),
    ],
)
def test_a_span_of_years_is_dated_by_its_first(text: str, expected: list[str]) -> None:
    assert [date for date, _ in resolve(text, dt.date(2025, 5, 22))] == expected


def test_last_evening_is_yesterday() -> None:
    assert resolve("And last evening I read the following post from Ukraine.", dt.date(2026, 1, 29)) == [
        ("2026-01-28", "day")
    ]
    assert (
        resolve("On the last evening of the talks, the delegations dined together.", dt.date(2025, 5, 22))
        == []
    )
    assert resolve("Here is what you may have missed from the last night.", dt.date(2022, 9, 22)) == [
        ("2022-09-21", "day")
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # (an opening day takes the tense of its clause, subject "and" included)
        (
            'On Thursday, Russia and Ukraine will begin urgent "sanitary exchanges".',
            dt.date(2025, 6, 11),
            "2025-06-12",
        ),
        # (a possessive day is what is told of, not the day of telling)
        (
            "A spokesperson said Wednesday's talks would take place in Istanbul.",
            dt.date(2025, 7, 22),
            "2025-07-23",
        ),
        # (a future told before ", he added" is not the day he spoke)
        ("Talks would not resume on Wednesday, he added.", dt.date(2022, 3, 29), "2022-03-30"),
        (
            '"You\'re going to see in Saudi Arabia on Monday some real progress."',
            dt.date(2025, 3, 23),
            "2025-03-24",
        ),
        ("The talks have been moved to Wednesday.", dt.date(2026, 2, 2), "2026-02-04"),
        (
            "Zelensky confirmed Wednesday as the planned date for the dialogue.",
            dt.date(2025, 7, 22),
            "2025-07-23",
        ),
        (
            "As voters prepare to go to the polls on Sunday, we hear about it.",
            dt.date(2025, 5, 16),
            "2025-05-18",
        ),
        # (what was told stays behind)
        ("The troops were preparing for an assault on Saturday.", dt.date(2025, 4, 18), "2025-04-12"),
        ("Exchanges took place on Wednesday, he added.", dt.date(2022, 3, 31), "2022-03-30"),
        # (a plan since changed, a past of its own clause, a week named first: behind)
        (
            "The meeting had originally been planned for Sunday, Peskov said.",
            dt.date(2026, 2, 2),
            "2026-02-01",
        ),
        (
            "The talks were initially expected to take place in Gomel on Saturday.",
            dt.date(2022, 2, 28),
            "2022-02-26",
        ),
        (
            "Erdogan and Putin spoke on the phone this Sunday about a ceasefire.",
            dt.date(2022, 3, 28),
            "2022-03-27",
        ),
        ("Last week, Trump held phone talks with Putin on Tuesday.", dt.date(2025, 3, 25), "2025-03-18"),
        (
            "Putin told Ramaphosa of his summit last week with Trump, the Kremlin said on Monday.",
            dt.date(2025, 8, 19),
            "2025-08-18",
        ),
        # (the second read's counter-examples: each rule kept to its own clause and its own words)
        (
            "Officials spent weeks preparing for the talks held in Istanbul on Monday.",
            dt.date(2025, 5, 22),
            "2025-05-19",
        ),
        (
            "The meeting was initially scheduled for Sunday, but it will now be held on Wednesday.",
            dt.date(2026, 2, 2),
            "2026-02-04",
        ),
        (
            "The meeting was moved to Wednesday and ended without a breakthrough.",
            dt.date(2026, 2, 5),
            "2026-02-04",
        ),
        ("The talks have been moved to Wednesday, officials said.", dt.date(2026, 2, 2), "2026-02-04"),
        (
            "The next round will be held in Istanbul, Medinsky on Tuesday told reporters.",
            dt.date(2025, 5, 22),
            "2025-05-20",
        ),
        (
            "We will not stop, and Russia struck Kyiv on Tuesday, he added.",
            dt.date(2025, 5, 22),
            "2025-05-20",
        ),
        (
            "On Monday, Putin and Trump spoke for two hours and the Kremlin will publish details soon.",
            dt.date(2025, 5, 22),
            "2025-05-19",
        ),
        ("Ukrainians displaced by the war vote this Sunday.", dt.date(2022, 3, 23), "2022-03-27"),
        (
            "Last week, Ukraine agreed to a ceasefire; on Tuesday, Putin rejected it.",
            dt.date(2025, 3, 20),
            "2025-03-18",
        ),
        (
            "Ukraine had proposed Wednesday as the date for the talks, which took place in Istanbul.",
            dt.date(2025, 7, 24),
            "2025-07-23",
        ),
        (
            "Trump set Thursday as the deadline for an agreement, though European leaders have pushed for revisions.",
            dt.date(2025, 11, 24),
            "2025-11-27",
        ),
        (
            "On Monday afternoon, Federal Chancellor Friedrich Merz (CDU) and President Zelensky are expected to talk.",
            dt.date(2025, 12, 14),
            "2025-12-15",
        ),
        (
            "On Monday, Russia put forward a memorandum and Ukraine will study it.",
            dt.date(2025, 5, 22),
            "2025-05-19",
        ),
    ],
)
def test_what_a_sentence_tells_ahead_or_behind(text: str, published: dt.date, expected: str) -> None:
    assert resolve(text, published)[-1] == (expected, "day")


def test_this_weekday_said_on_a_sunday_of_what_is_ahead_is_in_the_coming_week() -> None:
    sunday = dt.date(2025, 8, 10)
    text = "He is set to welcome Russian President Vladimir Putin to the United States this Friday."
    assert resolve(text, sunday) == [("2025-08-15", "day")]
    assert resolve("The two sides met this Friday in Istanbul.", sunday) == [("2025-08-08", "day")]
    assert resolve("Zelensky will address the nation this Sunday evening.", sunday) == [("2025-08-10", "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin rather wants to meet on Thursday, in Turkey, to negotiate.", "2025-05-15"),
        ("Zelensky hopes to sit down with Putin on Thursday in Istanbul.", "2025-05-15"),
        # (a wish since told, or a day told after another event: the one just past)
        ("Putin wanted to meet on Thursday, but Zelensky refused.", "2025-05-08"),
        ("Zelensky hopes to meet Putin after the talks in Istanbul on Thursday ended.", "2025-05-08"),
        ("Ukraine hopes to see more swaps like the one on Thursday.", "2025-05-08"),
        (
            '"We will seek to hold further talks with Putin," he told reporters in Istanbul on Thursday.',
            "2025-05-08",
        ),
    ],
)
def test_a_present_wish_to_meet_looks_ahead(text: str, expected: str) -> None:
    assert resolve(text, dt.date(2025, 5, 11)) == [(expected, "day")]


def test_a_quotation_s_today_is_the_day_of_the_article_s_news(tmp_path: Path) -> None:
    def today(quoted: str, news: str = "Ukraine and Russia began a major prisoner exchange Friday.") -> list:
        events, _ = _extracted(tmp_path, f"Swap\n\n{news} {quoted}", "2025-05-24")
        return [e.date for e in events if "oday" in e.sentence]

    assert today('"Today — 390 people. On Saturday and Sunday, we expect the exchange to continue."') == [
        "2025-05-23"
    ]
    # (not outside quotation marks, nor a page whose news is of its own day)
    assert today("Today, 307 more came home.") == ["2025-05-24"]
    assert today(
        '"Today — 390 people."', "Ukraine and Russia began a major prisoner exchange on Saturday."
    ) == ["2025-05-24"]
    # (nor one whose speaker spoke that day, one that looks ahead, nor beside another day)
    for quoted in (
        'Zelensky said on Saturday: "Today, 307 more of our people came home."',
        '"Today, 307 more of our people came home," Zelensky said on Saturday.',
        '"Today we will hand over our memorandum," Umerov said.',
        '"We are bringing them home today and tomorrow."',
        '"Today, the exchange continues: 307 more are home."',
    ):
        assert today(quoted)[0] == "2025-05-24", quoted
    # (and only of the day just before: not a strike three days before the page)
    quoted = '"Today, 390 of our people are home," Zelensky wrote.'
    assert today(quoted, "Russia struck Odesa on Wednesday.") == ["2025-05-24"]


def test_a_weekday_ahead_that_is_the_day_before_publication_is_that_day() -> None:
    # (copy written on the Tuesday, published on the Wednesday: a week ahead would be "next Tuesday")
    wednesday = dt.date(2025, 11, 26)
    text = "Driscoll’s Abu Dhabi meetings are expected to continue on Tuesday."
    assert resolve(text, wednesday) == [("2025-11-25", "day")]
    assert resolve("The talks will continue next Tuesday.", wednesday) == [("2025-12-02", "day")]
    assert resolve("The talks will continue on Thursday.", wednesday) == [("2025-11-27", "day")]
    # (the bare weekday of wire copy stays the coming one: "may meet Friday in Alaska", on a Saturday)
    assert resolve("Trump and Putin may meet Friday in Alaska.", dt.date(2025, 8, 9)) == [
        ("2025-08-15", "day")
    ]
    # (not beside the day it was said, nor "next week")
    text = "Umerov said on Wednesday that the talks will continue on Tuesday."
    assert resolve(text, wednesday) == [("2025-11-26", "day"), ("2025-12-02", "day")]
    text = "The delegations will meet again next week, on Tuesday, in Geneva."
    assert resolve(text, wednesday)[-1] == ("2025-12-02", "day")


def test_told_an_outlet_on_a_day_is_the_day_of_telling() -> None:
    text = "Witkoff met Umerov in Florida, a White House official told the Kyiv Independent on Dec. 1."
    (mention,) = find_mentions(text)
    assert spoken_on(text, mention.start, mention.end)
    text = "He told them the talks in Istanbul on Monday had failed."
    (mention,) = find_mentions(text)
    assert not spoken_on(text, mention.start, mention.end)


def test_days_after_talks_opening_a_sentence_count_from_talks_it_does_not_date(tmp_path: Path) -> None:
    text = (
        "The first phase of the exchange took place on May 23. Three days after the Istanbul talks, Putin "
        "said Russia was ready to sign a memorandum. Trump renewed a threat on Friday, a week after his "
        "meeting with Putin in Alaska."
    )
    events, _ = _extracted(tmp_path, text, "2025-05-24")
    dated = {e.sentence.split()[0]: e.date for e in events}
    assert dated["Three"] is None
    assert {e.date for e in events if e.sentence.startswith("Trump")} == {"2025-05-23", "2025-05-16"}
    text = "The talks were held on May 16. Only three days after the talks, Putin spoke."
    events, _ = _extracted(tmp_path, text, "2025-05-24")
    assert [e.date for e in events if e.sentence.startswith("Only")] == [None]


def test_this_coming_weekday_is_ahead_whatever_the_tense() -> None:
    text = "Trump previously gave Ukraine until this coming Thursday to agree to the proposals."
    assert resolve(text, dt.date(2025, 11, 24)) == [("2025-11-27", "day")]
    # (said on that weekday: the one a week on)
    assert resolve("They met on this coming Monday.", dt.date(2025, 11, 24)) == [("2025-12-01", "day")]


@pytest.mark.parametrize(
    "text",
    [
        "US and Russian officials will converge on Alaska ahead of a highly anticipated Friday meeting.",
        "Leavitt confirmed Tuesday that the president's expectations for his Friday meeting with Putin aren't high.",
        # (a comparison's past is none)
        "Leavitt said the president's expectations for his Friday meeting aren't as high as they were in May.",
    ],
)
def test_a_meeting_anticipated_or_expected_is_ahead(text: str) -> None:
    assert ("2025-08-15", "day") in resolve(text, dt.date(2025, 8, 12))


def test_the_same_day_after_a_month_named_in_its_sentence_is_of_that_month(tmp_path: Path) -> None:
    text = (
        "On Monday, the bodies of 503 soldiers were returned. The ministry blamed Ukraine for downing a "
        "plane in January, which it said had been carrying prisoners for an exchange later the same day.\n\n"
        "The swap was set for January 24. Officials confirmed last week that a swap was due to happen "
        "that day but said it had been called off."
    )
    events, _ = _extracted(tmp_path, text, "2024-12-09")
    assert sorted(e.date for e in events if "same day" in e.sentence) == ["2024-01"]
    # (not a week told of: the day named before)
    assert "2024-01-24" in [e.date for e in events if "that day" in e.sentence]


def test_a_weekday_and_its_day_in_brackets_is_a_date() -> None:
    text = "Ukraine announced on Saturday (9) that it had carried out the third exchange of prisoners."
    assert resolve(text, dt.date(2022, 4, 9)) == [("2022-04-09", "day")]
    # (an hour in brackets is no day)
    assert resolve("On Saturday (11 am Eastern Time) they met.", dt.date(2022, 4, 9)) == [
        ("2022-04-09", "day")
    ]


def test_a_pattern_tried_at_word_starts_finds_the_same_matches() -> None:
    pattern = re.compile(r"\b(?:will|['’]ll|would)\b|(?<=-for-)thousand|\b\d+ for \d+", re.I)
    fast = at_word_starts(pattern, or_at="'’")
    for text in (
        "They’ll meet; he WILL go, it would",
        "a thousand-for-thousand swap",
        "84 for 84, x84 for 84",
    ):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Despite low expectations for Friday's meeting in Alaska, Trump said the talks were productive.",
        "Trump's expectations for his Friday meeting with Putin were not met.",
    ],
)
def test_expectations_told_as_past_are_of_a_meeting_behind(text: str) -> None:
    assert resolve(text, dt.date(2025, 8, 17))[0] == ("2025-08-15", "day")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "On May 16, delegations met in Istanbul for the first time since March 2022, and the next day "
            "Zelensky spoke to Trump.",
            dt.date(2025, 5, 20),
            "2025-05-17",
        ),
        (
            "Talks were held on Friday, the first since March 2022, and a swap was agreed the same day.",
            dt.date(2025, 5, 20),
            "2025-05-16",
        ),
        (
            "On February 3, Russia returned 150 POWs under a deal struck in January, and Ukraine freed 150 "
            "the same day.",
            dt.date(2025, 2, 5),
            "2025-02-03",
        ),
    ],
)
def test_the_same_day_after_a_day_named_in_its_sentence_is_that_day(
    text: str, published: dt.date, expected: str
) -> None:
    assert resolve(text, published)[-1] == (expected, "day")


def test_coming_as_a_participle_is_no_weekday_ahead() -> None:
    text = "The exchange, coming Monday after the Istanbul talks, was the largest so far."
    assert resolve(text, dt.date(2025, 5, 21)) == [("2025-05-19", "day")]


def test_a_month_since_which_is_before_the_page() -> None:
    text = "It is the eighth exchange involving the remains of 500 or more Ukrainian soldiers since October."
    assert resolve(text, dt.date(2025, 4, 18)) == [("2024-10", "month")]


def test_a_day_a_meeting_is_moved_to_is_the_nearest_whatever_the_tense() -> None:
    text = "The visit, initially scheduled for this week, has been rescheduled for March 10."
    assert ("2025-03-10", "day") in resolve(text, dt.date(2025, 2, 18))
    # (a day only set, told as past, stays behind)
    assert resolve("The talks were set for March 10.", dt.date(2025, 4, 18)) == [("2025-03-10", "day")]


def test_a_fortnight_ago_is_two_weeks_back() -> None:
    text = "Russia claimed to have conquered the city a fortnight ago."
    assert resolve(text, dt.date(2025, 12, 3)) == [("2025-11-19", "week")]  # (in the week of the 17th)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The peace conference was postponed until November.", dt.date(2025, 4, 10), ("2025-11", "month")),
        ("The summit has been postponed until January 20.", dt.date(2025, 6, 30), ("2026-01-20", "day")),
        # (put off, then told as ended: behind)
        (
            "The talks were postponed to June 2 and ended without agreement.",
            dt.date(2025, 4, 18),
            ("2024-06-02", "day"),
        ),
    ],
)
def test_a_day_put_off_to_keeps_its_tense(text: str, published: dt.date, expected: tuple[str, str]) -> None:
    assert resolve(text, published) == [expected]
