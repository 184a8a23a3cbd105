"""Running totals of Parley's exchanges over the whole real-news set (dev and holdout together),
up to the days on which the set's own articles quote a public tally, to set beside it (README,
"Running totals against public tallies"). Prints totals only, never an exchange of the holdout.

    .venv/bin/python benchmarks/tallies.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from parley.events.consolidate import countable
from parley.events.corpus import collect
from parley.events.exchanges import Exchange, totals
from parley.report.params import Parameters

REAL = Path(__file__).resolve().parents[1] / "tests" / "eval" / "real"
AS_OF = dt.date(2026, 11, 25)
# The day of each tally the dev articles quote, whose exchanges it counts, and from when.
TALLIES = (
    (
        "Budanov, 8 February 2024: 3,135 returned to Ukraine since the start of the war",
        "2024-02-08",
        None,
        None,
    ),
    ("UAE, 24 August 2024: 1,788 released through its mediation (7 exchanges)", "2024-08-24", "UAE", None),
    ("Kyiv Independent, 14 September 2024: the 57th exchange", "2024-09-14", None, None),
    ("Medinsky, 23 July 2025: about 7,000 bodies returned to Ukraine", "2025-07-23", None, None),
    # (The tally he gave at the third Istanbul round: what the agreements of 2 June 2025 returned.)
    (
        "Medinsky, 23 July 2025, under the Istanbul agreements of 2 June 2025",
        "2025-07-23",
        None,
        "2025-06-02",
    ),
    ("UAE, 5 March 2026: 5,355 released through its mediation (19 exchanges)", "2026-03-05", "UAE", None),
)


def _range(low: int, high: int) -> str:
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for split in ("dev", "holdout"):
            for path in (REAL / split / "articles").iterdir():
                shutil.copy(path, folder)
        exchanges = collect(Parameters(articles=folder, as_of=AS_OF, corrections=None)).exchanges
    for label, day, mediator, since in TALLIES:
        chosen: list[Exchange] = [
            x
            for x in exchanges
            if x.date and (since or "") <= x.date <= day and (mediator is None or mediator in x.mediators)
        ]
        counted = [x for x in countable(chosen) if x.status == "done"]
        living = sum(x.kind != "bodies" for x in counted)
        t = totals(chosen)
        period = f"from {since} to {day}" if since else f"up to {day}"
        print(f"{label}\n  Parley, {len(counted)} exchanges carried out {period} ({living} of the living):")
        for key, name in (
            ("ukraine", "to Ukraine"),
            ("russia", "to Russia"),
            ("ukraine_bodies", "bodies to Ukraine"),
        ):
            low, high, missing = t[key]
            print(f"    {name}: {_range(low, high)} ({missing} without a figure)")


if __name__ == "__main__":
    main()
