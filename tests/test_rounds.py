from pathlib import Path

from conftest import AS_OF, SEED, write

from parley.articles import load_article, load_corpus
from parley.extract import extract_article
from parley.rounds import Round, build_rounds


def rounds_of(paths: list[Path]) -> list[Round]:
    articles = load_corpus(paths)
    events = [e for a in articles for e in extract_article(a, AS_OF)[0]]
    return build_rounds(events, articles)


def test_seed_rounds() -> None:
    _, second = rounds_of([SEED])
    assert (second.series, second.round, second.date, second.round_inferred) == (
        "Istanbul",
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
    assert (first.series, first.round, first.round_inferred) == ("Istanbul", 1, True)
    assert first.date is None and first.location is None
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
        ("Geneva", 1),
        ("Geneva", 2),
        ("Istanbul", 1),
        ("Istanbul", 2),
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
    assert [(r.series, r.round, r.round_inferred, r.date) for r in rows] == [
        ("Abu Dhabi", 1, False, "2026-01-23"),
        ("Abu Dhabi", 2, False, "2026-02-05"),
        ("Istanbul", 1, True, None),
        ("Istanbul", 2, False, "2025-06-02"),
        ("Istanbul", 3, True, "2025-06-05"),  # "a new round", numbered from its order, and says so
        ("venue not stated", 1, False, "2025-05-16"),
    ]
    assert "date order" in (rows[4].note or "")
