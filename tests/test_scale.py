"""What keeps a render of thousands of articles fast gives the results a plain computation gives."""

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import AS_OF

from parley.articles.load import load_corpus
from parley.events.corpus import collect, meanwhile, read_mentions
from parley.events.rounds import Round
from parley.mentions import store
from parley.mentions.classify import classify
from parley.mentions.corrections import load_corrections
from parley.mentions.extract import extract_article
from parley.report.exports import records_json
from parley.report.params import Parameters

REAL10 = Path(__file__).parent / "fixtures" / "real10"


@pytest.fixture
def real(tmp_path: Path) -> Path:
    folder = tmp_path / "real"
    shutil.copytree(REAL10, folder)
    return folder


def _params(folder: Path) -> Parameters:
    return Parameters.model_validate({"articles": str(folder), "as_of": AS_OF, "corrections": None})


def test_a_collection_with_the_store_warm_and_one_article_added_is_the_one_from_scratch(real: Path) -> None:
    added = sorted(real.iterdir())[-1]
    text = added.read_text(encoding="utf-8")
    added.unlink()
    collect(_params(real))  # the store holds the other nine
    added.write_text(text, encoding="utf-8")
    incremental = collect(_params(real))
    (real / store.STORE_NAME).unlink()
    assert incremental == collect(_params(real))


def test_without_corrections_the_classes_come_from_the_store(
    real: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = load_corpus([real])
    expected = [classify(m, a) for a in articles for m in extract_article(a, AS_OF)[0]]
    assert read_mentions([real], AS_OF, load_corrections(None)).mentions == expected  # classed, stored
    calls: list[str] = []
    monkeypatch.setattr(store, "classify", lambda m, a: calls.append(a.id))
    monkeypatch.setattr("parley.events.corpus.classify_all", lambda *_: calls.append("all"))
    assert read_mentions([real], AS_OF, load_corrections(None)).mentions == expected
    assert calls == []


def test_a_row_changed_outside_the_store_is_extracted_again(real: Path) -> None:
    first = read_mentions([real], AS_OF, load_corrections(None)).mentions
    with sqlite3.connect(real / store.STORE_NAME) as db:
        classed = """replace(classed, '"klass":"event"', '"klass":"none"')"""
        changed = db.execute(f"UPDATE articles SET classed = {classed} WHERE classed != {classed}")
        assert changed.rowcount > 0
    assert read_mentions([real], AS_OF, load_corrections(None)).mentions == first


def _pid_and_sum() -> tuple[int, int]:
    return os.getpid(), sum(range(1000))


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: the work is done in this process")
def test_work_done_meanwhile_runs_in_a_forked_process_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("threading.active_count", lambda: 1)  # pytest's own threads aside
    with meanwhile(_pid_and_sum) as later:
        pid, total = later()
    assert pid != os.getpid() and total == 499500


def test_with_threads_or_one_core_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("threading.active_count", lambda: 2)
    with meanwhile(_pid_and_sum) as later:
        assert later() == (os.getpid(), 499500)
    monkeypatch.setattr("threading.active_count", lambda: 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0})
    with meanwhile(_pid_and_sum) as later:
        assert later()[0] == os.getpid()


def test_work_that_fails_apart_fails_here_and_a_failed_block_leaves_no_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("threading.active_count", lambda: 1)

    def broken() -> None:
        raise ValueError("no rounds")

    with meanwhile(broken) as later, pytest.raises(ValueError, match="no rounds"):
        later()
    forked: list[int] = []
    fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forked.append(fork()) or forked[-1])
    with pytest.raises(KeyError), meanwhile(_pid_and_sum):
        raise KeyError("the block failed")
    (pid,) = forked
    with pytest.raises(ChildProcessError):  # ended and waited for: no such child any more
        os.waitpid(pid, os.WNOHANG)


def test_the_json_data_files_are_what_json_dumps_writes() -> None:
    texts = [
        "Обмін «1 000 на 1 000» — 🇺🇦",
        'a "quote", a back\\slash',
        "tab\tand\x01control",
        "</script>",
        "",
    ]
    rounds = [
        Round(
            series="Istanbul 2025",
            round=n,
            date="2025-05-16",
            precision="day",
            location=None,
            sources=[text],
            evidence=[text, text],
            note=text or None,
            heads=[],
        )
        for n, text in enumerate(texts)
    ]
    rows = [r.model_dump(mode="json", by_alias=True) for r in rounds]
    assert records_json(rounds) == json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    assert records_json([]) == "[]\n"
