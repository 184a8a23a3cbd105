"""Accuracy of Parley's exchanges, rounds and summary counts on the real-news evaluation sets,
against the hand-annotated `exchanges.yaml` and `rounds.yaml` (see parley.evaluation.events for
what counts as found, supported and right).

Parley runs over each set's whole corpus as a report would: parley.corpus.collect with the set's
articles, as_of 2026-11-25 and no corrections.

    .venv/bin/python benchmarks/events_accuracy.py [--split dev|holdout|fresh ...] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections import defaultdict
from pathlib import Path

from parley.evaluation.events import (
    RoundCheck,
    check_rounds,
    counts,
    load_exchanges,
    load_rounds,
    score_exchanges,
)
from parley.events.corpus import collect
from parley.events.rounds import UNKNOWN_SERIES
from parley.mentions.dates import format_date
from parley.report.params import Parameters

REAL = Path(__file__).resolve().parents[1] / "tests" / "eval" / "real"
SPLITS = ("dev", "holdout", "fresh")
# Held apart: measured, their misses listed only when asked.
HELD_APART = ("holdout", "fresh")
AS_OF = dt.date(2026, 11, 25)
# The rounds issue 12 names (track, number, first day): its done-when asks each to be exactly one
# row of its track with its number and dates, on held-out articles; printed for every set.
NAMED_ROUNDS = (
    ("Istanbul 2022", None, dt.date(2022, 3, 29)),
    ("Istanbul 2025", 1, dt.date(2025, 5, 16)),
    ("Istanbul 2025", 2, dt.date(2025, 6, 2)),
    ("Istanbul 2025", 3, dt.date(2025, 7, 23)),
    ("Abu Dhabi 2026", 1, dt.date(2026, 1, 23)),
    ("Abu Dhabi 2026", 2, dt.date(2026, 2, 4)),
    ("Geneva 2026", 3, dt.date(2026, 2, 17)),
)


def _share(part: int, whole: int) -> str:
    return f"{part} of {whole} ({part / whole:.0%})" if whole else "0 of 0"


def report(articles: Path, details: bool) -> None:
    """Parley on the articles in `articles`, against the annotations of those articles in every
    real-news set (an evaluation set's own folder, or a corpus of copies of its articles)."""
    collection = collect(Parameters(articles=str(articles), as_of=AS_OF, corrections=None))
    names = {path.stem for path in articles.glob("*.md")}
    gold_exchanges = [
        g for s in SPLITS for g in load_exchanges(REAL / s / "exchanges.yaml") if g.article in names
    ]
    gold_rounds = [g for s in SPLITS for g in load_rounds(REAL / s / "rounds.yaml") if g.article in names]

    exchanges = score_exchanges(collection.exchanges, gold_exchanges)
    print("### Exchanges\n")
    print(
        "- carried out on a stated day with stated numbers, found as one record with that day and"
        f" those numbers: {_share(exchanges.found, exchanges.found + len(exchanges.misses))}"
    )
    print(
        "- figures supported by the sentence they cite:"
        f" {_share(exchanges.supported, exchanges.supported + len(exchanges.unsupported))}"
    )
    for title, lines in (("Missed", exchanges.misses), ("Unsupported figures", exchanges.unsupported)):
        if lines and details:
            print(f"\n{title}:\n")
            print("\n".join(f"- {line}" for line in lines))

    checks = all_checks = check_rounds(collection.rounds, gold_rounds)
    print("\n### Rounds\n")
    print(
        f"Distinct gold rounds that are exactly one row of Parley's rounds table with their number"
        f" and dates: {_share(sum(c.right for c in checks), len(checks))}\n"
    )
    if not details:
        checks = []
    else:
        print("| track | round | dates | Parley rows | right | articles |")
        print("|---|---|---|---|---|---|")
    for c in checks:
        dates = format_date(c.date, c.precision, c.end_date) if c.date else "undated"
        rows = "; ".join(
            f"{r.series} {r.round or '?'}, {format_date(r.date, r.precision, r.end_date) if r.date else 'undated'}"
            for r in c.rows
        )
        print(
            f"| {c.track} | {c.number or '–'} | {dates} | {rows or 'none'} | {'yes' if c.right else 'no'}"
            f" | {len(c.articles)} |"
        )

    years: dict[str, set[str]] = defaultdict(set)
    for r in collection.rounds:
        if r.date and r.series != UNKNOWN_SERIES:
            years[r.series] |= {r.date[:4], (r.end_date or r.date)[:4]}
    mixed = sorted(s for s, y in years.items() if len(y) > 1)
    print(f"Tracks whose rounds are dated in more than one year: {len(mixed)} of {len(years)}\n")

    print("\nThe rounds the issue names (each distinct gold round of it, right or not):\n")
    print("| round | in this set's gold | right |\n|---|---|---|")
    for track, number, day in NAMED_ROUNDS:
        told = [c for c in all_checks if _is(c, track, number, day)]
        name = f"{track} {f'round {number}' if number else format_date(day.isoformat())}"
        found = f"{len(told)} ({sum(len(c.articles) for c in told)} articles)" if told else "no"
        print(f"| {name} | {found} | {sum(c.right for c in told)} of {len(told)} |")

    summary = counts(collection, gold_exchanges, gold_rounds)
    print("\n### Summary counts\n")
    print("| | Parley's summary | distinct in gold |\n|---|---|---|")
    print(f"| prisoner exchanges carried out (dated) | {summary.exchanges} | {summary.gold_exchanges} |")
    print(f"| negotiation rounds | {summary.rounds} | {summary.gold_rounds} |")


def _is(check: RoundCheck, track: str, number: int | None, day: dt.date) -> bool:
    """Whether a gold round is the named one: its track, and its number, or for a round the issue
    names by day, its first day (within two days: articles disagree by a day)."""
    if check.track != track:
        return False
    if number is not None:
        return check.number == number
    return (
        bool(check.date)
        and len(check.date or "") == 10
        and abs((dt.date.fromisoformat(check.date or "") - day).days) <= 2
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=SPLITS, help="evaluation set (default: all)")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list the misses of the held-apart sets too (by default only the dev set's: the others are for measuring)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        help="a folder of copies of real-set articles (e.g. tests/fixtures/real10), measured instead of the sets",
    )
    args = parser.parse_args()
    if args.corpus:
        print(f"## {args.corpus}\n")
        report(args.corpus, details=args.errors)
    for split in [] if args.corpus else args.split or SPLITS:
        print(f"## {split} ({REAL / split})\n")
        report(REAL / split / "articles", details=split not in HELD_APART or args.errors)
        print()


if __name__ == "__main__":
    main()
