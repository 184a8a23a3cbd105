"""Every path and default in one place, resolved from the project root."""

import datetime as dt
import os
from pathlib import Path
from typing import Any

# The package lives in <root>/src/parley; PARLEY_ROOT points elsewhere (e.g. a non-editable install).
ROOT = Path(os.environ.get("PARLEY_ROOT", Path(__file__).resolve().parents[2]))

# The user's data; PARLEY_DATA points elsewhere (the tests point it at a copy of their fixtures,
# so they never read what a user put in data/).
DATA_DIR = Path(os.environ.get("PARLEY_DATA", ROOT / "data"))
ARTICLES_DIR = DATA_DIR / "articles"
# Analyst corrections live beside the articles, never in them (see corrections.py).
CORRECTIONS_FILE = DATA_DIR / "corrections.yaml"
# The feeds and article URLs `parley fetch` downloads from.
FEEDS_FILE = DATA_DIR / "feeds.yaml"
NOTEBOOKS_DIR = ROOT / "notebooks"
REPORT_NOTEBOOK = NOTEBOOKS_DIR / "report.ipynb"
REPORTS_DIR = ROOT / "reports"
TEMPLATE_DIR = Path(__file__).resolve().parent / "render" / "templates"
TEMPLATE_NAME = "parley"
# Domain knowledge kept as data: venues, people, outlets and mediators, holidays (`knowledge`).
KNOWLEDGE_DIR = Path(__file__).resolve().parent / "knowledge"

ARTICLE_SUFFIXES = (".md", ".txt")
# The data written beside a report named NAME: NAME.events.csv, NAME.events.json, ...
DATA_FILES = (
    "events.csv",
    "events.json",
    "mentions.csv",
    "mentions.json",
    "exchanges.csv",
    "exchanges.json",
    "rounds.csv",
    "rounds.json",
    "timeline.json",
)
# Saved web pages are kept beside the articles made from them, in a subfolder: articles are only
# read from directly inside the folder, so the pages never enter the corpus.
PAGES_SUBDIR = "pages"
DEFAULT_TITLE = "Russia–Ukraine prisoner exchanges and peace talks"
DEFAULT_FORMATS = ("html", "pdf")
DEFAULT_REPORT_NAME = "report"

# The project's own kernel (installed into .venv by `make install`), so a user-wide "python3"
# kernelspec pointing at another Python can't take its place.
KERNEL_NAME = "parley"
# Names, for the kernel, the file its render hands the collection over in (events/corpus.py).
HANDOFF_ENV = "PARLEY_COLLECTION"


def handoff_pending(handoff: Path) -> Path:
    """The mark that the collection is still being computed for `handoff`: while it exists and
    the file does not, the kernel waits for the file rather than computing its own."""
    return handoff.with_name(handoff.name + ".pending")


# The parts of the report a render's collecting process makes after handing the collection over,
# on the core the kernel leaves free as it runs the cells: each a file beside the collection's.
TIMELINE_PART = "timeline.pickle"


def part_of(handoff: Path, name: str) -> Path:
    return handoff.with_name(name)


CELL_TIMEOUT_S = 300

# Without a publication date, a year is inferred only within this window: the conflict's start
# (2014) up to the report's as-of date. Evidence in the text can narrow it (see dates.py).
EARLIEST_YEAR = 2014
# Day 1 of the full-scale invasion, from which digests count their days ("day 34 of the invasion").
INVASION_DAY_ONE = dt.date(2022, 2, 24)


def from_root(path: str | Path) -> Path:
    """A path as parameters give it: relative ones are read from the project root, and those
    under `data/` from the data folder."""
    path = Path(path)
    if path.is_absolute():
        return path
    if path.parts[:1] == ("data",):
        return DATA_DIR.joinpath(*path.parts[1:])
    return ROOT / path


def shown(path: Path) -> str:
    """A path as help texts show it: from the project root when it lies inside."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


# Limits on what is read (README, "Limits"): past them a file is refused, naming it, rather than
# read for minutes. The longest news features run to about 100 kB of text.
MAX_ARTICLE_BYTES = 1_000_000
MAX_FIELD_CHARS = 2_000  # one front-matter value, or a report title
MAX_YAML_BYTES = 1_000_000  # a params or corrections file
MAX_PAGE_BYTES = 5_000_000  # a saved web page for `parley add`
# Dates a report can place: a publication date, window, as-of or corrected date outside is refused.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2100, 12, 31)


def knowledge(name: str) -> Any:
    """The domain knowledge in `KNOWLEDGE_DIR`/NAME.yaml, as data."""
    import yaml  # read by the rules, not on every import of the paths

    return yaml.safe_load((KNOWLEDGE_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
