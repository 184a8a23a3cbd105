"""Adding an article to the corpus: a saved web page becomes a `.md` article with front matter
(the page itself kept as received beside it), a text article is validated and copied as is."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from parley.articles.load import FrontMatter, load_article
from parley.config import ARTICLE_SUFFIXES, ARTICLES_DIR, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES, PAGES_SUBDIR
from parley.errors import ParleyError
from parley.inputs import error_text, read_limited, regular_file

PAGE_SUFFIXES = (".html", ".htm")
_SLUG_MAX = 60


@dataclass(frozen=True)
class Added:
    """What `add_article` wrote: the article, and the page it came from when there was one."""

    article: Path
    page: Path | None = None


def slugify(text: str) -> str:
    """A file-name-safe ASCII slug: 'Prisoner swap, Istanbul' -> 'prisoner-swap-istanbul'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > _SLUG_MAX:
        slug = slug[:_SLUG_MAX].rsplit("-", 1)[0]  # cut at a word boundary
    return slug


def _refuse_existing(folder: Path, stem: str, page: Path | None = None) -> None:
    # Article ids are file stems and must be unique, so 'x.txt' blocks 'x.md' too.
    for suffix in ARTICLE_SUFFIXES:
        if (folder / f"{stem}{suffix}").exists():
            raise ParleyError(
                f"{folder / (stem + suffix)}: an article with this name already exists; not overwritten"
            )
    if page is not None and page.exists():
        raise ParleyError(f"{page}: a saved page with this name already exists; not overwritten")


def _page_language(html: str) -> str | None:
    # trafilatura only detects language with an optional package; the page's own lang="en-GB" is
    # what its publisher declared, so read that (primary subtag only, as FrontMatter expects "en").
    match = re.search(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", html, re.I)
    return match.group(1).lower() if match else None


@dataclass(frozen=True)
class Page:
    """A web page as received: from a saved file, or downloaded by `parley fetch`."""

    raw: bytes  # kept byte for byte beside the article
    source: str  # the file or URL, for messages
    suffix: str = ".html"
    encoding: str | None = None  # the charset the server declared, if any
    url: str | None = None  # where it was downloaded from, if the page names no address of its own
    hints: FrontMatter = field(default_factory=FrontMatter)  # what a feed said, where the page says nothing


def _decoded(page: Page) -> str | bytes:
    # A declared charset wins; without one trafilatura detects it (meta tags, then the bytes).
    if page.encoding:
        try:
            return page.raw.decode(page.encoding, errors="replace")
        except LookupError:
            pass  # an unknown charset name: let trafilatura detect it
    return page.raw


def page_to_article(page: Page) -> tuple[FrontMatter, str]:
    """Extract the front matter and body text of a web page with trafilatura."""
    import trafilatura  # slow to import; only adding pages needs it

    content = _decoded(page)
    html = content if isinstance(content, str) else content.decode("utf-8", errors="replace")
    doc = trafilatura.bare_extraction(
        content,
        url=page.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # The first publication date, not the last modification: dates in the text resolve against it.
        date_extraction_params={"original_date": True},
    )
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise ParleyError(f"{page.source}: no article text found in this page")
    title = (doc.title or "").strip() or page.hints.title
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the headline is already in the front matter
    if not lines:
        raise ParleyError(f"{page.source}: the page has a headline but no article text")
    try:
        meta = FrontMatter(
            title=title,
            published=doc.date or page.hints.published,
            outlet=doc.sitename or page.hints.outlet or doc.hostname or None,
            url=doc.url or page.url,
            language=_page_language(html) or page.hints.language,
        )
    except ValidationError as err:
        first = err.errors()[0]
        raise ParleyError(f"{page.source}: the page's {first['loc'][0]}: {error_text(first)}") from None
    return meta, "\n\n".join(lines) + "\n"


def _front_matter_text(meta: FrontMatter) -> str:
    fields = {k: v for k, v in meta.model_dump().items() if v is not None}
    return "---\n" + yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=1000) + "---\n"


def add_article(source: str | Path, folder: str | Path | None = None) -> Added:
    """Add one article to `folder` (default data/articles); never overwrite. Returns what was written."""
    source = Path(source)
    folder = Path(folder) if folder is not None else ARTICLES_DIR
    regular_file(source, "an article or saved page")
    if not folder.is_dir():
        raise ParleyError(f"{folder}: no such folder")
    suffix = source.suffix.lower()

    if suffix in ARTICLE_SUFFIXES:
        load_article(source)  # raises, naming the file, if the loader could not use it
        # The loader reads lower-case suffixes only: X.MD is added as X.md, so it is read.
        target = folder / f"{source.stem}{suffix}"
        _refuse_existing(folder, source.stem)
        target.write_bytes(read_limited(source, "article", MAX_ARTICLE_BYTES))  # as received
        return Added(target)

    if suffix not in PAGE_SUFFIXES:
        accepted = ", ".join(PAGE_SUFFIXES + ARTICLE_SUFFIXES)
        raise ParleyError(f"{source}: cannot add a '{suffix or 'suffix-less'}' file ({accepted})")
    page = Page(read_limited(source, "saved page", MAX_PAGE_BYTES), str(source), suffix)
    return save_page_article(page, *page_to_article(page), folder)


def _free_name(folder: Path, name: str, page_suffix: str) -> str:
    # A downloaded story is a new one (its URL and text are new), so a name already taken by
    # another story of the same day and title gets a number rather than being lost.
    def taken(stem: str) -> bool:
        paths = [folder / f"{stem}{s}" for s in ARTICLE_SUFFIXES] + [
            folder / PAGES_SUBDIR / f"{stem}{page_suffix}"
        ]
        return any(p.exists() for p in paths)

    number, candidate = 1, name
    while taken(candidate):
        number += 1
        candidate = f"{name}-{number}"
    return candidate


def save_page_article(
    page: Page, meta: FrontMatter, body: str, folder: Path, renumber: bool = False
) -> Added:
    """Write the article extracted from `page` into `folder` and keep the page in pages/. An
    existing name is refused, or with `renumber` (downloads) given the next free number."""
    name = slugify(meta.title or "") or slugify(Path(page.source).stem) or "article"
    if meta.published:
        name = f"{meta.published.isoformat()}-{name}"
    if renumber:
        name = _free_name(folder, name, page.suffix)
    pages = folder / PAGES_SUBDIR
    saved = pages / f"{name}{page.suffix}"
    _refuse_existing(folder, name, saved)
    target = folder / f"{name}.md"
    target.write_text(_front_matter_text(meta) + body, encoding="utf-8")
    try:
        load_article(target)  # what we write must load; don't leave a broken article behind
    except ParleyError:
        target.unlink()
        raise
    pages.mkdir(exist_ok=True)
    saved.write_bytes(page.raw)
    return Added(target, saved)
