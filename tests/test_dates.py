import datetime as dt

import pytest
from conftest import AS_OF

from parley.dates import Resolver, find_mentions, infer_year, is_future


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


def test_relative_without_anchor_stays_undated() -> None:
    assert resolve("Later that day, footage emerged.") == [(None, None)]
    assert resolve("Officials said yesterday.") == [(None, None)]


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
    assert resolve("Delegations will hold talks on Wednesday.", pub) == [("2025-07-02", "day")]
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
