"""Measured accuracy: the synthetic evaluation set in tests/eval/ (texts written for it), the
real-news set in tests/eval/real/ (floors as regression guards), and the scorers themselves."""

import datetime as dt
from pathlib import Path

import pytest
from conftest import AS_OF

from parley.articles.load import Article, load_corpus
from parley.errors import ParleyError
from parley.evaluation.dates import (
    Statement,
    errors,
    evaluate,
    in_sentences,
    load_gold,
    parley_statements,
    same_date,
    score,
    timex_date,
)
from parley.evaluation.events import (
    GoldExchange,
    GoldRound,
    check_rounds,
    distinct,
    in_series,
    load_exchanges,
    load_rounds,
    numbers_in,
    other_figures,
    other_table,
    same_exchange,
    same_round,
    score_exchanges,
)
from parley.events.exchanges import Exchange, Figure
from parley.events.rounds import Round
from parley.mentions.extract import sentences

EVAL = Path(__file__).parent / "eval"
# Reached: precision 0.987, recall 1.000, F1 0.994 (a1–a7 were written while tuning; a8 held out).
FLOOR = 0.98


@pytest.fixture(scope="module")
def gold() -> list[Statement]:
    return load_gold(EVAL / "gold.yaml")


def test_the_gold_set_is_large_enough_and_quotes_whole_sentences(gold: list[Statement]) -> None:
    assert len(gold) >= 60
    articles = {a.id: a for a in load_corpus([EVAL / "articles"])}
    assert sum(a.published is None for a in articles.values()) >= 1
    for g in gold:
        body = articles[g.article].body
        assert g.sentence in {body[s:e] for s, e in sentences(body)}, g.sentence
    assert {g.precision for g in gold} == {"day", "week", "month", "year"}


def test_parley_reaches_its_accuracy_floor() -> None:
    result = evaluate(EVAL, AS_OF)
    missed = [(m.article, m.date, m.sentence) for m in result.misses]
    wrong = [(f.article, f.date, f.sentence) for f in result.false_positives]
    assert result.f1 >= FLOOR, (missed, wrong)
    assert result.precision >= FLOOR and result.recall >= FLOOR


def test_a_match_needs_the_sentence_and_the_date_at_its_precision() -> None:
    def s(date: str, precision: str, sentence: str = "It happened.") -> Statement:
        return Statement(article="a", sentence=sentence, date=date, precision=precision)

    assert same_date(s("2025-06-11", "week"), s("2025-06-13", "week"))  # the same ISO week
    assert not same_date(s("2025-06-11", "week"), s("2025-06-16", "week"))
    assert not same_date(s("2025-05", "month"), s("2025-05-01", "day"))  # over-precise is wrong
    result = score([s("2025-06", "month"), s("2025-06", "month", "Other.")], [s("2025-06", "month")])
    assert (result.true_positives, len(result.false_positives), len(result.misses)) == (1, 1, 0)
    assert result.precision == 0.5 and result.recall == 1.0


def test_one_date_annotated_twice_in_a_sentence_is_one_statement() -> None:
    # "Moscow, Feb 24 (PTI) … on Tuesday": the dateline and the weekday, one date of one sentence.
    gold = [Statement(article="a", sentence="It happened.", date="2026-02-24", precision="day")] * 2
    result = score(gold[:1], gold)
    assert (result.true_positives, len(result.misses)) == (1, 0)


# -- the real-news set --------------------------------------------------------------------------

REAL = EVAL / "real"
# Measured 2026-11-30 (benchmarks/extraction.py), floors 0.02 below, to be raised as Parley improves:
# dev precision 0.944, recall 0.891, F1 0.917 (5,511 articles); holdout 0.969, 0.954, 0.961; fresh
# 0.907, 0.880, 0.893 at its first measure (70 articles annotated on 2026-11-30 and never read, the
# eighty-fourth set, with the thirty-third session's start) and 0.911, 0.897, 0.904 once six more
# batches made it 124 articles, 57 of them without a publication date (the same start; its final
# rules: the same): the floors are 0.02 below the lower of each. The eighty-three earlier fresh sets
# are in dev.
REAL_FLOORS = {
    "dev": {"precision": 0.924, "recall": 0.863, "f1": 0.893},
    "holdout": {"precision": 0.949, "recall": 0.934, "f1": 0.941},
    "fresh": {"precision": 0.887, "recall": 0.860, "f1": 0.873},
}
# Measured only: a failure there names the measure, never the errors (that would be reading them).
HELD_APART = ("holdout", "fresh")


@pytest.mark.parametrize("split", ["dev", "holdout", "fresh"])
def test_the_real_gold_files_load_and_quote_their_articles(split: str) -> None:
    folder = REAL / split
    bodies = {a.id: a.body for a in load_corpus([folder / "articles"])}
    entries = [
        *load_gold(folder / "gold.yaml"),
        *load_exchanges(folder / "exchanges.yaml"),
        *load_rounds(folder / "rounds.yaml"),
    ]
    for entry in entries:
        assert entry.article in bodies, entry.article
        assert entry.sentence in bodies[entry.article], (entry.article, entry.sentence)


@pytest.mark.parametrize("split", ["dev", "holdout", "fresh"])
def test_parley_stays_above_its_floors_on_the_real_set(split: str) -> None:
    result = evaluate(REAL / split, AS_OF)
    for measure, floor in REAL_FLOORS[split].items():
        # The value alone: pytest would print the whole score, held-apart errors included.
        value: float = getattr(result, measure)
        assert value >= floor, (measure, split in HELD_APART or errors(result))


def test_heideltime_dates_map_to_a_precision() -> None:
    assert timex_date("2025-05-19") == ("2025-05-19", "day")
    assert timex_date("2025-W21") == ("2025-05-19", "week")  # dated by its Monday
    assert timex_date("2025-W21-WE") == ("2025-05-19", "week")  # a weekend, as the annotators date one
    assert timex_date("2025-05") == ("2025-05", "month")
    assert timex_date("2025") == ("2025", "year")
    for other in ("PRESENT_REF", "2025-SU", "2025-Q1", "XXXX-05-19", "202", "2025-02-31"):
        assert timex_date(other) is None, other


def test_a_weekend_is_scored_as_its_week() -> None:
    body = "Prisoners came home at the weekend. The talks were on Saturday."
    article = Article("a", Path("a.md"), "T", body, dt.date(2025, 5, 26), None, None, "en")
    dates = {(s.date, s.precision) for s in parley_statements([article], AS_OF)}
    assert dates == {("2025-05-19", "week"), ("2025-05-24", "day")}


def test_dates_found_in_a_body_belong_to_its_sentences_once() -> None:
    body = "Talks on May 16. Swap on 23 May, May 23."
    article = Article("a", Path("a.md"), "T", body, dt.date(2025, 5, 24), None, None, "en")
    second = article.body.index("Swap")
    found = in_sentences(
        article,
        [(3, "2025-05-16", "day"), (second + 8, "2025-05-23", "day"), (second + 16, "2025-05-23", "day")],
    )
    assert [(s.sentence, s.date) for s in found] == [
        ("Talks on May 16.", "2025-05-16"),
        ("Swap on 23 May, May 23.", "2025-05-23"),
    ]


# -- exchanges and rounds -------------------------------------------------------------------------


def _gold_exchange(**values: object) -> GoldExchange:
    entry = {
        "article": "a",
        "sentence": "Russia and Ukraine swapped 95 prisoners each on Friday.",
        "date": "2024-10-18",
        "precision": "day",
        "status": "done",
        "to_ukraine": 95,
        "to_russia": 95,
        "kind": "pows",
        "mediators": [],
        "claimed_by": None,
    }
    return GoldExchange.model_validate(entry | values)


def _exchange(**values: object) -> Exchange:
    sentence = "Russia and Ukraine swapped 95 prisoners each on Friday."
    figures = [
        {
            "side": side,
            "value": 95,
            "kind": "pows",
            "article": "a",
            "sentence": sentence,
            "start": 0,
            "end": 55,
            "claimed_by": None,
        }
        for side in ("ukraine", "russia")
    ]
    record = {
        "id": "exchange-2024-10-18",
        "date": "2024-10-18",
        "precision": "day",
        "status": "done",
        "to_ukraine": 95,
        "to_russia": 95,
        "kind": "pows",
        "categories": [],
        "mediators": [],
        "agreement": None,
        "sources": [],
        "figures": figures,
        "conflicts": [],
    }
    return Exchange.model_validate(record | values)


def test_an_exchange_is_found_as_one_record_with_its_day_and_figures() -> None:
    gold = [_gold_exchange(), _gold_exchange(article="b", to_russia=None)]
    result = score_exchanges([_exchange()], gold)
    assert (result.found, result.misses, result.supported, result.unsupported) == (2, [], 2, [])
    # Undated, planned and figureless gold exchanges are not asked for.
    ignored = [
        _gold_exchange(date=None),
        _gold_exchange(status="planned"),
        _gold_exchange(to_ukraine=None, to_russia=None),
    ]
    assert score_exchanges([_exchange()], ignored).found == 0 == len(score_exchanges([], ignored).misses)


def test_an_exchange_split_in_two_or_with_other_figures_is_missed() -> None:
    split = score_exchanges([_exchange(), _exchange(id="exchange-2024-10-18-2")], [_gold_exchange()])
    assert split.found == 0 and "2 records on that day" in split.misses[0]
    month = score_exchanges([_exchange(date="2024-10", precision="month")], [_gold_exchange()])
    assert "0 records on that day" in month.misses[0]
    wrong = score_exchanges([_exchange(to_russia=None)], [_gold_exchange()])
    assert "gives 95 to Ukraine, ? to Russia" in wrong.misses[0]
    bodies = score_exchanges([_exchange(kind="bodies")], [_gold_exchange()])  # not the same exchange
    assert "0 records" in bodies.misses[0]


def test_a_stage_of_an_exchange_is_found_with_its_own_figures() -> None:
    staged = _exchange(
        date="2025-05-23",
        end_date="2025-05-25",
        to_ukraine=1000,
        to_russia=1000,
        stages=[
            {"date": "2025-05-23", "to_ukraine": 390, "to_russia": 390},
            {"date": "2025-05-24", "to_ukraine": 307, "to_russia": 307},
        ],
        figures=[],
    )
    gold = [
        _gold_exchange(date="2025-05-23", to_ukraine=390, to_russia=390),
        _gold_exchange(article="b", date="2025-05-25", to_ukraine=1000, to_russia=1000),
    ]
    assert score_exchanges([staged], gold).found == 2


def test_flagged_disagreeing_figures_count_as_kept() -> None:
    record = _exchange(to_ukraine=None, conflicts=["returned to Ukraine: 95 (a); 90 (b)"])
    record.figures.append(record.figures[0].model_copy(update={"value": 90, "article": "b"}))
    assert score_exchanges([record], [_gold_exchange(to_ukraine=90, article="b")]).found == 1


def test_a_figure_is_supported_by_its_sentence_and_not_contradicted_by_gold() -> None:
    record = _exchange()
    record.figures.append(record.figures[0].model_copy(update={"value": 300}))  # not in the sentence
    record.figures.append(record.figures[0].model_copy(update={"side": "russia", "value": 95}))
    result = score_exchanges([record], [_gold_exchange(to_russia=55)])
    assert result.supported == 1  # 95 to Ukraine; 95 to Russia twice contradicts the gold's 55
    assert sum("not in the sentence" in u for u in result.unsupported) == 1
    assert sum("gold: 55" in u for u in result.unsupported) == 2
    assert numbers_in("1,000 for 1 000, 35 and 2025") == {1000, 1, 0, 35, 2025}  # 1 000 may be two
    assert numbers_in("1,200 on May 23 400 prisoners") == {1200, 23, 400, 23400}


def test_a_figure_given_as_a_bound_is_supported_by_a_count_it_fits() -> None:
    sentence = "More than 90 prisoners each came home on Friday."
    (figure, _) = _exchange().figures
    bounded = figure.model_copy(update={"value": 90, "bound": "at least", "sentence": sentence})
    record = _exchange(figures=[bounded])
    assert score_exchanges([record], [_gold_exchange(to_ukraine=95)]).supported == 1
    assert score_exchanges([record], [_gold_exchange(to_ukraine=85)]).supported == 0


def test_a_stage_s_figure_is_supported_by_a_gold_whole_the_stages_add_up_to() -> None:
    def told(value: int, stage: str) -> Figure:
        sentence = f"{value} civilians were handed over to Russia on that day."
        (figure, _) = _exchange().figures
        return figure.model_copy(
            update={"side": "russia", "value": value, "stage": stage, "sentence": sentence}
        )

    stages = [
        {"date": "2025-11-27", "to_ukraine": None, "to_russia": 14},
        {"date": "2025-11-28", "to_ukraine": None, "to_russia": 16},
    ]
    figures = [told(14, "2025-11-27"), told(16, "2025-11-28")]
    record = _exchange(
        date="2025-11-27",
        end_date="2025-11-28",
        to_ukraine=None,
        to_russia=30,
        stages=stages,
        figures=figures,
    )
    gold = [_gold_exchange(date="2025-11-27", to_ukraine=None, to_russia=30)]
    assert score_exchanges([record], gold).supported == 2
    # A figure that is no stage of the record is not supported by the record's whole.
    stray = record.model_copy(update={"figures": [told(3, "2025-11-27")]})
    assert score_exchanges([stray], gold).supported == 0


def _round(
    series: str, number: int | None, date: str | None, end: str | None = None, precision: str = "day"
) -> Round:
    return Round(
        series=series,
        round=number,
        date=date,
        end_date=end,
        precision=precision if date else None,
        location=None,
        sources=[],
        evidence=[],
    )


def _gold_round(
    article: str,
    track: str,
    number: int | None,
    date: str | None,
    precision: str | None = "day",
    end: str | None = None,
) -> GoldRound:
    return GoldRound(
        article=article,
        sentence="Talks.",
        track=track,
        format="Russia–Ukraine",
        number=number,
        date=date,
        end_date=end,
        precision=precision,
        venue=None,
        heads=[],
    )


def test_gold_rounds_are_grouped_into_distinct_rounds() -> None:
    gold = [
        _gold_round("a", "Istanbul 2025", None, "2025-05", "month"),  # vague: joins round 1
        _gold_round("b", "Istanbul 2025", 1, "2025-05-16"),
        _gold_round("c", "Istanbul 2025", 1, "2025-05-16"),
        _gold_round("b", "Istanbul 2025", 2, "2025-06-02"),
        _gold_round("d", "Istanbul 2025", None, None, None),  # undated: any round of its track
        _gold_round("e", "Istanbul 2022", None, "2022-03-29"),
        _gold_round("a", "Istanbul 2025", None, "2025-05", "month"),  # another of article a's: not the same
    ]
    groups = distinct(gold, same_round)
    assert [(g[0].track, g[0].number, len(g)) for g in groups] == [
        ("Istanbul 2025", 1, 4),
        ("Istanbul 2025", 2, 1),
        ("Istanbul 2022", None, 1),
        ("Istanbul 2025", None, 1),
    ]


def test_a_round_is_right_when_exactly_one_row_has_its_track_number_and_dates() -> None:
    gold = [
        _gold_round("a", "Abu Dhabi 2026", 1, "2026-01-23", end="2026-01-24"),
        _gold_round("a", "Istanbul 2025", 2, "2025-06-02"),
        _gold_round("a", "Geneva 2026", None, "2026-02", "month"),
        _gold_round("a", "Istanbul 2022", None, "2022-03-29"),
    ]
    rows = [
        _round("Abu Dhabi", 1, "2026-01-23", "2026-01-24"),
        _round("Istanbul 2024", 2, "2025-06-02"),  # another year: another track
        _round("Geneva", None, "2026-02-17", "2026-02-18"),
        _round("Istanbul", None, "2022-03-29"),
        _round("Istanbul", None, "2022-03-29"),  # twice: not one row
    ]
    checks = check_rounds(rows, gold)
    assert {(c.track, c.right, len(c.rows)) for c in checks} == {
        ("Abu Dhabi 2026", True, 1),
        ("Istanbul 2025", False, 0),
        ("Geneva 2026", True, 1),
        ("Istanbul 2022", False, 2),
    }
    assert not check_rounds([_round("Abu Dhabi", 1, "2026-01-23")], gold[:1])[0].right  # the end day too
    assert in_series(_round("Istanbul 2025", 2, None), "Istanbul 2025")
    assert in_series(_round("Anchorage 2025", None, None), "Alaska 2025")  # the gazetteer's name


def test_distinct_gold_exchanges_join_on_their_day_or_when_figures_agree() -> None:
    gold = [
        _gold_exchange(),
        _gold_exchange(article="b", to_ukraine=90),  # the same day: the same swap, counted otherwise
        _gold_exchange(article="c", date="2024-10", precision="month", to_ukraine=None, to_russia=None),
        _gold_exchange(article="d", date="2024", precision="year", to_ukraine=130),  # other figures
        _gold_exchange(article="d", kind="bodies"),
    ]
    assert len(distinct(gold, same_exchange, other_figures)) == 3


def test_a_broken_gold_file_is_one_error_naming_the_entry_and_field(tmp_path: Path) -> None:
    path = tmp_path / "rounds.yaml"
    path.write_text("- article: a\n  sentence: Talks.\n  track: Istanbul 2025\n  date: 2025-06-02\n")
    with pytest.raises(ParleyError, match=r"rounds.yaml: entry 1, field 'format': Field required"):
        load_rounds(path)
    path.write_text("article: a\n")
    with pytest.raises(ParleyError, match="gold rounds must be a YAML list"):
        load_rounds(path)


def test_a_gold_track_is_its_place_year_and_the_format_an_annotator_named() -> None:
    embassy = [
        _gold_round("a", "Istanbul 2025 US–Russia embassy talks", 1, "2025-02-27").model_copy(
            update={"format": "US–Russia"}
        ),
        _gold_round("b", "Istanbul 2025 (US–Russia)", None, "2025-02-27").model_copy(
            update={"format": "US–Russia"}
        ),
    ]
    assert len(distinct(embassy, same_round)) == 1
    talks = _round("Istanbul 2025", 1, "2025-02-27")
    assert not check_rounds([talks], embassy)[0].right  # the row's track is the two sides' talks
    assert check_rounds([talks.model_copy(update={"format": "US–Russia"})], embassy)[0].right


def test_the_us_meeting_one_side_is_not_the_trilateral_round_expected_that_week() -> None:
    fourth = _gold_round("a", "Geneva 2026", 4, "2026-02-23", "week").model_copy(
        update={"format": "US–Ukraine–Russia"}
    )
    bilateral = _gold_round("b", "Geneva 2026", None, "2026-02-26").model_copy(
        update={"format": "US–Ukraine"}
    )
    told_by_two = _gold_round("c", "Geneva 2026", None, "2026-02-26")  # the trilateral told as the two sides'
    assert len(distinct([fourth, bilateral], same_round, other_table)) == 2
    assert len(distinct([fourth, told_by_two], same_round, other_table)) == 1


def test_a_round_s_days_are_those_most_of_its_entries_give() -> None:
    def geneva(article: str, date: str, end: str | None = None) -> GoldRound:
        return _gold_round(article, "Geneva 2026", None, date, end=end)

    two_days = _round("Geneva", None, "2026-02-17", "2026-02-18")
    # Each reading once: the longest.
    readings = [geneva("a", "2026-02-17"), geneva("b", "2026-02-17", "2026-02-18"), geneva("c", "2026-02-18")]
    (check,) = check_rounds([two_days], readings)
    assert check.right and (check.date, check.end_date) == ("2026-02-17", "2026-02-18")
    # One annotator's reading of one day does not narrow what most give.
    (check,) = check_rounds(
        [two_days], [*readings[1:2], geneva("d", "2026-02-17", "2026-02-18"), geneva("e", "2026-02-17")]
    )
    assert check.right


def test_a_day_announced_before_the_round_gives_way_to_the_reports_of_it() -> None:
    def istanbul(article: str, date: str) -> GoldRound:
        return _gold_round(article, "Istanbul 2025", 1, date)

    gold = [
        istanbul("newspravda-2025-05-13-ready-to-meet-thursday", "2025-05-15"),
        istanbul("tass-2025-05-14-delegation-named", "2025-05-15"),
        istanbul("reuters-2025-05-16-talks-end", "2025-05-16"),
        istanbul("ap-2025-05-17-swap-agreed", "2025-05-16"),
    ]
    (check,) = check_rounds([_round("Istanbul", 1, "2025-05-16")], gold)
    assert check.right and check.date == "2025-05-16"


def test_a_round_s_number_is_the_one_its_entries_give_when_one_in_ten_gives_it() -> None:
    # One annotator's "round 4" among eleven reports of Istanbul's 29 March 2022 is no number they
    # agree on; two of eleven give the number most of those numbering it give.
    def istanbul(article: str, number: int | None) -> GoldRound:
        return _gold_round(article, "Istanbul 2022", number, "2022-03-29")

    unnumbered = [istanbul(f"u{n}", None) for n in range(10)]
    (check,) = check_rounds([_round("Istanbul", None, "2022-03-29")], [istanbul("a", 4), *unnumbered])
    assert check.number is None and check.right
    (check,) = check_rounds(
        [_round("Istanbul", 2, "2022-03-29")], [istanbul("a", 2), istanbul("b", 2), *unnumbered[1:]]
    )
    assert check.number == 2 and check.right
