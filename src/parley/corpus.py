"""What a report is made of: the articles, their mentions classed, the events those consolidate
into, and the rounds, selected by the report's parameters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .articles import Article, load_corpus
from .config import from_root
from .corrections import apply_to_events, apply_to_rounds, load_corrections
from .dates import YearInference
from .events import EventRecord, consolidate, link
from .exchanges import Exchange, build_exchanges, with_exchanges
from .extract import Event, extract_article, in_window
from .mentions import classify_all
from .params import Parameters
from .rounds import Round, build_rounds


@dataclass
class Collection:
    """The articles; every mention in the selection (events of interest, context and non-events,
    each naming its consolidated event); the events; the exchanges with their figures; the rounds; the years inferred; and the
    analyst corrections applied or left unmatched."""

    as_of: dt.date
    articles: list[Article]
    mentions: list[Event]
    events: list[EventRecord]
    exchanges: list[Exchange]
    rounds: list[Round]
    inferences: dict[str, YearInference | None]
    corrected: list[str]
    correction_warnings: list[str]


def collect(params: Parameters) -> Collection:
    """Load, extract, correct, class, select and consolidate: light enough for the render process
    to export the data."""
    as_of = params.as_of or dt.date.today()
    articles = load_corpus([from_root(params.articles)])
    found: list[Event] = []
    inferences: dict[str, YearInference | None] = {}
    for article in articles:
        extracted, inferences[article.id] = extract_article(article, as_of)
        found += extracted
    # Corrections apply to every mention and round before the window and types select, so one
    # outside the selection is not mistaken for one that no longer matches.
    corrections = load_corrections(params.corrections)
    fixed = apply_to_events(found, corrections)
    classed = classify_all(fixed.items, articles)
    checked = apply_to_rounds(build_rounds(of_interest(classed), articles), corrections)
    selected = [
        m
        for m in classed
        if in_window(m, params.start, params.end) and (params.types is None or m.type in params.types)
    ]
    events = consolidate(selected)
    rounds = apply_to_rounds(build_rounds(of_interest(selected), articles), corrections).items
    exchanges = build_exchanges(events, selected, articles, rounds)
    return Collection(
        as_of,
        articles,
        link(selected, events),
        events,
        exchanges,
        with_exchanges(rounds, exchanges),
        inferences,
        corrected=fixed.applied + checked.applied,
        correction_warnings=fixed.warnings + checked.warnings,
    )


def of_interest(mentions: list[Event]) -> list[Event]:
    return [m for m in mentions if m.klass == "event"]
