"""Generated news articles for timing `parley events`: the kinds of sentence the seed article
holds — exchanges, rounds of talks, announcements, agreements, captures — from varied templates,
with dates written every way the extractor reads them (full dates, weekdays, ISO dates, months,
"yesterday", "last week"), some articles with front matter and some without. Seeded: the same
corpus every run.

    .venv/bin/python benchmarks/articles.py DIR [--count N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

CITIES = ["Istanbul", "Geneva", "Riyadh", "Abu Dhabi", "Doha", "Minsk", "Vatican City", "Jeddah"]
OUTLETS = ["TASS", "Reuters", "Ukrinform", "Interfax", "RIA Novosti", "AP", "Kyiv Independent"]
SPEAKERS = [
    "the Russian Ministry of Defense",
    "Ukraine's Coordination Headquarters",
    "the Kremlin spokesman",
    "President Zelensky",
    "the Turkish foreign minister",
    "a source within the negotiating group",
]
REGIONS = ["Buryatia", "Kursk", "Donetsk", "Zaporizhzhia", "Kharkiv", "Belgorod"]
ORDINALS = ["first", "second", "third", "fourth", "next", "latest"]
TOPICS = [
    "memorandums on a ceasefire",
    "the exchange of all seriously ill prisoners",
    "the return of children",
    "the repatriation of bodies",
    "humanitarian corridors",
    "a meeting of the two presidents",
]
EXCHANGES = [
    "The prisoner exchange took place {on}, {according}.",
    "{Speaker} said {n} prisoners of war were swapped {on}.",
    "Russia and Ukraine exchanged {n} servicemen {on}, in a {qualifier} swap.",
    "{on_cap}, a further {n} captives returned home in an exchange brokered by the United Arab Emirates.",
    "The swap {on} was the largest since the full-scale invasion began, {according}.",
]
ROUNDS = [
    "The {ordinal} round of negotiations took place in {city} {on}.",
    "Talks were held in {city} {on}, with both delegations present.",
    "Delegations met for talks in {city} {on} and discussed {topic}.",
    "The {ordinal} round of talks in {city} ended {on} after two hours.",
    "Among the topics discussed were {topic} and {topic2}.",
]
ANNOUNCEMENTS = [
    "{on_cap}, {speaker} announced the exchange of prisoners of war.",
    "{Speaker} announced {on} that a new round of consultations would follow.",
    "The exchange was announced {on}, {according}.",
]
AGREEMENTS = [
    "The two sides agreed {on} to return {n} bodies each.",
    "A memorandum on {topic} was signed in {city} {on}.",
    "The deal reached {on} covers {topic}.",
]
CAPTURES = [
    "A soldier from {region} was captured {on} while trying to withdraw his unit.",
    "One officer was taken prisoner near {region} {on}, {according}.",
    "Two servicemen from {region} were captured during the fighting, {according}.",
]
FILLER = [
    "This approach has been a point of contention in previous exchanges.",
    "Relatives gathered at the border crossing, holding photographs of the missing.",
    "Neither side gave details of the conditions of captivity.",
    "Observers said the process had become more structured over the past year.",
    "The International Committee of the Red Cross was not involved in this stage.",
    "Officials on both sides declined to comment further.",
    "The figures could not be independently verified.",
]


def _when(rng: random.Random, published: dt.date) -> str:
    day = published - dt.timedelta(days=rng.randint(0, 40))
    forms = [
        f"on {day:%B} {day.day}",
        f"on {day:%A}, {day:%B} {day.day}",
        f"on {day.day} {day:%B} {day.year}",
        f"on {day.isoformat()}",
        f"in {day:%B} {day.year}",
        "yesterday",
        "last week",
        f"on {day:%A}",
        "later that day",
        "",
    ]
    return rng.choice(forms)


def article(rng: random.Random, number: int) -> str:
    """One article: a headline, then 8 to 20 sentences in paragraphs of one to three."""
    published = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randint(0, 1300))
    pools = [EXCHANGES, ROUNDS, ANNOUNCEMENTS, AGREEMENTS, CAPTURES, FILLER, FILLER]
    sentences = []
    for _ in range(rng.randint(8, 20)):
        when = _when(rng, published)
        speaker = rng.choice(SPEAKERS)
        fields = {
            "on": when,
            "on_cap": (when[:1].upper() + when[1:]) or "Meanwhile",
            "speaker": speaker,
            "Speaker": speaker[:1].upper() + speaker[1:],
            "according": f"according to {rng.choice(OUTLETS)}",
            "n": rng.choice([2, 25, 84, 103, 150, 205, 390]),
            "qualifier": rng.choice(["parity-based", "one-for-one", "84-for-84", "all-for-all"]),
            "ordinal": rng.choice(ORDINALS),
            "city": rng.choice(CITIES),
            "topic": rng.choice(TOPICS),
            "topic2": rng.choice(TOPICS),
            "region": rng.choice(REGIONS),
        }
        text = rng.choice(rng.choice(pools)).format(**fields)
        sentences.append(" ".join(text.replace(" ,", ",").replace(" .", ".").split()))
    paragraphs, i = [], 0
    while i < len(sentences):
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    headline = rng.choice(
        [
            f"{rng.choice(['Russia', 'Ukraine', 'Kyiv', 'Moscow'])} confirms prisoner exchange",
            f"Talks in {rng.choice(CITIES)} end with agreement on swaps",
            f"New round of negotiations announced ({number})",
            "Captured soldiers return home",
        ]
    )
    body = "\n\n".join(paragraphs)
    if rng.random() < 0.6:
        outlet = rng.choice(OUTLETS)
        return f"---\ntitle: {headline}\npublished: {published.isoformat()}\noutlet: {outlet}\n---\n{body}\n"
    return f"{headline}\n\n{body}\n"


def generate(folder: Path, count: int = 1000, seed: int = 5) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"article-{number:04d}.{'md' if number % 3 else 'txt'}"
        path.write_text(article(rng, number), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    print(len(generate(args.folder, args.count)), "articles in", args.folder)
