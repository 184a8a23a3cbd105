"""The patterns `parley.mentions.dates.at_word_starts` wraps: whether each finds exactly the matches
of the pattern it wraps, and in what share of its time, on every sentence of the real-news set.

    .venv/bin/python benchmarks/word_starts.py
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from parley.articles.load import load_corpus
from parley.mentions import dates, extract

REAL = Path(__file__).resolve().parents[1] / "tests" / "eval" / "real"
# What `at_word_starts` puts before a pattern, with or without its `or_at` characters.
_WRAPPER = re.compile(r"\(\?:\(\?=\\w\)\(\?<!\\w\)(?:\|\(\?=\[[^\]]*\]\))?\)\(\?:")


def wrapped() -> dict[str, re.Pattern[str]]:
    """Every wrapped pattern of the extractor, by where it stands."""
    found = {f"dates {i} ({kind})": p for i, (kind, p, _) in enumerate(dates._PATTERNS)}
    found |= {"dates _FUTURE": dates._FUTURE} | {f"trigger {kind}": p for kind, p in extract._TRIGGERS}
    return {name: p for name, p in found.items() if _WRAPPER.match(p.pattern)}


def _spans(pattern: re.Pattern[str], sentences: list[str]) -> tuple[list[list[tuple[int, int]]], float]:
    start = time.perf_counter()
    spans = [[m.span() for m in pattern.finditer(s)] for s in sentences]
    return spans, time.perf_counter() - start


def main() -> None:
    articles = load_corpus([REAL / split / "articles" for split in ("dev", "holdout", "fresh")])
    sentences = [a.body[s:e] for a in articles for s, e in extract.sentences(a.body)]
    print(f"{len(sentences):,} sentences of {len(articles):,} articles\n")
    print("| pattern | sentences whose matches differ | time, wrapped / plain |\n|---|---|---|")
    for name, fast in wrapped().items():
        plain = re.compile(fast.pattern[_WRAPPER.match(fast.pattern).end() : -1], fast.flags)
        (slow_spans, slow), (fast_spans, quick) = _spans(plain, sentences), _spans(fast, sentences)
        differ = sum(a != b for a, b in zip(slow_spans, fast_spans, strict=True))
        print(f"| {name} | {differ} | {quick / slow:.2f} |")


if __name__ == "__main__":
    main()
