"""Extraction never raises and stays linear, whatever the text: random and adversarial articles.

The one timing bound in the suite, and a generous one (2 s per 10 kB; linear extraction takes a
few hundredths), so that it catches a quadratic step without ever flaking on a slow machine.
"""

import datetime as dt
import time

from conftest import AS_OF
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_events import article

from parley.mentions.extract import extract_article

SECONDS_PER_10_KB = 2.0

# Pieces that exercise every date form and every trap, glued in any order.
PIECES = [
    "June 31",
    "Feb. 29, 2022",
    "Feb.14 2026",
    "some 3000 years ago",
    "99999 days ago",
    "99999999999 years later",
    "on Monday",
    "Wednesday's talks",
    "Thursday and Friday",
    "in May and June",
    "December 14 and 15 last year",
    "the following month",
    "the day before",
    "since early 2024",
    "ISTANBUL, June 2. /TASS/.",
    "KYIV, June 20 (Reuters) -",
    "Published: Mon, 6:12 PM",
    "By Jane Smith",
    "Photo: Reuters",
    "Today, 25 May 2025",
    "on Sunday (May 25)",
    "27 Mariupol defenders",
    "Mr.",
    "U.S.",
    "2025-06-02",
    "7" * 50,
    "said",
    "will",
    "exchange",
    "round of talks",
    ",",
    ".",
    "\n",
    "\n\n",
    '"',
    "(",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=60).map(" ".join)
published = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))


def extract_in_bounded_time(body: str, when: dt.date | None) -> None:
    began = time.perf_counter()
    events, _ = extract_article(article(body, when), AS_OF)
    elapsed = time.perf_counter() - began
    for event in events:
        assert body[event.start : event.end] == event.sentence
    assert elapsed <= SECONDS_PER_10_KB * max(1.0, len(body) / 10_000), (len(body), elapsed)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, published)
def test_random_texts_never_raise(body: str, when: dt.date | None) -> None:
    extract_in_bounded_time(body, when)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PIECES), st.integers(min_value=10_000, max_value=40_000), published)
def test_one_piece_repeated_stays_linear(piece: str, size: int, when: dt.date | None) -> None:
    body = (piece + " ") * (size // (len(piece) + 1))
    extract_in_bounded_time(body, when)


def test_adversarial_texts_stay_linear() -> None:
    many_dates = ", ".join(f"June {i % 28 + 1}" for i in range(12_000))  # 100 kB, one sentence
    no_full_stop = "the talks were held and prisoners exchanged on Monday said officials " * 1_500
    digits = "7" * 100_000
    for body in (many_dates, no_full_stop, digits):
        extract_in_bounded_time(body, dt.date(2025, 6, 25))
