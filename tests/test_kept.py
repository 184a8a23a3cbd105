"""What the rounds and exchanges read out of the articles' sentences, kept in the mentions store
between renders (memo.py), gives the collection computed from scratch; and the index that places
rounds by their days finds what a scan of every round finds."""

import datetime as dt
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import AS_OF

from parley import memo
from parley.events.corpus import Collection, collect
from parley.events.overlaps import Overlaps
from parley.mentions import store
from parley.report.params import Parameters

REAL10 = Path(__file__).parent / "fixtures" / "real10"
SPANS = "parley.mentions.extract.sentence_spans"
VENUES = "parley.events.rounds.venue_of"


@pytest.fixture
def real(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "real"
    shutil.copytree(REAL10, folder, ignore=shutil.ignore_patterns(".*"))  # no store: the test makes its own
    monkeypatch.setattr("threading.active_count", lambda: 1)  # pytest's threads aside: the rounds fork
    memo.forget()
    return folder


def _fresh(folder: Path) -> Collection:
    """As a new render computes it: nothing remembered but what the store keeps."""
    memo.forget()
    return collect(Parameters.model_validate({"articles": str(folder), "as_of": AS_OF, "corrections": None}))


def _from_scratch(folder: Path) -> Collection:
    (folder / store.STORE_NAME).unlink()
    return _fresh(folder)


def _read(monkeypatch: pytest.MonkeyPatch, name: str) -> list[str]:
    """The texts a kept function reads from now on, rather than takes from what is kept."""
    calls: list[str] = []
    function = memo.KEPT[name].function
    monkeypatch.setattr(memo.KEPT[name], "function", lambda *args: calls.append(args[0]) or function(*args))
    return calls


def test_with_one_article_added_only_its_sentences_are_read_and_the_collection_is_the_same(
    real: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = sorted(real.iterdir())[-1]
    text = added.read_text(encoding="utf-8")
    added.unlink()
    _fresh(real)  # the store keeps what the other nine's sentences gave
    assert VENUES in store.read_kept(real)  # read in the forked process, and kept
    added.write_text(text, encoding="utf-8")
    split = _read(monkeypatch, SPANS)
    incremental = _fresh(real)
    assert [body for body in split if body in text] == split and split  # the added article alone
    monkeypatch.undo()
    assert incremental == _from_scratch(real)


def test_kept_results_of_other_code_are_not_taken(real: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _fresh(real)
    assert store.read_kept(real)
    monkeypatch.setattr(memo, "version", lambda: "other code")
    assert store.read_kept(real) == {}
    assert _fresh(real) == first
    with sqlite3.connect(real / store.STORE_NAME) as db:  # kept again, for the code of now
        assert db.execute("SELECT value FROM meta WHERE key = 'kept'").fetchone() == ("other code",)


def test_a_kept_result_that_does_not_validate_is_read_again(
    real: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _fresh(real)
    with sqlite3.connect(real / store.STORE_NAME) as db:
        db.execute("UPDATE kept SET result = '\"no spans\"' WHERE function = ?", (SPANS,))
    split = _read(monkeypatch, SPANS)
    assert _fresh(real) == first
    assert len(split) > 1


def test_the_version_changes_with_any_rule_file() -> None:
    sources = {p.relative_to(Path(memo.__file__).parent).as_posix() for p in memo.sources()}
    for rules in ("mentions/dates.py", "mentions/classify.py", "events/exchanges.py", "events/rounds.py"):
        assert rules in sources
    assert "knowledge/venues.yaml" in sources


def test_a_kept_list_is_handed_out_as_a_copy() -> None:
    memo.forget()
    listed = memo.KEPT["parley.mentions.extract.topics"]
    sentence = "Among the key topics addressed were prisoners, as well as bodies."
    first = listed(sentence)
    first.append("changed by its caller")
    assert listed(sentence) == ["prisoners", "bodies"]


def test_days_found_by_bisection_are_those_a_scan_finds() -> None:
    rng = random.Random(15)
    base = dt.date(2025, 1, 1)

    def days(item: tuple[int, int] | None) -> tuple[dt.date, dt.date] | None:
        return None if item is None else (base + dt.timedelta(item[0]), base + dt.timedelta(item[1]))

    def item() -> tuple[int, int] | None:
        first = rng.randrange(400)
        return None if rng.random() < 0.1 else (first, first + rng.choice([0, 0, 1, 6, 30, 364, -2]))

    items = [item() for _ in range(200)]
    index = Overlaps(days, items)
    for _ in range(300):
        if rng.random() < 0.3:  # the list changes as rounds are merged and added
            position = rng.randrange(len(items) + 1)
            new = item()
            if position < len(items):
                items[position] = new
            else:
                items.append(new)
            index.put(position, new)
        first = base + dt.timedelta(rng.randrange(-10, 420))
        last = first + dt.timedelta(rng.choice([0, 3, 31]))
        scanned = [
            i for i, x in enumerate(items) if (s := days(x)) is not None and s[0] <= last and first <= s[1]
        ]
        assert index.covering(first, last) == scanned
