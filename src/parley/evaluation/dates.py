"""Measured accuracy: dated statements found by an extractor, scored against an annotated gold set.

A prediction matches a gold statement when it names the same article and the same sentence, has
the same precision, and its date is right at that precision (the same day, ISO week, month or
year). The same sentence means the same text with spaces normalised, or one holding the other:
an extractor that splits "Gen. Smith" differently from the annotator still finds the sentence.
Each gold statement is matched at most once, so a sentence dated twice counts twice. A weekend
is scored as its ISO week, as the annotators mostly date one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from parley.articles.load import Article, load_corpus
from parley.errors import ParleyError
from parley.mentions.dates import first_day
from parley.mentions.extract import Precision, extract_article, sentences

M = TypeVar("M", bound=BaseModel)


def date_text(value: object) -> object:
    """A gold date as its text: YAML reads an unquoted 2025-06-20 as a date and 2014 as a
    number; both mean the text."""
    if value is None:
        return None
    return value.isoformat() if isinstance(value, dt.date) else str(value)


class Statement(BaseModel):
    """One dated statement: gold, or predicted by an extractor."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    article: str
    sentence: str
    date: str
    precision: Precision
    note: str | None = None
    # The real-news set also says whether the statement dates an event of interest or context.
    klass: str | None = Field(None, alias="class")

    _date = field_validator("date", mode="before")(date_text)

    @property
    def first_day(self) -> dt.date:
        day = first_day(self.date)
        assert day is not None  # a statement always has a date
        return day


@dataclass
class Score:
    true_positives: int
    false_positives: list[Statement] = field(default_factory=list)
    misses: list[Statement] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + len(self.false_positives)
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + len(self.misses)
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> list[Statement]:
    """The gold statements in a YAML list, validated; errors name the file and the entry."""
    return load_entries(path, Statement, "gold statements")


def load_entries(path: Path, model: type[M], what: str) -> list[M]:
    """A YAML list of `model` entries, validated; errors name the file, the entry and its field."""
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ParleyError(f"{path}: cannot read {what} ({err})") from None
    if not isinstance(entries, list):
        raise ParleyError(f"{path}: {what} must be a YAML list")
    out = []
    for number, entry in enumerate(entries, 1):
        try:
            out.append(model.model_validate(entry))
        except ValidationError as err:
            first = err.errors()[0]
            raise ParleyError(f"{path}: entry {number}, field '{first['loc'][0]}': {first['msg']}") from None
    return out


def same_date(a: Statement, b: Statement) -> bool:
    """Whether two statements give the same date at the same precision."""
    if a.precision != b.precision:
        return False
    if a.precision == "week":
        return a.first_day.isocalendar()[:2] == b.first_day.isocalendar()[:2]
    size = {"day": 10, "month": 7, "year": 4}[a.precision]
    return a.date[:size] == b.date[:size]


def _same_sentence(a: str, b: str) -> bool:
    a, b = " ".join(a.split()), " ".join(b.split())
    return a == b or (min(len(a), len(b)) >= 20 and (a in b or b in a))


def score(predicted: Iterable[Statement], gold: list[Statement]) -> Score:
    # One date of a sentence is one statement on both sides: "Moscow, Feb 24 (PTI) … on Tuesday",
    # annotated as the dateline and as the weekday, is the one Parley or HeidelTime can give.
    unmatched = list({(g.article, g.sentence, g.date, g.precision): g for g in gold}.values())
    result = Score(0)
    for p in predicted:
        hit = next(
            (
                g
                for g in unmatched
                if g.article == p.article and same_date(g, p) and _same_sentence(g.sentence, p.sentence)
            ),
            None,
        )
        if hit is None:
            result.false_positives.append(p)
        else:
            unmatched.remove(hit)
            result.true_positives += 1
    result.misses = unmatched
    return result


def by_outlet(
    predicted: list[Statement], gold: list[Statement], articles: Iterable[Article]
) -> dict[str, Score]:
    """The score of each outlet's articles."""
    outlets = {a.id: a.outlet or "outlet not stated" for a in articles}
    return {
        outlet: score(
            [p for p in predicted if outlets.get(p.article) == outlet],
            [g for g in gold if outlets.get(g.article) == outlet],
        )
        for outlet in sorted(set(outlets.values()))
    }


def errors(result: Score) -> list[str]:
    """Each error, one line: a false date found, or a gold statement missed."""

    def line(kind: str, s: Statement) -> str:
        return f"{kind} {s.article}: {s.date} ({s.precision}) in “{s.sentence}”"

    return [line("wrong", p) for p in result.false_positives] + [line("missed", m) for m in result.misses]


# TIMEX3 DATE values that name a day, an ISO week, a month or a year; the rest (seasons,
# quarters, decades, PRESENT_REF, an unknown year "XXXX-05-19") are dropped. A weekend ("2025-W20-WE")
# is its week, as the annotators date one.
_TIMEX_DATE = re.compile(r"(?P<y>\d{4})(?:-W(?P<w>\d{2})(?:-WE)?|-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


def timex_date(value: str) -> tuple[str, Precision] | None:
    """A TIMEX3 DATE value as a statement's date and precision: YYYY-MM-DD a day, YYYY-Www (or
    its weekend YYYY-Www-WE) a week dated by its Monday, YYYY-MM a month, YYYY a year; None for
    any other value."""
    match = _TIMEX_DATE.fullmatch(value)
    if not match:
        return None
    try:
        if match["w"]:
            return dt.date.fromisocalendar(int(match["y"]), int(match["w"]), 1).isoformat(), "week"
        if match["d"]:
            return dt.date.fromisoformat(value).isoformat(), "day"
    except ValueError:
        return None  # week 54, 31 February
    if match["m"]:
        return (value, "month") if 1 <= int(match["m"]) <= 12 else None
    return value, "year"


def in_sentences(article: Article, found: Iterable[tuple[int, str, Precision]]) -> list[Statement]:
    """Dates a tool found at character offsets of an article's body, as statements of the
    sentences (as Parley splits them) that hold them; the same date twice in one sentence is one
    statement, as the annotators count it."""
    spans = list(sentences(article.body))
    out: list[Statement] = []
    for offset, date, precision in found:
        start, end = next(((s, e) for s, e in spans if s <= offset < e), (None, None))
        if start is None:
            continue  # between sentences: the blank lines around a heading
        statement = Statement(
            article=article.id, sentence=article.body[start:end], date=date, precision=precision
        )
        if statement not in out:
            out.append(statement)
    return out


def parley_statements(articles: list[Article], as_of: dt.date) -> list[Statement]:
    """Parley's dated statements (datelines, bylines and other lines stating no event left out),
    as statements to score; one date of a sentence typed twice ("the talks on Wednesday" that
    agreed a swap) is one statement, as for the other tools."""
    out: list[Statement] = []
    for a in articles:
        statements: list[Statement] = []
        for e in extract_article(a, as_of)[0]:
            if not (e.date and e.precision) or e.not_event:
                continue
            date, precision = e.date, e.precision
            if e.end_date and "weekend" in e.resolution:
                # A weekend, which Parley gives as its Saturday and Sunday, is scored as its week,
                # as the annotators date one (and as HeidelTime's "2025-W20-WE" is).
                saturday = dt.date.fromisoformat(e.date)
                date, precision = (saturday - dt.timedelta(days=saturday.weekday())).isoformat(), "week"
            statement = Statement(article=e.article, sentence=e.sentence, date=date, precision=precision)
            if statement not in statements:
                statements.append(statement)
        out += statements
    return out


def evaluate(folder: Path, as_of: dt.date) -> Score:
    """Parley scored on an evaluation folder holding `articles/` and `gold.yaml`."""
    articles = load_corpus([folder / "articles"])
    return score(parley_statements(articles, as_of), load_gold(folder / "gold.yaml"))
