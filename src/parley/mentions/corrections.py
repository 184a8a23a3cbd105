"""Analyst corrections: a YAML file beside the data (default data/corrections.yaml), applied
after extraction, so they survive re-extraction and the articles stay as received.

Events are matched by article id and their verbatim sentence (or a unique part of it), and
optionally the date extraction gave them — never by offsets or list positions, which change when
the extractor does. Rounds are matched by series and round number. A correction that matches
nothing, or more than one thing, is not applied and becomes a warning the report and the CLI
show: it is never silently ignored.

    - kind: fix_date            # also: drop, merge, add_topic, add_outcome
      article: seed-article
      sentence: "took place on Friday, June 20"
      original_date: 2025-06-20 # optional: which of the sentence's events
      date: 2025-06-21
      precision: day            # optional: day, week, month, year (default: from the date's form)
      end_date: 2025-06-22      # optional: the last day of a range
      note: TASS corrected its report the next day
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Generic, Literal, TypeVar

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    model_validator,
)

from parley.config import CORRECTIONS_FILE, MAX_YAML_BYTES, from_root
from parley.errors import ParleyError
from parley.events.rounds import Round
from parley.inputs import IsoDate, error_text, in_range, read_yaml
from parley.mentions.dates import format_date
from parley.mentions.extract import Event, Precision, Statement

_DATE_FORMS = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_PRECISION_OF_FORM = {1: "year", 2: "month", 3: "day"}


def _date_text(value: Any) -> Any:
    """A date as events store it: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY' (YAML gives dates and ints)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and _DATE_FORMS.fullmatch(value.strip()):
        parts = [int(p) for p in value.strip().split("-")] + [1, 1]
        try:
            in_range(dt.date(*parts[:3]))
        except ValueError as err:
            raise ValueError(f"{value!r} is not a date ({err})") from None
        return value.strip()
    raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")


DateText = Annotated[str, BeforeValidator(_date_text)]
Text = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class EventRef(_Strict):
    """Which event: its article, its sentence (or a unique part), optionally its extracted date."""

    article: Text
    sentence: Text
    original_date: DateText | None = None

    def describe(self) -> str:
        quoted = self.sentence if len(self.sentence) <= 60 else self.sentence[:59] + "…"
        when = f", dated {self.original_date}" if self.original_date else ""
        return f"article '{self.article}', sentence “{quoted}”{when}"


class FixDate(EventRef):
    kind: Literal["fix_date"]
    date: DateText
    precision: Precision | None = None
    end_date: IsoDate = None
    note: Text

    @model_validator(mode="after")
    def _consistent(self) -> FixDate:
        form = _PRECISION_OF_FORM[self.date.count("-") + 1]
        if self.precision is None:
            self.precision = form  # type: ignore[assignment]
        elif self.precision in ("day", "week") and form != "day":
            raise ValueError(f"precision '{self.precision}' needs a full date (YYYY-MM-DD), not {self.date}")
        if self.end_date is not None and (form != "day" or self.end_date <= dt.date.fromisoformat(self.date)):
            raise ValueError(f"end_date {self.end_date} must be a day after date {self.date}")
        return self

    def iso(self) -> str:
        """The date as events of this precision store it (as dates.py writes them)."""
        parts = self.date.split("-")
        return "-".join(parts[: {"year": 1, "month": 2}.get(self.precision or "day", 3)])


class Drop(EventRef):
    kind: Literal["drop"]
    note: Text


class Merge(_Strict):
    kind: Literal["merge"]
    events: list[EventRef] = Field(min_length=2)
    note: Text


class AddTopic(_Strict):
    kind: Literal["add_topic"]
    series: Text
    round: int
    topic: Text
    note: Text


class AddOutcome(_Strict):
    kind: Literal["add_outcome"]
    series: Text
    round: int
    outcome: Text
    note: Text


Correction = Annotated[FixDate | Drop | Merge | AddTopic | AddOutcome, Field(discriminator="kind")]
KINDS = ("fix_date", "drop", "merge", "add_topic", "add_outcome")
_ADAPTER: TypeAdapter[Correction] = TypeAdapter(Correction)


@dataclass(frozen=True)
class Entry:
    """One correction, with where it is in its file (for messages that point at it)."""

    correction: Correction
    number: int  # 1-based position in the file
    line: int

    def label(self, path: Path | None) -> str:
        return f"{path}: entry {self.number} (line {self.line}, {self.correction.kind})"


@dataclass(frozen=True)
class Corrections:
    path: Path | None = None
    entries: list[Entry] = field(default_factory=list)


T = TypeVar("T")


@dataclass
class Applied(Generic[T]):
    """The corrected items, what was applied (described for the report), and what was not."""

    items: list[T]
    applied: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def resolve_path(value: str | Path | None) -> Path | None:
    """The corrections file a parameter names (relative to the project root); None for none."""
    if value is None or str(value).strip() == "":
        return None
    return from_root(value)


def load_corrections(value: str | Path | None, required: bool | None = None) -> Corrections:
    """Read and validate a corrections file. A missing file means no corrections when it is the
    default one (`required` False); a file named on purpose must exist, so a typo is not silence."""
    path = resolve_path(value)
    if path is None:
        return Corrections()
    if required is None:
        required = os.path.realpath(path) != os.path.realpath(CORRECTIONS_FILE)  # no error on a loop
    if not path.exists() and not path.is_symlink():  # a broken link is reported by read_yaml
        if required:
            raise ParleyError(f"{path}: no such corrections file")
        return Corrections(path)
    text, data = read_yaml(path, "corrections file", MAX_YAML_BYTES)
    nodes = yaml.compose(text, Loader=yaml.SafeLoader)  # parsed above: this cannot fail
    if data is None:
        return Corrections(path)
    if not isinstance(data, list):
        raise ParleyError(f"{path}: corrections file must be a list of entries ('- kind: …')")
    entries = []
    for number, (item, node) in enumerate(zip(data, nodes.value, strict=True), start=1):
        line = node.start_mark.line + 1
        where = f"{path}: entry {number} (line {line})"
        if not isinstance(item, dict):
            raise ParleyError(f"{where}: an entry must be 'key: value' lines")
        if item.get("kind") not in KINDS:
            raise ParleyError(f"{where}: unknown kind {item.get('kind')!r} (known: {', '.join(KINDS)})")
        try:
            correction = _ADAPTER.validate_python(item)
        except ValidationError as err:
            # A misspelt key also makes its real one "missing": name the misspelling first.
            first = min(err.errors(), key=lambda e: e["type"] != "extra_forbidden")
            loc = [str(p) for p in first["loc"] if p != item["kind"]]
            name = ".".join(loc) or "entry"
            message = error_text(first)
            raise ParleyError(f"{where}, {item['kind']}: field '{name}': {message}") from None
        entries.append(Entry(correction, number, line))
    return Corrections(path, entries)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _find(ref: EventRef, events: Sequence[Event]) -> list[int]:
    needle = _norm(ref.sentence)
    return [
        i
        for i, e in enumerate(events)
        if e.article == ref.article
        and needle in _norm(e.sentence)
        and (ref.original_date is None or e.date == ref.original_date)
    ]


def _unmatched(ref: EventRef, found: list[int], events: Sequence[Event]) -> str | None:
    if not found:
        return f"matches no event ({ref.describe()}); not applied"
    if len(found) > 1:
        dates = ", ".join(events[i].date or "undated" for i in found)
        hint = (
            "quote more of the sentence"
            if ref.original_date
            else "give original_date or more of the sentence"
        )
        return f"matches {len(found)} events ({ref.describe()}; dated {dates}): {hint}; not applied"
    return None


def _with_note(event: Event, note: str) -> str:
    return f"{event.correction}; {note}" if event.correction else note


def _statement(event: Event) -> Statement:
    return Statement(
        article=event.article,
        sentence=event.sentence,
        start=event.start,
        end=event.end,
        date=event.date,
        end_date=event.end_date,
        precision=event.precision,
    )


def apply_to_events(events: Iterable[Event], corrections: Corrections) -> Applied[Event]:
    """Apply the event corrections in file order; each is matched against the events as the
    entries before it left them."""
    result: Applied[Event] = Applied(list(events))
    current = result.items
    for entry in corrections.entries:
        c = entry.correction
        label = entry.label(corrections.path)
        if isinstance(c, FixDate | Drop):
            found = _find(c, current)
            problem = _unmatched(c, found, current)
            if problem:
                result.warnings.append(f"{label}: {problem}")
                continue
            event = current[found[0]]
            was = format_date(event.date, event.precision, event.end_date)
            if isinstance(c, Drop):
                del current[found[0]]
                result.applied.append(f"Dropped “{event.sentence}” ({event.article}, {was}): {c.note}")
                continue
            current[found[0]] = event.model_copy(
                update={
                    "date": c.iso(),
                    "precision": c.precision,
                    "end_date": c.end_date.isoformat() if c.end_date else None,
                    "inferred": False,  # the analyst states it
                    "resolution": f"corrected by analyst: {c.note}",
                    "correction": _with_note(event, f"date corrected (extracted: {was}): {c.note}"),
                }
            )
            now = format_date(c.iso(), c.precision, current[found[0]].end_date)
            result.applied.append(f"Date of “{event.sentence}” ({event.article}): {was} → {now}: {c.note}")
        elif isinstance(c, Merge):
            indexes: list[int] = []
            for ref in c.events:
                found = _find(ref, current)
                problem = _unmatched(ref, found, current)
                if problem is None and found[0] in indexes:
                    problem = f"names the same event twice ({ref.describe()}); not applied"
                if problem:
                    result.warnings.append(f"{label}: {problem}")
                    break
                indexes.append(found[0])
            else:
                # The first event named stays, with its date; the others become its statements.
                first, others = current[indexes[0]], [current[i] for i in indexes[1:]]
                merged = [*first.merged, *(s for o in others for s in [_statement(o), *o.merged])]
                articles = ", ".join(dict.fromkeys([first.article, *(o.article for o in others)]))
                current[indexes[0]] = first.model_copy(
                    update={
                        "merged": merged,
                        "correction": _with_note(first, f"{len(indexes)} statements merged: {c.note}"),
                    }
                )
                for i in sorted(indexes[1:], reverse=True):
                    del current[i]
                result.applied.append(
                    f"Merged {len(indexes)} statements of “{first.title}” ({articles}): {c.note}"
                )
    return result


def _round_label(series: str, number: int) -> str:
    return f"round {number} of the {series} series"


def apply_to_rounds(rounds: Iterable[Round], corrections: Corrections) -> Applied[Round]:
    """Add the analysts' topics and outcomes to the rounds they name (track, or a venue with one
    track, and round number)."""
    result: Applied[Round] = Applied(list(rounds))
    for entry in corrections.entries:
        c = entry.correction
        if not isinstance(c, AddTopic | AddOutcome):
            continue
        found = [
            i
            for i, r in enumerate(result.items)
            if r.round == c.round
            and _norm(c.series).casefold() in {_norm(n).casefold() for n in (r.series, r.venue) if n}
        ]
        if len(found) != 1:
            known = "; ".join(f"{r.series} {r.round}" for r in result.items if r.round is not None) or "none"
            matches = f"matches {len(found)} rounds" if found else "matches no round"
            result.warnings.append(
                f"{entry.label(corrections.path)}: {matches} ({_round_label(c.series, c.round)};"
                f" rounds: {known}); not applied"
            )
            continue
        row = result.items[found[0]]
        if isinstance(c, AddTopic):
            update = {"topics": [*row.topics, c.topic]}
            what = f"topic “{c.topic}”"
        else:
            update = {"outcomes": [*row.outcomes, c.outcome]}
            what = f"outcome “{c.outcome}”"
        update["corrections"] = [*row.corrections, f"{what} added by analyst: {c.note}"]
        result.items[found[0]] = row.model_copy(update=update)
        result.applied.append(f"Added {what} to {_round_label(row.series, c.round)}: {c.note}")
    return result
