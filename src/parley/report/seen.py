"""What a report showed before: the ids of its events at each as-of date, kept beside its outputs
(`reports/.NAME.seen.json`), so that page 1 of a scheduled report can say what is new.

A render compares with the latest render of an *earlier* as-of date, never with itself: rendering
the same inputs on the same day again gives the same report, byte for byte."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path


def seen_file(folder: Path, name: str) -> Path:
    return folder / f".{name}.seen.json"


def previous(path: Path | None, as_of: dt.date) -> tuple[dt.date, set[str]] | None:
    """The as-of date and event ids of the latest render before `as_of`, if any."""
    renders = _read(path)
    earlier = [day for day in renders if day < as_of.isoformat()]
    if not earlier:
        return None
    day = max(earlier)
    return dt.date.fromisoformat(day), set(renders[day])


def updated(path: Path, as_of: dt.date, ids: list[str]) -> str:
    """The file's next text: this render's ids under its as-of date, beside the latest earlier
    render's (the one a re-render on the same day compares with)."""
    renders = _read(path)
    earlier = sorted(day for day in renders if day < as_of.isoformat())[-1:]
    kept = {day: renders[day] for day in earlier} | {as_of.isoformat(): ids}
    return json.dumps({"renders": kept}, indent=1, sort_keys=True) + "\n"


def _read(path: Path | None) -> dict[str, list[str]]:
    """The renders the file lists; none when it is missing or unreadable (what is new is then
    not said, and the next render writes a good file)."""
    if path is None:
        return {}
    try:
        renders = json.loads(path.read_text(encoding="utf-8"))["renders"]
        dt.date.fromisoformat(max(renders))  # keys are ISO dates
        return {day: [str(i) for i in ids] for day, ids in renders.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
