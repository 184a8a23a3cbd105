import datetime as dt
from pathlib import Path

import pytest
from conftest import SEED, write

from parley.articles.load import load_article, load_corpus
from parley.errors import ParleyError


def test_seed_article_is_kept_as_received() -> None:
    shared = Path(__file__).resolve().parents[2] / "shared" / "seed-article.txt"
    if shared.exists():
        assert SEED.read_bytes() == shared.read_bytes()


def test_without_front_matter_the_repeated_title_line_is_the_title_once() -> None:
    article = load_article(SEED)
    title = "Major Parity-Based Prisoner Exchange Confirmed, Drawing Global Attention"
    assert article.title == title
    assert title not in article.body
    assert article.body.startswith("The prisoner exchange that took place on Friday, June 20,")
    assert article.published is None and article.outlet is None and article.url is None
    assert article.id == "seed-article"


def test_front_matter_gives_metadata(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "talks.md",
        "---\ntitle: Talks resume\npublished: 2025-06-03\noutlet: Example Wire\n"
        "url: https://example.org/talks\n---\n\nThe second round of talks took place on Monday.\n",
    )
    article = load_article(path)
    assert article.title == "Talks resume"
    assert article.published == dt.date(2025, 6, 3)
    assert article.outlet == "Example Wire"
    assert article.url == "https://example.org/talks"
    assert article.body == "The second round of talks took place on Monday."


def test_front_matter_title_repeated_in_the_text_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path, "a.md", "---\ntitle: Headline\n---\n# Headline\n\nBody text here.\n")
    assert load_article(path).body == "Body text here."


def test_crlf_and_bom_are_normalised(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nFirst sentence.\r\nSecond.".encode())
    article = load_article(path)
    assert article.title == "Title" and article.body == "First sentence.\nSecond."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n\n", "empty.txt: article is empty"),
        ("title-only.txt", b"Just a title\n", "has a title but no text"),
        ("broken.md", b"---\ntitle: [unclosed\n---\nText.", "broken.md: line 3 broken YAML front matter"),
        ("unclosed.md", b"---\ntitle: x\nText.", "front matter opened with '---' is never closed"),
        ("typo.md", b"---\npublised: 2025-01-01\n---\nText.", "front matter field 'publised'"),
        ("baddate.md", b"---\npublished: someday\n---\nText.", "front matter field 'published'"),
        ("list.md", b"---\n- a\n---\nText.", "front matter must be 'key: value' lines"),
        ("latin1.txt", "Caf\u00e9 talks\n\nText.".encode("latin-1"), "not UTF-8 text (byte 0xe9"),
        ("binary.txt", b"\x89PNG\x00\x00", "looks like a binary file"),
    ],
)
def test_bad_articles_fail_with_one_line_naming_the_file(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ParleyError) as err:
        load_article(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_corpus_from_folder_file_and_glob(corpus: Path) -> None:
    write(corpus, "b.md", "B title\n\nText.")
    write(corpus, "notes.csv", "ignored")
    assert [a.id for a in load_corpus([corpus])] == ["b", "seed-article"]
    assert [a.id for a in load_corpus([str(corpus / "*.md")])] == ["b"]
    assert [a.id for a in load_corpus([corpus / "b.md", corpus])] == ["b", "seed-article"]


@pytest.mark.parametrize(
    ("source", "message"),
    [("missing", "missing: no such file or folder"), ("empty", "folder holds no articles")],
)
def test_missing_or_empty_folder(tmp_path: Path, source: str, message: str) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ParleyError, match=message):
        load_corpus([tmp_path / source])


def test_article_names_must_be_unique(tmp_path: Path) -> None:
    write(tmp_path, "x.md", "X\n\nText.")
    write(tmp_path, "x.txt", "X\n\nText.")
    with pytest.raises(ParleyError, match="same name as"):
        load_corpus([tmp_path])
