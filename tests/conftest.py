"""Shared fixtures: the seed article, a clean corpus folder, a fixed as-of date.

The tests never read the user's data/: before parley is imported, PARLEY_DATA points at a
temporary data folder holding the fixture copy of the seed article, for every process the tests
start (renders, kernels, JupyterLab) too."""

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_DATA = Path(tempfile.mkdtemp(prefix="parley-test-data-"))
(_DATA / "articles").mkdir()
shutil.copy(FIXTURES / "seed-article.txt", _DATA / "articles")
os.environ["PARLEY_DATA"] = str(_DATA)

from parley.config import ARTICLES_DIR  # noqa: E402 - after PARLEY_DATA is set

SEED = ARTICLES_DIR / "seed-article.txt"


def pytest_sessionfinish(session: pytest.Session) -> None:
    shutil.rmtree(_DATA, ignore_errors=True)


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
