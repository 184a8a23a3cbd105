"""Extraction time per kilobyte on adversarial texts: many dates in one sentence, long digit runs,
100 kB without a full stop, and the other shapes that once made a step quadratic.

    .venv/bin/python benchmarks/adversarial.py [--sizes 10,100]

Prints, for each generator and size (kB), the seconds per 10 kB of one `extract_article` call.
Linear extraction keeps that figure flat as the size grows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from parley.articles.load import Article
from parley.mentions.extract import extract_article

AS_OF = dt.date(2026, 11, 25)


def _cycle(*parts: str) -> Iterator[str]:
    return itertools.cycle(parts)


# Each generator repeats its pieces until the text is long enough.
GENERATORS: dict[str, Callable[[int], Iterator[str]]] = {
    "dates in one sentence": lambda i: (f"June {i % 28 + 1}, " for i in itertools.count()),
    "dates and weekdays, no commas": lambda i: _cycle("on Monday ", "June 3 ", "the next day ", "in May "),
    "long digit run": lambda i: _cycle("7" * 997, " 2025 "),
    "no full stop": lambda i: _cycle("the talks were held and prisoners exchanged on Monday said officials "),
    "abbreviations": lambda i: _cycle("Mr. Smith met Gen. Jones in the U.S. on Feb. 5 "),
    "trigger words": lambda i: _cycle("issues agenda topics exchange swap round of talks announced "),
    "capitalised words": lambda i: _cycle("In Kyiv Moscow Istanbul Geneva Abu Dhabi Said Told "),
    "relative dates": lambda i: _cycle(
        "three years later, to the day, ", "99999 days ago ", "3000 years ago, "
    ),
    "newlines and spaces": lambda i: _cycle("June 2\n", " \n\n", "   \n", "x\n"),
}


def text_of(generator: Callable[[int], Iterator[str]], size: int) -> str:
    pieces, length = [], 0
    for piece in generator(0):
        pieces.append(piece)
        length += len(piece)
        if length >= size:
            break
    return "".join(pieces)[:size]


def seconds(body: str) -> float:
    article = Article(
        id="adversarial",
        path=Path("adversarial.md"),
        title="Adversarial",
        body=body,
        published=dt.date(2025, 6, 25),
        outlet=None,
        url=None,
        language="en",
    )
    began = time.perf_counter()
    extract_article(article, AS_OF)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="10,100", help="text sizes in kB, comma-separated (default 10,100)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print("| generator | " + " | ".join(f"{s} kB: s per 10 kB" for s in sizes) + " |")
    print("|---|" + "---|" * len(sizes))
    for name, generator in GENERATORS.items():
        cells = [seconds(text_of(generator, size * 1000)) / size * 10 for size in sizes]
        print(f"| {name} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")


if __name__ == "__main__":
    main()
