"""`parley add`: a saved web page becomes an article with front matter, the page kept beside it;
a text article is validated and copied as received; nothing is ever overwritten. No network."""

import datetime as dt
from pathlib import Path

import pytest
from conftest import AS_OF, SEED, write
from test_cli import run

from parley.articles.ingest import add_article, slugify
from parley.articles.load import load_corpus
from parley.config import PAGES_SUBDIR
from parley.errors import ParleyError
from parley.mentions.extract import extract_article

PAGE = Path(__file__).parent / "fixtures" / "saved-page.html"
NAME = "2025-06-03-prisoner-swap-follows-istanbul-talks"


def test_a_saved_page_becomes_an_article_with_front_matter(corpus: Path) -> None:
    added = add_article(PAGE, corpus)
    assert added.article == corpus / f"{NAME}.md"
    assert added.page == corpus / PAGES_SUBDIR / f"{NAME}.html"
    assert added.page.read_bytes() == PAGE.read_bytes()  # kept as received

    text = added.article.read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Prisoner swap follows Istanbul talks\npublished: 2025-06-03\n")
    articles = {a.id: a for a in load_corpus([corpus])}
    assert set(articles) == {SEED.stem, NAME}  # the page in pages/ is not an article
    article = articles[NAME]
    assert article.title == "Prisoner swap follows Istanbul talks"
    assert article.published == dt.date(2025, 6, 3)
    assert article.outlet == "Example Wire"
    assert article.url == "https://wire.example.org/world/prisoner-swap-istanbul"
    assert article.language == "en"
    # The text, not the page's navigation, footer or byline; entities decoded; one paragraph a line.
    assert article.body.startswith("Russia and Ukraine exchanged prisoners of war on Sunday")
    assert "wounded & of young soldiers" in article.body
    for chrome in ("Subscribe", "Most read", "All rights reserved", "staff writer"):
        assert chrome not in article.body
    assert article.body.count("\n\n") == 2
    events = extract_article(article, AS_OF)[0]
    assert {e.type for e in events} >= {"prisoner_exchange", "negotiation_round"}


def test_a_text_article_is_validated_and_copied_as_received(corpus: Path, tmp_path: Path) -> None:
    source = write(
        tmp_path, "wire-note.txt", "Talks resume\r\n\r\nTalks resumed in Istanbul on 2 June 2025.\r\n"
    )
    added = add_article(source, corpus)
    assert added == type(added)(corpus / "wire-note.txt")
    assert added.article.read_bytes() == source.read_bytes()

    broken = write(tmp_path, "broken.md", "---\ntitel: typo\n---\nText.\n")
    with pytest.raises(ParleyError, match=r"broken\.md: front matter field 'titel'"):
        add_article(broken, corpus)
    assert not (corpus / "broken.md").exists()


def test_nothing_is_overwritten(corpus: Path, tmp_path: Path) -> None:
    add_article(PAGE, corpus)
    before = (corpus / f"{NAME}.md").read_bytes()
    with pytest.raises(ParleyError, match=rf"{NAME}\.md: an article with this name already exists"):
        add_article(PAGE, corpus)
    assert (corpus / f"{NAME}.md").read_bytes() == before
    # Article ids are file stems: a .md of the same name as a .txt would clash in the corpus too.
    clash = write(tmp_path, f"{SEED.stem}.md", "Another text.\n\nWith a body.\n")
    with pytest.raises(ParleyError, match=r"seed-article\.txt: an article with this name already exists"):
        add_article(clash, corpus)


def test_pages_without_text_and_other_files_are_refused(corpus: Path, tmp_path: Path) -> None:
    empty = write(tmp_path, "empty.html", "<html><head><title>Nothing</title></head><body></body></html>")
    with pytest.raises(ParleyError, match=r"empty\.html: no article text"):
        add_article(empty, corpus)
    other = write(tmp_path, "notes.docx", "x")
    with pytest.raises(ParleyError, match=r"notes\.docx: cannot add a '\.docx' file"):
        add_article(other, corpus)
    assert sorted(p.name for p in corpus.iterdir()) == [SEED.name]


def test_slugify() -> None:
    assert slugify("Prisoner swap, Istanbul — “talks” résumé") == "prisoner-swap-istanbul-talks-resume"
    assert len(slugify("word " * 40)) <= 60


def test_cli_add_prints_the_paths_and_refuses_overwrites(corpus: Path) -> None:
    result = run("add", str(PAGE), "--to", str(corpus))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [str(corpus / f"{NAME}.md"), str(corpus / PAGES_SUBDIR / f"{NAME}.html")]
    again = run("add", str(PAGE), "--to", str(corpus))
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and f"{NAME}.md" in again.stderr
