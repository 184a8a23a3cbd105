"""Negotiation rounds, as analysts name them: each round is one meeting (often over two days)
of a *track* — where the talks are held, when (Istanbul 2022 and Istanbul 2025 are different
tracks) and in what format — joined across articles, with its delegation heads and hosts, its
topics, and the exchanges that carried out what it agreed.

Venues come from a gazetteer (knowledge/venues.yaml): a place it does not list — a city where
fighting happens — is never a venue."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from pydantic import BaseModel, Field

from parley.articles.load import Article
from parley.config import knowledge
from parley.events.overlaps import Overlaps
from parley.memo import kept, kept_by_digest
from parley.mentions.dates import MONTH_NAMES, MONTHS, NUMBERS, date_span, spoken_on
from parley.mentions.extract import (
    ORDINALS,
    Event,
    Precision,
    mentions_type,
    round_ordinal,
    sentence_spans,
    span,
    topics,
)

UNKNOWN_SERIES = "venue not stated"
# An unnumbered round this far from every round its article places is another meeting.
_OTHER_MEETING_DAYS = 30
# A sentence dating this many rounds lists them ("three rounds—on Jan. 23–24, Feb. 4–5 and Feb.
# 17–18—"); a date in it is at a venue the sentence names only when that venue is within
# _BESIDE characters of it.
_LISTED_ROUNDS = 3
_BESIDE = 40
# Rounds of one series are weeks apart; two dates this close, one of them unnumbered, are one round.
_SAME_ROUND_DAYS = 2
# Talks held in a week and talks on a day may lie this far apart ("held talks a week ago", said on a
# Monday, is the Friday before): see `_same_round`.
_WEEK_SLACK_DAYS = 3
# A round this many articles report keeps the number its own sentences give against one article's
# count of rounds (`_counted`).
_WELL_NUMBERED = 10
# The most days one round is held on (Riyadh's 23–25 March 2025 is three).
_LONGEST_ROUND_DAYS = 4
# How many articles giving a round's other day outvote one that alone gives a day (`_outvoted`).
OUTVOTING = 3
# A day given by at most one article in this many of those giving the other is outvoted too;
# a span of both days, by at most one in _FEW_SPANNING.
_FEW_IN = 6
_FEW_SPANNING = 15
# How far after a meeting's first day its other sentences may be dated: two days, and three more.
_NEAR_DAYS = _SAME_ROUND_DAYS + 3
# Talks at one venue this far apart belong to different tracks (Istanbul 2022, Istanbul 2025).
TRACK_GAP_DAYS = 240
# A first round begins a track of its own only this long after the talks before it at its venue,
# in its format ("the first round" six days after other talks there is more likely their sequel).
_OPENS_AFTER_DAYS = 30
# A planned round that took place is held this long after the days it was planned for, at most.
_PLANNED_SLIP_DAYS = 14
_DATES = ("date", "end_date", "precision")
_OUTCOME_TYPES = ("prisoner_exchange", "agreement")
_COUNT = r"(?P<count>two|three|four|five|six)"
_DAYS_OF_TALKS = re.compile(
    # ("a third straight day of talks in Miami on Saturday")
    rf"\b(?:{_COUNT}[- ]days?|(?:the|a) (?P<nth>second|third|fourth) (?:(?:straight|consecutive|successive) )?day)"
    # ("The second day of trilateral Ukraine-U.S.-Russia negotiations … concluded", "a second day of
    # US-brokered meetings concluded in Geneva on Wednesday")
    r" of (?:[\w.-]+\s+){0,3}?"
    r"(?:talks|negotiations|discussions|consultations|meetings)\b"
    # "The two-day talks ... kicked off in Switzerland on Tuesday"
    rf"|\b(?P<adjective>{_COUNT.replace('count', 'days')})-day\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:talks|negotiations|discussions|consultations|meeting|round|summit)\b"
    # ("Trilateral talks among Ukraine, the U.S., and Russia entered their second day in Geneva")
    r"|\b(?:talks|negotiations|discussions|consultations)\b[^;]{0,80}?\bentered\s+(?:their|its)\s+"
    r"(?P<entered>second|third|fourth)\s+day\b",
    re.I,
)
_TWO_DAYS = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:and|&)\s+\d{1,2}(?:st|nd|rd|th)?\b")
_OPENING = re.compile(
    r"\b(?:open|opens|opened|begin|begins|began|start|starts|started|will|kick(?:s|ed)?\s+off)\b", re.I
)
# ("The two-day talks in Geneva on Tuesday" says neither which day it was.)
_CLOSING = re.compile(r"\b(?:ended|end|ends|concluded|concludes|wrapped\s+up|closed|finished)\b", re.I)
_FOLLOWS = re.compile(rf"\b(?:follows?|followed|following|after) {_COUNT}\s+(?:[\w.-]+\s+)?rounds\b", re.I)
_FOLLOWED_BY = re.compile(
    rf"\b{_COUNT}\s+(?:[\w.-]+\s+)?rounds\b[^;]{{0,120}}?\bfollowed\s+by\s+(?:another|one\s+more|a\s+new)\s+round\b",
    re.I,
)
_AFTER_ROUNDS = re.compile(rf"\W*(?:After|Following)\s+{_COUNT}\s+(?:[\w.-]+\s+)?rounds\b[^,;]*,", re.I)
_AGREED_AT = re.compile(
    r"\b(?:agreed|agreements?\s+(?:were\s+|was\s+)?reached(?:\s+by\s+the\s+(?:two\s+)?sides)?)"
    # "agreed to another large-scale prisoner exchange at talks in Istanbul on Monday"
    r"(?:\s+(?:to|on)\s+[^.;]{1,80}?\s+at\s+(?:the\s+)?(?:talks|negotiations))?\s+(?:in|at)\s+(?:the\s+)?",
    re.I,
)
_TALKS_ENDED = re.compile(
    r"\b(?:talks|negotiations|round)\b[^.;]{0,80}?\b(?:ended|finished|concluded|wrapped\s+up|closed)\s+(?:on\s+)?$",
    re.I,
)
# "the agreements reached on July 23 in Istanbul": the date before the venue.
_REACHED_ON = re.compile(r"\bagreements?\s+(?:that\s+)?(?:were\s+|was\s+)?reached\s+on\s+", re.I)
_AT_VENUE = re.compile(r"\s*,?\s*(?:in|at)\s+(?:the\s+)?")
# "The landmark agreement was reached during the first in-person meeting …, held in Istanbul on May
# 16, 2025": the meeting's venue, then its date.
_HELD_AT = re.compile(
    # (The meeting's own participle: not "The exchange agreed at the meeting was held in Belarus on …".)
    r"\b(?:talks|negotiations|meeting|round)\b(?:[^.;]{0,100}?,\s*|\s+)held\s+(?:in|at)\s+(?:the\s+)?"
    r"(?=[^.;\d]{1,40}?\s+on\s+$)",
    re.I,
)
# "on June 2, 2025, the Istanbul agreements were reached": the date, then the venue's agreements.
_VENUE_AGREEMENTS = re.compile(
    r",?\s+the\s+(?P<venue>[A-Z][\w\s-]{1,30}?)\s+agreements?\s+(?:were|was)\s+reached\b"
)
# "After 9 hours of talks in Saudi Arabia, Ukrainian and American delegations announced an agreement
# … last night": the talks ended the day the agreement was announced.
_AFTER_TALKS_IN = re.compile(
    r"^After\s+(?:[\w-]+\s+){0,3}?(?:hours?|days?)\s+of\s+(?:[\w-]+\s+)?(?:talks|negotiations)\s+(?=in\s|at\s)"
)
# "their first direct peace talks since 2022", "the first talks in three years": a track's first
# round ("the first face-to-face talks in two weeks" is only the latest).
_FIRST_SINCE = re.compile(
    r"\bfirst\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|meeting|engagement)\s+(?:[\w,-]+\s+){0,6}?"
    r"(?:since|in\s+(?:more\s+than\s+|over\s+)?(?:\w+\s+)?years)\b"
    # "officials from both countries met in Riyadh for the first time since the start of the war"
    # ("delegations meet in neighboring Belarus for the first time after the invasion")
    r"|\b(?:met|meet)\s+(?:[\w,-]+\s+){0,4}?for\s+the\s+first\s+time\s+(?:since|after)\b"
    # "a meeting at the end of last week in the UAE, which ... for the first time in many years
    # was of a trilateral format"
    r"|\bfor\s+the\s+first\s+time\s+in\s+(?:many|several|(?:more\s+than\s+|over\s+)?\w+)\s+years\b"
    # "Direct negotiations between Moscow and Kiev resumed a week ago after a long hiatus" (not
    # "resumed on Monday after a two-week break")
    r"|\b(?:talks|negotiations)\s+(?:[\w-]+\s+){0,6}?resumed\s+(?:[\w-]+\s+){0,6}?after\s+"
    r"(?:a\s+)?(?:(?:long|lengthy|years-long|[\w-]+-year)\s+(?:hiatus|break|pause)"
    r"|(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\w+\s+)?years)\b",
    re.I,
)
# ("the first face-to-face meeting between the sides since March 10": only the latest.)
_SINCE_A_DAY = re.compile(rf"\s+(?:{MONTH_NAMES})\.?\s+\d")
# "hosted two rounds of trilateral talks in Abu Dhabi": how many rounds a venue has held.
_COUNTED = re.compile(
    rf"\b{_COUNT}\s+(?:\w+\s+)?rounds\s+of\s+(?:[\w.-]+\s+){{0,3}}?(?:talks|negotiations)\b", re.I
)
# "the officials who led two previous rounds in Abu Dhabi": the rounds before the one reported.
_PREVIOUS = re.compile(rf"\b{_COUNT}\s+(?:previous|earlier|prior)\s+rounds\b", re.I)
# "negotiators were to resume a second round of US-mediated peace talks in Geneva on Wednesday":
# the talks' second day, not the track's second round.
_RESUMED = re.compile(r"\b(?:resume|resumed|resumes|continue|continued)\s+(?:a|the)\s+second\s+round\b", re.I)
# "The first meeting of a trilateral Russia-US-Ukraine working group was held in Abu Dhabi":
# the meetings of a group are its rounds.
# "… February 17-18, 2026, marking the third such trilateral meeting involving the United States":
# a meeting numbered as it is told.
_NTH_MEETING = re.compile(
    r"\bthe\s+(?P<ordinal>first|second|third|fourth|fifth)\s+(?:[\w-]+\s+){0,2}?meeting\s+of\s+"
    r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:working\s+group|delegations)\b"
    r"|\bmarking\s+the\s+(?P<marked>second|third|fourth|fifth)\s+(?:such\s+)?(?:[\w-]+\s+)?meeting\b"
    # ("the trilateral … working group on security issues will have its first meeting in Abu Dhabi")
    r"|\bworking\s+group\b[^.;]{0,60}?\b(?:have|hold)\s+its\s+(?P<its>first|second|third|fourth|fifth)\s+meeting\b",
    re.I,
)
# Days between a round and the publication of the article that reports it as news.
_LEAD_DAYS = 2
_NEW_ROUND = re.compile(r"\b(?:a|the)\s+(?:new|next|fresh|latest|another)\s+round\b", re.I)
# A headline that looks to a round ahead numbers that one, not the one its text reports ("Kremlin
# hopes for third round of talks with Kyiv", over the round just held).
_HEADLINE_AHEAD = re.compile(
    r"\b(?:hopes?|plans?|planned|proposes?|proposed|calls?\s+for|wants?|seeks?|eyes|next|to\s+(?:hold|host)|set\s+for"
    r"|ahead|before|will|would|could|may|might|expected|possible|upcoming|prepares?|awaits?)\b",
    re.I,
)
# "The two-day meeting marks the third round": the sentence after a round's numbers it.
_MARKS = re.compile(
    # ("This was already the third round since the renewal of the … delegations")
    r"\W*(?:The|This|It|That)\b[^.;]{0,40}?\b(?:marks|is|was|became)\s+(?:already\s+|now\s+|also\s+)?the\s+"
    r"(?P<ordinal>\w+)\s+round\b"
    # ("It was the third round of prisoner exchanges this year": not talks)
    r"(?!\s+of\s+(?:[\w-]+\s+){0,2}?(?:swaps?|exchanges?|evacuations?|repatriations?|sanctions|strikes|attacks)\b)"
)
# "the next round of negotiations would also take place ... in Geneva": the round after those told.
_NEXT_ROUND = re.compile(r"\b(?:the\s+next|a\s+new|another)\s+round\b", re.I)
# "Peace talks ... will continue on December 15": a held round's next day.
_CONTINUE = re.compile(
    r"\b(?:will|would|to|are set to|are expected to)\s+(?:\w+\s+)?continue\b"
    r"|\bcontinuation\s+of\s+(?:the\s+)?(?:talks|negotiations)\b",  # ("confirmed the continuation of the talks on Monday")
    re.I,
)
# A condition: "it would bode well if they ... continue on Wednesday" is no plan.
_IF = re.compile(r"\bif\b", re.I)


def _continues(sentence: str) -> bool:
    """The sentence says the talks are to continue, and not only on a condition."""
    found = _CONTINUE.search(sentence)
    return found is not None and not _IF.search(sentence, 0, found.start())


# A sentence tying what followed to the talks: "carried out as part of the agreements reached".
_LINK = re.compile(r"\b(?:talks|negotiations|round|session|agreements? reached|as part of)\b", re.I)
# Who is at the table, as a sentence names them: the parties and their capitals here, their people
# (negotiators, leaders, spokesmen) from knowledge/people.yaml.
_PARTY_WORDS = {
    "United States": r"U\.S\.(?!\w)|\b(?:US|American\w*|United States|Washington)\b",
    "Russia": r"(?i:\b(?:Russia\w*|Moscow|Kremlin)\b)",
    "Ukraine": r"(?i:\b(?:Ukrain\w*|Kyiv|Kiev)\b)",
}
# A country named as what the talks are about, not as a party: "Russia's war in Ukraine", "the
# Ukrainian settlement", "a peace plan for Ukraine".
# "Russia was not invited", "Russia is absent": a side named as away from the table.
_LEFT_OUT = r"(?:is|was|were)\s+(?:not\s+(?:involved|invited|present|represented)|absent)\b"
_NOT_A_PARTY = re.compile(
    # ("a US-Russia summit on Ukraine": Ukraine is its subject, not at its table)
    r"\b(?:war|invasion|conflict|aggression|crisis|settlement|peace|plan|ceasefire|truce|fighting|summit)\s+"
    r"(?:in|on|against|of|for|with|over)\s+(?:the\s+)?(?:Ukraine|Russia)\b"
    # ("met with … Zelensky at the White House …, seeking to seize the ongoing war between Russia and
    # Ukraine": the war's sides, not the table's)
    r"|\b(?:war|conflict|fighting|hostilities)\s+between\s+(?:Russia|Ukraine)\s+and\s+(?:Russia|Ukraine)\b"
    # ("held talks with U.S. negotiators on Ukraine")
    r"|\b(?:talks|negotiations|negotiators|envoys?|consultations|discussions)\s+on\s+(?:Ukraine|Russia)\b"
    r"|\b(?:Russia|Ukraine)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:war|invasion|aggression)"
    r"(?:\s+(?:in|on|against)\s+(?:Ukraine|Russia))?\b"
    # ("ahead of the negotiations on Ukraine settlement")
    r"|\b(?:Russo-Ukrainian|Russia-Ukraine|Ukrainian|Russian|Ukraine)\s+(?:war|crisis|settlement|conflict)\b"
    # ("Ukraine and the United States began talks in Geneva ..., to discuss preparations for the
    # next meeting with Russia": a meeting still to come, with another party.)
    r"|\b(?:for|ahead\s+of|before)\s+(?:the\s+)?(?:next|upcoming|coming)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|round|talks|negotiations)\s+with\s+(?:the\s+)?(?:Russia|Ukraine)\w*"
    # ("according to the Washington Post": an outlet, not a party)
    r"|\b(?:Washington|Moscow|Kyiv|Kiev)\s+(?:Post|Times|Independent|Examiner)\b"
    # ("a possible land swap between territories held by Ukraine …, despite not including Kyiv in the
    # talks": land the talks are about, and a side left out)
    r"|\b(?:territor(?:y|ies)|land)\s+(?:held|claimed)\s+by\s+(?:Ukraine|Russia|Kyiv|Kiev|Moscow)\b"
    r"|\b(?:not\s+including|excluding)\s+(?:Ukraine|Kyiv|Kiev|Zelensk[iy]y?)\b"
    # ("Trump and Zelensky met in the White House; Russia was not invited")
    rf"|\b(?:Russia|Moscow|Ukraine|Kyiv|Kiev)\s+{_LEFT_OUT}",
    re.I,
)
# "talks between the US and Ukrainian delegations", "the meeting scheduled to take place between
# Trump and Putin": who met, whoever else the sentence names.
_BETWEEN = re.compile(
    r"\b(?:talks|negotiations|meeting|consultations|summit)\s+(?:[\w-]+\s+){0,4}?between\s+"
    # ("talks between Russia, the United States and Ukraine": a list's commas end no party)
    r"(?P<parties>[^.;:]{3,100}?)(?=,(?!\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,3}and\s)|[.;:]"
    r"|\s+(?:in|at|on|to|over|that|which|ahead|aimed|there|after)\b|$)",
    re.I,
)
# "Turkish, American and Ukrainian delegations met at the Dolmabahce Palace … as part of the
# Russian-Ukrainian peace talks": the delegations that met, not the talks they were part of.
_NATIONS_MET = re.compile(
    r"\b(?P<parties>(?:(?:Turkish|American|US|U\.S\.|Ukrainian|Russian)(?:,\s*|\s+and\s+))+"
    r"(?:Turkish|American|US|U\.S\.|Ukrainian|Russian))\s+(?:delegations|officials|negotiators)\s+"
    r"(?:have\s+|had\s+)?(?:met|held)\b"
)
# "After the Istanbul talks, …", "Following the meeting in Geneva, …": a round before what is told.
_AFTER_THE_TALKS = re.compile(
    r"\W*(?:After|Following)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:talks|negotiations|meeting|round)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]*)?\s*,",
    re.I,
)
# A sentence about talks, whose parties may lend its article's talks their format.
_TALKED = re.compile(r"\b(?:talks|negotiations|consultations|round|meetings?)\b", re.I)
_MEET = re.compile(rf"{_TALKED.pattern}|\b(?:rounds|meet|met)\b", re.I)
# Venues a sentence gives that are not its round's (`venue_of`): where the talks before it were,
# where the earlier rounds met, and what a speaker added.
_AFTER_OTHERS = re.compile(
    r"\b(?:following|after)\s+(?:(?:the\s+)?(?:earlier|previous|prior)\s+(?:[\w-]+\s+)?(?:rounds?|talks|discussions"
    # ("This is the third round of trilateral talks this year, following meetings in Abu Dhabi")
    # ("the third round of direct talks organized by the U.S., after meetings earlier this year in Abu Dhabi")
    # ("took place on Thursday, March 10, after several rounds of inconclusive negotiations in Belarus")
    r"|meetings|negotiations)|(?:two\s+|several\s+)?(?:meetings|rounds)"
    r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|discussions))?)\s+(?:held\s+)?"
    r"(?:(?:earlier\s+this|last|this)\s+(?:year|month|week)\s+)?(?:(?:in|at)\s+(?:the\s+)?)?$"
    # ("Putin met late Thursday with an American delegation …, a day before planned trilateral
    # discussions in Abu Dhabi")
    r"|\b(?:a\s+day|two\s+days|days|hours|a\s+week)\s+(?:before|ahead\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|discussions|meetings?|negotiations|round)\s+(?:in|at)\s+(?:the\s+)?$"
    # ("The April 11 meeting follows a second round of diplomatic talks in Istanbul")
    r"|\b(?:follows?|comes\s+after|came\s+after)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:round|meeting|session)\s+"
    r"of\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|discussions|consultations)\s+(?:in|at)\s+(?:the\s+)?$",
    re.I,
)
_ADDING = re.compile(r",\s+(?:adding|saying|noting|stressing)\s+(?:that\s+)?", re.I)
_OTHER_ROUNDS_AT = re.compile(
    r"\b(?:first|previous|earlier|prior|past|last)\s+(?:(?:two|three|four|\d+)\s+)?(?:rounds|meetings|sessions)\b"
    r"[^.;]{0,40}?\b(?:held|took\s+place)\s+(?:(?:in|at)\s+(?:the\s+)?)?$",
    re.I,
)
# "trilateral talks", "US-brokered talks" of the two sides: the United States at the table, unless
# the third party is Türkiye ("a trilateral meeting between delegations from Türkiye, Russia and
# Ukraine").
_THREE_WAY = re.compile(r"\b(?:trilateral|three-(?:way|party|sided))\b", re.I)
_US_AT_TABLE = re.compile(
    r"\b(?:US|U\.S\.|American|United States)[- ](?:brokered|mediated|backed|led|hosted)\b"
    # ("talks between Ukraine and Russia, brokered by the U.S.")
    r"|\b(?:brokered|mediated|facilitated|hosted)\s+by\s+(?:the\s+)?(?:US|U\.S\.|United States|Washington)(?!\w)",
    re.I,
)
_TURKISH = re.compile(r"\bT(?:ü|u)rk\w*\b")
# "the resumption of direct Russia-Ukraine negotiations": the two sides' own talks, whoever else
# the sentence names as supporting them.
_TWO_SIDED = re.compile(
    r"\b(?:Russia-Ukraine|Ukraine-Russia|Russian-Ukrainian|Ukrainian-Russian)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|negotiations|meeting|round|consultations)\b",
    re.I,
)
# ("the first direct talks in three years between the warring countries took place in Istanbul")
_WARRING = re.compile(
    r"\bbetween\s+the\s+(?:two\s+)?warring\s+(?:countries|sides|parties|nations|states|neighbou?rs)\b", re.I
)
# "on the eve of bilateral US-Ukrainian talks": the pair that sits at the table, whoever else the
# sentence names.
_BILATERAL = re.compile(
    r"\bbilateral\s+(?P<parties>(?:US|American|Ukrainian|Russian)[-–](?:US|American|Ukrainian|Russian))(?![-–])",
    re.I,
)
# "Ukraine–partners": Ukraine with the states it gathers, Russia absent (the peace-formula
# meetings of national security advisers in Copenhagen, Jeddah and Malta, the Bürgenstock summit).
FORMATS = ("Russia–Ukraine", "US–Ukraine–Russia", "US–Russia", "US–Ukraine", "Ukraine–partners")
_PARTNERS = re.compile(
    r"\bnational\s+security\s+advis[eo]rs\s+(?:from|of)\s+(?:around\s+|some\s+|more\s+than\s+|about\s+)?(?:\d+|dozens|several)"
    r"|\b(?:meeting|consultations|summit|conference)s?\s+(?:at\s+the\s+level\s+)?of\s+national\s+security\s+advis[eo]rs"
    r"|\b(?:meeting|consultations|summit|conference|talks)s?\s+(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"peace\s+formula\b|\bpeace\s+formula\s+(?:meeting|summit|talks|consultations|conference)"
    r"|\bSummit\s+on\s+Peace\s+in\s+Ukraine\b"
    rf"|\b(?:Russia|Moscow)\s+{_LEFT_OUT}",
    re.I,
)


class Round(BaseModel):
    id: str = ""
    series: str  # the track: venue and the year it began, "Istanbul 2025"
    round: int | None
    round_inferred: bool = False
    date: str | None
    end_date: str | None = None
    precision: Precision | None
    location: str | None
    venue: str | None = None
    format: str = "Russia–Ukraine"
    status: str = "done"  # held ("done"), or only planned, agreed, postponed or cancelled so far
    heads: list[str] = []  # delegation heads the texts name
    hosts: list[str] = []  # hosts and mediators the texts name
    topics: list[str] = []
    outcomes: list[str] = []
    exchanges: list[str] = []  # the exchanges carrying out what the round agreed
    sources: list[str]
    evidence: list[str]  # the verbatim sentences the row rests on
    note: str | None = None
    conflicts: list[str] = []  # what articles disagree on: dates, numbers
    corrections: list[str] = []  # what analyst corrections added, with their notes
    # The days each article gives the round, (article, first day, last day): what outvotes a day
    # one article alone gives (see `_outvoted`); not part of the table.
    stated: list[tuple[str, str, str]] = Field(default=[], exclude=True)
    # Those of them that are a weekend ("at the weekend"): a Saturday and Sunday no one named.
    weekends: list[tuple[str, str, str]] = Field(default=[], exclude=True)
    # The days articles put one numbered round on that cannot both hold, each with its articles:
    # said once per day in `conflicts` (`_with_id`), however many rows were merged.
    datings: dict[str, list[str]] = Field(default={}, exclude=True)


@cache
def _gazetteer() -> list[tuple[str, re.Pattern[str], bool]]:
    """Each venue's aliases as one pattern, apart from those that name its country ("in Turkey"),
    which a place named beside them outranks ("ANTALYA, Turkey – ... talks in Turkey")."""
    data = knowledge("venues")
    out = []
    for venue, aliases in data.items():
        for country in (False, True):
            chosen = [a for a in aliases if a.startswith("(?:in|to) ") == country]
            if chosen:
                # (A dateline spells its city in capitals: "ANTALYA, Turkey –".)
                out.append(
                    (venue, re.compile(rf"\b(?:{'|'.join(chosen)})\b", 0 if country else re.I), country)
                )
    return out


@cache
def _people_known() -> dict[str, dict[str, dict[str, Any]]]:
    return knowledge("people")


@cache
def _people() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    return {
        role: [(name, re.compile(rf"\b(?:{'|'.join(p['names'])})\b")) for name, p in people.items()]
        for role, people in _people_known().items()
    }


@cache
def _party(side: str) -> re.Pattern[str]:
    """A party to talks, as a sentence may name it: the country, its capital, or one of its people."""
    names = [
        n
        for people in _people_known().values()
        for p in people.values()
        if p["side"] == side
        for n in p["names"]
    ]
    return re.compile(rf"{_PARTY_WORDS[side]}|\b(?:{'|'.join(names)})\b")


@cache
def _any_venue() -> re.Pattern[str]:
    """Every alias at once: most sentences name no venue, and one search says so."""
    return re.compile("|".join(f"(?:{p.pattern})" for _, p, _ in _gazetteer()), re.I)


# ("Turkey's Mediterranean resort of Antalya": lower-case words between, then the place.)
_OF_PLACE = re.compile(r"['’]s\s+(?:(?:[a-z-]+|Mediterranean|Black Sea)\s+){0,3}?(?:of\s+)?|\s+of\s+")


@lru_cache(maxsize=65536)
def _venues_in(text: str) -> list[tuple[int, int, str]]:
    if not _any_venue().search(text):
        return []
    found = [
        (m.start(), m.end(), venue, country)
        for venue, pattern, country in _gazetteer()
        for m in pattern.finditer(text)
    ]
    # A country, or a city left unnamed, said of another place is that place's: "ANTALYA, Turkey –
    # ... talks in Turkey", "was held in Turkey's Antalya", "the Turkish city of Antalya" (not
    # "Riyadh's talks in Geneva").
    return sorted(
        (a, b, venue)
        for a, b, venue, country in found
        if not any(
            not theirs
            and other != venue
            and (
                (country and text[e : e + 2 + b - a].startswith(", " + text[a:b].split(None, 1)[1]))
                or ((country or text.startswith(("the ", "The "), a)) and _OF_PLACE.fullmatch(text, b, s))
            )
            for s, e, other, theirs in found
        )
    )


@kept
def venue_of(text: str, near: tuple[int, int] | None = None) -> str | None:
    """The venue a text names (the gazetteer's name for it): the first one it names, or the one
    nearest `near` (a date's offsets): "the Geneva talks, running Tuesday, follow two rounds in
    Abu Dhabi, the last of which ended two weeks ago" puts Tuesday in Geneva, two weeks ago in
    Abu Dhabi."""
    # ("The Switzerland meeting marked the third round …, following earlier discussions in Abu
    # Dhabi": where the talks before it were.)
    found = [f for f in _venues_in(text) if not _AFTER_OTHERS.search(text, max(0, f[0] - 80), f[0])]
    if not found:
        return None
    if near is None:
        return found[0][2]
    start, end = near
    # ("The delegations met Tuesday for … the third round …, the first two rounds of which were
    # held in the United Arab Emirates": where the others met, told after the date.)
    found = [
        f
        for f in found
        if not ((other := _OTHER_ROUNDS_AT.search(text, max(0, f[0] - 120), f[0])) and other.start() > end)
    ]
    # ("'As a result of today's meetings, …,' Zelensky said, adding that the meeting would "most
    # likely" take place in Abu Dhabi in early March": the place of what he added, not of today's.)
    if found and (added := _ADDING.search(text, end)) and all(f[0] >= added.start() for f in found):
        return None
    return min(found, key=lambda f: max(f[0] - end, start - f[1], 0))[2] if found else None


_SUMMIT = re.compile(r"\bsummit\b", re.I)


@kept
def format_of(text: str) -> str | None:
    """Who sits at the table, as a sentence says: the United States with both sides, with one,
    the two sides, or Ukraine with its partners; None when it names no party (a track's meetings
    vote on its format)."""
    # ("Talks between Ukrainian and U.S. delegations": the abbreviation's stops end no list.)
    parties = _NOT_A_PARTY.sub(" ", text).replace("U.S.", "US")
    # ("Trump said he believes Putin is ready to end his war in Ukraine, speaking on the eve of
    # Friday's summit between the two leaders"): the leaders who meet, not the war they speak of.
    if (
        _SUMMIT.search(parties)
        and not _THREE_WAY.search(parties)
        and _party("United States").search(parties)
        and _party("Russia").search(parties)
    ):
        return "US–Russia"
    # (Not "talks between the warring countries and the United States", nor "US envoys hosted talks
    # between the two warring sides".)
    if (
        _WARRING.search(parties)
        and not _party("United States").search(parties)
        and not _US_AT_TABLE.search(parties)
    ):
        return "Russia–Ukraine"
    between = _BETWEEN.search(parties)
    if who_met := _NATIONS_MET.search(parties) or _BILATERAL.search(parties):
        parties = who_met["parties"]
    elif between and not _THREE_WAY.search(parties) and not _US_AT_TABLE.search(parties):
        # ("talks between Ukraine, the United States and Turkey", beside the Istanbul talks with
        # Russia: a side meeting, whose format the sentence does not tell.)
        parties = (
            between["parties"].split(",")[0] if _TURKISH.search(between["parties"]) else between["parties"]
        )
    us = bool(_party("United States").search(parties)) or bool(_US_AT_TABLE.search(parties))
    russia, ukraine = bool(_party("Russia").search(parties)), bool(_party("Ukraine").search(parties))
    if _THREE_WAY.search(parties):
        return "Russia–Ukraine" if _TURKISH.search(parties) and not us else "US–Ukraine–Russia"
    if _TWO_SIDED.search(parties) and not _US_AT_TABLE.search(parties):
        return "Russia–Ukraine"
    if us and russia and ukraine:
        return "US–Ukraine–Russia"
    if us and (russia or ukraine):
        return "US–Russia" if russia else "US–Ukraine"
    # ("National Security Advisers from around 65 countries have gathered in Malta … to discuss its
    # peace formula for ending the war with Russia": Ukraine's partners, whatever war they name.)
    if _PARTNERS.search(text):
        return FORMATS[4]
    return "Russia–Ukraine" if russia and ukraine else None


def track_label(series: str, format: str) -> str:
    """A track with its format, as the report labels it ("Istanbul 2025 (Russia–Ukraine)"); a
    track named apart by its format says it once ("Istanbul 2025 (US–Russia)")."""
    return series if series.endswith(f"({format})") else f"{series} ({format})"


@kept
def named(text: str, role: str) -> list[str]:
    return [name for name, pattern in _people()[role] if pattern.search(text)]


@cache
def _met_a_host() -> re.Pattern[str]:
    hosts = "|".join(n for p in _people_known()["hosts"].values() for n in p["names"])
    return re.compile(
        rf"\b(?:talks|met|meets|meeting|meet)\s+(?:[\w-]+\s+){{0,2}}?with\s+(?:[\w’'.-]+\s+){{0,4}}?(?:{hosts})\b"
        # ("Hakan Fidan started a meeting with a Russian delegation headed by … Medinsky")
        rf"|\b(?:{hosts})\b[^.;]{{0,40}}?\b(?:talks|met|meets|meeting)\s+with\s+(?:a|the)\s+(?:[\w-]+\s+)?"
        r"(?:Russian|Ukrainian|U\.S\.|US|American)\s+delegation\b"
    )


def with_a_host(text: str) -> bool:
    """Whether a sentence's talks are one side's with a host or mediator, no other side named:
    "Lavrov held talks with Cassis", "Putin met with Sheikh Mohammed in Moscow for informal talks"."""
    if not _met_a_host().search(text):
        return False
    parties = _NOT_A_PARTY.sub(" ", text)
    return sum(bool(_party(side).search(parties)) for side in ("United States", "Russia", "Ukraine")) == 1


def build_rounds(events: list[Event], articles: list[Article]) -> list[Round]:
    """Rounds from the negotiation-round mentions, joined within a track, ordered by date, tracks
    in the order they began."""
    bodies = {a.id: a.body for a in articles}
    published = {a.id: a.published for a in articles}
    by_article: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_article[e.article].append(e)
    found = [
        _undated_after(e)
        for e in events
        if e.type == "negotiation_round" and not _told_on(e, by_article[e.article])
    ] + [
        e.model_copy(update={"type": "negotiation_round", "status": "done"}) for e in events if _agreed_at(e)
    ]
    # Sentences are split again only for the articles that report a round.
    spans = {a: list(sentence_spans(bodies[a])) for a in {e.article for e in found}}
    venues = _venues(found, {a.id: a.title for a in articles}, published, bodies)
    headlines = _headline_numbers(found, articles)
    told = [
        _round(e, by_article[e.article], bodies[e.article], spans[e.article], headlines.get(id(e)))
        for e in found
    ]

    # "The first round of talks took place in Abu Dhabi on 23-24 January", after "trilateral
    # consultations between Russia, the United States and Ukraine": talks whose format no meeting of
    # their track names take the one their article names most for talks (read only when asked).
    @cache
    def beside(article: str) -> str | None:
        return _most_named(
            format_of(t) for s, e in spans[article] if _TALKED.search(t := bodies[article][s:e])
        )

    tracks = _tracks(found, told, venues, published, beside)
    rows: dict[str, list[Round]] = defaultdict(list)
    for event, row in zip(found, told, strict=True):
        venue = venues[id(event)]
        series, table = tracks[id(event)]
        row = row.model_copy(
            update={
                "series": series,
                "venue": venue,
                "location": venue,
                "format": table,
                "heads": named(event.sentence, "heads"),
                "hosts": named(event.sentence, "hosts"),
            }
        )
        rows[row.series].append(row)
    merged = [r for series in rows.values() for r in _joined(_dated_by_track(series, published))]
    merged = _undated_joined(_planned_joined(_placed(_coarse_joined(merged))), published)
    merged = _numbered_by_order(_next_told(_after_previous(_counted(merged, articles), articles), articles))
    merged = [_outvoted(_held_from(r)) for r in _numbered_by_order(_first_by_order(merged))]
    merged = _without_echoes(_placed_by_day(_undated_numbered_joined(merged)))
    merged += _implied(merged)
    ordered: list[Round] = []
    by_series: dict[str, list[Round]] = defaultdict(list)
    for r in merged:
        by_series[r.series].append(r)
    for series in sorted(by_series, key=lambda s: _track_order(s, by_series[s])):
        ordered += _in_order(by_series[series])
    return [_with_id(r) for r in ordered]


def counted(rows: list[Round]) -> list[Round]:
    """The rounds a count includes: those dated or numbered, and of a track with none of those,
    its first row. A round of a track with neither date nor number ("talks in Abu Dhabi") may be
    any of its rounds: listed, not counted again."""
    known = {r.series for r in rows if r.date or r.round is not None}
    vague: set[str] = set()
    out = []
    for r in rows:
        if r.date or r.round is not None:
            out.append(r)
        elif r.series not in known and r.series not in vague:
            vague.add(r.series)
            out.append(r)
    return out


def _told_on(event: Event, events: list[Event]) -> bool:
    """Whether the event's date is only the day its sentence was said, beside the round's own:
    "The second round is planned for March 2, TASS reported on Tuesday"."""
    return bool(
        event.date_offsets
        and spoken_on(event.sentence, *event.date_offsets)
        and any(e.start == event.start and e.date and e.date != event.date for e in events)
    )


def _undated_after(event: Event) -> Event:
    """A round told as what came before ("After the Istanbul talks, Zelensky said it would take
    place this weekend"): the days after it are another event's, unless talks are what follows."""
    opener = _AFTER_THE_TALKS.match(event.sentence)
    if not (opener and event.date_offsets and event.date_offsets[0] >= opener.end()):
        return event
    if _MEET.search(event.sentence, opener.end()):
        return event
    return event.model_copy(update={"date": None, "end_date": None, "precision": None, "date_offsets": None})


def _joined(rows: list[Round]) -> list[Round]:
    """A track's rows with each round one row: joined until no two are the same round, since
    what joins them may arrive in either order ("the first round" and "talks on 16 May" meet
    through "the first talks, last week")."""
    # Numbered rows first, and a row joins the nearest round it may be: "talks ended on Monday"
    # is the first round of that Monday, not the second held three days later.
    rows = sorted(rows, key=lambda r: r.round is None)
    while True:
        out: list[Round] = []
        seen = _Seen()
        for row in rows:
            matches = [i for i in seen.candidates(row) if _same_round(out[i], row)]
            match = min(matches, key=lambda i: _gap(out[i], row), default=None)
            if match is None:
                match = len(out)
                out.append(row)
            else:
                out[match] = _merge(out[match], row)
            seen.add(match, out[match])
        if len(out) == len(rows):
            return out
        rows = out


# The most days `_same_round` lets two rows of days or weeks lie apart.
_SLACK_DAYS = max(_SAME_ROUND_DAYS, _WEEK_SLACK_DAYS)
# A row's days are looked up one by one up to this many (a week, a round of several days); a
# longer span is looked up by its date only.
_MOST_KEYED_DAYS = 31


class _Seen:
    """Where a track's rounds so far are, by day and by number: the only ones `_same_round` can
    match have days within its slack of a new row's days, or the same date, or the same number, so
    each new row is compared with those few, not with every round of the track. (A row spanning
    _MOST_KEYED_DAYS or more is found by its date only: a day within it is not compared.)"""

    def __init__(self) -> None:
        self.by_date: dict[str, set[int]] = defaultdict(set)
        self.by_round: dict[int, set[int]] = defaultdict(set)

    def add(self, index: int, row: Round) -> None:
        # A merge may give a row a new date or number: it is found under the new ones too (an
        # old key left behind only adds a candidate, which `_same_round` then turns down).
        for key in _day_keys(row, 0):
            self.by_date[key].add(index)
        if row.round is not None:
            self.by_round[row.round].add(index)

    def candidates(self, row: Round) -> list[int]:
        found: set[int] = set()
        for key in _day_keys(row, _SLACK_DAYS):
            found |= self.by_date.get(key, set())
        if row.round is not None:
            found |= self.by_round.get(row.round, set())
        return sorted(found)  # the first match in the track's order, as before


def _day_keys(row: Round, slack: int) -> list[str]:
    """The keys a row is found under: each day a row of days or weeks may fall on, widened by
    `slack` days each way (a week covers its calendar week, whichever day dates it); else its date."""
    if not row.date:
        return []
    if row.precision not in ("day", "week") or len(row.date) != 10:
        return [row.date]
    first, last = _days(row)
    if (last - first).days >= _MOST_KEYED_DAYS:
        return [row.date]
    keys = []
    for shift in range(-slack, (last - first).days + slack + 1):
        try:
            keys.append((first + dt.timedelta(days=shift)).isoformat())
        except OverflowError:  # past year 1 or 9999: no round there
            continue
    return keys


def _venues(
    found: list[Event], titles: dict[str, str], published: dict[str, dt.date | None], bodies: dict[str, str]
) -> dict[int, str | None]:
    """Each round's venue: the one its sentence names (the one nearest its date), the one of the
    round just before it in its article ("in the same city"), the only venue its article gives a
    round, the one its headline names, or the only one its text names; none for a round held long
    before the article ("first met for talks on February 28, 2022" in a report of the Abu Dhabi
    talks of 2026)."""
    by_article: dict[str, list[Event]] = defaultdict(list)
    listed: Counter[tuple[str, int]] = Counter()
    for e in found:
        by_article[e.article].append(e)
        listed[e.article, e.start] += 1
    named_venue = {
        id(e): None
        if listed[e.article, e.start] >= _LISTED_ROUNDS and _far_from_venues(e)
        else venue_of(e.sentence, e.date_offsets)
        for e in found
    }
    out: dict[int, str | None] = {}
    for e in found:
        venue = named_venue[id(e)]
        if venue is None:
            same = [x for x in by_article[e.article] if named_venue[id(x)]]
            before = [x for x in same if x.start < e.start]
            if before and re.search(r"\b(?:same|that) (?:city|venue|place|location)\b", e.sentence):
                venue = named_venue[id(before[-1])]
            elif _apart(e, same, _SAME_ROUND_DAYS if round_ordinal(e.sentence) else _OTHER_MEETING_DAYS) or (
                e.day and (when := published.get(e.article)) and (when - e.day).days > TRACK_GAP_DAYS
            ):
                # "the third round ... would take place on March 7", in an article on the Antalya
                # meeting of March 10: another meeting, whose venue the article does not give ("a
                # new round will begin on Thursday" after Istanbul's second goes on there); so is
                # an unnumbered one months from them ("Putin met on Tuesday, December 2, with
                # Witkoff", under a caption of the Anchorage summit of August).
                venue = None
            elif _another_table(e, same) or _PUTIN_RECEIVED.search(e.sentence):
                # "The talks come after … Witkoff and Kushner met with … Putin … late Thursday", in
                # a report of trilateral talks in Abu Dhabi: not there.
                venue = None
            elif len({named_venue[id(x)] for x in same}) == 1:
                venue = named_venue[id(same[0])]
            else:
                # ("during Tuesday's negotiations", in an article whose only venue is "the new round
                # of Moscow-Kiev peace talks in Istanbul", told undated)
                venue = venue_of(titles[e.article]) or _only_venue(bodies.get(e.article, ""))
        out[id(e)] = venue
    return out


# "President Vladimir Putin met late Thursday with an American delegation led by … Witkoff", in a
# report of the Abu Dhabi talks: he received the envoys at home, wherever the article's talks were.
_PUTIN_RECEIVED = re.compile(
    r"\bPutin\s+(?:(?:late|early)\s+\w+\s+)?(?:met|meets|received|receives|hosted|hosts)\s+(?:[\w,-]+\s+){0,4}?"
    r"(?:with\s+)?(?:an?\s+|the\s+)?(?:(?:American|US|U\.S\.)\s+(?:delegation|envoys?|team)|(?:[\w.]+\s+){0,4}?"
    r"(?:Witkoff|Kushner))\b"
)


def _another_table(e: Event, placed: list[Event]) -> bool:
    """Whether the round is the United States meeting one side, in an article whose placed talks
    name another format and never this one."""
    own = format_of(e.sentence)
    if own not in ("US–Russia", "US–Ukraine"):
        return False
    theirs = {format_of(x.sentence) for x in placed} - {None}
    return bool(theirs) and own not in theirs


def _only_venue(body: str) -> str | None:
    """The only venue a sentence of the text names beside a meeting word: "The freed Russians are
    currently in Belarus" is where the swapped went, not where anyone talked."""
    venues = {
        venue
        for start, end in sentence_spans(body)
        if _MEET.search(sentence := body[start:end])
        for *_, venue in _venues_in(sentence)
    }
    return venues.pop() if len(venues) == 1 else None


def _far_from_venues(e: Event) -> bool:
    """Whether the sentence names several venues, none of them beside the round's date: "three
    rounds of peace talks—on Jan. 23–24, Feb. 4–5 and Feb. 17–18—with the most recent round taking
    place in Geneva after earlier meetings in the United Arab Emirates" says which date is where
    only in words."""
    found = _venues_in(e.sentence)
    if len({venue for *_, venue in found}) < 2 or not e.date_offsets:
        return False
    start, end = e.date_offsets
    return all(max(a - end, start - b) > _BESIDE for a, b, _ in found)


def _apart(e: Event, others: list[Event], gap: int) -> bool:
    """Whether a round dated to the day is more than `gap` days from every round its article places."""
    days = [x.day for x in others if x.day and x.precision == "day"]
    return bool(e.day and e.precision == "day" and days) and all(
        abs((e.day - d).days) > gap for d in days if e.day
    )


@dataclass
class _Run:
    """A run of talks at one venue in one format: the days it spans, how many sentences tell it."""

    venue: str
    format: str
    first: dt.date
    last: dt.date
    told: int = 0
    name: str = ""
    numbered: bool = False  # whether articles number any of its meetings as held


def _tracks(
    found: list[Event],
    told: list[Round],
    venues: dict[int, str | None],
    published: dict[str, dt.date | None],
    beside: Callable[[str], str | None],
) -> dict[int, tuple[str, str]]:
    """Each round's track and format. A track is a run of meetings at one venue in one format
    (`_runs`), named for the venue and the year it began (and the year it ended, when another); two runs that would share a name are
    told apart by format ("Istanbul 2025 (US–Russia)", the embassy talks before the Russia–Ukraine
    rounds) or by the month they began. A round dated vaguely or not at all joins the run of its
    venue (of its format, when its sentence names one) begun by the end of its dates."""
    votes = {id(e): _format_told(e) for e in found}
    numbers = {id(e): r.round for e, r in zip(found, told, strict=True) if not r.round_inferred}
    dated: dict[str, list[Event]] = defaultdict(list)
    for e in found:
        venue = venues[id(e)]
        if venue and e.day and e.precision in ("day", "week"):
            dated[venue].append(e)
    # (every year a venue's talks are dated to, to the month or year too, of each format told apart
    # from the two sides' own, and of all: the runs hold only those dated to the day or week)
    years_at: dict[tuple[str, str | None], set[int]] = defaultdict(set)
    for e in found:
        if (venue := venues[id(e)]) and e.day:
            years_at[venue, None].add(e.day.year)
            if votes[id(e)] not in (None, FORMATS[0]):
                years_at[venue, votes[id(e)]].add(e.day.year)
    run_of: dict[int, _Run] = {}
    runs: dict[str, list[_Run]] = {}
    for venue, events in dated.items():
        runs[venue] = _runs(venue, events, votes, numbers, run_of, beside)
    by_name: dict[str, list[_Run]] = defaultdict(list)
    for run in (r for venue_runs in runs.values() for r in venue_runs):
        # (A numbered series that runs on into a later year says so: "Doha 2022–2024".)
        years = f"{run.first.year}" + (f"–{run.last.year}" if run.last.year != run.first.year else "")
        by_name[f"{run.venue} {years}"].append(run)
    for name, same in by_name.items():
        # The run most sentences tell keeps the plain name; of two told as often, the two sides' own.
        main = max(same, key=lambda r: (r.told, r.format == FORMATS[0]))
        by_format = len({r.format for r in same}) == len(same)
        for run in same:
            qualifier = run.format if by_format else f"{calendar.month_name[run.first.month]}"
            run.name = name if run is main else f"{name} ({qualifier})"
    out: dict[int, tuple[str, str]] = {}
    for e in found:
        venue, vote = venues[id(e)], votes[id(e)]
        run = run_of.get(id(e)) or (
            _run_by(
                e,
                runs.get(venue, []),
                vote,
                published,
                numbers.get(id(e)) is not None,
                years_at[venue, None if vote == FORMATS[0] else vote],
            )
            if venue
            else None
        )
        if run:
            out[id(e)] = (run.name, run.format)
            continue
        when = e.day or published.get(e.article)
        series = UNKNOWN_SERIES if venue is None else f"{venue} {when.year}" if when else venue
        # ("In February, Russian and U.S. teams held talks in Istanbul", before any run of that
        # format began there: not a meeting of the run of another format that bears the name.)
        if vote and any(r.name == series and r.format != vote for r in runs.get(venue or "", [])):
            series = f"{series} ({vote})"
        out[id(e)] = (series, vote or FORMATS[0])
    # A round of a page with no date at a venue whose rounds are all of one track is of that
    # track ("a second round … in Abu Dhabi on Thursday", beside talks there "last month", 2026).
    tracks_at: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for e in found:
        if (venue := venues[id(e)]) and out[id(e)][0] != venue:
            tracks_at[venue].add(out[id(e)])
    for e in found:
        venue = venues[id(e)]
        if venue and out[id(e)][0] == venue and len(only := tracks_at[venue]) == 1:
            ((series, table),) = only
            out[id(e)] = (series, votes[id(e)] or table)
    return out


# "Trump spoke by phone on Monday with Zelenskiy and Putin, while Russian and Ukrainian officials
# met in Istanbul on Friday": each clause its own table.
_DAYS_AFTER = re.compile(r",\s+(?:(?:days|weeks|hours|a\s+day|a\s+week)\s+)?after\s+(?!the\b|talks\b)", re.I)
# ("Trump welcomed … Zelenskyy and seven European leaders, following Trump’s meeting with … Putin
# in Alaska on August 15": the meeting followed has its own table.)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|following|after|before)\b|\b(?:while|whereas)\b")


def _format_told(e: Event) -> str | None:
    """The format the clause of a round's date names, or else its sentence."""
    if not e.date_offsets:
        return format_of(e.sentence)
    start, end = e.date_offsets
    # ("Zelensky proposed fresh talks at the weekend, days after US President Donald Trump
    # threatened Russia": who acted before the talks does not sit at their table.)
    text = e.sentence[: later.start()] if (later := _DAYS_AFTER.search(e.sentence, end)) else e.sentence
    # ("Ahead of the Istanbul meeting on 16 May, President Trump gave the impression that Vladimir
    # Putin might attend": who spoke before the meeting does not sit at its table.)
    if (ahead := _AHEAD_OF.match(text)) and ahead.end() >= end:
        return format_of(ahead.group(0))
    left = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_BREAK.finditer(text, end)), len(text))
    return format_of(text[left:right]) or format_of(text)


# (Its commas are a list of parties: "Ahead of Friday's talks between Ukraine, Russia and the United
# States in Abu Dhabi, Zelensky said".)
_AHEAD_OF = re.compile(
    r"\s*(?:Ahead\s+of|On\s+the\s+eve\s+of)\b(?:[^,;]|,(?=\s+(?:and\s+)?(?:the\s+)?(?:Russia|Ukraine|United\s+States"
    r"|U\.S\.|US|America|Washington|Moscow|Kyiv|Kiev|Turkey|Türkiye)\b))*",
    re.I,
)


def _runs(
    venue: str,
    events: list[Event],
    votes: dict[int, str | None],
    numbers: dict[int, int | None],
    run_of: dict[int, _Run],
    beside: Callable[[str], str | None],
) -> list[_Run]:
    """A venue's runs of talks, from the rounds dated there to the day or week. A meeting is talks
    at most _NEAR_DAYS after its first day; its format is the one its sentences name most, those
    that tell it held first (the meeting's before or after it when they name none). A meeting
    joins the last run of its format unless the venue had no talks in that format for
    TRACK_GAP_DAYS, or, _OPENS_AFTER_DAYS after the talks before it, what its articles say of it as
    held calls it the first round at least as often as any other: "the first round of trilateral
    talks" in Abu Dhabi, two months after the Driscoll talks there. Runs begin on talks dated to the day or week: "the Geneva talks" of
    "November 2025", before the run of February 2026, are a track of their own."""
    events = sorted(events, key=lambda e: e.day or dt.date.min)
    meetings: list[list[Event]] = [[events[0]]]
    for e in events[1:]:
        if ((e.day or dt.date.min) - (meetings[-1][0].day or dt.date.min)).days <= _NEAR_DAYS:
            meetings[-1].append(e)
        else:
            meetings.append([e])

    # Who sat at the table is what the reports of it held say; plans only when those name no one
    # ("we will seek to hold further talks with Putin and also with Trump", Erdoğan said in
    # Istanbul three days after the third round of direct Russian-Ukrainian talks there).
    # (A sentence is one vote, however many days it gives: "On February 4 and 5, senior Ukrainian
    # and Russian security officials met".)
    def said(meeting: list[Event], held: bool = False) -> list[str | None]:
        told = {
            (e.article, e.start): votes[id(e)] for e in meeting if not held or (e.status or "done") == "done"
        }
        return list(told.values())

    meetings = [part for meeting in meetings for part in _by_pair(meeting, said)]
    formats = [_most_named(said(meeting, held=True)) or _most_named(said(meeting)) for meeting in meetings]
    runs: list[_Run] = []
    for i, (meeting, table) in enumerate(zip(meetings, formats, strict=True)):
        first, last = meeting[0].day or dt.date.min, meeting[-1].day or dt.date.min
        table = (
            table
            or _nearest_format(meetings, formats, i)
            or _most_named(beside(e.article) for e in meeting)
            or FORMATS[0]
        )
        # One sentence naming only the two sides does not take a meeting out of the run going on
        # at its venue: trilateral talks are often told without the mediator. Nor do more, when
        # another (a plan of it, say) names the mediator too.
        latest = max(runs, key=lambda r: r.last, default=None)
        going = latest if latest and (first - latest.last).days <= TRACK_GAP_DAYS else None
        if (
            going
            and (table, going.format) == FORMATS[:2]
            and (said(meeting).count(table) < 2 or FORMATS[1] in said(meeting))
        ):
            table = going.format
        run = next((r for r in reversed(runs) if r.format == table), None)
        held = [e for e in meeting if (e.status or "done") == "done"]
        stated = Counter(n for e in held if (n := numbers.get(id(e))) is not None)
        opens = stated[1] > 0 and stated[1] == max(stated.values())
        if (
            run is None
            or (first - run.last).days > TRACK_GAP_DAYS
            or (opens and (first - run.last).days > _OPENS_AFTER_DAYS)
            # Meetings no one numbers (envoys' visits to Moscow in December and January; the grain
            # talks in Istanbul of 2023, after its numbered rounds of 2022) are a track of their
            # year: only a numbered meeting runs a series on into the next.
            or (first.year != run.first.year and not stated)
        ):
            run = _Run(venue, table, first, last)
            runs.append(run)
        run.last, run.told = max(run.last, last), run.told + len(meeting)
        run.numbered = run.numbered or bool(stated)
        for e in meeting:
            run_of[id(e)] = run
    return runs


def _by_pair(meeting: list[Event], said: Callable[..., list[str | None]]) -> list[list[Event]]:
    """A meeting whose days seat different pairs at the table, as the reports of it held say, is one
    meeting per pair: "talks with the US delegation in Saudi Arabia on Sunday" and "US and Russian
    officials will also hold talks on Monday". The two sides told without their mediator stay
    with the trilateral talks they were part of."""
    parts: list[list[Event]] = []
    table: str | None = None
    for day in sorted({e.day or dt.date.min for e in meeting}):
        today = [e for e in meeting if (e.day or dt.date.min) == day]
        told = _most_named(said([e for e in today if e.precision == "day"], held=True))
        if not parts or (told and table and FORMATS[1] not in (told, table) and told != table):
            parts.append(today)
            table = told
        else:
            parts[-1].extend(today)
            table = table or told
    return parts


def _nearest_format(meetings: list[list[Event]], formats: list[str | None], i: int) -> str | None:
    """The format of the meeting nearest the i-th, before or after it, that names one, if it is at
    most TRACK_GAP_DAYS away: the Istanbul talks of 2022 take none from the embassy talks of 2025.
    (The meetings are in date order: the nearest on each side is the first that names one.)"""
    day = meetings[i][0].day or dt.date.min
    before = next((j for j in range(i - 1, -1, -1) if formats[j]), None)
    after = next((j for j in range(i + 1, len(formats)) if formats[j]), None)
    near = [
        (abs(((meetings[j][0].day or dt.date.min) - day).days), formats[j])
        for j in (before, after)
        if j is not None
    ]
    gap, table = min(near, default=(0, None))
    return table if gap <= TRACK_GAP_DAYS else None


def _most_named(formats: Iterable[str | None]) -> str | None:
    """The format a meeting's sentences name most; of two named as often, the one with the United
    States at the table (sentences that name only the two sides leave it out more often)."""
    counts = Counter(f for f in formats if f)
    return max(counts, key=lambda f: (counts[f], f != FORMATS[0], -FORMATS.index(f)), default=None)


def _run_by(
    e: Event,
    runs: list[_Run],
    vote: str | None,
    published: dict[str, dt.date | None],
    numbered: bool,
    years: set[int],
) -> _Run | None:
    """The run a round dated vaguely or not at all belongs to: the latest begun by the end of its
    dates (by its article's day when undated) and not over for long before they begin, of its
    format when its sentence names one; with
    neither, the latest, unless it is unnumbered and the venue's talks are dated to different
    `years` (the talks in Istanbul of an article with no date may be those of 2022 or of 2025,
    though those of 2022 are dated only "in March")."""
    of_format = [r for r in runs if r.format == vote] or runs
    if e.day:
        # ("Putin will fly to Turkey in August" 2023: not the Istanbul talks of March 2022.)
        # ("two rounds that occurred in Abu Dhabi in late January and early February 2026": not
        # the envoys' talks there in November 2025, which no one numbers, a track of their year.)
        first = span(e)[0]
        of_format = [
            r
            for r in of_format
            if (first - r.last).days <= TRACK_GAP_DAYS and (r.numbered or r.first.year == first.year)
        ]
    until = span(e)[1] if e.day else published.get(e.article)
    if until is None:
        if not numbered and len({r.first.year for r in of_format} | years) > 1:
            return None
        # ("the third round of talks between the two delegations", on a page with no date: of the
        # venue's numbered run, not of later talks there that no one numbers)
        if numbered:
            of_format = [r for r in of_format if r.numbered] or of_format
        return max(of_format, key=lambda r: r.first, default=None)
    return max((r for r in of_format if r.first <= until), key=lambda r: r.first, default=None)


def _track_order(series: str, rows: list[Round]) -> tuple[bool, str, str]:
    first = min((r.date for r in rows if r.date), default="9999")
    return (series == UNKNOWN_SERIES, first, series)


def _with_id(row: Round) -> Round:
    track = re.sub(r"[^a-z0-9]+", "-", row.series.lower()).strip("-")
    suffix = f"round-{row.round}" if row.round else (row.date or "undated")
    # Each day articles put the round on, outside its own days, is one line of `conflicts`.
    first, last = row.date or "", row.end_date or row.date or ""
    others = {day: articles for day, articles in row.datings.items() if day and not first <= day <= last}
    own = [x for day, articles in row.datings.items() if day not in others for x in articles] or [
        x for x in row.sources if not any(x in articles for articles in others.values())
    ]
    apart = [
        f"round {row.round} dated {row.date} ({_few(list(dict.fromkeys(own)))}) and {day} ({_few(articles)})"
        for day, articles in sorted(others.items())
    ]
    return row.model_copy(update={"id": f"{track}-{suffix}", "conflicts": apart + row.conflicts})


def _in_order(rows: list[Round]) -> list[Round]:
    """A series' rounds by date; an undated numbered round goes before the first round numbered
    after it, an undated unnumbered one last."""
    ordered = sorted((r for r in rows if r.date), key=lambda r: (r.date or "", r.round or 0))
    for row in sorted((r for r in rows if not r.date), key=lambda r: r.round or 999):
        after = next(
            (i for i, r in enumerate(ordered) if row.round and r.round and r.round > row.round), None
        )
        ordered.insert(len(ordered) if after is None else after, row)
    return ordered


def _placed(rows: list[Round]) -> list[Round]:
    """A round of unknown venue is the round of a known track it must be: the one round whose
    days it shares (a month or a year that holds several names them together and adds none),
    or, numbered n ("the first round took place on 16 May"), round n of the one track whose
    round n+1 (or a later one) follows it, or whose round n-1 (or an earlier one) precedes it,
    within TRACK_GAP_DAYS per round between, and that has no other round n dated."""
    placed = [r for r in rows if r.series != UNKNOWN_SERIES]
    dated = Overlaps(lambda k: _days(k) if k.date else None, placed)  # not a scan of every row
    unplaced: list[Round] = []
    for row in (r for r in rows if r.series == UNKNOWN_SERIES):
        sharing = (
            [i for i in dated.covering(*_days(row)) if _numbers_agree(row, placed[i])] if row.date else []
        )
        if len(sharing) > 1 and row.precision in ("month", "year"):
            continue
        if len(sharing) > 1:
            # "three rounds—on Jan. 23–24, ...": the round held on exactly those days, not a
            # meeting in Moscow that ran into the 23rd.
            same_days = [i for i in sharing if _days(placed[i]) == _days(row)]
            # (Or the one dated to the day: the video round of 14-15 March, not "the talks in
            # Istanbul in March 2022".)
            to_the_day = [i for i in sharing if placed[i].precision == "day"]
            sharing = same_days if len(same_days) == 1 else to_the_day if len(to_the_day) == 1 else sharing
        # ("On 3 March, the second round of peace talks began", after a first round in Belarus on 28
        # February: the missing round of that track, not "the talks in Istanbul in March 2022",
        # which only share its month.)
        missing = (
            _missing_round(row, placed)
            if len(sharing) == 1
            and row.round
            and row.precision == "day"
            and placed[sharing[0]].precision in ("month", "year")
            else None
        )
        if missing:
            sharing = []
        series = missing or (placed[sharing[0]].series if len(sharing) == 1 else _missing_round(row, placed))
        if series is None:
            unplaced.append(row)
            continue
        venue = next(k.venue for k in placed if k.series == series)
        moved = row.model_copy(update={"series": series, "venue": venue, "location": venue})
        if len(sharing) != 1:
            # Its track's undated round n, if the texts name one.
            sharing = [i for i, k in enumerate(placed) if k.series == series and k.round == row.round]
        if sharing:
            placed[sharing[0]] = _merge(placed[sharing[0]], moved)
            dated.put(sharing[0], placed[sharing[0]])
        else:
            placed.append(moved)
            dated.put(len(placed) - 1, moved)
    return placed + unplaced


def _numbers_agree(a: Round, b: Round) -> bool:
    return a.round is None or b.round is None or a.round == b.round


def _missing_round(row: Round, placed: list[Round]) -> str | None:
    """The one known track an unplaced numbered round is round n of (see `_placed`)."""
    if not (row.round and row.date):
        return None
    day = _days(row)[0]
    fits: list[tuple[int, str]] = []
    for series in {k.series for k in placed}:
        track = [k for k in placed if k.series == series]
        # Its round n+1, or a later one when that is known only undated ("the third round on 23 July").
        after = [
            k
            for k in track
            if k.round
            and k.round > row.round
            and k.date
            and 0 < (_days(k)[0] - day).days <= TRACK_GAP_DAYS * (k.round - row.round)
        ]
        # Or its round n-1 (or an earlier one) shortly before: "The second round of the talks
        # took place on March 3", in a report of talks in Belarus whose first was on February 28.
        before = [
            k
            for k in track
            if k.round
            and k.round < row.round
            and k.date
            and 0 < (day - _days(k)[1]).days <= TRACK_GAP_DAYS * (row.round - k.round)
        ]
        taken = any(k.round == row.round and k.date for k in track)
        earlier = all(_days(k)[0] < day for k in track if k.round and k.round < row.round and k.date)
        # (Not a track of another year: "the first direct talks in more than three years" of May
        # 2025 are not the first round of the Geneva talks of 2026.)
        same_year = all(_days(k)[0].year == day.year for k in track if k.date)
        if (after or before) and not taken and earlier and same_year:
            fits.append((bool(after) + bool(before), series))
    # (Of two tracks it fits, the one whose rounds it falls between: the second round on 3 March
    # is Belarus's, between its first and its third, not the video talks' before their fourth.)
    best = [series for both, series in fits if both == max(fits)[0]] if fits else []
    return best[0] if len(best) == 1 else None


def _span(r: Round) -> tuple[str, str]:
    """The first and last day a row may cover, as ISO text."""
    date = r.date or ""
    if r.end_date:
        return date, r.end_date
    if r.precision == "month":
        return f"{date}-01", f"{date}-31"
    if r.precision == "year":
        return f"{date}-01-01", f"{date}-12-31"
    return date, date


def _at(rows: list[Round], row: Round) -> int:
    """Where `row` itself is: by identity, as comparing rounds field by field is slow."""
    return next(i for i, r in enumerate(rows) if r is row)


def _coarse_joined(rows: list[Round]) -> list[Round]:
    """A round known only to the month or year ("talks in Istanbul in May") is the one round of
    its track dated to the day within it; when several fall within it, it names them together
    and adds no round of its own."""
    fine = [r for r in rows if r.precision == "day"]
    out = [r for r in rows if r.precision != "month" and r.precision != "year"]
    for row in (r for r in rows if r.precision in ("month", "year")):
        first, last = _span(row)
        inside = [r for r in fine if r.series == row.series and first <= (r.date or "") <= last]
        if len(inside) == 1:
            i = _at(out, inside[0])
            fine_row = out[i]
            days = {"date": fine_row.date, "end_date": fine_row.end_date, "precision": fine_row.precision}
            out[i] = _merge(fine_row, row.model_copy(update={"round": row.round or fine_row.round, **days}))
            fine[_at(fine, inside[0])] = out[i]
        elif not inside:
            out.append(row)
    return out


def _first_by_order(rows: list[Round]) -> list[Round]:
    """An unnumbered round dated before every other held in its track, when the next one stated
    is round 2 (talks planned between them and put off count for nothing), or when the articles
    number a round of the track but date no round 1 (the "first round" undated, or only a
    "second round" named), is round 1 by its order; an undated "round 1" of the track is that
    round."""
    out = list(rows)
    for series in {r.series for r in rows} - {UNKNOWN_SERIES}:
        dated = sorted(
            (r for r in out if r.series == series and r.date and r.status == "done"),
            key=lambda r: r.date or "",
        )
        # (A "second round" says a first was held: the track's first dated meeting, none being
        # numbered, when the track has held as many meetings as its numbers count: a "fourth round"
        # in a track of two meetings numbers a series begun elsewhere, as Istanbul's of 2022 after
        # three in Belarus.)
        numbers = {r.round for r in out if r.series == series and r.round}
        named_first = (
            bool(numbers)
            and min(numbers) <= 2
            and max(numbers) <= len(dated)
            and not any(r.series == series and r.round == 1 and r.date for r in out)
        )
        # (One round held and dated, and "the first round" undated: that one.)
        second = len(dated) > 1 and dated[1].round == 2
        if not dated or dated[0].round is not None or not (second or named_first):
            continue
        first = dated[0].model_copy(
            update={
                "round": 1,
                "round_inferred": True,
                "note": f"numbered 1 from its date order in the {series} series",
            }
        )
        out[_at(out, dated[0])] = first
        _absorb_undated(out, first)
    return out


def _absorb_undated(out: list[Round], row: Round) -> None:
    """The undated rows of `row`'s track and number join it (in `out`)."""
    for undated in [r for r in out if r.series == row.series and r.round == row.round and not r.date]:
        out.remove(undated)
        i = _at(out, row)
        out[i] = row = _merge(row, undated.model_copy(update={"round": row.round}))


def _numbered_by_order(rows: list[Round]) -> list[Round]:
    """An unnumbered round dated after numbered rounds only, the latest being round k, and before
    any round numbered k+1, is round k+1 by its order, and says so (`round_inferred`)."""
    out = list(rows)
    for series in {r.series for r in rows} - {UNKNOWN_SERIES}:
        dated = sorted((r for r in out if r.series == series and r.date), key=lambda r: r.date or "")
        for position, row in enumerate(dated):
            # (A meeting "last week" is too vague to be numbered by its order; one postponed or
            # called off is no round held there.)
            if row.round is not None or row.precision != "day" or row.status in ("postponed", "cancelled"):
                continue
            before = [r.round for r in dated[:position]]
            later = [r.round for r in dated[position + 1 :] if r.round is not None]
            if not before or None in before:
                continue
            n = max(b or 0 for b in before) + 1
            # (An undated round n of the track is this one, and joins it.)
            if (later and min(later) <= n) or any(
                r.series == series and r.round == n and r.date for r in out
            ):
                continue
            numbered = row.model_copy(
                update={
                    "round": n,
                    "round_inferred": True,
                    "note": f"numbered {n} from its date order in the {series} series",
                }
            )
            out[_at(out, row)] = numbered
            dated[position] = numbered
            _absorb_undated(out, numbered)
    return out


def _headline_numbers(found: list[Event], articles: list[Article]) -> dict[int, int]:
    """The number a headline gives the round its article reports as news ("Third round of
    Russia-Ukraine peace talks: Live Updates" over "A new round … kicked off in Istanbul on
    Wednesday"): the first round its text dates, within days of the publication, told as the new
    one (not the first round of "Russia, Ukraine plan second round of talks")."""
    first: dict[str, Event] = {}
    for e in sorted(found, key=lambda e: e.start):
        if e.day and e.precision == "day":
            first.setdefault(e.article, e)
    out: dict[int, int] = {}
    for a in articles:
        lead = first.get(a.id)
        near = lead and lead.day and a.published and abs((a.published - lead.day).days) <= _LEAD_DAYS
        title = a.title or ""
        if (
            near
            and _NEW_ROUND.search(lead.sentence)
            and not _HEADLINE_AHEAD.search(title)
            and (number := round_ordinal(title))
        ):
            out[id(lead)] = number
    return out


def _round(
    event: Event, events: list[Event], body: str, spans: list[tuple[int, int]], headline: int | None
) -> Round:
    """One round as its article tells it; `events` are that article's events, `spans` its
    sentences; `headline` the number its article's headline gives it."""
    # Topics come from the sentences that follow, up to the next dated statement.
    listed: list[str] = topics(event.sentence)
    dated = {e.start for e in events if e.date}
    for s, e in spans[bisect.bisect_left(spans, (event.end, 0)) :]:
        if s in dated:
            break
        listed += topics(body[s:e])
    # Outcomes: what the article reports after this round and before its series' next round.
    venue = venue_of(event.sentence)
    same_article = [e for e in events if e.date]
    following = [
        e.date
        for e in same_article
        if e.type == "negotiation_round" and venue_of(e.sentence) == venue and e.date > (event.date or "")
    ]
    until = min(following, default="9999")
    later = sorted(
        (
            e
            for e in same_article
            if event.date
            and event.date < (e.date or "") < until
            and (
                e.type in _OUTCOME_TYPES
                or (e.type == "announcement" and mentions_type(e.sentence, _OUTCOME_TYPES))
            )
        ),
        key=lambda e: e.date or "",
    )
    linked = _linked(body)
    date, end_date = _days_of_talks(event)
    # ("marking the third round of trilateral talks this year, concluded on Wednesday": a year
    # beside a day is the count's span, not another round's date.)
    others = [
        e.date_offsets
        for e in events
        if e.start == event.start
        and e.date != event.date
        and e.date_offsets
        and e.date_offsets != event.date_offsets
        and not (e.precision == "year" and event.precision == "day")
    ]
    nth = _NTH_MEETING.search(event.sentence)
    stated = (
        (
            round_ordinal(event.sentence, event.date_offsets, others)
            if not _RESUMED.search(event.sentence)
            else None
        )
        or (
            1
            if (first := _FIRST_SINCE.search(event.sentence))
            and not _SINCE_A_DAY.match(event.sentence, first.end())
            else None
        )
        or (ORDINALS[(nth["ordinal"] or nth["marked"] or nth["its"]).lower()] if nth else None)
    )
    if stated is None:
        # "… began a new round of trilateral peace talks in Geneva on Feb. 17. The two-day meeting
        # marks the third round of negotiations since January."
        i = bisect.bisect_left(spans, (event.end, 0))
        marks = _MARKS.match(body, *spans[i]) if i < len(spans) else None
        stated = (ORDINALS.get(marks["ordinal"].lower()) if marks else None) or headline
    after = _follows(event) if stated is None else None
    # (Only what was held: the days a round was planned for are no vote on the days it was held.)
    stated_days = (
        [(event.article, date, end_date or date)]
        if date and event.precision == "day" and (event.status or "done") == "done"
        else []
    )
    return Round(
        series=UNKNOWN_SERIES,
        status=event.status or "done",
        round=stated or after,
        round_inferred=after is not None,
        note=f"numbered {after}: it follows {after - 1} rounds" if after else None,
        date=date,
        end_date=end_date,
        precision=event.precision,
        location=None,
        topics=listed,
        outcomes=[f"{e.title} ({e.date})" for e in later] if linked else [],
        sources=[event.article],
        evidence=[event.sentence],
        stated=stated_days,
        weekends=stated_days if "weekend" in event.resolution else [],
    )


@kept_by_digest  # the same for every round an article reports, and in every render
def _linked(body: str) -> bool:
    """Whether a sentence of the article ties talks to what came of them."""
    spans = sentence_spans(body)
    return any(_LINK.search(body[s:e]) and mentions_type(body[s:e], _OUTCOME_TYPES) for s, e in spans)


def _days_of_talks(event: Event) -> tuple[str | None, str | None]:
    """A round's first and last day: "two days of talks ended on Saturday" and "a second day of
    talks concluded" on Thursday began the day before; "two days of talks open on Monday" and
    "the two-day talks kicked off on Tuesday" end the day after."""
    talks = _DAYS_OF_TALKS.search(event.sentence)
    # ("The first two days of … consultations took place … on January 23 and 24": both named.)
    if (
        not talks
        or event.precision != "day"
        or event.end_date
        or event.date is None
        or _TWO_DAYS.search(event.sentence)
    ):
        return event.date, event.end_date
    nth = talks.group("nth") or talks.group("entered")
    count = talks.group("count") or talks.group("days") or nth
    days = dt.timedelta(days=(NUMBERS.get(count.lower()) or ORDINALS[count.lower()]) - 1)
    day = dt.date.fromisoformat(event.date)
    # ("Days before the fourth anniversary of the start of the conflict, the two-day talks ...
    # concluded on Wednesday": what ended, ended then.)
    # ("concluded the first of two days of US-mediated peace talks in Geneva on Tuesday": day one.)
    first_of = re.search(
        r"\bfirst\s+of\s+(?:the\s+)?(?:two|three|four|five|six)\s+days\b", event.sentence, re.I
    )
    closing = _CLOSING.search(event.sentence) and not first_of
    opening = (_OPENING.search(event.sentence) or first_of) and not closing
    if talks.group("days") and not (opening or closing):
        return event.date, event.end_date
    if opening and not nth:
        return event.date, (day + days).isoformat()
    return (day - days).isoformat(), event.date


def _one_meeting_of_days(sentence: str) -> bool:
    """ "The two-day summit, scheduled for February 4–5": one meeting over those days."""
    talks = _DAYS_OF_TALKS.search(sentence)
    return bool(talks and talks.group("days"))


def _agreed_at(event: Event) -> bool:
    """An agreement or exchange "agreed in Istanbul last week" ("under the agreements reached in
    Istanbul earlier this month"): its date, said just after the venue, is the talks' there; so
    is the date of "the agreements reached on July 23 in Istanbul", of "the meeting …, held in
    Istanbul on May 16", of "on June 2, the Istanbul agreements were reached", and that of talks
    that ended with it ("talks … in Abu Dhabi finished Thursday with the two … agreeing to a new
    swap"; "After 9 hours of talks in Saudi Arabia, [they] announced an agreement … last night")."""
    if not event.date_offsets or event.status not in ("agreed", "done"):
        return False
    start, end = event.date_offsets
    # (Not a swap's day: "After two days of talks in Istanbul last week, the sides exchanged 390 on
    # Friday"; but "… the sides agreed on Friday to exchange 1,000 prisoners each" ends the talks.)
    ended = event.type in ("agreement", "announcement") or event.status == "agreed"
    if ended and (after := _AFTER_TALKS_IN.match(event.sentence)):
        # ("in Saudi Arabia" is the gazetteer's name with its preposition, "Riyadh" the name alone)
        # (The talks dated by nothing else: not "After two days of talks in Saudi Arabia last week, …".)
        place = _venues_in(event.sentence[after.end() :])
        return (
            bool(place)
            and place[0][0] <= len("at the ")
            and event.sentence.startswith(",", after.end() + place[0][1])
        )
    if event.type not in _OUTCOME_TYPES:
        return False
    if _TALKS_ENDED.search(event.sentence, 0, start):
        return True
    # (The venue and then at once the date: not "the talks held in Istanbul on June 2, took place on
    # Friday".)
    if (held := _HELD_AT.search(event.sentence, 0, start)) and (
        place := _venues_in(event.sentence[held.end() : start])
    ):
        return place[0][0] == 0 and bool(
            re.fullmatch(r",?\s+on\s+", event.sentence[held.end() + place[0][1] : start])
        )
    if (theirs := _VENUE_AGREEMENTS.match(event.sentence, end)) and (place := _venues_in(theirs["venue"])):
        return place[0][1] == len(theirs["venue"])
    reached = _REACHED_ON.search(event.sentence)
    if reached and reached.end() == start and (venue := _AT_VENUE.match(event.sentence, end)):
        place = _venues_in(event.sentence[venue.end() :])
        return bool(place) and place[0][0] == 0
    match = _AGREED_AT.search(event.sentence)
    if not match:
        return False
    place = _venues_in(event.sentence[match.end() :])
    return bool(place) and place[0][0] == 0 and 0 <= start - (match.end() + place[0][1]) <= 3


def _follows(event: Event) -> int | None:
    """ "The Geneva talks, running Tuesday and Wednesday, follow two rounds in Abu Dhabi": the
    round after them, for the date said before "follow"."""
    if not event.date_offsets:
        return None
    # ("held two rounds of talks in Abu Dhabi on Jan. 23-24 and Feb. 4-5, followed by another round
    # in Geneva on Feb. 17-18": the date after "followed by".)
    # ("After two rounds of trilateral talks in Abu Dhabi, Kiev, Washington and Moscow will meet in
    # Geneva on Tuesday": the round after them, for a date after.)
    told = _FOLLOWED_BY.search(event.sentence) or _AFTER_ROUNDS.match(event.sentence)
    if told and event.date_offsets[0] >= told.end():
        return NUMBERS[told.group("count").lower()] + 1
    match = _FOLLOWS.search(event.sentence)
    if not match or event.date_offsets[1] > match.start():
        return None
    return NUMBERS[match.group("count").lower()] + 1


def _counted(rows: list[Round], articles: list[Article]) -> list[Round]:
    """ "The UAE has hosted two rounds of talks in Abu Dhabi": when a venue's latest track holds
    exactly that many rounds before the article's day, they are its rounds 1 to n, in date order
    (`round_inferred`, with a note). A number an article gave one of them that disagrees ("a
    second round … ended on Saturday", of the first round's second day) is kept as a conflict; a
    count that would renumber a round _WELL_NUMBERED articles report is not applied."""
    out = list(rows)
    for article in articles:
        if article.published is None:
            continue
        for match in _COUNTED.finditer(article.body):
            venue = venue_of(article.body[match.end() : match.end() + 80])
            if venue is None:
                continue  # "three rounds of talks" of no venue said: not the rounds of unknown venue
            before = [
                r
                for r in out
                if r.venue == venue
                and r.date
                and r.status == "done"
                and r.date < article.published.isoformat()
            ]
            if not before:
                continue
            series = max(before, key=lambda r: r.date or "").series
            held = sorted((r for r in before if r.series == series), key=lambda r: r.date or "")
            if len(held) != NUMBERS[match.group("count").lower()]:
                continue
            # (Not against a number many reports state: 137 articles' "second round" of 4–5 February
            # 2026 beside one article's "three rounds" in Abu Dhabi.)
            if any(
                row.round not in (None, n) and not row.round_inferred and len(row.sources) >= _WELL_NUMBERED
                for n, row in enumerate(held, start=1)
            ):
                continue
            for n, row in enumerate(held, start=1):
                if row.round == n:
                    continue
                note = f"numbered {n} of the {len(held)} rounds in {venue} that {article.id} counts"
                stated = [f"{_numbered_by(row)}; {note}"] if row.round else []
                out[_at(out, row)] = row.model_copy(
                    update={
                        "round": n,
                        "round_inferred": True,
                        "note": note,
                        "conflicts": row.conflicts + stated,
                    }
                )
    return out


def _numbered_by(row: Round) -> str:
    """Where a row's stated number comes from: the sentence that gives it, when one does."""
    words = [w for w, n in ORDINALS.items() if n == row.round and w.isalpha()]
    said = re.compile(rf"\b(?:{'|'.join(words) or row.round})\s+round\b", re.I)
    sentence = next((s for s in row.evidence if said.search(s)), None)
    return (
        f"numbered {row.round} by “{sentence}”" if sentence else f"numbered {row.round} by one of its sources"
    )


def _after_previous(rows: list[Round], articles: list[Article]) -> list[Round]:
    """An article that says its talks come after "two previous rounds" makes the one round it
    reports as news (dated from two days before its publication on) round three, when no other
    number is given (`round_inferred`, with a note)."""
    out = list(rows)
    for article in articles:
        match = _PREVIOUS.search(article.body)
        if not match or article.published is None:
            continue
        since = article.published - dt.timedelta(days=_SAME_ROUND_DAYS)
        reported = [r for r in out if article.id in r.sources and r.date and _days(r)[1] >= since]
        # (Not the month the earlier rounds are told in: "follows two earlier rounds in Abu Dhabi
        # during January and February 2026".)
        reported = [r for r in reported if r.precision == "day"] or reported
        if len(reported) != 1 or reported[0].round is not None:
            continue
        n = NUMBERS[match.group("count").lower()] + 1
        note = f"numbered {n}: {article.id} says it follows {n - 1} previous rounds"
        out[_at(out, reported[0])] = reported[0].model_copy(
            update={"round": n, "round_inferred": True, "note": note}
        )
    return out


def _next_told(rows: list[Round], articles: list[Article]) -> list[Round]:
    """An article that numbers rounds 1 to n of a format and calls one round dated after them "the
    next round" (or "a new round") makes it round n+1, wherever it meets: the trilateral talks'
    first and second rounds in Abu Dhabi, then "the next round ... in Geneva" (`round_inferred`,
    with a note). Only when the article tells one such round and the number is no other's."""
    out = list(rows)
    of_article: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(out):
        for source in r.sources:
            of_article[source].append(i)
    for article in articles:
        mine = [i for i in of_article.get(article.id, []) if out[i].date]
        nexts = [
            i
            for i in mine
            if out[i].round is None
            and any(_NEXT_ROUND.search(s) and s in article.body for s in out[i].evidence)
        ]
        if len(nexts) != 1:
            continue
        row = out[nexts[0]]
        before = [out[i] for i in mine if out[i].round is not None and out[i].format == row.format]
        numbers = {r.round for r in before}
        n = len(numbers) + 1
        if (
            not before
            or numbers != set(range(1, n))
            or any(_days(r)[1] >= _days(row)[0] for r in before)
            or any(r.round == n and r.format == row.format for r in out)
        ):
            continue
        note = f"numbered {n}: {article.id} calls it the next round after round {n - 1}"
        out[nexts[0]] = row.model_copy(update={"round": n, "round_inferred": True, "note": note})
    return out


def _planned_joined(rows: list[Round]) -> list[Round]:
    """A planned round ("a possible next meeting, as soon as next week") is the first round held
    in its track (any, when its venue is not stated) from its first day to two weeks after its
    last: it adds its sources to that round, never its dates."""
    out = list(rows)
    # The rounds held by first day, of all tracks (None) and of each: a join keeps their days.
    held: dict[str | None, list[tuple[dt.date, int]]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.status == "done" and r.date:
            held[None].append((_days(r)[0], i))
            held[r.series].append((_days(r)[0], i))
    for found in held.values():
        found.sort()
    joined: set[int] = set()
    for k, row in enumerate(rows):
        if row.status != "planned" or not row.date:
            continue
        first, last = _days(row)
        track = held.get(None if row.series == UNKNOWN_SERIES else row.series, [])
        within = track[
            bisect.bisect_left(track, (first, -1)) : bisect.bisect_right(
                track, (last + dt.timedelta(days=_PLANNED_SLIP_DAYS), len(rows))
            )
        ]
        fits = [i for _, i in within if not (row.round and out[i].round and row.round != out[i].round)]
        if not fits:
            continue
        i = min(fits, key=lambda i: (out[i].date or "", i))  # the first held, by its date as written
        target = out[i]
        out[i] = _merge(target, row.model_copy(update={k: getattr(target, k) for k in _DATES}))
        joined.add(k)
    return [r for k, r in enumerate(out) if k not in joined]


def _undated_joined(rows: list[Round], published: dict[str, dt.date | None]) -> list[Round]:
    """A round of a known track with neither date nor number ("the talks ended with a swap") is
    the track's latest round held by the day its article was published: it adds its sentence
    to that round, not a row of its own. So is an undated "second round" in the article that
    dates that round, unnumbered, as news of its day."""
    out = list(rows)
    # Each track's dated rows by first day, then place: joining an undated row keeps the day.
    by_day: dict[str, list[tuple[dt.date, int]]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.date:
            by_day[r.series].append((_days(r)[0], i))
    for held in by_day.values():
        held.sort()
    joined: set[int] = set()
    for k, row in enumerate(rows):
        days = [d for a in row.sources if (d := published.get(a))]
        if (
            row.date is None
            and row.round is None
            and row.status == "done"
            and not days
            and (i := _named_day(row, out)) is not None
        ):
            # (Its sentence names the round's day, not its table: "Lavrov and Rubio discussed … the
            # talks in Istanbul on June 2" leaves the Russia–Ukraine round as it was.)
            out[i] = _merge(out[i], row).model_copy(update={"format": out[i].format})
            joined.add(k)
            continue
        if row.date is not None or row.series == UNKNOWN_SERIES or not days:
            continue
        held = by_day.get(row.series, [])
        # The latest first day by then; of rows on that day, the first.
        j = bisect.bisect_right(held, (max(days), len(rows)))
        if not j:
            continue
        i = held[bisect.bisect_left(held, (held[j - 1][0], -1))][1]
        latest = out[i]
        # A numbered one joins an unnumbered round its article dates, or one its article reports
        # as held on its day ("The fourth round ... lasted a little over 3 hours").
        if row.round is not None and not (
            latest.round is None
            and (set(row.sources) & set(latest.sources) or row.status == latest.status == "done")
            and (max(days) - _days(latest)[1]).days <= _SAME_ROUND_DAYS
        ):
            continue
        out[i] = _merge(latest, row)
        joined.add(k)
    return [r for k, r in enumerate(out) if k not in joined]


_ANOTHER_DAY = re.compile(r"\b(?:follow(?:s|ed|ing)?|previous|earlier|last|after|before|since)\b", re.I)
# A day of the year with no year: "On February 28", "29 March".
_MONTH_DAY = re.compile(
    rf"\b(?:(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH_NAMES}))\b"
)


def _named_day(row: Round, rows: list[Round]) -> int | None:
    """The one held round at the row's venue, in any year, on the day of the year its sentence
    names, for a row of an article with no publication date, whose year is unknown: "On February
    28, Russia-Ukraine negotiations ... took place in Gomel, Belarus" is the round of 28 February
    2022 there, not a row of its own."""
    named = _days_named(row.evidence)
    if len(named) != 1 or row.venue is None:
        return None
    (held_on,) = named
    found = [
        i
        for i, r in enumerate(rows)
        if r is not row
        and r.venue == row.venue
        and r.date
        and r.status == "done"
        and r.precision == "day"
        and held_on in _days_of_year(*_days(r))
    ]
    return found[0] if len(found) == 1 else None


def _days_of_year(first: dt.date, last: dt.date) -> set[tuple[int, int]]:
    """The (month, day) of each day from `first` to `last`."""
    return {(d.month, d.day) for d in (first + dt.timedelta(days=n) for n in range((last - first).days + 1))}


# A month named with no year, after "in": "The first direct talks … began in May".
_IN_MONTH = re.compile(rf"\bin\s+(?:early\s+|late\s+|mid-)?(?P<month>{MONTH_NAMES})\b(?!\s+\d)")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _dated_by_track(rows: list[Round], published: dict[str, dt.date | None]) -> list[Round]:
    """A track's numbered or planned rows from articles with no publication date, whose sentence
    names a day or a month of the year and no year ("the second round … in Istanbul scheduled for
    June 2"; a held round unnumbered is `_named_day`'s, whatever its track): dated
    in the one year that puts that day within the track, from January of the year its dated rows
    begin to TRACK_GAP_DAYS after they end, and saying so. With two such years, or none, the row
    stays undated."""
    days = [_days(r) for r in rows if r.date]
    if not days or rows[0].series == UNKNOWN_SERIES:
        return rows
    first = dt.date(min(d[0] for d in days).year, 1, 1)
    last = max(d[1] for d in days) + dt.timedelta(days=TRACK_GAP_DAYS)
    out = []
    for row in rows:
        named = (
            _named_in(row.evidence)
            if row.date is None
            and (row.round is not None or row.status != "done")
            and not any(published.get(a) for a in row.sources)
            else None
        )
        years = [
            y
            for y in range(first.year, last.year + 1)
            if named and first <= _day_of(y, *named) and dt.date(y, named[0], 1) <= last
        ]
        if len(years) != 1 or named is None:
            out.append(row)
            continue
        (year,) = years
        month, day = named
        told = calendar.month_name[month] + (f" {day}" if day else "")
        how = (
            f"{told} read as of {year} in {', '.join(row.sources)}, which has no date: the one year"
            f" that puts it within the {row.series} track's dated rounds"
        )
        out.append(
            row.model_copy(
                update={
                    "date": f"{year}-{month:02d}-{day:02d}" if day else f"{year}-{month:02d}",
                    "precision": "day" if day else "month",
                    "note": f"{row.note}; {how}" if row.note else how,
                }
            )
        )
    return out


def _day_of(year: int, month: int, day: int | None) -> dt.date:
    """The day (the month's first, for a month) in `year`; a day the month lacks is past it."""
    try:
        return dt.date(year, month, day or 1)
    except ValueError:
        return dt.date.max


def _days_named(sentences: list[str]) -> set[tuple[int, int]]:
    """The (month, day) the sentences name for their round; not another meeting's day: "follow a
    previous round of negotiations held on May 16"."""
    return {
        (MONTHS[(m["month"] or m["month2"]).lower()], int(m["day"] or m["day2"]))
        for sentence in sentences
        for m in _MONTH_DAY.finditer(sentence)
        if not _ANOTHER_DAY.search(sentence, 0, m.start())
    }


def _named_in(sentences: list[str]) -> tuple[int, int | None] | None:
    """The one (month, day), or else (month, None), the sentences with no year name for their round."""
    yearless = [s for s in sentences if not _A_YEAR.search(s)]
    named: set[tuple[int, int | None]] = set(_days_named(yearless)) or {
        (MONTHS[m["month"].lower()], None)
        for sentence in yearless
        for m in _IN_MONTH.finditer(sentence)
        if not _ANOTHER_DAY.search(sentence, 0, m.start())
    }
    return next(iter(named)) if len(named) == 1 else None


def _days(r: Round) -> tuple[dt.date, dt.date]:
    """The first and last day a dated row may fall on, as its precision says."""
    return _days_of(r.date, r.end_date, r.precision)


@lru_cache(maxsize=65536)
def _days_of(date: str | None, end_date: str | None, precision: str | None) -> tuple[dt.date, dt.date]:
    assert date is not None
    return date_span(date, precision, end_date)


def _same_round(a: Round, b: Round) -> bool:
    if a.series != b.series:
        return False
    if a.series == UNKNOWN_SERIES:
        # Without a venue, "the first round" of one series is not that of another: dates decide.
        return a.date is not None and a.date == b.date and a.round == b.round
    if a.round is not None and b.round is not None:
        return a.round == b.round
    if a.date is None or b.date is None:
        return False
    # "The talks opened on Wednesday" and "the second round ended on Thursday": one round; "met
    # last week" is the round held within that week.
    if a.precision in ("day", "week") and b.precision in ("day", "week"):
        (a_first, a_last), (b_first, b_last) = _days(a), _days(b)
        # (Talks held in a week counted from a day, "held talks a week ago" said on a Monday, may
        # reach back into the calendar week before; talks "expected this week" are not those held
        # days before it began.)
        weeks = [r for r in (a, b) if r.precision == "week"]
        slack = (
            _SAME_ROUND_DAYS
            if not weeks
            else _WEEK_SLACK_DAYS
            if all((r.status or "done") == "done" for r in weeks)
            else 0
        )
        # (Nor do rows of days join into more days than a round lasts: "Florida on Sunday" and the
        # Miami talks of 4–6 December, joined through a day between, are two rounds.)
        longest = (max(a_last, b_last) - min(a_first, b_first)).days < _LONGEST_ROUND_DAYS or bool(weeks)
        return (max(a_first, b_first) - min(a_last, b_last)).days <= slack and longest
    return a.date == b.date


def _merge(a: Round, b: Round) -> Round:
    def union(x: list[str], y: list[str]) -> list[str]:
        return x + [v for v in y if v not in x]

    conflicts = union(a.conflicts, b.conflicts)
    if a.round is not None and a.round == b.round and _far_apart(a, b):
        # Articles that put one numbered round on different days: both kept, flagged. The days it
        # was held on beat those it was planned for ("the third round, proposed for June 20-30");
        # of two plans, the later, as talks slip ("scheduled for February 1", then "for February 4-5").
        if (a.status == "done") != (b.status == "done"):
            held = a if a.status == "done" else b
        elif a.status != "done" and _days(b)[0] > _days(a)[0]:
            held = b
        else:
            held = a
        return held.model_copy(
            update={
                "sources": union(a.sources, b.sources),
                "evidence": union(a.evidence, b.evidence),
                "conflicts": conflicts,
                "stated": a.stated + b.stated,
                "weekends": a.weekends + b.weekends,
                "datings": _datings(a, b),
            }
        )
    # What was held beats what was planned, and a vaguer date adds nothing to a finer one: "last
    # week" or "talks on Monday, Peskov said" leaves "held on Tuesday and Wednesday".
    held = [r for r in (a, b) if r.date and r.status == "done"]
    finer = [r for r in (held if len(held) == 1 else (a, b)) if r.date and r.precision == _finer(a, b)]
    finer = finer or [r for r in held if r.date]
    # ("had already taken place in Abu Dhabi last weekend", beside talks of 23–24 January: a weekend
    # names neither of its days, so it adds none to days named.)
    weekend = [r for r in finer if r.stated and r.stated == r.weekends]
    if len(finer) == 2 and len(weekend) == 1:
        finer = [r for r in finer if r is not weekend[0]]
    dates = (
        {k: getattr(finer[0], k) for k in _DATES}
        if len(finer) == 1
        else {
            "date": min(d for d in (a.date, b.date) if d) if a.date or b.date else None,
            "end_date": _end(a, b),
            "precision": _finer(a, b),
        }
    )
    note = a.note or b.note
    plan = b if finer and finer[0] is a else a
    if (
        len(finer) == 1
        and dates["precision"] == "week"
        and plan.status != "done"
        and plan.precision == "day"
        and plan.date
        and _days(finer[0])[0] <= _days(plan)[0]
        and _days(plan)[1] <= _days(finer[0])[1]
    ):
        # "their direct talks last week in Istanbul", beside "postponed to 16 May": held that week,
        # on the day it was planned for, as far as the texts tell.
        dates = {k: getattr(plan, k) for k in _DATES}
        note = note or f"held in the {finer[0].precision} its sources give, on the day it was planned for"
    if len(finer) == 1 and dates["precision"] == "day":
        other = b if finer[0] is a else a
        # "began in Geneva on Tuesday" and "the third round will be held on February 17-18": it
        # began as planned, and the plan of the numbered round, or of "the two-day summit", gives
        # its last day (an unnumbered plan may join two meetings: "a meeting on Friday ahead of a
        # planned meeting on Saturday").
        if (
            dates["end_date"] is None
            and (other.round is not None or any(_one_meeting_of_days(s) for s in other.evidence))
            and other.date == dates["date"]
            and other.precision == "day"
            and other.end_date
        ):
            dates["end_date"] = other.end_date
            note = note or f"its last day, {other.end_date}, is the last of the days it was planned for"
        # "The talks in Berlin will continue on December 15", beside talks held on the 14th: the
        # next day, as planned, and said to be a plan.
        last = dt.date.fromisoformat(dates["end_date"] or dates["date"])
        if (
            other.status == "planned"
            and other.precision == "day"
            and other.date == (last + dt.timedelta(days=1)).isoformat()
            and any(_continues(s) for s in other.evidence)
        ):
            dates["end_date"] = other.end_date or other.date
            note = note or f"its last day, {other.date}, is the day its talks were to continue"
    return a.model_copy(
        update={
            "round": a.round if a.round is not None else b.round,
            "round_inferred": a.round_inferred if a.round is not None else b.round_inferred,
            "note": note,
            **dates,
            # The default format is what no sentence named: one that names the US says more.
            "format": a.format if a.format != FORMATS[0] else b.format,
            "status": "done" if "done" in (a.status, b.status) else a.status,
            "heads": union(a.heads, b.heads),
            "hosts": union(a.hosts, b.hosts),
            "topics": union(a.topics, b.topics),
            "outcomes": union(a.outcomes, b.outcomes),
            "sources": union(a.sources, b.sources),
            "evidence": union(a.evidence, b.evidence),
            "conflicts": conflicts,
            "stated": a.stated + b.stated,
            "weekends": a.weekends + b.weekends,
            "datings": _datings(a, b) if a.datings or b.datings else {},
        }
    )


def _datings(a: Round, b: Round) -> dict[str, list[str]]:
    """The days two rows of one round are put on, each with its articles: a row's far-apart
    datings, or else its date with its sources. A day it was put off from is no dating of it."""
    out: dict[str, list[str]] = {}
    for row in [r for r in (a, b) if r.status not in ("postponed", "cancelled")] or (a, b):
        for day, articles in (row.datings or {row.date or "": row.sources}).items():
            out[day] = out.get(day, []) + [x for x in articles if x not in out.get(day, [])]
    return out


def outvoted_day(
    stated: Sequence[tuple[str, str, str]],
    first: str,
    last: str,
    weekends: Collection[tuple[str, str, str]] = (),
) -> tuple[str, str, set[str], int] | None:
    """A round's first or last day that one or two articles give (or one in _FEW_IN), against
    OUTVOTING times as many that give another day of it, is their dating, not the round's:
    IntelliNews's "the last meeting in Istanbul on June 3" beside ten reports of 2 June leaves
    the round on 2 June, flagged. A two-day round is told by many articles on each day, or by a
    statement of both ("on February 17-18"; not one of `weekends`, "at the weekend"). `stated` holds
    (article, first day, last day) per statement; the answer is (that day, the day given most,
    the articles giving the first, how many give the second), or None. The rounds and the events
    tables both ask it, so they date a round alike."""

    def giving(day: str) -> set[str]:
        return {article for article, start, end in stated if start <= day <= end}

    for lone in (first, last):
        alone = giving(lone)
        days = {s for _, s, e in stated if first <= s and e <= last and not s <= lone <= e}
        if not alone or not days:
            continue
        other = max(sorted(days), key=lambda day: len(giving(day)))
        others = giving(other) - alone
        # (one or two articles, or one in six: three of 105 on the eve of the first Istanbul round; four
        # reports of Geneva's Monday, 24 November 2025, beside 27 of its Sunday)
        if len(alone) > max(2, len(others) // _FEW_IN):
            continue
        # (A weekend names neither of its days: "talks in Miami at the weekend", twice, beside
        # seven reports of the Saturday.)
        # (Not one article's "22-23 January" beside 37 of "23-24 January": spans that leave the day
        # out outvote it as single days do.)
        spans_without = {a for a, s, e in stated if s < e and not s <= lone <= e} - alone
        # (nor one article's "March 28-29" beside 83 of 29 March: a span that few give is as lone)
        spanning = {
            a
            for a, s, e in stated
            if s <= min(lone, other) and max(lone, other) <= e and (a, s, e) not in weekends
        }
        both = (
            bool(spanning)
            and len(spans_without) < OUTVOTING * len(alone)
            and len(spanning) > len(others) // _FEW_SPANNING
        )
        if not both and len(others) >= OUTVOTING * len(alone):
            return lone, other, alone, len(others)
    return None


def _held_from(row: Round) -> Round:
    """A round whose first day only a plan gives starts on the first day a report says it was
    held: "the second round is planned for March 2" beside "commenced a second round" on
    3 March, flagged."""
    if not (row.end_date and row.date and row.precision == "day"):
        return row
    held = [start for _, start, _ in row.stated if row.date <= start <= row.end_date]
    if not held or min(held) <= row.date:
        return row
    first = min(held)
    return row.model_copy(
        update={
            "date": first,
            "end_date": row.end_date if row.end_date > first else None,
            "conflicts": [
                *row.conflicts,
                f"planned for {row.date}; the reports of it held date it from {first}",
            ],
        }
    )


def _outvoted(row: Round) -> Round:
    """The round without a day it was given by too few (`outvoted_day`), flagged; then without
    the other end too, when that is also a lone dating ("left for talks in Gomel on February 27"
    and "held the first round of talks today", said on 1 March, around ten reports of 28 February)."""
    if not (row.end_date and row.date and row.precision == "day"):
        return row
    found = outvoted_day(row.stated, row.date, row.end_date, row.weekends)
    if found is None:
        return row
    lone, other, alone, others = found
    rest = [(s, e) for _, s, e in row.stated if not s <= lone <= e and row.date <= s and e <= row.end_date]
    if not rest:
        return row
    start, end = min(s for s, _ in rest), max(e for _, e in rest)
    return _outvoted(
        row.model_copy(
            update={
                "date": start,
                "end_date": end if end > start else None,
                "conflicts": [
                    *row.conflicts,
                    f"dated {lone} by {', '.join(sorted(alone))}; {other} by {others} articles",
                ],
            }
        )
    )


def _gap(a: Round, b: Round) -> int:
    """Days between two dated rows (0 when they overlap); 0 when either is undated."""
    if not (a.date and b.date):
        return 0
    (a_first, a_last), (b_first, b_last) = _days(a), _days(b)
    return max((max(a_first, b_first) - min(a_last, b_last)).days, 0)


def _far_apart(a: Round, b: Round) -> bool:
    """Two datings of one round that cannot both hold: days (or a day and the week said to hold
    it) more than _SAME_ROUND_DAYS apart."""
    if not (a.date and b.date and {a.precision, b.precision} <= {"day", "week"}):
        return False
    (a_first, a_last), (b_first, b_last) = _days(a), _days(b)
    return (max(a_first, b_first) - min(a_last, b_last)).days > _SAME_ROUND_DAYS


def _finer(a: Round, b: Round) -> Precision | None:
    order = ("day", "week", "month", "year")
    given = [p for p in (a.precision, b.precision) if p]
    return min(given, key=order.index) if given else None


def _end(a: Round, b: Round) -> str | None:
    """The last day of a merged round: the later of two days that are both given to the day."""
    days = [d for d in (a.end_date, b.end_date) if d]
    days += [d for d in (a.date, b.date) if d and len(d) == 10]
    last = max(days, default=None)
    first = min(d for d in (a.date, b.date) if d) if a.date or b.date else None
    return last if last and first and last > first else (a.end_date or b.end_date)


def _placed_by_day(rows: list[Round]) -> list[Round]:
    """A row dated to the day whose venue none of its sentences names ("The third round of
    negotiations began on 7 March", placed by its article's Istanbul talks) is the round another
    track holds that day with its venue named: the one its sentences name ("a meeting … was held
    in Turkey's Antalya"), or else the one of its number. So is a row whose venue one or two of
    its sentences name, beside a row of another track that day, of its number and format, whose venue
    OUTVOTING times as many name ("direct negotiations in Istanbul … in late February 2022" among
    ten reports of the first round, beside 28 February in Belarus): flagged. So, failing those, is
    a numbered row whose days lie within those of the round of its number another track holds with
    its venue named, as outvoting ("The 1st round took place on February 28th", on a page about the
    Istanbul talks, is round 1 in Belarus on 27–28 February)."""

    # (A row that takes another keeps its venue named: what its sentences name only grows.)
    names = [Counter(v for s in r.evidence if (v := venue_of(s))) for r in rows]
    by_day: dict[tuple[str | None, str | None], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.precision == "day":
            by_day[r.date, r.end_date].append(i)
    out = list(rows)
    gone: set[int] = set()
    for k, r in enumerate(rows):
        said = names[k]
        if not r.date or r.precision != "day" or (r.venue in said and said[r.venue] > 2):
            continue
        hosts = [
            i
            for i in by_day[r.date, r.end_date]
            if i != k
            and i not in gone
            and (o := out[i])
            and o.series != r.series
            and (o.date, o.end_date, o.precision) == (r.date, r.end_date, "day")
            and o.venue in names[i]
            and (
                names[i][o.venue] >= OUTVOTING * said[r.venue]
                and o.format == r.format
                # (Two unnumbered meetings may be two: "held a separate meeting in Kyiv" that day.)
                and (
                    o.round == r.round is not None
                    or (r.round is None) != (o.round is None)
                    or r.round_inferred
                )
                if r.venue in said
                else o.venue in said
                if said
                else o.round is None or r.round is None or o.round == r.round
            )
        ]
        if not hosts and r.round is not None and not r.round_inferred:
            days = date_span(r.date, r.precision, r.end_date)
            hosts = [
                i
                for i, o in enumerate(out)
                if i != k
                and i not in gone
                and o.series != r.series
                and o.round == r.round
                and not o.round_inferred
                and o.format == r.format
                and o.precision == "day"
                and o.venue in names[i]
                and (not said or r.venue in said or o.venue in said)
                and names[i][o.venue] >= OUTVOTING * said[r.venue]
                and o.date
                and _within_span(days, date_span(o.date, o.precision, o.end_date))
            ]
        if len(hosts) == 1:
            host = out[hosts[0]]
            if r.venue in said:
                host = host.model_copy(
                    update={
                        "conflicts": [
                            *host.conflicts,
                            f"placed in {r.venue} by {said[r.venue]} sentence(s) of {_few(r.sources)}; "
                            f"in {host.venue} by {names[hosts[0]][host.venue]}",
                        ]
                    }
                )
            out[hosts[0]] = _merge(host, r)
            gone.add(k)
    return [r for k, r in enumerate(out) if k not in gone]


def _within_span(inner: tuple[dt.date, dt.date], outer: tuple[dt.date, dt.date]) -> bool:
    """Whether the days `inner` lie within the days `outer`."""
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _few(articles: list[str]) -> str:
    """Articles named in a note: three, and how many more."""
    return ", ".join(articles[:3]) + (f" and {len(articles) - 3} more articles" if len(articles) > 3 else "")


def _without_echoes(rows: list[Round]) -> list[Round]:
    """An undated, unnumbered row whose every sentence a dated or numbered row of its track cites
    adds nothing ("The Berlin talks followed a lengthy five-hour session on Sunday and continued
    for about 90 minutes on Monday" dates both days); the undated, unnumbered rows one article
    gives a track are one row."""
    cited: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r.date or r.round is not None:
            cited[r.series].update(r.evidence)
    out: list[Round] = []
    first: dict[tuple[str, str], int] = {}  # (track, article) -> its undated row in `out`
    for r in rows:
        if r.date or r.round is not None:
            out.append(r)
        elif not set(r.evidence) <= cited[r.series]:
            keys = [(r.series, a) for a in r.sources]
            if (i := next((first[k] for k in keys if k in first), None)) is None:
                i = len(out)
                out.append(r)
            else:
                out[i] = _merge(out[i], r)
            first.update((k, i) for k in keys if k not in first)
    return out


def _undated_numbered_joined(rows: list[Round]) -> list[Round]:
    """An undated round n is the one dated round n of its track, once the dated one is numbered:
    "The Switzerland meeting marked the third round …", beside the Geneva talks of 17-18 February
    numbered third because they follow two rounds."""
    dated: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        if r.date and r.round and r.series != UNKNOWN_SERIES:
            dated[r.series, r.round].append(i)
    out = list(rows)
    joined: set[int] = set()
    for k, r in enumerate(rows):
        if r.date is None and r.round and len(at := dated.get((r.series, r.round), [])) == 1:
            out[at[0]] = _merge(out[at[0]], r)
            joined.add(k)
    return [r for k, r in enumerate(out) if k not in joined]


def _implied(rows: list[Round]) -> list[Round]:
    """ "The second round" implies a first: a row for it, with nothing but what is implied."""
    implied: list[Round] = []
    for series in {r.series for r in rows} - {UNKNOWN_SERIES}:
        numbered = sorted(
            (r for r in rows if r.series == series and r.round and not r.round_inferred),
            key=lambda r: r.round or 0,
        )
        if not numbered:
            continue
        known = {r.round for r in rows if r.series == series}
        latest = numbered[-1]
        if _counted_on(latest, rows):
            continue
        for n in range(1, latest.round or 0):
            if n not in known:
                implied.append(
                    Round(
                        series=series,
                        round=n,
                        round_inferred=True,
                        date=None,
                        precision=None,
                        location=latest.location,
                        venue=latest.venue,
                        format=latest.format,
                        sources=latest.sources,
                        evidence=latest.evidence,
                        note=f"implied by round {latest.round}; the text gives no date or details",
                    )
                )
    return implied


def _counted_on(row: Round, rows: list[Round]) -> bool:
    """Whether a round's number counts on from another track's rounds of its format: Istanbul's
    "fourth round" of 29 March 2022 follows three held in Belarus, so implies none in Istanbul."""
    if not row.round:
        return False
    if not row.date:
        # Undated ("the third round of trilateral talks" in Geneva, on a page with no date): its
        # own article tells of that format's rounds elsewhere ("two previous rounds held in Abu
        # Dhabi", a sentence that need not name their format).
        return any(
            r.series not in (row.series, UNKNOWN_SERIES)
            and r.format in (row.format, FORMATS[0])
            and set(r.sources) & set(row.sources)
            for r in rows
        )
    return any(
        r.series not in (row.series, UNKNOWN_SERIES)
        and r.format == row.format
        and r.round is not None
        and r.round < row.round
        and r.date
        and _days(r)[1] < _days(row)[0]
        and (_days(row)[0] - _days(r)[1]).days <= 366
        for r in rows
    )
