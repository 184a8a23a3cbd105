"""Mentions: each dated or typed statement an article makes, classed as an event of interest
(an exchange, a release, a repatriation of bodies, a round of talks, an agreement, or the
announcement of one — planned, postponed or cancelled ones too), as context (the invasion, a
battle, a strike), or as no event at all (a dateline, a byline), with the reason, and with the
status of what it reports."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from parley.articles.load import Article
from parley.config import EARLIEST_YEAR
from parley.events.rounds import venue_of, with_a_host
from parley.mentions.dates import (
    COUNTED_TO_TALKS,
    DELEGATION_FOR,
    MONTH_NAMES,
    NUMBERS,
    PLANNED_FOR,
    SAME_DAY,
    dateline_end,
    find_mentions,
    frame_of,
    is_future,
    proposed_on,
    spoken_on,
)
from parley.mentions.extract import (
    JUST_DONE,
    JUST_DONE_TOLD,
    MET,
    THE_SIDES,
    UNDATED_AFTER_DATELINE,
    Event,
    mentions_type,
    span,
    spoken_first,
)

OF_INTEREST = ("prisoner_exchange", "negotiation_round", "agreement")

# ("our team managed to bring 189 Ukrainians home")
_BRING_N_HOME = r"(?:brought|bring|bringing)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:home|back)"
# What the reports are about: without one of these words a sentence is not about the exchanges
# or the talks, whatever its verbs.
_TOPIC = re.compile(
    r"\b(?:prisoners?|POWs?|captives?|captivity|detainees|servicem[ae]n|service ?members|soldiers|warriors"
    r"|civilians|children|defenders|bodies|remains|fallen|exchang\w*|swap\w*|releas\w*|freed|repatriat\w*|returned home|came home"
    r"|pardoned\s+(?:\d[\d,]*|\w+)\s+Ukrainian"
    # ("another 75 of our people have returned to Ukraine")
    # ("Another 16 people were returned to the Russian Federation today")
    r"|returned (?:home )?to (?:Ukraine|Russia|the Russian Federation)"
    rf"|{_BRING_N_HOME}"
    r"|talks|negotiat\w*|consultations|round|delegations?|memorandum|ceasefire|truce|peace|summit|meetings?"
    r"|working groups?)\b",
    re.I,
)
# A release, a return home or a handover of the dead is an exchange in the report's sense.
_RETURN_REACH = 60  # characters between "received" and the people received
_RETURN = re.compile(
    r"\b(?:released|freed|returned|received|came home|(?:are|were|is) returning home|(?:brought|bring) (?:home|back)"
    # ("the Russian Federation had sent home 14 soldiers")
    r"|sent (?:home|back)"
    rf"|{_BRING_N_HOME}"
    # ("246 Russian service members were able to return home on Easter's eve")
    r"|(?:were|was) able to (?:return|come) home|managed to (?:return|come) home"
    r"|the (?:(?:safe|successful)\s+)?(?:release|return) of"
    # ("Qatar later reunified six additional Ukrainian children with their families"; "Belarus …
    # pardoned 31 Ukrainian citizens")
    r"|reunified|pardoned(?=\s+(?:\d[\d,]*|\w+)\s+Ukrainian)"
    # ("the six children … left Moscow yesterday to travel to Ukraine via Belarus")
    r"|left (?:Moscow|Russia)\b[^.;]{0,30}?\bto (?:travel|return|go) (?:home )?to Ukraine"
    # ("Russia on Sunday handed Ukraine another 1,200 bodies")
    r"|repatriat\w*|handed (?:over|back|(?:Ukraine|Russia|Kyiv|Moscow)(?!\s+(?:a|an|the|its)\s))"
    # ("The final transfer, involving 1,245 bodies, took place June 16": a handover of the dead)
    # (not "transferred to Moscow on Friday, where he remains in custody")
    r"|transfer(?:s|red|ring)?(?=[^.;]{0,40}?\b(?:bodies|remains\s+of)\b)|(?:bodies|remains\s+of\b[^.;]{0,40}?)\b[^.;]{0,30}?\btransferred)\b",
    re.I,
)
# "negotiations over the return of Ukrainian children": a return negotiated.
_NEGOTIATED = re.compile(r"\b(?:negotiations?|talks|discussions?)\s+(?:over|on|about|regarding)\s+$", re.I)
# "an audience … with a delegation of returned Ukrainian children": people returned before.
_OF_RETURNED = re.compile(r"\b(?:delegation|audience|meeting|group)\s+(?:of|with)\s+$", re.I)


# ("… to gain the release of Melitopol's mayor, who was detained last week": the day of the
# capture, not of the swap.)
_CAPTURED_THEN = re.compile(
    r"\b(?:who|which|that)\s+(?:was|were|had\s+been)\s+(?:detained|captured|abducted|kidnapped|taken\s+prisoner)\s+$",
    re.I,
)


def _returns_people(sentence: str) -> bool:
    """Whether the sentence returns people: a return, and people; not "Putin received my letter …,
    outlining details regarding the Ukrainian children", where nobody is received."""

    def returns(r: re.Match[str]) -> bool:
        before = sentence[max(0, r.start() - 40) : r.start()]
        word = r[0].lower()
        return not (
            _NEGOTIATED.search(before)
            or (word == "returned" and _OF_RETURNED.search(before))
            or (
                word == "received"
                and not _PEOPLE.search(sentence, max(0, r.start() - _RETURN_REACH), r.end() + _RETURN_REACH)
            )
        )

    return bool(_PEOPLE.search(sentence)) and any(returns(r) for r in _RETURN.finditer(sentence))


_PREVIOUS_ONE = re.compile(
    r"\b(?:previous|last|prior)\s+one\b[^.;]*?\b(?:took place|was held|happened|was carried out)\b", re.I
)
_SWAP = re.compile(r"\b(?:exchange|swap)\b", re.I)
_PEOPLE = re.compile(
    r"\b(?:prisoners?|POWs?|captives?|servicem[ae]n|service ?members|soldiers|warriors|civilians|children|defenders"
    r"|people|\d[\d,]*\s+(?:[\w-]+\s+)?citizens|Ukrainians|Russians|bodies|remains|fallen)\b",
    re.I,
)
# "60 exchanges since 2022", "talks have been held regularly": a series of events, not one.
_SERIES = re.compile(
    r"\b(?:exchanges|swaps|rounds)\b(?!\s+(?:of|between)\s+(?:prisoners|POWs|bodies))"
    r"|\b(?:several|many|numerous|regular|previous|past|earlier|other|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d+)\s+(?:\w+\s+)?(?:exchanges|swaps|rounds|talks)\b",
    re.I,
)
_SINGLE = re.compile(
    # ("delivering Ukrainian prisoners to an exchange point": a place, not one swap)
    r"\b(?:the|this|a|an|another|latest|first|second|third|new|next)\s+(?:\w+[- ]){0,3}(?:exchange|swap|round)\b"
    r"(?!\s+(?:site|sites|point|points|rate|rates|venue|location))"
    r"|\bone of the (?:\w+ ){0,2}(?:exchanges|swaps)\b"
    # ("marking the latest in a series of swaps", "the latest of a series of such swaps": one of them)
    r"|\bthe latest (?:\w+ )?(?:in|of) (?:a )?(?:\w+ )?series\b"
    # ("The previous talks on May 16 lasted about an hour and a half": one meeting, its day named)
    r"|\b(?:previous|last|earlier|latest)\s+(?:[\w-]+\s+)?(?:talks|negotiations)\s+(?:held\s+)?on\s+"
    r"(?:[A-Z][a-z]+\.?\s+)?\d{1,2}\b",
    re.I,
)
# ("On December 14 and 15, the team held several rounds of talks with Trump's envoys", "the talks on
# Monday were conducted in multiple rounds": sittings of one meeting on its days)
_SITTINGS = re.compile(
    r"\b(?:held|conducted|holding)\s+(?:in\s+)?(?:several|multiple)\s+rounds\b(?!\s+of\s+(?:exchanges|swaps))",
    re.I,
)
# (not the ends of a span: "Between May 10 and August 1, 2025, … held several rounds of talks")
_SPAN_OF_DAYS = re.compile(r"\b(?:between|from)\s+(?:\w+\.?\s+)?\d{1,2}\b", re.I)
# ("multiple swaps throughout the full-scale war, most recently on Feb. 5": the last of them, its
# date; not the other dates of the series)
_MOST_RECENTLY_ON = re.compile(r"\bmost\s+recently,?\s+(?:on\s+)?$", re.I)
# "Trilateral talks between the US, Ukraine and Russia ... took place in Abu Dhabi": talks that
# met somewhere, however far the verb stands from the noun.
# ("Zelenskyy talks to the media at the Annual Meeting of the World Economic Forum in Davos" is
# no meeting of the sides: a verb, and a meeting named as an institution.)
# ("After meeting with Zelensky, Erdogan said": a verb, not a meeting.)
_TALKS = re.compile(
    r"\b(?:(?i:talks)(?!\s+(?:to|with)\s+(?:the\s+)?(?:media|reporters|journalists|press)\b)"
    # (not a bloc's: "the European Political Community summit in Copenhagen", "the June 2024 G7
    # meeting", "a summit of the European Political Community")
    # (The look-ahead first: the look-behinds are tried only where a meeting or a summit may start.)
    r"|(?i:negotiations|consultations)|(?=[mMsS])(?<!Community )(?<!G7 )(?<!G20 )(?<!NATO )(?<!EU )(?<!BRICS )"
    # ("Russia's central bank meeting scheduled for June 6", "the OPEC+ meeting": a bank's, a cartel's)
    r"(?<!SCO )(?<!OSCE )(?<![Bb]ank )(?<![Bb]oard )(?<!OPEC )(?<!OPEC\+ )(?<!Fed )(?<!FOMC )(?<![Pp]olicy )"
    r"(?<![Rr]ate )(?:(?<![Aa]fter )(?<![Bb]efore )(?<![Ww]hile )meeting|(?i:summit))"
    r"(?!\s+of\s+(?:the\s+)?(?:European|EU|NATO|G7|G20|BRICS|SCO|OSCE)\b)"
    # ("the launch of the second phase of trilateral meetings in the Emirati capital")
    r"|(?:round|phase|session)\s+of\s+(?:[\w-]+\s+)?meetings"
    # ("A trilateral security working group … began on Friday its first session in Abu Dhabi")
    r"|(?i:working\s+group)\b[^;]{0,120}?\b(?:its|their)\s+(?:first|second|third|fourth|next|new)\s+session)\b"
)
_MET = re.compile(
    # ("the launch of the second phase of trilateral meetings in the Emirati capital on Wednesday")
    r"\b(?:took place|take place|were held|was held|held|ended|concluded|began|opened|resumed|met|meet|hosted|launch"
    r"|running|scheduled|last(?:ed|s)?\s+(?:for\s+)?(?:two|three|four|several|\d+)\s+days"
    # ("The consultations, which spanned February 4 and 5", "talks … entered their second day")
    r"|spann(?:ed|ing)|entered\s+(?:their|its)\s+(?:second|third|final|last)\s+day)\b",
    re.I,
)
# The three presidents, whose meeting is itself a round (of people.yaml's leaders, not the
# spokesmen and deputies).
_LEADER = r"(?:Putin|Trump|Zelensk\w+)"
# Ukraine's allies meeting among themselves: "the virtual meeting of the \"coalition of the
# willing\"", "a coalition of the willing meeting in Paris", "a meeting of leaders of the so-called
# coalition of the willing".
_COALITION = r"[\"“'‘«]?coalition\s+of\s+the\s+willing[\"”'’»]?"
_ALLIES_MEETING = re.compile(
    rf"\b(?:meeting|summit|session|talks)s?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_COALITION}"
    rf"|{_COALITION}(?:\s+(?:leaders['’]?|group))?\s+(?:meeting|summit|session|talks)s?\b",
    re.I,
)
# "Ukraine and Russia might meet again in Istanbul on Monday, June 2", "The two sides met again in
# Antalya and Istanbul in March 2022", "Ukrainian and Russian delegations meet in neighboring
# Belarus": the two sides meeting.
_SIDES_MEET = re.compile(
    rf"(?:\b{THE_SIDES}\s+and\s+{THE_SIDES}"
    r"|\b(?:Ukrainian|Russian)\s+and\s+(?:Ukrainian|Russian)\s+(?:delegations|negotiators|officials)"
    r"|\b(?:[Tt]he\s+two\s+sides|[Bb]oth\s+sides|[Tt]he\s+(?:two\s+)?delegations))\s+"
    r"(?:[\w’']+\s+){0,2}?(?:meet|met|meeting)\b"
    # ("President Donald Trump and Russian President Vladimir Putin are set to meet in Alaska"; not
    # "should meet within two weeks", "never met")
    rf"|\b{_LEADER}\s+and\s+(?:[\w.’'-]+\s+){{0,4}}?{_LEADER}\s+"
    r"(?:(?:are|were)\s+(?:set|due|scheduled|expected|slated)\s+to\s+meet|will\s+meet"
    r"|(?:(?:last|first|finally|briefly|previously)\s+)?met)\b"
    # ("Trump met with Ukrainian President Volodymyr Zelensky at the White House")
    rf"|\b{_LEADER}\s+met\s+(?:with\s+)?(?:[\w.’'-]+\s+){{0,3}}?{_LEADER}\b"
)
# "The Geneva talks follow two rounds in Abu Dhabi": the rounds it follows are not its subject.
_FOLLOWS = re.compile(r"\b(?:follow\w*|after)\s+(?:[\w-]+\s+){0,3}(?:rounds|talks|meetings)\b", re.I)
# "a new round of peace talks being held in Istanbul": talks under way as the article is published.
_UNDER_WAY = re.compile(
    r"\bbeing held\b|\b(?:is|are)\s+(?:now\s+|still\s+)?(?:under ?way|taking place|in progress|ongoing)\b"
    # ("Ukrainian and Russian negotiators have begun a second round of … talks")
    r"|\b(?:has|have)\s+(?:now\s+|just\s+)?(?:begun|started|opened|commenced|kicked off)\b",
    re.I,
)
# "The biggest prisoner swap to date has continued for a second day", "are in the process of the
# largest prisoner exchange": a swap under way on the day of the report (not talks about one).
_SWAP_UNDER_WAY = re.compile(
    r"^(?:(?!\b(?:talks|negotiations|discussions)\b).)*?(?P<words>\b(?:has|have)\s+continued\b"
    r"|\b(?:is|are)\s+(?:now\s+|still\s+)?(?:under ?way|in progress|in the process of)\b)",
    re.I,
)
# "Russia and Ukraine announced a prisoner of war exchange on Thursday involving the return of
# 45 soldiers": wire idiom for a swap carried out that day, unless what is announced lies ahead.
_COUNT_RETURNED = re.compile(
    r"[^.;]{0,40}?:\s+[^.;]{0,40}?\b(?:received|got\s+back|returned|freed|released)\s+\d[\d,]*\b"
    # ("announced another prisoner exchange …, as a result of which 90 more Ukrainians returned home")
    r"|[^.;]{0,100}?,\s+(?:as\s+a\s+result\s+of\s+which|in\s+which|during\s+which|under\s+which)\s+"
    r"[^.;]{0,20}?\d[\d,]*\b[^.;]{0,40}?\b(?:returned|released|freed|came\s+(?:home|back)|brought\s+(?:back|home))\b",
    re.I,
)
_ANNOUNCED_SWAP = re.compile(
    r"\bannounced\s+(?:an?|another)\s+(?:[\w-]+\s+){0,4}?(?:exchange|swap)\b"
    r"(?![^.]*\b(?:will|would|to be|to take place|planned|next)\b)",
    re.I,
)
# "Ukraine brought back 150 service members, Zelensky announced on Feb. 5": a return told as done,
# then the day it was announced, the sentence's only date: the news of that day.
_ANNOUNCED_ON = re.compile(
    r"\b(?:announced|said|reported|confirmed|wrote)\s+(?:on\s+)?$"
    # ("…, announced Russian presidential aide Vladimir Medinsky on Thursday": the subject after it)
    r"|,\s+(?:announced|said|reported|confirmed|wrote)\s+(?:[\w.’'-]+\s+){1,6}?(?:on\s+)?$",
    re.I,
)
# "The Ministry of Defense on Saturday announced the return of 63 Russian soldiers from captivity":
# the day's news is the return itself.
_ANNOUNCED_RETURN_OF = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}?announced\s+(?:the\s+)?(?:(?:safe|successful)\s+)?(?:return|release|repatriation)\s+of\s+(?:[\w-]+\s+){0,2}?\d[\d,]*\s",
    re.I,
)
# ("The Russian Defense Ministry announced on Sunday the release of 50 of its military", "Zelensky
# announced on Wednesday the safe return of 207 more Ukrainian citizens")
_RETURN_OF = re.compile(
    r"\s+the\s+(?:(?:safe|successful)\s+)?(?:return|release|repatriation)\s+of\s+(?:[\w-]+\s+){0,2}?\d[\d,]*\s",
    re.I,
)
# "Russia and Ukraine said Friday that they have exchanged the bodies of 150 fallen soldiers": the
# return told done on the day it was said.
# ("announced on Sunday, the last day of the exchange, that they each released 303 service members")
# ("said on Thursday that they had carried out the latest exchange of their war dead")
_SAID_THAT_DONE = re.compile(
    r"(?:,[^,;.]{1,40},)?\s+that\s+(?:they|it|the\s+(?:two\s+)?sides|both\s+sides)\s+(?:each\s+)?"
    r"(?:(?:have|has|had)\s+)?(?:(?:exchanged|swapped|returned|handed over|released|freed|repatriated)\b[^.;]{0,60}?"
    r"\d[\d,]*|(?:carried out|conducted|completed)\s+(?:a|an|the|another|their)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)\b)"
    # ("announced on Monday that 33 residents of Russia’s … Kursk region who had been evacuated … had
    # returned to Russia")
    r"|\s+that\s+(?![^.;]*\b(?:so far|since|to date|in total|overall)\b)\d[\d,]*\s+[^.;]{0,140}?\b(?:had|have|has)\s+(?:been\s+)?"
    r"(?:returned|released|freed|repatriated|brought\s+(?:home|back))\b"
    # ("reported on Feb. 8 that Ukraine had secured the release of 100 prisoners of war")
    r"|\s+that\s+(?![^.;]*\b(?:so far|since|to date|in total|overall)\b)(?:Ukraine|Kyiv|Kiev|Russia|Moscow)\s+"
    r"(?:had|has|have)\s+(?:secured|won|obtained)\s+the\s+"
    r"(?:release|return)\s+of\s+(?:[\w-]+\s+){0,2}?\d[\d,]*",
    re.I,
)
# "Zelenskyy has announced that another 307 Ukrainian defenders have been brought back from Russian
# captivity", no day said: the news of the day is the return, not its announcement.
_ANNOUNCED_DONE = re.compile(
    r"\bannounc\w*\s+that\s+(?:another\s+)?\d[\d,]*\s+(?:[\w’'-]+\s+){0,3}?(?:have|has)\s+been\s+"
    r"(?:brought\s+(?:back|home)|returned|released|freed|repatriated)\b",
    re.I,
)
# "The UGCC announced that Fathers Ivan Levitsky and Bohdan Heleta were released from Russian
# detention on June 28, 2024": the date after the release dates it, not the announcement.
_RELEASED_ON = re.compile(
    r"\b(?:announced|said|reported|confirmed)\s+that\s+[^.;]{1,120}?\b(?:were|was|have\s+been|has\s+been|had\s+been)"
    r"\s+(?:released|freed|returned|exchanged|swapped|brought\s+(?:home|back))\b[^.;,]{0,60}?\s(?:on\s+)?$",
    re.I,
)
_RETURN_DONE = re.compile(
    r"\b(?:(?:brought|bring) (?:home|back)|returned|released|freed|repatriated|handed over|exchanged|swapped)\s+"
    r"(?:[\w,-]+\s+){0,4}?\d[\d,]*\b"
    # ("Ukraine has secured the release of 300 prisoners of war")
    r"|\b(?:secured|won|obtained)\s+the\s+(?:release|return)\s+of\s+(?:[\w,-]+\s+){0,2}?\d[\d,]*\b"
    # "Moscow and Kiev have conducted a prisoner swap in which 50 Russian troops were released"
    r"|\b(?:have|has)\s+(?:conducted|carried out|completed|held)\s+(?:a|an|another|the|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:swap|exchange)\b",
    re.I,
)


# "held three rounds of talks in Istanbul in 2025, on May 16, June 2 and July 23": one day each.
_ROUNDS_COUNTED = re.compile(r"\b(?P<count>two|three|four|five|six)\s+(?:[\w-]+\s+){0,3}?rounds\b", re.I)


# "The exchanges finally began mid-week, with Ukraine receiving 1,212 bodies on Wednesday and an
# additional 1,200 on Friday": a count on its day is one handover of the series.
_COUNT_ON = re.compile(
    r"\b\d{1,3}(?:,\d{3})*\s+(?:(?!(?:and|or|to)\b)[A-Za-z][\w-]*\s+){0,2}?(?:(?:on|last)\s+)?$"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+$")


def _counted_on_its_day(sentence: str, at: int) -> bool:
    """Whether a count of people (not a day of a month) comes just before the date at `at`."""
    count = _COUNT_ON.search(sentence, max(0, at - 60), at)
    return bool(count) and not _MONTH_BEFORE.search(sentence, max(0, count.start() - 12), count.start())


def _rounds_listed(sentence: str) -> bool:
    """Whether the sentence counts rounds and names as many days after the count, one per round."""
    counted = _ROUNDS_COUNTED.search(sentence)
    if not counted:
        return False
    days = [m for m in find_mentions(sentence) if m.kind == "date"]
    return len(days) == NUMBERS[counted["count"].lower()] and all(m.start > counted.end() for m in days)


_INFORMED = re.compile(r"\s+(?:were|was|had\s+been|have\s+been)\s+(?:informed|notified|told)\b", re.I)
_EARLIER = re.compile(r"\b(?:earlier|before)\b", re.I)


def _dated_earlier(sentence: str, offsets: tuple[int, int] | None) -> bool:
    """Whether the date at `offsets` is what a later "a day earlier" counts from, the talks or the
    swap told between them: the day it was told, not theirs."""
    if not offsets or not _EARLIER.search(sentence, offsets[1]):
        return False
    return any(
        m.kind == "ago"
        # (Not "met late Thursday …, a day before planned trilateral discussions": a day before what
        # follows, not the day the talks told before it were held.)
        and (m.word == "earlier" or (m.word == "before" and not re.match(r"\s*\w", sentence[m.end :])))
        and m.start > offsets[1]
        and (_TALKS.search(sentence, offsets[1], m.start) or _SWAP.search(sentence, offsets[1], m.start))
        for m in find_mentions(sentence)
    )


_AN_EARLIER = re.compile(
    r"\b(?:follow\w*|after|came\s+after)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:earlier|previous|prior)\b", re.I
)


def _announced_return(sentence: str, offsets: tuple[int, int] | None) -> bool:
    if not offsets:
        return False
    before = sentence[: offsets[0]]
    # (Nor does the dateline: "MOSCOW/KYIV, Jan 29 (Reuters) - Russia and Ukraine said on Thursday …")
    line = dateline_end(sentence)
    # ("… have exchanged 84 prisoners each, both countries confirmed on Thursday, … released this
    # year": a month or year beside it names no other day, nor does the war's start: "their
    # largest prisoner exchange since the onset of their conflict on Feb. 24".)
    return bool(
        (
            (
                _ANNOUNCED_ON.search(before)
                and (_RETURN_DONE.search(before) or _RETURN_OF.match(sentence, offsets[1]))
            )
            or _ANNOUNCED_RETURN_OF.match(sentence, offsets[1])
            or (_ANNOUNCED_ON.search(before) and _SAID_THAT_DONE.match(sentence, offsets[1]))
        )
        and not is_future(sentence)
        and all(
            m.kind in ("month", "year", "last")
            or frame_of(sentence, m.start, m.end) in ("war", "since")
            or (m.kind == "relative" and m.word in SAME_DAY)  # "earlier in the day": that day
            or m.end <= line
            # ("reported on Feb. 8 that Ukraine had secured the release of 100 prisoners of war, this
            # followed an earlier larger exchange of 207 prisoners on Jan. 31": the earlier swap's day)
            or (m.start > offsets[1] and _AN_EARLIER.search(sentence, offsets[1], m.start))
            for m in find_mentions(sentence)
            if (m.start, m.end) != tuple(offsets)
        )
    )


# "Russia has handed over another 1,000 bodies ... as part of the Istanbul agreements": a return
# that carries out an agreement is the exchange, not the agreement.
_CARRIED_OUT = re.compile(
    r"\b(?:handed over|returned|released|freed|pardoned|repatriated|exchanged|swapped|brought (?:home|back))\b"
    r"[^.;]*?\b(?:as part of|under|in continuation of|in line with|pursuant to|in accordance with)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:agreements?|deal|accords?|arrangements?)\b"
    # ("Russia and Ukraine completed a prisoner exchange deal on Saturday, with each side releasing 103")
    r"|\b(?:completed|carried out|implemented)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)\s+"
    r"(?:deal|agreement)\b"
    # ("Under the terms of the deal, which Turkey helped to broker, 215 Ukrainians … were released")
    # (not "Under the agreements reached in Istanbul on June 2, … were exchanged": the deal's day)
    r"|\b(?:as part of|under(?:\s+the\s+terms\s+of)?|pursuant to|in accordance with)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:agreements?|deal|accords?|arrangements?)\b"
    r"(?:(?!\b(?:reached|signed|agreed|concluded|struck|made)\b)[^.;])*?\b(?:were|was|have been|had been)\s+"
    r"(?:handed over|returned|released|freed|repatriated|exchanged|swapped|brought (?:home|back))\b",
    re.I,
)
_CALL = re.compile(
    r"\b(?:phone|telephone)\s+(?:call|conversation|talks)(?:\s+[\w’'-]+){0,12}?\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?$"
    # ("Rubio spoke with Turkish Foreign Minister Hakan Fidan today to discuss support for direct talks")
    r"|\b(?:spoke|speaks|talked)\s+(?:by\s+phone\s+)?with\s+(?:[\w’'.-]+\s+){1,6}?(?:on\s+)?$"
    # ("Trump spoke by phone on Monday with Zelenskiy and Russian President Vladimir Putin", "spoke
    # over the phone Monday")
    r"|\b(?:spoke|speaks|talked)\s+(?:by|over\s+the)\s+(?:tele)?phone\s+(?:on\s+)?$"
    # ("Putin and Trump held a one-hour call on Monday in their first talks since December")
    r"|\b(?:held|had)\s+an?\s+(?:[\w-]+\s+){0,2}?call\s+(?:(?:late|early|earlier)\s+)?(?:on\s+)?$",
    re.I,
)
# "Çavuşoğlu held phone talks with Lavrov ... and discussed the planned negotiations": a call.
_PHONED = re.compile(
    r"\b(?:held|had|holds|has)\s+(?:a\s+)?(?:phone|telephone)\s+(?:talks|call|conversation)", re.I
)
# "Russian President Vladimir Putin attends a meeting in Moscow" (a photo caption): one leader's
# meeting, not talks between the sides ("attends a meeting with US envoys" is).
_ATTENDS = re.compile(
    r"\b(?:attends|attended|attending|chairs|chaired|chairing)\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}?meeting\b"
    r"(?!\s+(?:with|between)\b)"
)
# "Zelenskyy held a meeting with the leadership of Ukraine's Foreign Ministry … to set priorities
# for the talks": a meeting of his own side.
_OWN_SIDE = re.compile(
    r"\bmeeting\s+with\s+(?:the\s+)?(?:leadership|heads|chiefs)\s+of\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:Ministry|ministries|General Staff|military|armed forces|intelligence|Security Service|government|cabinet)\b"
)
# "On Sunday, in a phone call, Erdoğan and Putin agreed to hold the next round", "on July 18,
# Turkish President Recep Tayyip Erdoğan during a call with … Putin said": the call's day.
_CALL_AFTER = re.compile(
    r"(?:,?\s+[\w’'.-]+){0,8}?,?\s+(?:in|during)\s+(?:a|their)\s+"
    r"(?:(?:phone|telephone)\s+(?:call|conversation|talks)|call)\b"
    # ("despite Monday's phone call between Trump and Putin, and Friday's direct talks")
    r"|(?:['’]s)?\s+(?:phone|telephone)\s+(?:call|conversation)\b",
    re.I,
)
_CANCELLED = re.compile(
    r"\b(?:cancel+ed|called off|scrapped|collapsed|abandoned|fell through|did not take place|didn't take place"
    # ("Despite the failure of any talks whatsoever to get underway on Thursday")
    r"|fail(?:ure|ed)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:get\s+under\s?way|take\s+place))\b",
    re.I,
)
_POSTPONED = re.compile(
    r"\b(?:postponed|delayed|put off|rescheduled|deferred|pushed back|(?:(?:have|has|had) been|was|were) moved to"
    r"|(?:was|were) (?:meant|supposed) to (?:take place|be held|begin|start)"
    # ("The second round was originally planned to take place in Abu Dhabi on Thursday")
    r"|(?:originally|initially)\s+(?:planned|scheduled|set|slated|supposed|expected))\b",
    re.I,
)
# The new day a postponement names: "postponed to February 4-5", "delayed until Thursday" ("moved
# to" has its "to"); not "postponed to allow …", "until after the holiday", "planned to take place".
_DAY_NEXT = r"\s+(?=(?:the\s+|on\s+)?(?:\d|[A-Z][a-z]))"
_TO_A_DAY = re.compile(rf"\s+(?:back\s+)?(?:to|until|till){_DAY_NEXT}")
_A_DAY = re.compile(_DAY_NEXT)
_AGREED = re.compile(r"\b(?:agreed|agreement|deal|memorandum|accord)\b", re.I)
_TO_HOLD = re.compile(r"\s+to\s+(?:hold|resume|start|begin|open|continue)\b", re.I)
_NOT_AN_EVENT = re.compile(
    r"^(?:Published|Updated|Posted|Last updated|Photo|Image|Credit|Copyright|©|Follow|Subscribe|Read more|By\s+[A-Z])\b",
    re.I,
)


def classify(event: Event, article: Article) -> Event:
    """The mention with its class, the reason for it, and its status."""
    not_event = event.not_event or (
        "a publication line, byline or credit" if _NOT_AN_EVENT.match(event.sentence) else None
    )
    if not_event:
        return event.model_copy(update={"klass": "none", "reason": not_event, "status": None})
    kind = event.type
    sentence = event.sentence
    # "The exchange was the first in 2023. The previous one ... took place on December 31": that swap.
    previous_swap = bool(
        kind == "other"
        and _PREVIOUS_ONE.search(sentence)
        and _SWAP.search(article.body, max(0, event.start - 200), event.start)
    )
    if previous_swap:
        kind = "prisoner_exchange"
    elif (
        kind in ("other", "capture", "announcement")
        and _returns_people(sentence)
        and not _CAPTURED_THEN.search(
            sentence, max(0, (event.date_offsets or (0,))[0] - 30), (event.date_offsets or (0,))[0]
        )
    ):
        kind = "prisoner_exchange" if kind != "announcement" else kind
    elif kind == "agreement" and _CARRIED_OUT.search(sentence) and _PEOPLE.search(sentence):
        kind = "prisoner_exchange"
    elif (
        kind == "other"
        and (_TALKS.search(sentence) or _SIDES_MEET.search(sentence))
        and (venue_of(sentence) or _MET.search(sentence))
        and not _PHONED.search(sentence)
        and not _ATTENDS.search(sentence)
        # (Of "renewed a threat on Friday …, a week after his meeting with … Putin", the meeting's day.)
        and (
            (back := COUNTED_TO_TALKS.search(sentence)) is None
            or (event.date_offsets or (-1,))[0] == back.start()
        )
    ):
        kind = "negotiation_round"
    if kind == "announcement":
        announced = mentions_type(sentence, OF_INTEREST)
        if announced is None and not _RETURN.search(sentence):
            return _context(event, "an announcement about something other than exchanges or talks")
        swap = _ANNOUNCED_SWAP.search(sentence)
        # The date after the swap dates it ("announced a swap on Thursday"); before "announced"
        # ("On June 19, the ministry announced the exchange"), it dates the announcement.
        released_on = bool(event.date_offsets and _RELEASED_ON.search(sentence, 0, event.date_offsets[0]))
        if (
            (
                announced == "prisoner_exchange"
                and swap
                and event.date_offsets
                and event.date_offsets[0] >= swap.end()
            )
            or _announced_return(sentence, event.date_offsets)
            or released_on
            # ("On November 28, … announced another exchange of prisoners: the grouping received 23 of
            # its fighters": the swap told done, with its count.)
            or (announced == "prisoner_exchange" and swap and _COUNT_RETURNED.match(sentence, swap.end()))
            or (not event.date_offsets and _ANNOUNCED_DONE.search(sentence))
        ):
            kind = "prisoner_exchange"
    elif kind not in OF_INTEREST:
        return _context(event, "not an exchange, release, round of talks or agreement")
    if (
        kind == "negotiation_round"
        and event.date_offsets
        and (
            _CALL.search(sentence, max(0, event.date_offsets[0] - 120), event.date_offsets[0])
            or _CALL_AFTER.match(sentence, event.date_offsets[1])
        )
    ):
        # "In a phone call on Sunday, Erdogan and Putin agreed to hold the next round": the call's day.
        kind = "agreement" if _AGREED.search(sentence) else "announcement"
    elif (
        kind == "negotiation_round"
        and event.date_offsets
        and re.search(r"\bagreed\s+$", sentence[: event.date_offsets[0]])
        and _TO_HOLD.match(sentence, event.date_offsets[1])
    ):
        # "Trump and Putin agreed last Tuesday to hold negotiations": the day they agreed.
        kind = "agreement"
    elif (
        kind == "negotiation_round"
        and event.date_offsets
        and (
            (
                event.type == "other"
                and spoken_on(sentence, *event.date_offsets)
                and _AFTER_TALKS.search(sentence, event.date_offsets[1])
            )
            # "On Feb. 16, the day before the peace talks in Geneva, Trump revisited the topic"
            or _DAY_APART.match(sentence, event.date_offsets[1])
            # "On Thursday, he had said the next round of talks would take place in early March":
            # the day the plan was told, not the day of the talks.
            # ("The Kremlin on Monday said the talks in the UAE had been held in a constructive
            # spirit": the day it spoke of talks already held.)
            # ("On Tuesday, Russian state news agency RIA said that the second round of talks would
            # take place in Belarus")
            or (
                (spoken_on(sentence, *event.date_offsets) or spoken_first(sentence, *event.date_offsets))
                and (
                    _AHEAD.search(sentence, event.date_offsets[1])
                    or _HELD_BEFORE.search(sentence, event.date_offsets[1])
                    # ("on Sunday initially responded by stating …, before agreeing to hold talks")
                    or _AGREEING_LATER.search(sentence, event.date_offsets[1])
                )
            )
            # ("Earlier on Thursday, Zelenskyy said that he is sending a delegation to Istanbul to
            # have direct negotiations": the day he spoke.)
            or (event.type == "other" and spoken_first(sentence, *event.date_offsets))
            # ("Putin on Sunday called for resuming direct negotiations, urging that they begin as
            # soon as May 15": the day of the proposal.)
            or proposed_on(sentence, *event.date_offsets)
        )
    ):
        # "Zelensky said on Feb. 6 that the issues remained unsettled after the Abu Dhabi talks".
        kind = "announcement"
    elif kind in ("negotiation_round", "prisoner_exchange") and (
        _dated_earlier(sentence, event.date_offsets)
        # ("… is scheduled for next week, as authorised persons on Tuesday were informed")
        or (event.date_offsets and _INFORMED.match(sentence, event.date_offsets[1]))
    ):
        # "The Kremlin on Wednesday played down hopes … following peace talks … a day earlier".
        kind = "announcement"
    if not (previous_swap or _TOPIC.search(sentence) or MET.search(sentence) or _SIDES_MEET.search(sentence)):
        return _context(event, "not about prisoners or talks")
    if kind == "negotiation_round" and with_a_host(sentence):
        return _context(event, "one side's meeting with a host or mediator, not talks between the sides")
    if kind == "negotiation_round" and _OWN_SIDE.search(sentence):
        return _context(event, "one side's meeting with its own officials, not talks between the sides")
    if (
        kind == "negotiation_round"
        and _ALLIES_MEETING.search(sentence)
        and not (
            _TALKS.search(rest := _ALLIES_MEETING.sub(" ", sentence))
            or MET.search(rest)
            or _SIDES_MEET.search(rest)
        )
    ):
        return _context(event, "a meeting of Ukraine's allies, not talks between the sides")
    frame = frame_of(sentence, *event.date_offsets) if event.date_offsets else None
    if event.date and int(event.date[:4]) < EARLIEST_YEAR:
        # ("Hosting the talks in Abu Dhabi echoes Doha's 2008 mediation in Lebanon")
        return _context(event, f"before the conflict began ({EARLIEST_YEAR}): not one of its events")
    if frame == "founding":
        return _context(event, "when something was founded, not the day of the event")
    if frame == "war":
        return _context(event, "the date the war began, told as background")
    if frame == "deadline" and kind == "negotiation_round":
        return _context(event, "a deadline for talks, not the day they meet")
    if frame == "capture":
        return _context(event, "when people were captured, not the day of their return")
    if frame == "death":
        return _context(event, "when people died, not the day their bodies came home")
    if frame == "bound":
        return _context(event, "a day the event is to follow, not its day")
    if kind == "prisoner_exchange" and _HELD_UP.search(sentence):
        # ("Russia's ombudswoman claimed on Wednesday that Ukraine is dragging out the exchange")
        return _context(event, "a swap held up or not discussed, not one carried out")
    if kind == "prisoner_exchange" and _NOT_RETURNED.search(sentence) and not _SWAP.search(sentence):
        return _context(event, "people not returned, not an exchange")
    if kind == "prisoner_exchange" and _NOT_PEOPLE.search(sentence) and not _TOLD_DONE.search(sentence):
        return _context(event, "a list of names or letters, not people returned")
    if kind == "prisoner_exchange" and (_CALLED_FOR.search(sentence) or _WISHED.match(sentence)):
        return _context(event, "a call for a swap, not one carried out")
    if (
        kind == "prisoner_exchange"
        and _DISCUSSED.search(sentence)
        and not _RETURN.search(sentence)
        and not _TOLD_DONE.search(sentence)
    ):
        return _context(event, "a swap discussed, not one carried out")
    if kind == "prisoner_exchange" and _EXCHANGE_FUND.search(sentence):
        # ("Ukrainian defenders fighting in the Kursk region achieved good results in replenishing the
        # exchange fund")
        return _context(event, "prisoners taken for a later exchange, not an exchange")
    if (
        kind == "prisoner_exchange"
        and event.date_offsets
        and _AS_OF.search(sentence, 0, event.date_offsets[0])
    ):
        # ("As of October 2, Ukraine has returned 808 people from Russian captivity")
        return _context(event, "a running total as of a day, not an exchange")
    # (Freed soldiers who "arrived on Friday" came home that day: the exchange's.)
    if frame == "arrival" and kind == "negotiation_round":
        return _context(event, "when someone arrived, not the day of the talks")
    if frame == "since":
        return _context(event, "the time since which, not the day of the event")
    if (
        kind != "announcement"
        and _SERIES.search(_FOLLOWS.sub("", sentence))
        and not _SINGLE.search(sentence)
        and not (event.date_offsets and _MOST_RECENTLY_ON.search(sentence, 0, event.date_offsets[0]))
        and not (kind == "negotiation_round" and _rounds_listed(sentence))
        and not (
            kind == "negotiation_round"
            and event.precision == "day"
            and _SITTINGS.search(sentence)
            and not _SPAN_OF_DAYS.search(sentence)
        )
        and not (
            kind == "prisoner_exchange"
            and event.precision == "day"
            and event.date_offsets
            and _counted_on_its_day(sentence, event.date_offsets[0])
        )
    ):
        return _context(event, "a series of events, not one")
    if kind in ("prisoner_exchange", "announcement") and _RUNNING_TOTAL.search(sentence):
        return _context(event, "a running total since a date, not one exchange")
    if kind == "prisoner_exchange" and (
        (
            event.date_offsets
            and _US_RUSSIA_SWAP.search(sentence[max(0, event.date_offsets[0] - 80) : event.date_offsets[0]])
        )
        or (_RUSSIA_AND_US.search(sentence) and not _UKRAINE.search(sentence))
    ):
        return _context(event, "an exchange between the United States and Russia")
    if (
        kind == "negotiation_round"
        and event.date_offsets
        and (
            ceasefire := _CEASEFIRE_FROM.search(
                sentence, max(0, event.date_offsets[0] - 60), event.date_offsets[0]
            )
        )
        and not _TALKS_ABOUT.search(sentence, max(0, ceasefire.start() - 60), ceasefire.start())
    ):
        # "he wanted a ceasefire to begin on Monday, … before agreeing to hold talks"
        return _context(event, "the day a ceasefire is to begin, not the day of the talks")
    if (
        kind == "negotiation_round"
        and _ARRIVED_FOR.search(sentence)
        and (not event.date_offsets or spoken_on(sentence, *event.date_offsets))
    ):
        # "Russia's delegation arrived in Istanbul for peace talks with Ukraine, … Zakharova said
        # Thursday": the journey, not the talks (undated, a dateline would date them to the report).
        return _context(event, "when someone arrived, not the day of the talks")
    if event.date is None and article.published and (m := JUST_DONE_TOLD.search(sentence)):
        event = _of_publication_day(
            event, article.published, f"{JUST_DONE}; “{m.group(0)}” reports it as just done"
        )
    elif (
        event.date is None
        and article.published
        and (
            (kind == "negotiation_round" and (m := _UNDER_WAY.search(sentence)))
            or (kind == "prisoner_exchange" and (m := _SWAP_UNDER_WAY.search(sentence)))
        )
    ):
        what = "the swap" if kind == "prisoner_exchange" else "the talks"
        event = _of_publication_day(
            event,
            article.published,
            f"{JUST_DONE}; “{m.group(m.lastgroup or 0)}” reports {what} as under way",
        )
    elif event.date is None and article.published and event.resolution == UNDATED_AFTER_DATELINE.resolution:
        event = _of_publication_day(event, article.published, f"{JUST_DONE}; its dateline reports it as news")
    status = _status(event, article)
    return event.model_copy(
        update={
            "type": kind,
            "klass": "event",
            "reason": f"a {kind.replace('_', ' ')}" if kind != "announcement" else "the announcement of one",
            "status": status,
            "end_date": _until_published(event, article, status),
        }
    )


# "the second swap carried out so far this year": done by the day the article was published.
_SO_FAR = re.compile(r"\b(?:so far|already|to date|until now)\b", re.I)


def _until_published(event: Event, article: Article, status: str) -> str | None:
    """What an article says was done "so far this year" was done by the day it was published:
    the month or year ends there (and holds no swap of later that year)."""
    published = article.published
    if (
        status != "done"
        or event.precision not in ("month", "year")
        or not event.date
        or not published
        or not _SO_FAR.search(event.sentence)
    ):
        return event.end_date
    return published.isoformat() if span(event)[0] <= published < span(event)[1] else event.end_date


def classify_all(events: Iterable[Event], articles: Iterable[Article]) -> list[Event]:
    by_id = {a.id: a for a in articles}
    return [classify(e, by_id[e.article]) if e.article in by_id else e for e in events]


_HELD_UP = re.compile(
    r"\b(?:dragging out|drags out|delaying|delays|stalling|stalls|blocking|blocks|obstructing|sabotaging"
    r"|(?:did|does) not discuss|didn't discuss)\s+(?:the\s+|an?\s+|any\s+)?(?:[\w-]+\s+|prisoner-){0,3}?(?:exchanges?|swaps?)\b",
    re.I,
)
# ("if none of the 900 … servicemen … have been returned home?")
_NOT_RETURNED = re.compile(
    r"\bnone\s+of\s+(?:the|these|those|our)\b[^.;]{0,120}?\b(?:have|has|had|were|was)\s+(?:been\s+)?"
    r"(?:returned|released|freed|brought\s+(?:home|back))"
    r"|\b(?:have|has|had|were|was)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:returned|released|freed|brought\s+(?:home|back))"
    # ("Russia made no requests for the repatriation of its soldiers", "the Russians did not voice
    # any requests for the return of the military")
    r"|\b(?:no|not\s+\w+\s+any)\s+requests?\s+for\b"
    # ("It is not clear whether any children or civilians have been returned via the Vatican")
    r"|\b(?:not\s+(?:clear|known)|unclear)\s+(?:whether|if)\b[^.;]{0,80}?\b(?:have|has|had)\s+been\s+"
    r"(?:returned|released|freed)\b",
    re.I,
)
# A swap told done beside a list or letters: "exchanged 84 prisoners each, and letters from the
# prisoners were passed", "a list of the 150 defenders who returned home".
_TOLD_DONE = re.compile(r"\b(?:exchanged|swapped)\b|\b(?:who|that)\s+(?:have\s+|had\s+)?returned\b", re.I)
# ("Moskalkova published a list of 430 Ukrainian servicemen who are "ready to return home"",
# "letters from Russian PoWs had been handed over", "the transfer of letters from the prisoners")
_NOT_PEOPLE = re.compile(
    r"\b(?:published|released|compiled|submitted|handed\s+over|sent|drew\s+up)\s+(?:a|the|its)\s+list\s+of\b"
    r"|\b(?:letters|messages|parcels)\s+(?:from|of|to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:prisoners|POWs|PoWs|captives)\b",
    re.I,
)
# ("Pope Francis renewed his call for the exchange of all prisoners", "urged an all-for-all swap")
_CALLED_FOR = re.compile(
    r"\b(?:call(?:ed|s|ing)?|appeal(?:ed|s|ing)?|plea)\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:exchanges?|swaps?|release)\b"
    r"|\burg(?:ed|es|ing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:exchanges?|swaps?)\b",
    re.I,
)
# ('"May all prisoners be released, and children returned to their families"': a wish)
_WISHED = re.compile(r"\W*May\s+(?:all\s+)?(?:[\w-]+\s+){0,3}?be\s+(?:released|freed|returned|exchanged)\b")
# ("confirmed … that the two sides had discussed both the prisoner exchange and …")
_DISCUSSED = re.compile(
    r"\bdiscuss(?:ed|es|ing)?\s+(?:both\s+)?(?:the\s+|an?\s+)?(?:possible\s+|further\s+|new\s+)?"
    r"(?:prisoner[- ])?(?:exchanges?|swaps?)\b"
    # ("the parties discussed the possibility of an "all-for-all" exchange")
    r"|\bdiscuss(?:ed|es|ing)?\s+(?:the\s+)?(?:possibility|prospects?|idea|option)\s+of\s+(?:an?\s+|the\s+)?"
    r"(?:[\w\"“”'-]+\s+){0,3}?(?:exchanges?|swaps?)\b",
    re.I,
)
_EXCHANGE_FUND = re.compile(r"\bexchange (?:fund|pool)\b", re.I)
_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)
# ("Russia and the United States carried out the swap in Ankara on Wednesday", naming no Ukraine)
_RUSSIA_AND_US = re.compile(
    r"\b(?:Russia|Moscow)\s+and\s+(?:the\s+)?(?:United States|U\.S\.|US|Washington)\b"
    r"|\b(?:the\s+)?(?:United States|U\.S\.|US|Washington)\s+and\s+(?:Russia|Moscow)\b"
)
_UKRAINE = re.compile(r"\b(?:Ukrain\w*|Kyiv|Kiev)\b")


def _context(event: Event, reason: str) -> Event:
    return event.model_copy(update={"klass": "context", "reason": reason, "status": None})


# "Ukraine had returned 1,138 prisoners of war from Russian captivity since March": a tally.
_RUNNING_TOTAL = re.compile(
    # (Not "exchanged 157 … on February 5, the first such swap … since October": one swap.)
    r"\b(?:returned|freed|released|brought (?:home|back)|exchanged)\s+[\d,]+\s"
    r"(?:(?!\b(?:first|largest|biggest)\b)[^.;])*?\bsince\s+"
    r"(?:the\s+(?:start|beginning)|[A-Z]\w+|\d{4})"
    # "This brings the total number of prisoners exchanged … to 4,955"
    r"|\b(?:brings?|brought|bringing)\s+the\s+total\b"
    # "So far, 3,135 Ukrainian POWs have been freed from Russian captivity" ("In total, 390 …
    # returned today" sums one swap's parts: not a running total)
    r"|^(?:So far|To date),?\s+(?:more than\s+|over\s+|some\s+)?\d[\d,]*\s"
    # ("Lvova-Belova said that, overall, 17 children from 11 families have been reunited with
    # relatives in Russia")
    r"|\b(?i:overall|so far|to date),\s+(?:more than\s+|over\s+|some\s+)?\d[\d,]*\s[^.;]*?\b(?:have|has)\s+been\b",
)
# "a successful exchange of two prisoners between the United States and the Russian Federation"
_US_RUSSIA_SWAP = re.compile(
    r"\bbetween\s+the\s+(?:United States|U\.S\.|US)\s+and\s+(?:the\s+)?Russia(?:n Federation)?\b[^.;]*$"
)
# "stands ready for any format of prisoner exchange": a swap offered, whenever it was said.
_ARRIVED_FOR = re.compile(
    r"\b(?:arrived|arrives|landed)\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:for|to\s+(?:attend|take\s+part\s+in|join))"
    r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:talks|negotiations)\b"
)
# ("Putin has offered Ukraine to resume direct talks ... on May 15")
# ("met Friday … for the first direct talks on a plan proposed by US President Donald Trump" is held.)
_OFFERED = re.compile(
    # ("Lists compiled ... for a potential prisoner swap")
    r"\b(?:ready (?:for|to)|willing to|prepared to|(?:proposed|suggested)(?!\s+by\b)"
    r"|for a (?:potential|possible) "
    r"|offer(?:ed|s)?\s+(?:[\w-]+\s+){0,2}?to)\b",
    re.I,
)


_PROPOSAL = re.compile(r"\b(?:proposal|propos(?:es|ing))\s+to\s+(?:hold|resume|meet|start)\b", re.I)
_PROPOSAL_REACH = 60  # characters from the proposal to the day it proposes


def _of_publication_day(event: Event, published: dt.date, why: str) -> Event:
    update = {
        "date": published.isoformat(),
        "precision": "day",
        "inferred": True,
        "resolution": f"{why}: the article's publication day, inferred",
    }
    return event.model_copy(update=update)


def _of_this_date(event: Event, words: re.Match[str]) -> bool:
    """Whether what the words say (called off, put off) is of the event's date, not of another
    date of its sentence nearer them: "the exchange, which was supposed to take place on January
    24 but did not take place ..., were not returned during today's exchange" cancels the 24th,
    not today's."""
    if not event.date_offsets:
        return True
    dates = [(m.start, m.end) for m in find_mentions(event.sentence)]
    if len(dates) < 2:
        return True
    nearest = min(dates, key=lambda d: max(d[0] - words.end(), words.start() - d[1], 0))
    return nearest == tuple(event.date_offsets)


def _status(event: Event, article: Article) -> str:
    """done, agreed, planned, postponed or cancelled, as the sentence and its date say."""
    sentence = event.sentence
    if (found := _CANCELLED.search(sentence)) and _of_this_date(event, found):
        return "cancelled"
    if (found := _POSTPONED.search(sentence)) and event.date_offsets:
        # ("was planned for February 1, but was postponed to February 4-5": the first day is put
        # off, the second the new plan.)
        first = event.date_offsets[0]
        moved = (_A_DAY if found[0].lower().endswith(" to") else _TO_A_DAY).match(sentence, found.end())
        if moved and found.end() <= first <= moved.end():
            found = None
        elif moved and event.date_offsets[1] <= found.start() and PLANNED_FOR.search(sentence, 0, first):
            return "postponed"
    if found and _of_this_date(event, found):
        return "postponed"
    reference = article.published
    if event.date and reference and event.day and event.day > reference:
        return "planned"
    # ("During the negotiations in Istanbul on July 23, Ukraine proposed ... a meeting": the talks
    # the proposal was made at were held.)
    during = bool(event.date_offsets and _DURING.search(sentence, 0, event.date_offsets[1]))
    # ("said they had exchanged dozens of prisoners on Monday, …, the latest sign that the countries
    # are willing to negotiate": the readiness told after a swap done that day is not its plan.)
    offered = _OFFERED.search(sentence)
    if (
        offered
        and event.date_offsets
        and offered.start() > event.date_offsets[1]
        and _DONE.search(sentence, 0, event.date_offsets[1])
    ):
        offered = None
    # ("Putin's proposal to hold talks on May 15", "he proposes to resume negotiations … on May 15";
    # not "closed out its third round … on Wednesday with a proposal to hold a leaders' summit", nor
    # "Following Putin's proposal to resume direct talks, the delegations met … on May 16")
    offered = offered or (
        (proposal := _PROPOSAL.search(sentence))
        and event.date_offsets
        and 0 <= event.date_offsets[0] - proposal.end() <= _PROPOSAL_REACH
    )
    if offered and not during:
        return "planned"
    if event.type == "agreement" or (event.type == "prisoner_exchange" and _AGREED.search(sentence)):
        return "agreed" if not _DONE.search(sentence) else "done"
    # ("Another POWs swap, another moment of joy and understanding that today will be one of the
    # best days in life for many families": the day is what is to come, not the swap.)
    ahead = _AHEAD.search(_DAY_TO_BE.sub(lambda m: " " * len(m[0]), sentence)) or (
        event.date_offsets and DELEGATION_FOR.search(sentence, 0, event.date_offsets[0])
    )
    # "exchanged 205 prisoners each on Friday, ..., a week after Trump announced a swap would take
    # place": what leads up to the date is done; the plan is the one it followed.
    # ("The delegations met on Monday in … Istanbul, and officials confirmed that both sides will
    # exchange PoWs": the talks were held.)
    # ("The latest round of … talks … in Geneva on Wednesday ended without a major breakthrough, as
    # fighting continues in a war that will enter its fifth year next week": told before the plan.)
    if ahead and event.date_offsets and ahead.start() > event.date_offsets[1]:
        lead = sentence[: ahead.start()]
        held = event.type == "negotiation_round" and _HELD.search(lead)
        ahead = None if _DONE.search(lead) or _BEGUN.search(lead) or held else ahead
    # "have begun the largest prisoner swap …, in a process expected to continue through the
    # weekend, officials said Friday": begun, so under way on that day.
    if ahead and _CONTINUES.match(sentence, ahead.start()):
        lead = sentence[: ahead.start()]
        ahead = None if _DONE.search(lead) or _BEGUN.search(lead) else ahead
    # "a new meeting will be held in the near future, following the conclusion of talks ... earlier
    # on Thursday in Abu Dhabi": the date is the end of the talks held.
    if ahead and event.date_offsets and _CONCLUDED.search(sentence, ahead.end(), event.date_offsets[0]):
        ahead = None
    if ahead and not (
        event.date and reference and event.day and event.day < reference - dt.timedelta(days=1)
    ):
        return "planned"
    # "Sunday's meeting was expected to be bilateral", "delegations were due to meet on Wednesday",
    # "an exchange had been due to take place on Wednesday": a plan, said after its day, not that it
    # was held. (Not "her husband, who was due to return home in Thursday's swap": one man's plan.)
    if (
        (event.type == "negotiation_round" and _WAS_EXPECTED.search(sentence))
        or (event.type == "prisoner_exchange" and _HAD_BEEN_DUE.search(sentence))
    ) and not (_DONE.search(sentence) or _HELD.search(sentence)):
        return "planned"
    return "done"


_DAY_APART = re.compile(
    r",?\s+(?:the\s+)?(?:day|evening|night|morning|week)\s+(?:before|after|ahead\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|negotiations|meeting|round)\b",
    re.I,
)
# (talks told as past, after the date a speaker spoke on)
_AFTER_TALKS = re.compile(
    r"\bafter\s+(?:the|their|last\s+\w+[’']s)\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|meeting|round)\b",
    re.I,
)
_DURING = re.compile(
    r"\b(?:during|at|in the course of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:negotiations|talks|meeting|round)\b[^,;]*$",
    re.I,
)
_DONE = re.compile(
    # ("agreed to each hand over 157 prisoners of war, with officials … confirming on Thursday that the
    # exchange had taken place")
    r"\b(?:took place|taken place|carried out|completed|returned|exchanged|swapped|freed|released|pardoned|handed over|repatriated"
    r"|secured the (?:release|return))\b",
    re.I,
)
# "The talks commenced today in Abu Dhabi and are scheduled to continue over two days": begun.
_BEGUN = re.compile(
    r"\b(?:began|begun|commenced|started|opened|kicked off|got under ?way|launch(?:ed)?)\b", re.I
)
_AHEAD = re.compile(
    r"\b(?:will|would|is to|are to|plans? to|(?:is|are) planning to|expected to|(?:is|are) expected|scheduled|set to"
    r"|upcoming|forthcoming)\b"
    # ("Trilateral talks ... could move to a fourth round in Geneva this week", "Ukraine and Russia
    # might meet again in Istanbul on Monday")
    # ("he may speak with Russian President Vladimir Putin and US President Donald Trump this week")
    r"|\b(?:could|may|might)\s+(?:move|take\s+place|be\s+held|resume|begin|start|meet|speak|talk|hold)\b"
    # ("Russia on Thursday said it was still waiting for Ukraine to agree to attend talks in Istanbul")
    r"|\bwait(?:s|ing)\s+for\b[^.;]{0,60}?\bto\s+(?:agree\s+to\s+)?(?:attend|meet|join|hold)\b"
)
_AGREEING_LATER = re.compile(r"\bbefore\s+agreeing\s+to\s+(?:hold|have|resume)\b", re.I)
# (Not talks about one: "Negotiations on a ceasefire will begin on Monday in Riyadh".)
_CEASEFIRE_FROM = re.compile(
    r"\b(?:ceasefire|cease-fire|truce)\s+(?:to|would|will)\s+(?:begin|start|take\s+effect)\s+(?:on\s+)?$",
    re.I,
)
_TALKS_ABOUT = re.compile(
    r"\b(?:talks|negotiations|consultations)\s+(?:on|over|about)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_DAY_TO_BE = re.compile(r"\btoday will be\b", re.I)
# Talks told as held before the day someone spoke of them: "had been held", and what they "have
# given" ("Erdogan said on Saturday that Trump and Putin's talks in Alaska have given new
# momentum"); not "have started" or "have ended", told on their day.
_HELD_BEFORE = re.compile(
    r"\bhad\s+(?:been\s+)?(?:\w+ed|held|met|taken|given|brought|made)\b"
    r"|\b(?:have|has)\s+(?:given|brought|produced|yielded|achieved|failed|helped|shown|created|paved)\b",
    re.I,
)
_HAD_BEEN_DUE = re.compile(
    r"\b(?:exchange|swap)\s+had\s+been\s+(?:expected|due|scheduled|slated)\s+to\s+(?:take\s+place|happen|go\s+ahead)\b",
    re.I,
)
_WAS_EXPECTED = re.compile(r"\b(?:was|were|had\s+been)\s+(?:expected|due|scheduled|slated)\s+to\b", re.I)
_HELD = re.compile(r"\b(?:held|ended|concluded|began|met|took place|wrapped up)\b", re.I)
_CONCLUDED = re.compile(
    r"\b(?:following|after)\s+(?:the\s+)?(?:conclusion|end|close)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|negotiations|round|meeting)\b",
    re.I,
)
# ("with discussions set to carry over into Thursday")
_CONTINUES = re.compile(
    r"(?:will|would|is to|are to|expected to|scheduled to|set to)\s+(?:continue|carry over|go on)\b"
)
