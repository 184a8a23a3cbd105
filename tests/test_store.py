"""The mentions store: an unchanged article is never extracted twice; a missing, old or damaged
store is rebuilt, never trusted."""

import sqlite3
from pathlib import Path

import pytest
from conftest import AS_OF, write

from parley.articles.load import article_paths, load_corpus
from parley.events.corpus import read_mentions
from parley.mentions import store
from parley.mentions.corrections import load_corrections

SECOND = "---\ntitle: Second\npublished: 2025-06-03\n---\nThe second round of talks took place in Istanbul on June 2.\n"


def _read(folder: Path) -> list[str]:
    found = read_mentions([folder], AS_OF, load_corrections(None))
    return [f"{m.article} {m.date} {m.sentence}" for m in found.mentions]


def _extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles extracted from now on."""
    calls: list[str] = []
    real = store.extract_article

    def counting(article, as_of):  # type: ignore[no-untyped-def]
        calls.append(article.id)
        return real(article, as_of)

    monkeypatch.setattr(store, "extract_article", counting)
    return calls


def test_an_unchanged_article_is_read_from_the_store(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(corpus, "second.md", SECOND)
    first = _read(corpus)
    assert (corpus / store.STORE_NAME).exists()
    calls = _extracted(monkeypatch)
    assert _read(corpus) == first
    assert calls == []
    write(corpus, "second.md", SECOND.replace("June 2", "June 1"))
    changed = _read(corpus)
    assert calls == ["second"]  # only the changed article
    assert any("June 1" in m for m in changed) and changed != first


def test_the_store_is_never_read_as_an_article(corpus: Path) -> None:
    _read(corpus)
    assert [p.name for p in article_paths([corpus])] == ["seed-article.txt"]
    assert [p.name for p in article_paths([f"{corpus}/*"])] == ["seed-article.txt"]


def test_an_older_store_is_rebuilt_silently(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _read(corpus)
    with sqlite3.connect(corpus / store.STORE_NAME) as db:
        db.execute("UPDATE meta SET value = 'older' WHERE key = 'version'")
    calls = _extracted(monkeypatch)
    assert _read(corpus) == first
    assert calls == ["seed-article"]
    with sqlite3.connect(corpus / store.STORE_NAME) as db:
        assert db.execute("SELECT value FROM meta").fetchone() == (store.extractor_version(),)
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_a_damaged_store_is_moved_aside_and_rebuilt(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _read(corpus)
    path = corpus / store.STORE_NAME
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    calls = _extracted(monkeypatch)
    assert _read(corpus) == first
    assert calls == ["seed-article"]
    assert path.with_name(path.name + ".damaged").exists()
    calls.clear()
    assert _read(corpus) == first and calls == []  # the new store is sound


def test_a_row_that_does_not_validate_is_extracted_again(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _read(corpus)
    with sqlite3.connect(corpus / store.STORE_NAME) as db:
        db.execute("""UPDATE articles SET mentions = '[{"article": "seed-article", "date": 5}]'""")
    calls = _extracted(monkeypatch)
    assert _read(corpus) == first
    assert calls == ["seed-article"]


def test_an_undated_article_is_extracted_again_for_another_as_of(corpus: Path) -> None:
    [seed] = load_corpus([corpus])
    assert seed.published is None  # its year is inferred up to the as-of date
    key = store._key(seed, AS_OF)
    assert key[2] == AS_OF.isoformat()
    write(corpus, "second.md", SECOND)
    second = next(a for a in load_corpus([corpus]) if a.id == "second")
    assert store._key(second, AS_OF)[2] == ""


def test_analysts_read_one_row_per_mention(corpus: Path) -> None:
    mentions = _read(corpus)
    with sqlite3.connect(corpus / store.STORE_NAME) as db:
        rows = db.execute("SELECT article, date, sentence FROM mentions ORDER BY seq").fetchall()
    assert [f"{a} {d} {s}" for a, d, s in rows] == mentions


def test_an_unwritable_folder_is_extracted_every_time(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_connect", _refuse)
    first = _read(corpus)
    assert first and not (corpus / store.STORE_NAME).exists()


def _refuse(path: Path) -> sqlite3.Connection:
    raise PermissionError(13, "Permission denied")
