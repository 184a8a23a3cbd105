"""Events from article text: one record per dated statement, and per undated statement about a
distinct event, each carrying its verbatim sentence and where it sits in the article."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, Field

from parley.articles.load import Article
from parley.memo import kept, kept_by_digest
from parley.mentions.dates import (
    FOUNDING_WORD,
    PLANNED_FOR,
    Clauses,
    Mention,
    Resolved,
    Resolver,
    YearInference,
    at_word_starts,
    date_span,
    dateline,
    dateline_alone,
    dateline_end,
    find_mentions,
    first_day,
    frame_of,
    infer_year,
    is_future,
    opens_with_place,
    put_off_to,
    spoken_on,
)
from parley.mentions.numbers import NUMBER_WORDS

EventType = Literal["negotiation_round", "prisoner_exchange", "announcement", "agreement", "capture", "other"]
Precision = Literal["day", "week", "month", "year"]
MentionClass = Literal["event", "context", "none"]
Status = Literal["done", "agreed", "planned", "postponed", "cancelled"]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

TYPE_LABELS = {
    "negotiation_round": "Negotiation round",
    "prisoner_exchange": "Prisoner exchange",
    "announcement": "Announcement",
    "agreement": "Agreement",
    "capture": "Capture",
    "other": "Other",
}

UNDATED = Resolved(None, None, "the text gives no date for this")
# How a mention dated to the day of its news for want of a date of its own begins its resolution.
JUST_DONE = "the sentence gives no date"
# "Ukraine and Russia have exchanged 400 prisoners": news of the day, undated because it is new.
JUST_DONE_TOLD = re.compile(
    # ("a major prisoner exchange has been successfully conducted")
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:exchanged|swapped|returned|released|freed|repatriated|handed over"
    r"|brought (?:home|back)|concluded|conducted|ended|completed|carried out|taken place|held|secured"
    # ("eight Ukrainian children have been reunited with their families")
    r"|reunited)\b"
    # "mediation efforts … have managed to secure an exchange involving 157 detainees"
    r"|\b(?:has|have)\s+(?:managed to secure|succeeded in securing)\b"
    # ("Russia's Ministry of Defence says they have done an exchange of 246 prisoners of war")
    # (not "have not done an exchange in weeks", "has never done a swap")
    r"|\b(?:has|have)\s+(?:(?!not\b|never\b)\w+\s+)?done\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)\b"
    # ("Ukraine and Russia conducted another exchange of prisoners.": the lead of the day's news)
    r"|\b(?:conducted|carried out|held|completed)\s+another\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)\b",
    re.I,
)
# "Aug. 14 (UPI) -- Ukraine and Russia participated in a prisoner swap that released 84
# Ukrainians": the report's own news, of its dateline's day (classify dates it so).
UNDATED_AFTER_DATELINE = Resolved(None, None, "the text gives no date for this but its dateline")
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORDINAL = r"(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_ELIDED_ROUND = re.compile(
    r"\b(?:following|after)\s+the\s+(?P<ordinal>first|second|third|fourth|fifth)\b"
    r"(?!\s+(?:round|time|day|days|week|month|phase|stage|part|step|of|two|three)\b)",
    re.I,
)
ROUND = re.compile(
    rf"\b(?:{_ORDINAL}|new|next|latest|previous|last|another)\s+(?:round\b"
    # ("the first round of swaps under this agreement", "another round of evacuations", "the next
    # round of security assistance": rounds of something else)
    r"(?!\s+of\s+(?:[\w-]+\s+){0,2}?(?:swaps?|exchanges?|evacuations?|assistance|aid|sanctions|strikes|attacks"
    r"|shelling|mobili[sz]ation|voting|repatriations?)\b)"
    # ("set to hold their first trilateral talks in Abu Dhabi on Jan. 23")
    r"|(?:(?<=first )|(?<=second )|(?<=third )|(?<=fourth )|(?<=fifth ))"
    # (Not "the first face-to-face talks in two weeks", "… talks between the two sides in more than
    # two weeks": the first for a while.)
    r"(?:(?:direct|trilateral|three-way|face-to-face|bilateral)\s+){1,2}(?:talks|negotiations)\b"
    r"(?!\s+(?:between\s+(?:[\w-]+\s+){1,4}?)?(?:in|for)\s+(?:[\w-]+\s+){0,3}?(?:days?|weeks?|months?|years?)\b))"
    r"|\bround of (?:talks|negotiations|consultations)\b",
    re.I,
)

# The two sides as copy names them: "Russia and Ukraine", "Kyiv and Moscow".
THE_SIDES = r"(?:Russia|Ukraine|Moscow|Kyiv|Kiev)"
# ("special envoy Steve Witkoff will meet Ukrainian National Security Adviser Rustem Umerov in Miami")
MET = re.compile(
    # ("U.S. and Ukrainian delegations convened in Geneva")
    # ("Steve Witkoff, a special envoy for Donald Trump, is set to meet Russian President Vladimir Putin")
    # ("negotiating teams from Ukraine, the United States, and Russia gathered in Geneva")
    r"\b(?:(?:officials|delegations|delegates|negotiators|envoys?)\b(?:,?\s+[\w’'-]+){0,6}?"
    r"|negotiating\s+teams\b(?:,?\s+[\w’'-]+){0,8}?),?\s+"
    r"(?:met|convened|gathered|(?:will|to)\s+(?:meet|convene))\b"
    # ("Driscoll will meet Russian officials in Abu Dhabi on Tuesday"): the other side's envoys
    r"|\b(?:met|meet|meets)\s+(?:with\s+)?(?:the\s+)?(?:Russian|Ukrainian|U\.S\.|US|American)\s+"
    r"(?:officials|delegation|delegates|negotiators|envoys|counterparts)\b",
    re.I,
)
# In priority order: the first type whose trigger appears in a sentence is its type.
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "negotiation_round",
        at_word_starts(
            re.compile(
                # ("Peace negotiations between Russia and Ukraine continued on Monday afternoon")
                rf"{ROUND.pattern}|\b(?:talks|negotiations|consultations)\s+(?:between\s+(?:[\w.'’-]+\s+){{1,6}}?)?"
                r"(?:(?:will|would|could|are (?:due )?to|were (?:due )?to|to)\s+)?"
                r"(?:took place|take place|were held|was held|be held|opened|open|began|begin|resumed|resume|ended|end|concluded|conclude"
                r"|continued"
                # ("The latest peace talks between Ukraine and Russia are over for today")
                r"|(?:are|were|is|was)\s+(?:now\s+)?(?:over|taking place|under ?way|in progress))\b"
                # "held talks", "concluded a second day of US-brokered talks": the verb before the noun
                # ("held phone talks with Lavrov" is a call, not a round).
                r"|\b(?:held|hold|holding|met for|meet for|concluded|ended|wrapped up|opened|began|resumed)"
                # ("have concluded a second day of United States-brokered negotiations")
                r"\s+(?:(?!(?:tele)?phone\b)[\w.-]+\s+){0,6}?(?:talks|negotiations)\b"
                # "Putin has begun a meeting with US negotiators", "held a meeting with Witkoff"
                r"|\b(?:held|has begun|have begun|began|started|opened)\s+(?:a|an|the)\s+(?:[\w.-]+\s+){0,2}?meeting\b"
                # "the first direct talks between the warring sides ... on May 16": talks counted are one meeting.
                r"|\b(?:first|second|third|fourth|fifth)\s+(?:[\w.-]+\s+){0,2}?(?:talks|negotiations)\b"
                # ("after the first meeting on May 16"; "will have its first meeting in Abu Dhabi")
                r"|\b(?:first|second|third|fourth|fifth)\s+meeting\s+(?:on|in)\b"
                # "officials from both countries met in Riyadh": a meeting of the sides' envoys.
                rf"|{MET.pattern}"
                # ("to attend the Russian-US summit", "Friday's summit between the two leaders in the
                # city of Anchorage"): the leaders' meeting; not "a NATO summit".
                r"|\b(?:(?:Russian?|U\.?S\.?|American|Trump|Putin)[-–](?:Russian?|U\.?S\.?|American|Trump|Putin)"
                r"|Alaska|Anchorage|Budapest)\s+summit\b"
                r"|\bsummit\s+(?:between\s+(?:the\s+two\s+leaders|(?:[\w.]+\s+){0,3}?(?:Putin|Trump)\s+and\s+"
                r"(?:[\w.]+\s+){0,3}?(?:Putin|Trump))|(?:in|at)\s+(?:Alaska|Anchorage|Budapest))\b"
                # ("Tuesday’s talks between Ukrainian officials and Rubio’s US team", "giving Friday's meeting
                # here with Russian President Vladimir Putin high marks")
                r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)[’']s\s+"
                r"(?:(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b|meeting\s+(?:here\s+|there\s+)?(?:with|between)\b)",
                re.I,
            )
        ),
    ),
    # ("Since the announcement of an “Easter truce”, … they have done an exchange": a time, not an
    # act; but "after the announcement on Sunday of direct talks" dates the announcement)
    (
        "announcement",
        re.compile(
            r"(?<!since the )(?<!after the )(?<!following the )\bannounc\w*|\bannouncements?\b(?!\s+of\b)",
            re.I,
        ),
    ),
    (
        "prisoner_exchange",
        at_word_starts(
            re.compile(
                r"(?:\b(?:prisoners?|POWs?|captives?)[- ](?:exchanges?|swaps?)\b|\b(?:exchanges?|swaps?|swapped|exchanged)\b)"
                # "filmed ... not at the exchange site", "the exchange rate": a place or a price, not a swap
                # ("released following a major prisoner swap agreement … in Istanbul last week": the accord;
                # "refuted … remarks implying that prisoner exchange talks are shifting": talks about swaps)
                r"(?!\s+(?:site|sites|point|points|rate|rates|venue|location|agreements?|deals?|talks|negotiations)\b)"
                # ("a US national has been transferred as part of a transfer of prisoners between Russia and Ukraine")
                r"|\btransfers?\s+of\s+(?:prisoners|POWs|captives)\b"
                # ("resulted in both sides exchanging 1,000 prisoners each over the weekend"; not
                # "exchanging fire", nor "the process of exchanging prisoners", "stalling on exchanging")
                rf"|(?<!\bon )(?<!\bof )(?<!\babout )\b(?:exchanging|swapping)\s+(?:\d[\d,]*|{NUMBER_WORDS})\s+(?:[\w’'-]+\s+){{0,2}}?"
                r"(?:prisoners|POWs|captives|bodies|soldiers|servicemen|detainees)\b"
                # ("On June 14, another transfer of the bodies of Ukrainian soldiers took place")
                r"|\b(?:transfers?|handovers?)\s+of\s+(?:the\s+)?(?:bodies|remains)\b"
                # "45 defenders have been brought back from Russian captivity": a return is a swap's;
                # "the final stage of repatriation efforts under the agreements": so is a repatriation.
                # ("90 Ukrainian military personnel were released from Russian captivity")
                r"|\b(?:(?:brought|returned|came)\s+(?:home|back)|released|freed)\s+from\s+(?:[\w-]+\s+)?captivity\b"
                r"|\brepatriations?\b"
                # "We managed to free 32 of our soldiers"; "recover the bodies of 19 people", "managed to
                # return the bodies of 19 people", "the return of 563 bodies", "received from Russia 1,000
                # remains": the living freed, the dead returned.
                # ("Ukraine has managed to return 47 sergeants, 69 soldiers, 16 sailors and 18 officers")
                # ("Ukraine returned home 230 Ukrainian military and civilians from captivity")
                # ("Today, Ukraine has brought back 205 warriors")
                # ("Authorities in Moscow returned nine Ukrainian children")
                r"|\b(?:free|freed|release|released|the (?:release|liberation) of|return|returned"
                r"|(?:brought|bring|bringing|welcomed)\s+(?:home|back))"
                rf"\s+(?:home\s+)?(?:\d[\d,]*|{NUMBER_WORDS})\s+(?:[\w’'-]+\s+){{0,2}}?"
                r"(?:soldiers|servicemen|service\s+members|people|prisoners|POWs|defenders|civilians|citizens|Ukrainians"
                r"|Russians|troops|fighters|warriors|sergeants|sailors|officers|marines|guardsmen|children)\b"
                # "49 Ukrainian prisoners of war have been successfully returned from Russia"
                r"|\b(?:prisoners(?: of war)?|POWs|soldiers|servicemen|defenders|civilians|Ukrainians|Russians)\s+"
                r"(?:have|has|had|were|was)\s+been\s+(?:\w+ly\s+)?(?:returned|released|freed|brought (?:home|back))\b"
                # (Not "refused to return the bodies", "urged the authorities to return the bodies".)
                r"|\b(?:recover(?:ed)?|receive[sd]?|retrieved?|returned|(?:managed|able|possible)\s+to\s+return|repatriated"
                r"|handed over|brought back)\s+"
                r"(?:[\w’',-]+\s+){0,4}?(?:bodies|remains)\b|\breturn of (?:the )?(?:[\d,]+\s+)?(?:bodies|remains)\b"
                # "The bodies of 80 fallen Ukrainian soldiers were transferred to Ukraine", "have been
                # retrieved from Russian-occupied territories"
                r"|\b(?:bodies|remains)\b[^.;]{0,60}?\b(?:were|was|have been|has been)\s+"
                r"(?:transferred|returned|repatriated|retrieved|handed over|brought (?:back|home))\b"
                # "reported the return of 248 Russian POWs on Wednesday"
                r"|\breturn of\s+\d[\d,]*\s+(?:[\w’'-]+\s+){0,2}?(?:POWs|prisoners|servicemen|soldiers"
                r"|defenders|captives)\b"
                # ("eight Ukrainian children have been reunited with their families", "Five Ukrainian
                # children returned to their families from Russia"): children brought home.
                rf"|\b(?:\d[\d,]*|{NUMBER_WORDS})\s+(?:[\w’'-]+\s+){{0,3}}?children\b[^.;]{{0,40}}?\b"
                r"(?:reunited|returned)(?=\s+(?:with|to)\s+(?:their\s+)?(?:families|relatives|parents|mothers)\b)"
                # "another 75 of our people have returned to Ukraine", "46 residents of the Kursk Region
                # returned to Russia from Ukraine": a count come home (not a president back from a trip).
                r"|\b\d[\d,]*\s+(?:[\w’'-]+\s+){0,4}?(?:people|prisoners|POWs|soldiers|servicemen|defenders|citizens"
                r"|civilians|residents|captives|fighters|troops|bodies)\b[^.;]{0,40}?\b(?:have\s+|has\s+|had\s+)?"
                # ("303 Ukrainian servicemen have returned home"; a caption's "175 prisoners of war
                # return to Ukraine … on March 19, 2025"; "On October 11, 62 bodies arrived in Ukraine")
                r"(?:(?:returned|returns?|came\s+back|come\s+back)\s+(?:home\b|(?:home\s+)?to\s+(?:Ukraine|Russia"
                r"|the\s+Russian\s+Federation)\b)|arrived\s+(?:home\b|in\s+(?:Ukraine|Russia)\b))",
                re.I,
            )
        ),
    ),
    ("agreement", re.compile(r"\b(?:agreed|signed|agreements?|deal|memorandums?|accord)\b", re.I)),
    ("capture", re.compile(r"\b(?:captured?|capturing|taken (?:prisoner|captive))\b", re.I)),
]
# A word (lower case) every match of a type's trigger holds: a sentence with none of them is not
# searched for that type (most sentences name no talks, for one).
_TRIGGER_WORDS = {
    kind: tuple(words.split())
    for kind, words in {
        "negotiation_round": "round talks negotiation consultation meet met convene gathered summit",
        "announcement": "announc",
        "prisoner_exchange": "exchang swap transfer handover captivity repatriat free releas liberation return "
        "brought bring recover receive retriev handed came come reunited welcomed arrived",
        "agreement": "agree signed deal memorand accord",
        "capture": "captur taken",
    }.items()
}
_TOPICS = re.compile(
    r"\b(?:topics?|issues?|agenda)\b[^.]*?\b(?:were|was|included|including|covered)\s+"
    r"|\b(?:discussed|addressed|focused on|centred on|centered on)\s+",
    re.I,
)
_QUALIFIERS = re.compile(
    r"\b(parity-based|one-to-one|one-for-one|all-for-all|(?<![\d,])\d+(?:,\d{3})*[- ]for[- ]\d+(?:,\d{3})*(?!\d|,\d))\b",
    re.I,
)
_PLACE = re.compile(r"\b(?:in|at)\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")
_PRONOUN = re.compile(r"(?:He|She|They|It|We|I|You|This|That)")
_ANAPHOR = re.compile(r"^(?:His|Her|Their|Its|He|She|They|It|This|These|Those)\b")
_REPORTED_BY = re.compile(r"\b(?:as reported by|reported by|according to)\s+(?P<who>[^,.;]+)", re.I)
_SPEAKER = re.compile(
    # ("Ukraine's military intelligence directorate reported")
    r"^(?:[^,]*,\s+)?(?:the\s+)?(?P<who>[A-Z][\w.-]*[’']s(?:\s+[a-z]+){1,3}?"
    r"|[A-Z][\w’'.-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'.-]*))*?)"
    r"\s+(?:\w+ly\s+)?(?:announced|said|says|stated|reported|confirmed|told|declared)\b"
)
# "..., RIA said." and "..., said Dmitry Peskov.": the attribution closes the sentence.
_TRAILING_SPEAKER = re.compile(
    # ('... home," Andriy Yermak, head of the president's office, said on October 11'): a name, then
    # what the speaker is, then the verb.
    # (", deputy prime minister Iryna Vereshchuk said": a title in lower case before the name)
    r",[\"”]?\s+(?:(?:the\s+)?(?P<who>(?:(?!(?:and|but|or|while|as|with|when|after|before|because|though|although|so|yet|whereas)\b)[a-z]+\s+){0,3}[A-Z][\w’'.-]*(?:\s+(?:[a-z]+|[A-Z][\w’'.-]*)){0,4}?)(?:,\s+[^,\"”]{3,60},)?"
    r"\s+(?:said|says|reported|announced|stated|confirmed|added|wrote)"
    # ('…, 108 are Azov fighters", said Andriy Yermak, Zelenskiy’s chief of staff.')
    r"|(?:said|says|added)\s+(?P<who2>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:,\s+[^,\"”]{3,60})?)[^,]*?[.!?\"”]*$"
)
_PERSON = re.compile(
    r"\b(?:an?|one)\s+(?:\w+\s+)?(?:soldier|serviceman|servicemen|officer|commander|fighter|civilian|journalist|man|woman)(?:\s+from\s+[A-Z]\w+)?"
)
_MONTHS_AND_DAYS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The)\b"
)
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "sgt",
    "capt",
    "st",
    "no",
    "vs",
    "jr",
    "sr",
    "prof",
    "pres",
    "rep",
    "sen",
    "gov",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "approx",
    "est",
}
# "the ministry said in a statement.At the same time": a stop glued to the next sentence ends one too.
# (A footnote mark ends one too: "… overwhelm Ukraine’s air defenses.[5] Russian forces …")
_SENTENCE_END = re.compile(
    r"[.!?][\"”’)\]]*(?:\[\d{1,3}\])?(?=\s+[\"“‘(\[]?[A-Z0-9])|(?<=[a-z][a-z])[.!?][\"”’]?(?=[A-Z][a-z]*\s)|\n\s*\n|\n"
)


# A short closing attribution ("Ukrainian human rights commissioner Dmytro Lubinets wrote on
# Telegram on Wednesday."), with no "that" to open a statement of its own.
_SAID_BY = re.compile(
    r"\s+[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,7}?\s+(?:said|says|wrote|writes|told|added|stated|posted|tweeted)\b"
    r"(?:\s+(?!that\b)[\w.'’-]+){0,6}\.(?=\s|$)"
)


class Statement(BaseModel):
    """Another statement of the same event, merged into an event by an analyst's correction:
    its own article, verbatim sentence (`body[start:end]`) and the date it gave."""

    article: str
    sentence: str
    start: int
    end: int
    date: str | None
    end_date: str | None = None
    precision: Precision | None


class Event(BaseModel):
    """One statement about an event, as the article makes it."""

    article: str
    date: str | None
    end_date: str | None = None
    precision: Precision | None
    type: EventType
    title: str
    summary: str
    sentence: str
    start: int
    end: int
    context: str | None = None
    attribution: str | None = None
    location: str | None = None
    resolution: str
    inferred: bool = False
    # Set by mentions.classify after extraction: an event of interest, context or not an event at
    # all (and why); what became of it; the consolidated event it belongs to (events.consolidate).
    klass: MentionClass = Field("event", serialization_alias="class")
    reason: str | None = None
    status: Status | None = None
    event: str | None = None
    # Why a dated line is no statement of an event ("dateline", "byline", ...): kept so nothing is
    # dropped unseen, left out of the events, the report and the scores.
    not_event: str | None = None
    # Where the date expression sits in the sentence (start, end): what stands around it says
    # what the date is (see dates.frame_of) and which place it goes with.
    date_offsets: tuple[int, int] | None = None
    # Set by analyst corrections (corrections.py), never by extraction: the analyst's note, and
    # the statements of the same event merged into this one.
    correction: str | None = None
    merged: list[Statement] = []

    @property
    def day(self) -> dt.date | None:
        """The first day the event may fall on, as a real date."""
        return first_day(self.date)


def span(event: Event) -> tuple[dt.date, dt.date]:
    """The days an event may cover, as its precision says: a week, a month, a year, or a day."""
    assert event.date is not None
    return date_span(event.date, event.precision, event.end_date)


def in_window(event: Event, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether the days an event may cover meet the window; an undated event always does,
    since nothing places it outside."""
    if not event.date:
        return True
    first, last = span(event)
    return (start is None or last >= start) and (end is None or first <= end)


_TRAILING_PARENTHESIS = re.compile(
    r"[ \t]*(?:\([^()\n]{1,60}\)|(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\.?)[ \t]*(?:\n|$)"
)


_TIME_ZONE = re.compile(
    r"\s+(?:(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK)\b|[A-Z][a-z]+\s+time\b"
    r"|local\s+time\b|\()"
)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence; paragraphs, headings and captions end one too."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0) == "\n":
            line_start = text.rfind("\n", 0, match.start()) + 1
            line = text[line_start : match.start()].rstrip()
            # A hard-wrapped line runs on; a short or punctuated one (a heading, a caption) ends.
            if len(line) >= 60 and not line.endswith((".", "!", "?", ":", "”", '"')):
                continue
        elif match.group(0)[0] == ".":
            # The word before the stop; a window keeps a long run of abbreviations linear.
            word = re.search(r"([\w.]+)$", text[max(start, match.start() - 20) : match.start()])
            # An abbreviation or an initial ("J. Smith") does not end a sentence; "June 2." does.
            if word and (word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
            # ("just before 1 p.m. Kyiv time (6 a.m. ET) on Monday": a clock's time zone runs on)
            if word and word.group(1).lower() in ("a.m", "p.m") and _TIME_ZONE.match(text, match.end()):
                continue
            # "... talks in Geneva. (February 18, 2026)", "... in Istanbul. July 23, 2025.": a
            # parenthesis or a date ending the line is the caption's.
            if _TRAILING_PARENTHESIS.match(text, match.end()):
                continue
            # A transcript's pause before a count: "each exchanged... 307 of their service personnel".
            if text.endswith("...", 0, match.start() + 1) and re.match(r"\s+\d", text[match.end() :]):
                continue
        elif match.group(0)[0] in "!?" and match.group(0)[-1] in '"”’' and _SAID_BY.match(text, match.end()):
            # "“Two hundred and seven of our people have returned …!” Ukrainian human rights
            # commissioner Dmytro Lubinets wrote on Telegram on Wednesday.": who said it, and when.
            continue
        end = match.end() if not match.group(0).startswith("\n") else match.start()
        yield from _trimmed(text, start, end)
        start = match.end()
    yield from _trimmed(text, start, len(text))


@kept_by_digest
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`sentences`, remembered: the rounds and exchanges split an article again in every render."""
    return tuple(sentences(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    chunk = text[start:end]
    if chunk.strip():
        lead = len(chunk) - len(chunk.lstrip())
        yield start + lead, start + len(chunk.rstrip())


def _holds_words(lower: str, kind: str) -> bool:
    """Whether a lowercased sentence holds one of the words a type's trigger needs: the pattern is
    tried only then."""
    return any(w in lower for w in _TRIGGER_WORDS[kind])


def mentions_type(sentence: str, kinds: tuple[str, ...]) -> str | None:
    """The first of `kinds` whose trigger words the sentence uses, if any."""
    lower = sentence.lower()
    return next(
        (k for k, p in _TRIGGERS if k in kinds and _holds_words(lower, k) and p.search(sentence)),
        None,
    )


# "under the deal reached in the first round", "a week after the third round": a round named
# as a reference point, not the sentence's event.
_ROUND_REFERENCE = re.compile(r"\b(?:in|at|during|since|after|before|from|of|under)\s+the\s+$", re.I)


def classify(sentence: str, triggers: _Triggers) -> tuple[str, re.Match[str] | None]:
    if _AGREEMENT_REACHED.match(sentence) and triggers.matches["agreement"]:
        return "agreement", triggers.matches["agreement"][0]
    fallback: tuple[str, re.Match[str] | None] | None = None
    for kind, _ in _TRIGGERS:
        for match in triggers.matches[kind]:
            # "at the second round of talks in Istanbul on June 2" still dates the round itself.
            referenced = (
                kind == "negotiation_round"
                and _ROUND_REFERENCE.search(sentence[max(0, match.start() - 20) : match.start()])
                and not find_mentions(sentence[match.end() : match.end() + 80])
            )
            if not referenced:
                return kind, match
            fallback = fallback or (kind, match)
    return fallback or ("other", None)


# "Agreements on the simultaneous release and transfer of prisoners … were reached on May 16": the
# day of the accord, whatever it is about.
_AGREEMENT_REACHED = re.compile(
    r"\W*(?:The\s+)?(?:agreements?|deal|accord)\s+(?:on|to|for|about)\b[^.;]*?\b(?:was|were|has been|have been"
    r"|had been)\s+(?:reached|signed|concluded|struck)\b",
    re.I,
)
_ONE_MEETING = re.compile(r"(?:concluded|ended|wrapped up|opened|began|resumed)\b", re.I)
# An undated statement is a whole sentence. A line that ends without a full stop is a heading, a
# standfirst or a photo caption ("… produced significant results© Alexander Ryumin/TASS"); a
# credit marks a caption however it ends ("(AP Photo/Efrem Lukatsky).", "(X/President Zelensky)").
_WHOLE_SENTENCE = re.compile(r"[.!?][\"'”’)]*$")
_CREDIT = re.compile(r"©|\((?:[^()]*\b(?i:photo|image|picture)s?\b|[\w.-]+/\s*[A-Z])[^()]*\)\W*$")
# "expressed hope for … new agreements on the exchange of prisoners": a swap wished for, not one.
_WISHED = re.compile(
    r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|call(?:s|ed)? for|urg(?:es|ed|ing)|appeal(?:s|ed)? for)\b", re.I
)
_AHEAD = re.compile(r"\b(?:will|would|could|may|might|shall|expected|plans?|planned|scheduled)\b")
# "The recent Russia-US summit in Alaska created favorable conditions …": a sentence about an
# earlier meeting, its subject, tells what is behind the day's news (not "opened a new round …,
# building on progress from earlier meetings"), undated.
_RECENT = re.compile(
    # (at the sentence's start, or after a dateline: "/TASS/. ", "(AP) — ", "(Reuters) - ")
    r"(?:^|/\.\s+|[—–]\s+|\)\s+-\s+)(?:the\s+)?(?:recent|previous|past|last|earlier)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:summit|talks|rounds?|meetings?|exchanges?|swaps?)\b",
    re.I,
)
# "On January 28, Peskov told", "Earlier on March 27, Ukrainian negotiator David Arakhamia said":
# names, and the lower-case words of a title before a name.
_SPEAKER_AFTER = re.compile(
    # ("on July 8, Turkey's foreign minister said"; "Earlier on March 27, Ukrainian negotiator …")
    r",?\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|[a-z]+(?=\s+[A-Z])|foreign|prime|defen[cs]e|deputy|chief|minister"
    # ("On Tuesday, Russian state news agency RIA said")
    r"|president|spokes(?:man|woman|person)|secretary|envoy|advis[eo]r|aide|head|officials?|ministry"
    r"|state|news|agency|media|television|newspaper)\s+){1,6}"
    # ("on May 11, Putin offered Ukraine to resume direct talks on May 15": the offer's day)
    # ("On 14 May, Putin approved the composition of the Russian delegation for talks … on 15 May")
    r"(?:said|told|announced|stated|confirmed|wrote|reported|offered|proposed|suggested|approved|appointed)\b"
    # ("On March 18, it was reported that … on March 19, an exchange … would be carried out")
    r"|,?\s+it\s+was\s+(?:reported|announced|said|confirmed)\b"
)
_UNDER_WAY_NOW = re.compile(
    r"\b(?:began|has begun|have begun|started|opened|resumed|got under ?way|kicked off)\b"
)
_SAID_ON = re.compile(r"\b(?:said|told\s+(?:[\w-]+\s+){0,2}?|stated|wrote)\s+(?:on\s+)?$")
_LEADING = re.compile(r"\W*(?:[\w’'-]+\W+){0,5}")
_REPORTING = re.compile(
    # ("…, Sky News reported on April 18, citing …")
    r"\b(?:said|says|saying|told|stated|declared|confirmed|quoted|indicated|noted|stressed|warned|reported)\b",
    re.I,
)


_ANNOUNCED_THE_SWAP = re.compile(
    r"\bannounced\s+the\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)\s+(?:on\s+|last\s+|this\s+)?$", re.I
)
# "announced that 32 Ukrainian soldiers were released": what was done; "announced the exchange",
# the announcement.
_ANNOUNCED_LAST = re.compile(
    # ("…, Maria Lvova-Belova, announced Thursday.")
    r"(?<!was )(?<!were )(?<!been )\bannounced(?:\s+here)?(?:\s+on\s+[^,;.]{1,25}"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?\W*$"
)
_ANNOUNCED_THAT = re.compile(r"\bannounc\w*\s+that\b", re.I)
# "The Istanbul talks follow a proposal by Putin on Sunday": the day of the proposal, not the talks.
_PROPOSED_THEN_DATE = re.compile(
    r"\b(?:proposal|offer|invitation|initiative)\s+(?:(?:by|from|of)\s+(?:[A-Z][\w.'’-]*\s+){1,4})?(?:(?:on|last|this)\s+)?$"
)
# "released … following a major prisoner swap agreement between Moscow and Kyiv in Istanbul last
# week", "exchanged 185 … as part of deals reached in Istanbul earlier this year": the day the
# accord was reached.
_AGREEMENT_THEN_DATE = re.compile(
    r"\b(?:following|after|under|as\s+part\s+of)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:agreements?|deals?|accords?)\b[^,;.]{0,60}$"
)
_AFTER_TALKS_ON = re.compile(
    r"\b(?:following|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations)\b[^,;.]{0,40}$", re.I
)
# "The exchange comes out of talks in Istanbul last week": the swap is the talks' fruit, later.
# ("The only tangible result of direct talks between Ukraine and Russia on May 16 in Istanbul was the
# launch of a large-scale prisoner exchange")
_OUT_OF_TALKS = re.compile(
    r"\b(?:(?:comes?|came|emerged?|resulted|results?|stem(?:s|med)?)\s+(?:out\s+of|from)|(?:result|outcome)s?\s+of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b[^,;.]{0,40}$",
    re.I,
)
_TALKS_THEN_DATE = re.compile(
    r"\bmet\s+(?:on\s+)?$|\b(?:talks|negotiations|round of talks)(?:\s+between(?:\s+[\w.'’-]+){1,4}?)?"
    r"(?:\s+(?:held|hosted))?"
    # ("face-to-face Russia-Ukraine negotiations (23-24 Jan 2026) adjourned … with an agreement")
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:(?:on|last|this)\s+|\()?$"
)


# "Denis Pushilin, head of the Donetsk region - one of four regions that Russia proclaimed as its
# territory last month - also said a swap was taking place": an aside between dashes.
_ASIDE = re.compile(r"\s[-–—]\s[^-–—]{5,200}?\s[-–—]\s|—[^—]{5,200}?—")


# ("both sides announced Monday after meeting for their first talks")
_DATE_THEN_TALKS = re.compile(
    r",?\s+after\s+(?:a|the|meeting\s+for\s+(?:their|the))\s+(?:[\w-]+\s+){0,2}?(?:round\s+of\s+)?"
    r"(?:talks|negotiations)\b(?!\s+(?:on|in)\s+\d)"
)


def spoken_first(sentence: str, start: int, end: int) -> bool:
    """Whether the date at sentence[start:end] leads its sentence and a speaker follows it: "On
    January 28, Peskov told", "Earlier on Thursday, Ukrainian President Volodymyr Zelenskyy said"."""
    return bool(_SPEAKER_AFTER.match(sentence, end) and _LEADING.fullmatch(sentence, 0, start))


class _Triggers:
    """Where each event type's trigger words sit in a sentence, found once per sentence."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        lower = sentence.lower()
        self.matches = {
            kind: list(p.finditer(sentence)) if _holds_words(lower, kind) else [] for kind, p in _TRIGGERS
        }
        self.found = {kind: [t.span() for t in found] for kind, found in self.matches.items()}
        self.reporting = [(t.start(), t.end()) for t in _REPORTING.finditer(sentence)]
        # (asides that name no event of their own)
        self.asides = [
            (a.start(), a.end())
            for a in _ASIDE.finditer(sentence)
            if not any(_inside(spans, a.start(), a.end()) for spans in self.found.values())
        ]

    def classify_at(self, clauses: Clauses, mention: Mention) -> str:
        """The type of the clause holding a date, for a sentence that dates several things:
        "announced on Monday that the third round would be held on July 1" is an announcement on
        Monday and a round on July 1. Failing a trigger in the clause, the nearest one counts."""
        # "On January 28, Peskov told reporters that talks would continue on February 1": the
        # date the speaker spoke, whatever the clause reports.
        # Only a date leading its sentence: "talks are planned for March 2, TASS reported on
        # Tuesday" dates the talks, not TASS's report.
        if self.spoken(mention):
            return "announcement"
        # A date in an aside that names no event dates the aside, not the sentence's events.
        if any(a < mention.start and mention.end <= b for a, b in self.asides):
            return "other"
        if kind := self.in_clause(clauses, mention):
            return kind
        left, right = clauses.clause(mention.start, mention.end, keep_and=True)
        # "..., President Zelensky said on Saturday": the statement itself; not another date of the
        # sentence ("will continue in Abu Dhabi on February 1 a US official said on Saturday").
        if _inside(self.reporting, left, right) and spoken_on(self.sentence, mention.start, mention.end):
            return "announcement"
        nearest = [(_distance(self.found[kind], mention), kind) for kind, _ in _TRIGGERS if self.found[kind]]
        return min(nearest)[1] if nearest else "other"

    def talks_just_before(self, mention: Mention) -> bool:
        """Whether the date follows the talks it dates: "told journalists in Istanbul after the
        talks on Wednesday evening", "Lavrov and Rubio met on February 18 in Riyadh, where they
        agreed ..." date the talks, whatever else the sentence reports; or the day said is the
        talks' just told after it: "Moscow's top negotiator said on Tuesday, after a new round of
        talks in Istanbul"."""
        return bool(
            _TALKS_THEN_DATE.search(self.sentence, max(0, mention.start - 100), mention.start)
            or _DATE_THEN_TALKS.match(self.sentence, mention.end)
        )

    def in_clause(self, clauses: Clauses, mention: Mention, alone: bool = False) -> str | None:
        """The type whose trigger the date's own clause holds, if one does. A date after the swap
        an announcement reports is the swap's ("Ukraine announced it has secured the release of 144
        Ukrainian soldiers Wednesday"), and so is the one date of an announcement of a swap done
        ("Zelensky announced on Friday that 49 Ukrainian prisoners of war have been returned")."""
        left, right = clauses.clause(mention.start, mention.end, keep_and=True)
        if _PROPOSED_THEN_DATE.search(self.sentence, max(left, mention.start - 60), mention.start):
            return "announcement"
        if _AGREEMENT_THEN_DATE.search(self.sentence, max(left, mention.start - 120), mention.start) or (
            (reached := _AGREEMENT_REACHED.match(self.sentence)) and reached.end() <= mention.start
        ):
            return "agreement"
        kind = next((kind for kind, _ in _TRIGGERS if _inside(self.found[kind], left, right)), None)
        # "The Kremlin announced the swap on Tuesday": the swap the article reports, announced that day.
        if kind in ("announcement", "prisoner_exchange") and _ANNOUNCED_THE_SWAP.search(
            self.sentence, left, mention.start
        ):
            return "announcement"
        return self.announced(left, mention, alone) if kind == "announcement" else kind

    def alone(self, clauses: Clauses, mention: Mention, kind: str) -> str:
        """The type of a sentence's one date: its clause's, else the sentence's. ("On October 11,
        the Head of Ukraine's Presidential Office Andriy Yermak announced that 32 Ukrainian
        soldiers were released ... in the latest prisoner swap": the swap, announced that day.)"""
        found = self.in_clause(clauses, mention, alone=True)
        if found is None and kind == "announcement" and _ANNOUNCED_THAT.search(self.sentence):
            return self.announced(0, mention, alone=True)
        if found in (None, "announcement") and kind == "announcement" and self.told_by():
            return "prisoner_exchange"
        # "On July 8, Turkey's foreign minister said that Russia does not mind a third round",
        # "Zelensky said on March 25 that talks were held": the day he spoke, not the round's.
        if (found or kind) == "negotiation_round" and (
            self.spoken(mention) or _SAID_ON.search(self.sentence, max(0, mention.start - 40), mention.start)
        ):
            return "announcement"
        return found or kind

    def told_by(self) -> bool:
        """Whether the sentence tells a swap and closes on who announced it: "Today, 45 Ukrainians
        returned home from Russian captivity in the latest … POW swap, the Head of the Ukrainian
        Presidential Office, Andriy Yermak, announced.", "Another 95 Ukrainian defenders have been
        brought back home, …, President Volodymyr Zelensky announced on July 17."."""
        told = _ANNOUNCED_LAST.search(self.sentence)
        swaps = self.found["prisoner_exchange"]
        return bool(told and swaps and swaps[0][1] < told.start() and not _AHEAD.search(self.sentence))

    def spoken(self, mention: Mention) -> bool:
        return spoken_first(self.sentence, mention.start, mention.end)

    def announced(self, left: int, mention: Mention, alone: bool) -> str:
        """An announcement from `left` on, or the swap it announces as done."""
        said = next(s for s, _ in self.found["announcement"] if s >= left)
        swaps = [e for s, e in self.found["prisoner_exchange"] if said < s]
        if any(e <= mention.start for e in swaps) or (
            alone and swaps and not _AHEAD.search(self.sentence, said)
        ):
            return "prisoner_exchange"
        # "The second day of a new round of talks ... began in Abu Dhabi, Umerov announced on
        # Thursday": talks told under way as they are announced are that day's.
        talks = [e for s, e in self.found["negotiation_round"] if e <= said]
        if alone and talks and _UNDER_WAY_NOW.search(self.sentence, talks[0], said):
            return "negotiation_round"
        return "announcement"


def _inside(spans: list[tuple[int, int]], left: int, right: int) -> bool:
    i = bisect.bisect_left(spans, (left, 0))
    return i < len(spans) and spans[i][1] <= right


def _distance(spans: list[tuple[int, int]], mention: Mention) -> int:
    """How far the nearest of `spans` lies from the mention."""
    i = bisect.bisect_left(spans, (mention.start, 0))
    near = spans[max(0, i - 1) : i + 1]
    return min(min(abs(s - mention.end), abs(mention.start - e)) for s, e in near)


# Lines that carry a date but state no event: the publication line, the byline, a photo credit.
_NOT_EVENT_LINES: list[tuple[str, re.Pattern[str]]] = [
    (
        "publication line",
        re.compile(
            r"\s*(?:Published|Updated|Posted|Last updated|First published|Modified|Date)\b(?:\s+on)?\s*:?",
            re.I,
        ),
    ),
    # "AFP Published September 20, 2022" and "Mohammad Ali (@handle) Published December 30, 2024":
    # a few capitalised words (a source, an author, a handle) before the page's own stamp.
    ("publication line", re.compile(r"\s*(?:[A-Z(@]\S*\s+){1,5}(?:Published|Updated|Posted)\b")),
    (
        "byline",
        re.compile(r"\s*\(?(?i:by|reporting by|written by|editing by|additional reporting by)\s+[A-Z]"),
    ),
    # "4th Friday, March 2022 - 09:30 UTC": MercoPress's stamp of the page.
    (
        "date stamp",
        re.compile(
            r"\s*\d{1,2}(?:st|nd|rd|th)\s+[A-Z][a-z]+day,\s+[A-Z][a-z]+\s+\d{4}\s*[-–]\s*\d{1,2}:\d\d\b.{0,6}$"
        ),
    ),
    # "— Volodymyr Zelenskyy (@ZelenskyyUa) January 3, 2024": the signature of an embedded post.
    ("embedded post", re.compile(r"\s*[—–-]+\s*[^\n]{1,120}\(@\w+\)\s+[^\n]{6,30}$")),
    # "Photo: Reuters/June 2, 2025", not a caption ("Photo: Delegations meet on Wednesday"): names only.
    (
        "photo credit",
        re.compile(
            r"\s*\(?(?i:(?:Photo|Photograph|Image|Picture|Credit)s?(?:\s+(?:by|credit))?\s*[:©/]|©)"
            r"(?:[^a-z]|\b(?:by|via|and|of|the|for|from|on|in|at)\b|\B[a-z])*$"
        ),
    ),
]


# "Sunday, March 27, 2022, 21:40": a date stamped with a time is when a page was posted.
_TIMESTAMP = re.compile(r"[,\s]*(?:at\s+)?\d{1,2}:\d\d\b")


# "August 24, 2025" alone on its line, "Xinhua) 09:05, March 29, 2022" and "09 Jan 2023 12:49AM
# (Updated: 09 Jan 2023 12:49AM)": the page's stamp, not a statement.
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\.?)?"
_BARE_DATE = re.compile(
    rf"\s*(?:\(?[A-Z][\w .-]{{1,30}}\)\s*)?(?:{_CLOCK},?\s+)?"
    r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
    # ("2024-12-30 | 12:23", "2026-02-16 - 20:15": a page's stamp in ISO form)
    r"(?:(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}|\d{4}-\d\d-\d\d)"
    rf"(?:[,\s|-]+{_CLOCK})?(?:\s*\((?:Updated|Published|Posted)\b[^()]*\))?\s*$"
)


def not_event_line(sentence: str) -> str | None:
    """Why a line states no event, if it is a publication line, a byline, a photo credit or a
    bare date stamp."""
    if _BARE_DATE.match(sentence):
        return "date stamp"
    return next((why for why, p in _NOT_EVENT_LINES if p.match(sentence)), None)


def extract_article(article: Article, reference: dt.date) -> tuple[list[Event], YearInference | None]:
    """The article's dated statements in reading order (and its undated statements about a
    distinct event), and the year inferred for it (if one was). Lines that carry a date but state
    no event (datelines, bylines...) come back with `not_event` saying why."""
    body = article.body
    spans = list(sentences(body))
    mentions = [(span, find_mentions(body[span[0] : span[1]])) for span in spans]
    inference = None
    if article.published is None:
        flat = [m for _, ms in mentions for m in ms]
        background = [
            m
            for (s, e), ms in mentions
            for m in ms
            if frame_of(body[s:e], m.start, m.end) in ("war", "since")
        ]
        inference = infer_year(body, flat, reference, background)
    resolver = Resolver(article.published, inference, reference)
    resolver.use_war_day(article.title)

    events: list[Event] = []
    # Each type the article dates: the first and last day it gives.
    dated_types: dict[str, tuple[dt.date, dt.date]] = {}
    previous = ""
    opened = False
    for (start, end), found in mentions:
        text = body[start:end]
        triggers = _Triggers(text)
        kind, trigger = classify(text, triggers)
        # ("Ukraine has carried out its latest prisoner exchange …, Vereshchuk announced here.": the
        # swap, when no date says which day was the announcement's.)
        if kind == "announcement" and not found and triggers.told_by():
            kind = "prisoner_exchange"
        clauses = Clauses(text)
        shared = _Shared(article, (start, end), text, previous)
        line = dateline(text, found) if start == 0 or body[start - 1] == "\n" else None
        # "ISTANBUL, June 2. /TASS/." alone: the sentence after it opens the dateline's news.
        leads = line is None and opened
        opened = line is not None and dateline_alone(text)
        if line is not None:
            # The dateline dates the report, not an event; it anchors "on Friday" when nothing else does.
            resolved = resolver.resolve(line, clauses)
            if resolved.value is not None:
                resolver.use_dateline(resolved.value)
            events.append(shared.event(kind, line, resolved, not_event="dateline"))
            opening = dateline_end(text)
            found = [m for m in found if m is not line and m.start >= opening]
        not_event = not_event_line(text)
        dated = [(m, r) for m in found if not (r := resolver.resolve(m, clauses)).duration]
        days = [(m, r.iso) for m, r in dated if r.precision == "day"]
        said: set[tuple[str | None, str | None]] = set()
        given: set[str] = set()  # the types the sentence's dates were given
        for m, resolved in dated:
            if _coarser(text, m, resolved, days):
                continue  # "earlier this month, on 10 June": the day says it; the month adds nothing
            if m.kind == "ago" and re.search(r"\d\s*,\s*$", text[max(0, m.start - 4) : m.start]):
                continue  # "on July 24, a day later": the date the count leads to, said again
            if resolved.value is not None:
                if (resolved.iso, resolved.precision) in said:
                    continue  # "Today, 25 May 2025": the same date, said twice, is one statement
                said.add((resolved.iso, resolved.precision))
            # One date takes the sentence's type unless its own clause says another: "exchanged 205
            # prisoners each on Friday, ..., a week after Trump announced a swap" is the exchange.
            which = triggers.classify_at(clauses, m) if len(found) > 1 else triggers.alone(clauses, m, kind)
            why = not_event or ("timestamp" if _TIMESTAMP.match(text, m.end) else None)
            talks = which != "negotiation_round" and not why and triggers.talks_just_before(m)
            # ("2,412 bodies were returned on June 13 and June 11 respectively, following the talks
            # in Istanbul on June 2": the talks' day, the swaps dated apart; but "agreed on another
            # prisoner exchange, …, Medinsky told journalists … after the talks on Wednesday" dates both.)
            if talks and (
                (len(days) > 1 and _AFTER_TALKS_ON.search(text, max(0, m.start - 80), m.start))
                or _OUT_OF_TALKS.search(text, max(0, m.start - 100), m.start)
            ):
                which, talks = "negotiation_round", False
            events.append(shared.event(which, m, resolved, not_event=why))
            given.add(which)
            if talks:
                events.append(shared.event("negotiation_round", m, resolved))
            # ("the 11th of its kind this year": a year names no one event an undated sentence could
            # be about.)
            if (
                resolved.value is not None
                and resolved.precision != "year"
                and not why
                and frame_of(text, m.start, m.end) != "war"
            ):
                first, last = dated_types.get(which, (dt.date.max, dt.date.min))
                dated_types[which] = (min(first, resolved.value), max(last, resolved.end or resolved.value))
        # Undated, only a singular event counts: "humanitarian agreements" is a category. An
        # undated sentence about a kind of event the article already dates is about that one.
        # "concluded talks" is one meeting, a plural only in name.
        general = (
            trigger is not None
            and re.search(r"[^s]s$", trigger.group(0))
            and not _ONE_MEETING.match(trigger.group(0))
        )
        # ("have completed a major prisoner exchange, marking one of the largest since the
        # conflict's onset in February 2022": the war's start dates nothing the news it tells.)
        if (
            (
                not found
                or (
                    JUST_DONE_TOLD.search(text)
                    and all(frame_of(text, m.start, m.end) == "war" for m in found)
                )
                # ("released … in exchange for nine servicemen … born in 2002-2003": a birth dates
                # no swap.)
                or (
                    FOUNDING_WORD.search(text)
                    and all(frame_of(text, m.start, m.end) == "founding" for m in found)
                )
                # ("have exchanged 185 … as part of deals reached in Istanbul earlier this year":
                # the deal's date; the swap is the day's news.)
                or (kind == "prisoner_exchange" and given == {"agreement"} and JUST_DONE_TOLD.search(text))
            )
            and kind != "other"
            and not general
            and not _TOPICS.search(text)
            and _WHOLE_SENTENCE.search(text)
            and not _CREDIT.search(text)
            and not (trigger is not None and _WISHED.search(text, 0, trigger.start()))
        ):
            at_line_start = start == 0 or body[start - 1] == "\n"
            # News of the day is what happened, not what "could last more than one day".
            news = (line is not None or leads or (at_line_start and opens_with_place(text))) and not (
                _AHEAD.search(text) or _RECENT.search(text)
            )
            events.append(shared.event(kind, None, _news_day(resolver) if news else UNDATED))
            # "have concluded talks and agreed to a major prisoner swap": the talks and the swap.
            if kind == "negotiation_round" and mentions_type(text, ("prisoner_exchange",)):
                events.append(shared.event("prisoner_exchange", None, UNDATED))
        previous = text

    # One undated statement per type, and none of a type the article dates elsewhere; but the news
    # a dateline opens is kept (classify dates it). Of a type's undated statements, the first that
    # tells it as just done ("Russia and Ukraine have exchanged scores of prisoners of war"), else
    # the first with a count, else the first ("POWs are seen after a swap, …, in this handout photo").
    def undated(event: Event) -> bool:
        return event.date is None and event.precision is None and event.resolution == UNDATED.resolution

    chosen: dict[str, Event] = {}
    for event in filter(undated, events):
        if event.type in dated_types and not _news_beside_the_past(event, dated_types[event.type], article):
            continue
        if event.type not in chosen or _newsworthy(event.sentence) > _newsworthy(chosen[event.type].sentence):
            chosen[event.type] = event
    kept = [event for event in events if not undated(event) or chosen.get(event.type) is event]
    return kept, inference


# ("Ukraine returned home 230 Ukrainian military and civilians from captivity")
_A_COUNT = re.compile(
    r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[\w’'-]+\s+){0,2}?(?:soldiers|servicem[ae]n|defenders|prisoners|POWs|people|civilians"
    r"|military|Ukrainians|Russians|bodies|troops|fighters)\b"
)


@lru_cache(maxsize=65536)
def counts_in(sentence: str) -> frozenset[int]:
    """The counts of people a sentence gives in digits ("90 Ukrainian soldiers"), to tell swaps apart."""
    return frozenset(int(m["n"].replace(",", "")) for m in _A_COUNT.finditer(sentence))


def _news_beside_the_past(event: Event, days: tuple[dt.date, dt.date], article: Article) -> bool:
    """Whether an undated sentence tells the day's news as just done while every day the article
    gives its type is days before the page ("Ukrainian authorities have conducted a fifth exchange
    of prisoners of war …, returning 76 Ukrainians home", above a list of the swaps of March) or,
    with a count, after it ("270 service members … have been returned", beside "We expect the
    exchange to continue on Saturday and Sunday"; not "The two countries have exchanged prisoners
    despite the lack of progress", beside a swap planned)."""
    first, last = days
    published = article.published
    return bool(
        published
        and ((published - last).days > 2 or (first > published and counts_in(event.sentence)))
        and JUST_DONE_TOLD.search(event.sentence)
    )


def _newsworthy(sentence: str) -> int:
    """How well an undated sentence tells its article's news: as just done, then with a count."""
    return 2 if JUST_DONE_TOLD.search(sentence) else 1 if _A_COUNT.search(sentence) else 0


def _news_day(resolver: Resolver) -> Resolved:
    """An undated sentence a dateline opens is the news of the day. A wire copy dated a day or
    three before the page ("ISTANBUL, May 16. /TASS/." published on the 17th) tells what happened
    on its dateline's day; otherwise classify dates it by the publication."""
    if resolver.basis != "the dateline" or resolver.published is None:
        return UNDATED_AFTER_DATELINE
    why = f"{JUST_DONE}; its dateline reports it as news: the dateline's day, inferred"
    return Resolved(resolver.published, "day", why, inferred=True)


def _coarser(
    sentence: str, mention: Mention, resolved: Resolved, days: list[tuple[Mention, str | None]]
) -> bool:
    """Whether a week, month or year only frames a day beside it: "earlier this month, on 10 June"."""
    if resolved.value is None or resolved.precision == "day":
        return False
    for day_mention, day in days:
        gap = sentence[min(mention.end, day_mention.end) : max(mention.start, day_mention.start)]
        if day is None or len(gap) > 8 or not re.fullmatch(r"[\s,(—–-]*(?:on\s+)?", gap):
            continue
        if resolved.precision == "week":
            if dt.date.fromisoformat(day).isocalendar()[:2] == resolved.value.isocalendar()[:2]:
                return True
        elif day.startswith(resolved.iso or "-"):
            return True
    return False


class _Shared:
    """What every event of one sentence shares, worked out once for the sentence."""

    def __init__(self, article: Article, span: tuple[int, int], sentence: str, previous: str) -> None:
        self.article, self.span, self.sentence = article, span, sentence
        self.context = previous if previous and _ANAPHOR.match(sentence) else None
        self.location = _location(sentence)
        self.attribution = attribution(sentence)
        self.titles: dict[str, str] = {}

    def event(
        self,
        kind: str,
        mention: Mention | None,
        resolved: Resolved,
        not_event: str | None = None,
    ) -> Event:
        summary = _clause(_without(self.sentence, mention))
        if self.context:
            summary = f"{_clause(self.context)}: {summary[0].lower()}{summary[1:]}"
        if kind not in self.titles or kind == "other":
            self.titles[kind] = _title(kind, self.sentence, self.context, self.location, summary)
        return Event(
            article=self.article.id,
            date=resolved.iso,
            end_date=resolved.end_iso,
            precision=resolved.precision,  # type: ignore[arg-type]
            type=kind,  # type: ignore[arg-type]
            title=self.titles[kind],
            summary=summary,
            sentence=self.sentence,
            start=self.span[0],
            end=self.span[1],
            context=self.context,
            attribution=self.attribution,
            location=self.location,
            resolution=resolved.resolution,
            inferred=resolved.inferred,
            not_event=not_event,
            date_offsets=(mention.start, mention.end) if mention else None,
        )


_SUMMARY_TEXT = 1000  # characters read for a summary, far more than `_clause` keeps


def _without(sentence: str, mention: Mention | None) -> str:
    """The sentence with its date expression taken out, for a summary that reads cleanly."""
    if mention is None:
        return sentence[:_SUMMARY_TEXT]
    # A summary is at most a short clause: the text around the date, not all of a long sentence.
    head = re.sub(
        r"(?:\b(?:on|in|at|since|by)\s+)?$", "", sentence[: min(mention.start, _SUMMARY_TEXT)], flags=re.I
    )
    tail = sentence[mention.end : mention.end + _SUMMARY_TEXT]
    # The comma closing "Friday, June 20," or an opening "On June 19," goes with the date.
    if tail.startswith(",") and ("," in mention.text or not head.strip()):
        tail = tail[1:]
    return re.sub(r"\s+([,.;])", r"\1", f"{head.rstrip()} {tail.lstrip()}").strip()


def _clause(text: str, words: int = 6, limit: int = 140) -> str:
    """The main clause: up to the first comma after a few words, at most `limit` characters."""
    text = text.strip().rstrip(".")
    for match in re.finditer(r",\s", text):
        if len(text[: match.start()].split()) >= words:
            text = text[: match.start()]
            break
    if len(text) > limit:
        text = text[: text.rfind(" ", 0, limit)] + "…"
    return text[:1].upper() + text[1:]


def _location(sentence: str) -> str | None:
    for match in _PLACE.finditer(sentence):
        place = match.group("place")
        if not _MONTHS_AND_DAYS.match(place):
            return place
    return None


def attribution(sentence: str) -> str | None:
    """Who a sentence says gives its news ("according to TASS", "Zelensky said"), if it names one."""
    reporters = [_name(m.group("who")) for m in _REPORTED_BY.finditer(sentence)]
    if len(reporters) >= 2:
        # "according to a source ..., as reported by TASS": the outlet, citing its source.
        named = [r for r in reporters if r[:1].isupper()]
        sources = [r for r in reporters if not r[:1].isupper()]
        if named and sources:
            return f"{named[0]}, citing {sources[0]}"
    if reporters:
        return reporters[0]
    speaker = _SPEAKER.search(sentence)
    trailing = None if speaker else _TRAILING_SPEAKER.search(sentence)
    who = (
        speaker.group("who")
        if speaker
        else (trailing.group("who") or trailing.group("who2"))
        if trailing
        else None
    )
    # "He said ...": a pronoun names no one a reader could check.
    return _name(who) if who and not _PRONOUN.fullmatch(who) else None


# ("as reported by the Russian Defence Ministry on Saturday", "according to the Defense Ministry
# in Moscow has"): when and where it spoke, and the verb after it, are no part of who spoke.
_NOT_OF_NAME = re.compile(
    r"\s+(?:(?:(?:late|early|earlier)\s+(?:on\s+)?|(?:on|last)\s+)(?:(?:late|early)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"\d{1,2}\s+[A-Z][a-z]+|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b|Telegram\b)|(?:has|have|had)$).*$"
)


def _name(phrase: str) -> str:
    phrase = re.sub(r"^the\s+", "", phrase.strip().rstrip(".,"), flags=re.I)
    phrase = _NOT_OF_NAME.sub("", phrase)
    # "the Russian news agency TASS" -> "TASS": the name, not its description.
    described = re.search(
        r"\b(?:agency|newspaper|outlet|channel|broadcaster|daily|website)\s+(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)$",
        phrase,
    )
    return described.group("name") if described else phrase


def _title(kind: str, sentence: str, context: str | None, location: str | None, summary: str) -> str:
    """A short label for the chart and lists; the summary and sentence carry the detail."""
    where = f", {location}" if location else ""
    if kind == "negotiation_round":
        ordinal = round_ordinal(sentence)
        return (f"Round {ordinal} of talks" if ordinal else "Round of talks") + where
    if kind == "prisoner_exchange":
        qualifiers = sorted({q.lower() for q in _QUALIFIERS.findall(sentence)})
        return "Prisoner exchange" + ("".join(f", {q}" for q in qualifiers))
    if kind == "announcement":
        what = mentions_type(sentence, ("prisoner_exchange", "agreement", "capture"))
        who = attribution(sentence)
        label = f"{TYPE_LABELS[what]} announced" if what else "Announcement"
        return f"{label} by {who}" if who else label
    if kind == "capture":
        person = _PERSON.search(context or "") or _PERSON.search(sentence)
        return f"Capture of {person.group(0)}" if person else "Capture" + where
    if kind == "agreement":
        return "Agreement" + where
    return summary if len(summary) <= 60 else summary[: summary.rfind(" ", 0, 58)] + "…"


_PLANNED = re.compile(r"\b(?:propos|offer|suggest|plan|schedul|expect|announc|agree)\w*", re.I)


_CONTRASTED = re.compile(r"\b(?:unlike|compared\s+(?:with|to))\s+(?:the\s+)?$", re.I)


_COUNTED_FROM = re.compile(r"\b(?:since|after|before|following)\s+the\s+$", re.I)
# "The first round of talks took place in Abu Dhabi on 23-24 January, followed by a second round
# ... on 4-5 February": an ordinal, then in the same clause its round's day.
_ITS_DAY = re.compile(
    r"(?:(?!\b(?:after|following|followed|before|since|than|and|but|while)\b)[^,;.\d()–—])*(?:\b(?:on|in|from))?\s+$",
    re.I,
)


def round_ordinal(
    sentence: str, near: tuple[int, int] | None = None, others: Sequence[tuple[int, int]] = ()
) -> int | None:
    """The ordinal a sentence gives a round ("second round" -> 2), if it gives one. Asked for the
    date at `near` among the sentence's `others`, an ordinal is the one nearest that date, and
    none nearer another: "convened Thursday for a second round ... after initial discussions
    Monday" numbers Thursday, not Monday; "the first round on 28 February, and the second round
    on 3 March" numbers each."""

    def gap(match: re.Match[str], span: tuple[int, int]) -> int:
        return max(span[0] - match.end(), match.start() - span[1], 0)

    # ("the second round of negotiations hosted by Türkiye, following the May 16 session": the day of
    # the meeting it follows, which its ordinal does not number.)
    if near is not None and _COUNTED_FROM.search(sentence, max(0, near[0] - 20), near[0]):
        return None
    if near is not None:
        # ("the second round, following the first held on the 23rd and 24th of last month": the
        # first, its noun left out, numbers the days after it.)
        said = [
            *ROUND.finditer(sentence),
            *(_ELIDED_ROUND.finditer(sentence) if ROUND.search(sentence) else ()),
        ]
        told = [
            m
            for m in said
            if m.group("ordinal")
            and m.end() <= near[0]
            and _ITS_DAY.fullmatch(sentence, m.end(), near[0])
            and not _CONTRASTED.search(sentence, max(0, m.start() - 20), m.start())
        ]
        # ("the second round … was planned for February 1, but was postponed to February 4-5": the
        # round's new days, as well as the day put off, which its ordinal stands before; not "the
        # first round on January 23-24", told after the postponement)
        put_off = put_off_to(sentence, *near)

        def before_put_off(m: re.Match[str], o: tuple[int, int]) -> bool:
            return (
                put_off is not None
                and m.end() <= o[0]
                and o[1] <= put_off
                and bool(PLANNED_FOR.search(sentence, 0, o[0]))
            )

        # ("Unlike the first round, ..., Sunday's meeting was expected to be bilateral": another round.)
        mine = [
            m
            for m in said
            if m.group("ordinal")
            and (put_off is None or m.end() <= put_off)
            and all(gap(m, near) <= gap(m, o) or before_put_off(m, o) for o in others)
            and not _CONTRASTED.search(sentence, max(0, m.start() - 20), m.start())
        ]
        # ("will be held tomorrow, two days after the first round": the round counted from.)
        own = [m for m in mine if not _COUNTED_FROM.search(sentence, max(0, m.start() - 20), m.start())]
        match = told[-1] if told else min(own or mine, key=lambda m: gap(m, near), default=None)
    else:
        match = ROUND.search(sentence)
    if not match or not match.group("ordinal"):
        return None
    word = match.group("ordinal").lower()
    # "following a first round of meetings on Wednesday": a session of one meeting, told as done,
    # not the track's first round ("met for a third round", "proposed a first round" are the track's).
    # ("A first round of talks between Russian and Ukrainian delegations took place": the track's.)
    if (
        word == "first"
        and re.search(r"\ba\s+$", sentence[max(0, match.start() - 4) : match.start()], re.I)
        and not re.match(r"\s+of\s+(?:talks|negotiations)\b", sentence[match.end() :])
        and not (is_future(sentence) or _PLANNED.search(sentence))
    ):
        return None
    return ORDINALS.get(word) or int(re.sub(r"\D", "", word))


@kept
def topics(sentence: str) -> list[str]:
    """The topics a sentence lists ("Among the key topics addressed were A, as well as B")."""
    match = _TOPICS.search(sentence)
    if not match:
        return []
    listed = sentence[match.end() :].strip().rstrip(".")
    parts = re.split(r",?\s+as well as\s+|;\s*|,\s+and\s+|,\s+(?=[a-z])", listed)
    return [p.strip() for p in parts if p.strip()]
