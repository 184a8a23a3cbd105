import datetime as dt
from pathlib import Path

import pytest
from conftest import AS_OF, SEED, write
from test_exchanges import exchanges_of

from parley.articles.load import load_article
from parley.mentions.dates import _PATTERNS
from parley.mentions.extract import (
    _TRIGGER_WORDS,
    _TRIGGERS,
    Event,
    attribution,
    extract_article,
    round_ordinal,
    sentences,
)


@pytest.fixture(scope="module")
def seed_events() -> list[Event]:
    return extract_article(load_article(SEED), AS_OF)[0]


def find(events: list[Event], **fields: object) -> Event:
    matches = [e for e in events if all(getattr(e, k) == v for k, v in fields.items())]
    assert len(matches) == 1, f"{fields}: {[e.model_dump() for e in events]}"
    return matches[0]


def test_every_event_quotes_its_sentence_verbatim(seed_events: list[Event]) -> None:
    body = load_article(SEED).body
    for event in seed_events:
        assert body[event.start : event.end] == event.sentence
        assert event.article == "seed-article"


def test_the_exchange_of_june_20(seed_events: list[Event]) -> None:
    event = find(seed_events, date="2025-06-20", start=0)
    assert event.type == "prisoner_exchange" and event.precision == "day"
    assert "parity-based" in event.title
    assert "TASS" in (event.attribution or "")
    assert event.inferred and "year inferred" in event.resolution


def test_the_announcement_and_the_footage_of_june_19(seed_events: list[Event]) -> None:
    announcement = find(seed_events, date="2025-06-19", type="announcement")
    assert announcement.attribution == "Russian Ministry of Defense"
    footage = find(seed_events, date="2025-06-19", type="other")
    assert footage.sentence.startswith("Later that day, footage emerged")
    assert "'Later that day'" in footage.resolution and "June 19" in footage.resolution


def test_the_second_istanbul_round(seed_events: list[Event]) -> None:
    event = find(seed_events, type="negotiation_round")
    assert (event.date, event.location) == ("2025-06-02", "Istanbul")
    assert event.title == "Round 2 of talks, Istanbul"


def test_the_capture_is_undated_with_its_context(seed_events: list[Event]) -> None:
    event = find(seed_events, type="capture")
    assert event.date is None and event.precision is None
    assert "Buryatia" in (event.context or "") and "Buryatia" in event.title
    assert event.sentence.startswith("His efforts, however, ended in his own capture")


def test_back_references_are_dated_statements(seed_events: list[Event]) -> None:
    # "Prior to the June 20 exchange", "The June 20 exchange, by contrast": each sentence dates a
    # mention of the exchange (the events stage consolidates them into one).
    june_20 = [e for e in seed_events if e.date == "2025-06-20"]
    assert [e.sentence[:20] for e in june_20] == [
        "The prisoner exchang",
        "Prior to the June 20",
        "The June 20 exchange",
    ]
    assert len(seed_events) == 7


def test_a_sentence_with_two_dates_gives_two_events(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "two.md",
        "---\npublished: 2025-06-25\n---\nTwo dates\n\n"
        "Ukraine announced on Monday that the third round of talks would be held in Geneva on July 1.",
    )
    events = extract_article(load_article(path), AS_OF)[0]
    assert [e.date for e in events] == ["2025-06-23", "2025-07-01"]
    assert all(e.sentence.startswith("Ukraine announced") for e in events)


def test_undated_article_keeps_its_events_undated(tmp_path: Path) -> None:
    path = write(
        tmp_path, "nodate.txt", "No dates\n\nThe second round of talks took place in Geneva on June 2."
    )
    events, inference = extract_article(load_article(path), AS_OF)
    assert inference is None
    assert [(e.type, e.date) for e in events] == [("negotiation_round", None)]
    assert "names no year" in events[0].resolution


def test_sentences_split_on_punctuation_not_abbreviations() -> None:
    text = "Gen. Smith met Mr. Jones in the U.S. on Monday. They agreed.\n\nA caption line\nNext para."
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == [
        "Gen. Smith met Mr. Jones in the U.S. on Monday.",
        "They agreed.",
        "A caption line",
        "Next para.",
    ]
    # A transcript's pause before a count runs on; before a capital it may end a sentence.
    text = "Russia and Ukraine each exchanged... 307 of their service personnel. Women... We exchanged two."
    assert [text[s:e] for s, e in sentences(text)] == [
        "Russia and Ukraine each exchanged... 307 of their service personnel.",
        "Women...",
        "We exchanged two.",
    ]


def test_extraction_uses_publication_date(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "pub.md",
        "---\npublished: 2026-01-03\n---\nHeadline\n\nThe prisoners were exchanged on December 30.",
    )
    event = extract_article(load_article(path), AS_OF)[0][0]
    assert (event.date, event.type, event.inferred) == ("2025-12-30", "prisoner_exchange", False)
    assert "publication (2026-01-03)" in event.resolution
    assert dt.date.fromisoformat(event.date) == event.day


def test_each_date_takes_the_type_of_its_clause(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mixed.md",
        "---\npublished: 2025-06-25\n---\nMixed\n\n"
        "Ukraine announced on Monday that the third round of talks would be held in Geneva on July 1.",
    )
    events = extract_article(load_article(path), AS_OF)[0]
    assert [(e.date, e.type) for e in events] == [
        ("2025-06-23", "announcement"),
        ("2025-07-01", "negotiation_round"),
    ]


def test_one_date_takes_the_type_its_clause_gives_and_is_done_when_what_leads_to_it_is(
    tmp_path: Path,
) -> None:
    write(
        tmp_path,
        "one.md",
        "---\npublished: 2026-05-15\n---\nOne\n\nRussia and Ukraine exchanged 205 prisoners of war each on "
        "Friday, the ministry said, a week after Trump announced a large swap would take place.",
    )
    (event,) = [e for e in extract_article(load_article(tmp_path / "one.md"), AS_OF)[0] if e.date]
    assert (event.date, event.type) == ("2026-05-15", "prisoner_exchange")
    (exchange,) = [x for x in exchanges_of(tmp_path) if x["date"]]
    assert (exchange["status"], exchange["to_ukraine"], exchange["to_russia"]) == ("done", 205, 205)


def test_a_dateline_dates_the_report_not_an_event(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "wire.txt",
        "Wire copy\n\nKYIV, June 20, 2025 (Reuters) - Russia and Ukraine exchanged prisoners on Thursday, "
        "RIA said.\n\nTalks will resume at the weekend.",
    )
    dateline, *events = extract_article(load_article(path), AS_OF)[0]
    assert (dateline.date, dateline.not_event) == ("2025-06-20", "dateline")
    assert [(e.date, e.end_date, e.type, e.not_event) for e in events] == [
        ("2025-06-19", None, "prisoner_exchange", None),
        ("2025-06-21", "2025-06-22", "negotiation_round", None),
    ]
    assert events[0].attribution == "RIA" and "dateline" in events[0].resolution


def statements(
    tmp_path: Path, body: str, published: str = "2025-06-02"
) -> list[tuple[str | None, str | None]]:
    path = write(tmp_path, "real.md", f"---\npublished: {published}\n---\nHeadline\n\n{body}")
    return [(e.date, e.not_event) for e in extract_article(load_article(path), AS_OF)[0]]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("ISTANBUL, June 2. /TASS/. The second round of talks has ended.", "dateline"),
        ("Published: Mon, June 2, 2025, 6:12 PM", "publication line"),
        ("By Jane Smith, June 2, 2025", "byline"),
        ("by The Kyiv Independent news desk June 2, 2025 3:14 PM 1 min read", "byline"),
        ("Photo: Reuters/Valentyn Ogirenko, June 2, 2025", "photo credit"),
        ("Alyona Mazurenko - Monday, 2 June 2025, 21:40", "timestamp"),
        ("AFP Published June 2, 2025 Updated June 2, 2025 02:08pm", "publication line"),
        ("Jane Smith (@jsmith) Published June 2, 2025 | 10:45 PM", "publication line"),
        ("June 2, 2025", "date stamp"),
        ("2025-06-02 | 12:23", "date stamp"),
        ("2025-06-02 22:17:45", "date stamp"),
        ("June 2 (UPI) -- Ukraine and Russia swapped prisoners.", "dateline"),
        ("ABU DHABI, (WAM - 2nd Jun, 2025) The UAE announced a swap.", "dateline"),
        ("Istanbul, June 2 :  Russia has agreed to meet Kiev half-way.", "dateline"),
        ("New Delhi (India) June 2: In less than two hours, the talks ended.", "dateline"),
        (
            "Istanbul, June 2 (IANS) Turkish President Recep Tayyip Erdogan has said he may speak with Putin.",
            "dateline",
        ),
    ],
)
def test_lines_that_state_no_event_come_back_marked(tmp_path: Path, line: str, why: str) -> None:
    assert statements(tmp_path, line)[0] == ("2025-06-02", why)


@pytest.mark.parametrize(
    "line",
    [
        "The report Published on June 2, 2025 by the ministry says prisoners were exchanged.",
        "June 2 was the day the prisoners came home.",
        "Prisoners came home on June 2, 2025",
    ],
)
def test_statements_that_only_look_like_stamps_stay_statements(tmp_path: Path, line: str) -> None:
    assert statements(tmp_path, line)[0] == ("2025-06-02", None)


def test_a_caption_is_a_statement_not_a_credit(tmp_path: Path) -> None:
    assert statements(tmp_path, "Photo: Delegations meet in Istanbul on June 2.") == [("2025-06-02", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Today, 2 June 2025, the prisoners came home.",
        "The exchange took place on Sunday (June 1).",
        "The exchange took place on Sunday, June 1.",
        "Earlier this month, on 1 June, the prisoners came home.",
    ],
)
def test_the_same_date_said_twice_is_one_statement(tmp_path: Path, sentence: str) -> None:
    assert len(statements(tmp_path, sentence)) == 1


def test_a_back_reference_is_a_dated_statement(tmp_path: Path) -> None:
    body = "Prisoners were exchanged on May 23.\n\nThe May 23 exchange was the largest."
    assert statements(tmp_path, body) == [("2025-05-23", None), ("2025-05-23", None)]


def test_a_pronoun_is_no_attribution(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-06-02\n---\nT\n\nHe said the prisoners were exchanged on Sunday.",
    )
    (event,) = extract_article(load_article(path), AS_OF)[0]
    assert event.attribution is None


def test_a_date_the_speaker_spoke_on_is_the_announcement_s(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\npublished: 2026-01-29\n---\nT\n\nOn January 28, Peskov told reporters that negotiations in Abu Dhabi"
        " were planned to continue on February 1.",
    )
    events = extract_article(load_article(path), AS_OF)[0]
    assert (events[0].date, events[0].type) == ("2026-01-28", "announcement")
    assert events[1].date == "2026-02-01"
    assert "within a fortnight" in events[1].resolution


def test_the_date_of_an_announcement_of_a_swap_done_is_the_swap_s(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.md",
        "---\npublished: 2022-06-29\n---\nT\n\nUkraine announced it has secured the release of 144 Ukrainian "
        "soldiers Wednesday.\n\nZelensky announced on Wednesday that 49 Ukrainian prisoners of war have been "
        "successfully returned from Russia.\n\nKyiv announced on Wednesday that a swap will follow.",
    )
    events = extract_article(load_article(path), AS_OF)[0]
    assert [(e.date, e.type) for e in events] == [
        ("2022-06-29", "prisoner_exchange"),
        ("2022-06-29", "prisoner_exchange"),
        ("2022-06-29", "announcement"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The second round of talks opened with a speech by the minister© Jane Doe/Agency.",  # a caption
        "Soldiers return home after the prisoner exchange (AP Photo/Jane Doe).",
        "A freed soldier after the prisoner exchange (X/President Volodymyr Zelensky).",
        "The exchange marks the 19th mediation effort by the UAE",  # a standfirst: no full stop
        "The minister expressed hope for new agreements on the exchange of prisoners.",
        "He called for an exchange of all prisoners.",
    ],
)
def test_captions_standfirsts_and_wishes_are_no_undated_statements(tmp_path: Path, line: str) -> None:
    assert statements(tmp_path, line) == []


def test_the_sentence_after_a_standfirst_is_the_undated_statement(tmp_path: Path) -> None:
    body = "The exchange marks the 19th mediation effort by the UAE\n\nThe UAE said its mediation led to a prisoner exchange."
    path = write(tmp_path, "standfirst.md", f"---\npublished: 2025-06-02\n---\nHeadline\n\n{body}")
    (event,) = extract_article(load_article(path), AS_OF)[0]
    assert event.date is None and event.sentence.startswith("The UAE said")


@pytest.mark.parametrize(
    "line",
    [
        "Xinhua) 09:05, June 2, 2025",
        "02 Jun 2025 12:49AM (Updated: 02 Jun 2025 12:49AM)",
        "TIANJIN /China/, June 2. /TASS/.",
        "BELOVEZHSKAYA PUSHCHA (Belarus), June 2. /TASS/.",
        "— Volodymyr Zelenskyy / Володимир Зеленський (@ZelenskyyUa) June 2, 2025",
        "KYIV, 2 June 2025, (TON): Ukraine said it had secured the release of 64 soldiers.",
        "Jun 2, 2025 (Bloomberg) –US officials are meeting with a Ukrainian delegation.",
        "1st Monday, June 2025 - 09:30 UTC",
        "(Adds details) CAIRO, June 2 (Reuters) -",
    ],
)
def test_stamps_and_foreign_datelines_state_no_event(tmp_path: Path, line: str) -> None:
    assert statements(tmp_path, line)[0][1] is not None


def test_relative_dates_count_from_a_wire_s_dateline(tmp_path: Path) -> None:
    # Filed on Friday 23 January, published the next day: "on Friday" is the dateline's day.
    body = "ABU DHABI, Jan. 23 (Xinhua) -- The president met the delegations on Friday."
    assert statements(tmp_path, body, published="2026-01-24") == [
        ("2026-01-23", "dateline"),
        ("2026-01-23", None),
    ]


def test_a_stop_glued_to_the_next_sentence_ends_one() -> None:
    text = "The talks commenced today, the ministry said in a statement.At the same time, he spoke."
    assert [text[s:e] for s, e in sentences(text)] == [
        "The talks commenced today, the ministry said in a statement.",
        "At the same time, he spoke.",
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "Umerov reads a statement after the talks in Geneva. (February 18, 2026)",
        "Medinsky and other members of the Russian delegation in Istanbul. July 23, 2025.",
    ],
)
def test_a_parenthesis_or_date_ending_a_caption_s_line_is_part_of_it(caption: str) -> None:
    text = f"{caption}\n\nThe talks ended."
    assert [text[s:e] for s, e in sentences(text)] == [caption, "The talks ended."]


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The second round of talks took place in Istanbul on June 2.", 2),
        ("Talks concluded on Thursday, following a first round of meetings on Wednesday.", None),
        ("The sides met for a third round of talks in Istanbul on Wednesday.", 3),
        ("Russia proposed a first round of talks in Istanbul on May 16.", 1),
    ],
)
def test_a_round_s_number_is_the_track_s_not_a_session_s(sentence: str, number: int | None) -> None:
    assert round_ordinal(sentence) == number


@pytest.mark.parametrize(
    "sentence",
    [
        "We managed to free 32 of our soldiers, Yermak said on October 11.",
        "On 12 July, Kotenko said that Ukraine had managed to recover the bodies of 19 people.",
        "On November 8, the Coordination Headquarters reported the return of 563 bodies.",
        "Ukraine said on Jan 29 that it had received from Russia 1,000 remains of people.",
    ],
)
def test_the_living_freed_and_the_dead_returned_are_exchanges(tmp_path: Path, sentence: str) -> None:
    path = write(tmp_path, "a.md", f"---\npublished: 2025-06-02\n---\nT\n\n{sentence}")
    (event,) = extract_article(load_article(path), AS_OF)[0]
    assert event.type == "prisoner_exchange"


def test_a_speaker_named_after_the_quotation_with_what_he_is(tmp_path: Path) -> None:
    body = (
        '"We managed to free 32 of our soldiers," Andriy Yermak, head of the president\'s office, '
        "said on October 11 on social media."
    )
    path = write(tmp_path, "a.md", f"---\npublished: 2022-10-11\n---\nT\n\n{body}")
    (event,) = extract_article(load_article(path), AS_OF)[0]
    assert event.attribution == "Andriy Yermak"


def test_an_exchange_title_names_its_formula_whole(tmp_path: Path) -> None:
    write(
        tmp_path,
        "f.md",
        "---\npublished: 2025-05-23\n---\nF\n\nThe first stage of the 1,000-for-1,000 exchange took place on Friday.",
    )
    (event,) = extract_article(load_article(tmp_path / "f.md"), AS_OF)[0]
    assert event.title == "Prisoner exchange, 1,000-for-1,000"


def test_a_sentence_is_searched_for_a_pattern_unless_it_lacks_every_word_the_pattern_needs() -> None:
    """The words that let a sentence skip a trigger or a date pattern are in every match of it, in
    the real-news set's sentences."""
    real = Path(__file__).parent / "eval" / "real"
    texts = [
        body[s:e]
        for path in sorted(real.glob("*/articles/*.md"))
        for body in [load_article(path).body]
        for s, e in sentences(body)
    ]
    needs = [(p, words) for _, p, words in _PATTERNS if words]
    needs += [(p, _TRIGGER_WORDS[kind]) for kind, p in _TRIGGERS]
    lowered = [text.lower() for text in texts]
    for pattern, words in needs:
        for text, lower in zip(texts, lowered, strict=True):
            if not any(w in lower for w in words):
                assert not pattern.search(text), (pattern.pattern[:60], text)


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Nine prisoners returned home, as reported by the Russian Defence Ministry on Saturday.",
            "Russian Defence Ministry",
        ),
        (
            "The swap took place on Sunday, according to authorities from both countries on Sunday.",
            "authorities from both countries",
        ),
        (
            "Bodies were returned on May 2, according to the Coordination Headquarters on Telegram.",
            "Coordination Headquarters",
        ),
        ("The exchange took place on Friday, according to sources in the Kremlin.", "sources in the Kremlin"),
        (
            "Ukraine carried out a prisoner exchange with Russia on Saturday, with seven soldiers and seven civilians"
            " coming home, deputy prime minister Iryna Vereshchuk said in a online posting.",
            "deputy prime minister Iryna Vereshchuk",
        ),
        ("The swap took place on Friday, the ministry said.", None),
        # (a conjunction is no title)
        ("Ninety soldiers came home on Saturday, and Zelensky said more exchanges would follow.", None),
        (
            "Nine came home, as reported by the Russian Defence Ministry late on Saturday.",
            "Russian Defence Ministry",
        ),
    ],
)
def test_when_a_source_spoke_is_no_part_of_its_name(sentence: str, who: str | None) -> None:
    assert attribution(sentence) == who


def test_an_abbreviated_title_does_not_end_the_sentence() -> None:
    text = "“We would help with security,” Pres. Trump said tonight."
    assert [text[s:e] for s, e in sentences(text)] == [text]
