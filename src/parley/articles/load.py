"""Loading articles: text files with optional YAML front matter, validated where they enter."""

from __future__ import annotations

import datetime as dt
import glob
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from parley.config import ARTICLE_SUFFIXES, MAX_ARTICLE_BYTES, MAX_FIELD_CHARS
from parley.errors import ParleyError
from parley.inputs import IsoDate, error_text, load_yaml, read_limited, regular_file, safe_url, yaml_problem

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)


Value = Annotated[str, Field(max_length=MAX_FIELD_CHARS)]


class FrontMatter(BaseModel):
    """The metadata an article may carry; unknown keys are errors, so typos don't pass silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: Value | None = None
    published: IsoDate = None
    outlet: Value | None = None
    url: Value | None = None  # any text; only an http(s) URL becomes a link (Article.link)
    language: Value = "en"


@dataclass(frozen=True)
class Article:
    """One article as received. `body` is the text after front matter and title line(s);
    event offsets index into it."""

    id: str
    path: Path
    title: str
    body: str
    published: dt.date | None
    outlet: str | None
    url: str | None
    language: str

    @property
    def link(self) -> str | None:
        """The URL when a reader may follow it; any other URL is shown only as text."""
        return safe_url(self.url)


def _decode(path: Path, raw: bytes) -> str:
    if b"\x00" in raw:
        raise ParleyError(f"{path}: looks like a binary file, not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ParleyError(
            f"{path}: not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start})"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _front_matter(path: Path, text: str) -> tuple[FrontMatter, str]:
    if not text.startswith("---"):
        return FrontMatter(), text
    match = _FRONT_MATTER.match(text)
    if not match:
        raise ParleyError(f"{path}: front matter opened with '---' is never closed")
    try:
        data = load_yaml(match.group(1))
    except yaml.YAMLError as err:
        where, problem = yaml_problem(err, first_line=2)  # after the opening '---'
        raise ParleyError(f"{path}:{where} broken YAML front matter: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParleyError(f"{path}: front matter must be 'key: value' lines")
    try:
        meta = FrontMatter.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "front matter"
        raise ParleyError(f"{path}: front matter field '{field}': {error_text(first)}") from None
    return meta, text[match.end() :]


def load_article(path: str | Path) -> Article:
    """Read one article; raise ParleyError naming the file if it cannot be used."""
    path = Path(path)
    meta, text = _front_matter(path, _decode(path, read_limited(path, "article", MAX_ARTICLE_BYTES)))

    lines = text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        raise ParleyError(f"{path}: article is empty")
    title = meta.title or lines[nonblank[0]].strip().lstrip("#").strip()
    if len(title) > MAX_FIELD_CHARS:
        raise ParleyError(f"{path}: first line, the title, is longer than {MAX_FIELD_CHARS:,} characters")
    # Syndicated copies often repeat the headline; drop leading lines that equal the title.
    skip = 0
    while skip < len(nonblank) and lines[nonblank[skip]].strip().lstrip("#").strip() == title:
        skip += 1
    if skip == len(nonblank):
        raise ParleyError(f"{path}: article has a title but no text")
    body = "\n".join(lines[nonblank[skip] :]).rstrip()
    return Article(
        id=path.stem,
        path=path,
        title=title,
        body=body,
        published=meta.published,
        outlet=meta.outlet,
        url=meta.url,
        language=meta.language,
    )


def article_paths(sources: Iterable[str | Path]) -> list[Path]:
    """Expand files, folders and glob patterns into article files, in a stable order. Whatever
    is named or matched must be a regular file (or a link to one): a folder, a named pipe, a
    broken link or a link loop is refused, naming it, never skipped in silence."""
    found: dict[Path, None] = {}  # ordered, and a set: a file named twice is read once
    for source in sources:
        text = str(source)
        if any(ch in text for ch in "*?["):
            files = [
                Path(p) for p in sorted(glob.glob(text, recursive=True)) if Path(p).suffix in ARTICLE_SUFFIXES
            ]
            if not files:
                raise ParleyError(f"{text}: no article files match this pattern")
        else:
            path = Path(source)
            files = _folder_articles(path) if path.is_dir() else [path]
        for file in files:
            regular_file(file, "an article")
        found.update(dict.fromkeys(files))
    return list(found)


def _folder_articles(folder: Path) -> list[Path]:
    # Hidden names are editors' lock and swap files (Emacs's .#x.md is a dangling link).
    try:
        names = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as err:
        raise ParleyError(f"{folder}: cannot read folder ({err.strerror})") from None
    files = [p for p in names if p.suffix in ARTICLE_SUFFIXES]
    for p in names:
        if p.suffix not in ARTICLE_SUFFIXES and p.suffix.lower() in ARTICLE_SUFFIXES:
            raise ParleyError(
                f"{p}: articles end in {' or '.join(ARTICLE_SUFFIXES)} (lower case); rename it"
                f" to {p.stem}{p.suffix.lower()} to include it"
            )
    if not files:
        raise ParleyError(f"{folder}: folder holds no articles ({', '.join(ARTICLE_SUFFIXES)})")
    return files


def load_corpus(sources: Iterable[str | Path]) -> list[Article]:
    """Load every article the sources name; article ids (file stems) must be unique."""
    articles = [load_article(p) for p in article_paths(sources)]
    seen: dict[str, Path] = {}
    for article in articles:
        if article.id in seen:
            raise ParleyError(
                f"{article.path}: same name as {seen[article.id]}; article file stems must be unique"
            )
        seen[article.id] = article.path
    return articles
