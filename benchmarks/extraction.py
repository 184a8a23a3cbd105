"""Accuracy and speed of dated-event extraction on the evaluation set: Parley against
`dateparser.search.search_dates`, on the same sentences of the same articles.

dateparser gets each sentence (as Parley splits it) with the article's publication date as
RELATIVE_BASE; the precision of what it finds is dateparser's own `period` for that text. Both
are scored by parley.evaluation (same article, same sentence, date right at its precision).

    .venv/bin/python benchmarks/extraction.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from parley.articles import Article, load_corpus
from parley.evaluation import Statement, load_gold, parley_statements, score
from parley.extract import sentences

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"
AS_OF = dt.date(2026, 11, 25)
_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "day"}


def dateparser_statements(articles: list[Article]) -> list[Statement]:
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    found: list[Statement] = []
    for article in articles:
        settings: dict[str, object] = {}
        if article.published:
            settings["RELATIVE_BASE"] = dt.datetime.combine(article.published, dt.time(12))
        periods = DateDataParser(languages=["en"], settings=settings)
        for start, end in sentences(article.body):
            sentence = article.body[start:end]
            for text, when in search_dates(sentence, languages=["en"], settings=settings) or []:
                period = _PERIODS.get(periods.get_date_data(text).period or "day", "day")
                date = when.date().isoformat()[: {"month": 7, "year": 4}.get(period, 10)]
                found.append(Statement(article=article.id, sentence=sentence, date=date, precision=period))
    return found


def timed(run: Callable[[], list[Statement]], repeat: int) -> tuple[list[Statement], float]:
    run()  # warm up: imports, compiled patterns, dateparser's language data
    began = time.perf_counter()
    for _ in range(repeat):
        result = run()
    return result, (time.perf_counter() - began) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per tool (default 5)")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # dateparser warns about pytz/zoneinfo on some systems
    articles = load_corpus([EVAL / "articles"])
    gold = load_gold(EVAL / "gold.yaml")
    print(f"{len(articles)} articles, {len(gold)} gold dated statements, {args.repeat} timed runs each\n")
    print("| extractor | precision | recall | F1 | articles/s |")
    print("|---|---|---|---|---|")
    tools: list[tuple[str, Callable[[], list[Statement]]]] = [
        ("Parley", lambda: parley_statements(articles, AS_OF)),
        ("dateparser `search_dates`", lambda: dateparser_statements(articles)),
    ]
    for name, run in tools:
        found, seconds = timed(run, args.repeat)
        result = score(found, gold)
        rate = len(articles) / seconds
        print(f"| {name} | {result.precision:.3f} | {result.recall:.3f} | {result.f1:.3f} | {rate:,.0f} |")


if __name__ == "__main__":
    main()
