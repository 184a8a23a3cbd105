"""Shared fixtures: the seed article, a clean corpus folder, a fixed as-of date."""

import datetime as dt
import shutil
from pathlib import Path

import pytest

from parley.config import ARTICLES_DIR

SEED = ARTICLES_DIR / "seed-article.txt"
AS_OF = dt.date(2026, 11, 25)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder holding a copy of the seed article; tests add their own articles beside it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def staging(out: Path, name: str = "report") -> list[Path]:
    """The version folders of report `name` that are not its published one: being written, or
    left behind."""
    current = out / f".{name}.current"
    live = current.resolve() if current.is_symlink() else None
    return [p for p in out.glob(f".parley-{name}.*") if p.resolve() != live]
