"""Loading articles: text files with optional YAML front matter, validated where they enter."""

from __future__ import annotations

import datetime as dt
import glob
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .config import ARTICLE_SUFFIXES
from .errors import ParleyError

# libyaml's parser when PyYAML was built with it: several times faster over a large corpus.
_FAST_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S | re.M)


class FrontMatter(BaseModel):
    """The metadata an article may carry; unknown keys are errors, so typos don't pass silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    language: str = "en"


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
        data = _load_yaml(match.group(1))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 2}" if mark else ""  # +2: 0-based, after the opening '---'
        problem = getattr(err, "problem", None) or str(err)
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
        raise ParleyError(f"{path}: front matter field '{field}': {first['msg']}") from None
    return meta, text[match.end() :]


def _load_yaml(text: str) -> object:
    try:
        return yaml.load(text, Loader=_FAST_YAML)  # a safe loader: plain data only
    except yaml.YAMLError:
        return yaml.safe_load(text)  # fails again, in the words of PyYAML's own parser


def load_article(path: str | Path) -> Article:
    """Read one article; raise ParleyError naming the file if it cannot be used."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise ParleyError(f"{path}: cannot read article ({err.strerror})") from None
    meta, text = _front_matter(path, _decode(path, raw))

    lines = text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        raise ParleyError(f"{path}: article is empty")
    title = meta.title or lines[nonblank[0]].strip().lstrip("#").strip()
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
    """Expand files, folders and glob patterns into article files, in a stable order."""
    found: dict[Path, None] = {}  # ordered, and a set: a file named twice is read once
    for source in sources:
        text = str(source)
        if any(ch in text for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            files = [p for p in matches if p.is_file() and p.suffix in ARTICLE_SUFFIXES]
            if not files:
                raise ParleyError(f"{text}: no article files match this pattern")
        else:
            path = Path(source)
            if path.is_dir():
                try:
                    files = sorted(p for p in path.iterdir() if p.suffix in ARTICLE_SUFFIXES)
                except OSError as err:
                    raise ParleyError(f"{path}: cannot read folder ({err.strerror})") from None
                if not files:
                    suffixes = ", ".join(ARTICLE_SUFFIXES)
                    raise ParleyError(f"{path}: folder holds no articles ({suffixes})")
            elif path.is_file():
                files = [path]
            else:
                raise ParleyError(f"{path}: no such file or folder")
        found.update(dict.fromkeys(files))
    return list(found)


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
