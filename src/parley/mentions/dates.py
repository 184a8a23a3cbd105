"""Finding date expressions in English news text and resolving them to honest dates.

A mention is resolved against the article's publication date when it is known. When it is not,
the article's year is inferred from internal evidence (a weekday paired with a date, dated
mentions, a reference to the full-scale invasion) and every date that depends on it says so.
A date the text does not give is never made up: such a mention resolves to `date=None`.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from dateutil.easter import EASTER_ORTHODOX, easter
from dateutil.relativedelta import relativedelta

from parley.config import EARLIEST_YEAR, INVASION_DAY_ONE, knowledge

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
} | {"sept": 9}
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# Month names are whole words ("27 Mariupol defenders" is no 27 March, "10 Junior sergeants" no
# 10 June), and only an abbreviation takes a full stop: "in March." ends a sentence, "Feb. 5" does not.
_MONTH_WORDS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)"
_MONTH = rf"(?P<month>{_MONTH_WORDS})"
_MONTH2 = rf"(?P<month2>{_MONTH_WORDS})"
# A month without a day is spelt out, or abbreviated with its stop: "Editing by Jan Harvey" names no month.
_MONTH_ALONE = r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# "June 19-20" is one range; "December 14 and 15" two days, each its own statement.
_DAY2 = r"(?:\s*[-–—]\s*|\s+(?:to|through)\s+)(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
# (Not "June 23 and 24 prisoners"; "on November 23 and 24 for closed-door sessions" is two days.)
_DAY3 = (
    r"\s+(?:and|&)\s+(?P<day3>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
    r"(?!\s+(?!(?i:last|this|next)\s+year\b|(?:for|in|at|with|when|as|to|after|before|amid|during)\b)[a-z])"
)
# A year stated, or "last year": "in February last year" is one month, not a month and a year.
_YEAR_REL = r"\s+(?:of\s+)?(?:the\s+)?(?P<yrel>(?i:last|this|next|previous|current))\s+year\b"
_YEAR = rf"(?:,?\s+(?P<year>(?:19|20)\d\d)|{_YEAR_REL})?"
_WEEKDAY2 = _WEEKDAY.replace("?P<weekday>", "?P<weekday2>")
# A year ends where no digit or hyphen goes on, or opens a span of years: "from 2012-2020",
# "in 2024-25" (not an ISO date, "2022-03-01"; "2024-05" is read as a span, its year the same).
_SPAN_OR_END = r"(?:(?![\d-])|(?=-(?:19|20)?\d\d(?![\d-])))"
_NUM = r"(?P<num>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# ("renewed a threat on Friday …, a week after his warm meeting with … Putin in Alaska": the
# meeting, counted back from the day named before it.)
COUNTED_TO_TALKS = re.compile(
    rf"\b{_NUM}\s+(?P<unit>day|week|month)s?\s+(?P<dir>after)(?P<told>)(?=\s+(?:his|her|their|its|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:meeting|talks|summit|negotiations)\b)",
    re.I,
)
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
# ("on Saturday (11 am Eastern Time)": a weekday and its hour, not a weekday and its day.)
_NOT_TIME = r"(?!\s*(?:[ap]\.?m\b|:\d))"
# A weekday is its own mention unless a day or month follows it, as in "Tuesday, 15 June" (a date
# pattern's); "On Tuesday, 15 Russian POWs were exchanged" is a weekday and a count.
_NO_DAY_AFTER = (
    rf"(?!(?:\s+{_PART_OF_DAY})?,?\s+\(?(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\b{_NOT_TIME}"
    rf"(?!\s+(?!(?:of\s+)?(?:{MONTH_NAMES})\b)[A-Za-z])|{MONTH_NAMES}))"
)
# ("reports from Mondays meeting": a possessive without its apostrophe; not "On Mondays talks are
# held", a habit, see `_mentions`)
_PLURAL_POSSESSIVE = r"s(?=\s+(?:meeting|talks|summit|negotiations|session|round|call|visit|exchange|swap)\b)"
# "on Sunday (May 25)", "on Wednesday, July 23" and "on Wednesday evening, July 23" are one date,
# said twice.
_ON_WEEKDAY = rf"(?:{_WEEKDAY}(?:\s+{_PART_OF_DAY})?(?:,?\s+|\s*\(\s*))?"

# What a sentence (lower-cased) must hold for a pattern to match in it, one of: most sentences name
# no month, year or weekday, and are not searched for one (`_mentions_in`).
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEARS = ("19", "20")
_UNITS = ("day", "week", "month", "year")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def at_word_starts(pattern: re.Pattern[str], or_at: str = "") -> re.Pattern[str]:
    """A pattern every match of which starts a word (or at one of the characters `or_at`), tried
    only there: the same matches, in a third to three quarters of the time (the engine drops a
    position on one test rather than trying each alternative there; benchmarks/word_starts.py)."""
    also = f"|(?=[{re.escape(or_at)}])" if or_at else ""
    return re.compile(rf"(?:(?=\w)(?<!\w){also})(?:{pattern.pattern})", pattern.flags)


# Earlier patterns win when two matches start at the same place and are as long. Each with what a
# sentence must hold for it to match (none: any sentence may).
_PATTERNS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    # "between March 5 and 9", "between June 20 and June 30", "between 5 and 9 March": one range.
    (
        "date",
        re.compile(
            rf"(?<=\bbetween ){_MONTH}\s+{_DAY}\s+and\s+(?:(?P=month)\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
            rf"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
        ),
        _MONTHS,
    ),
    (
        "date",
        re.compile(
            rf"(?<=\bbetween ){_DAY}\s+and\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}{_YEAR}(?!\d)"
        ),
        _MONTHS,
    ),
    (
        "date",
        re.compile(
            rf"\b{_ON_WEEKDAY}(?:the\s+)?{_DAY}(?:{_DAY2}|{_DAY3})?\s+(?:of\s+)?{_MONTH}{_YEAR}(?!\d)"
        ),
        _MONTHS,
    ),
    (
        "date",
        re.compile(
            rf"\b{_ON_WEEKDAY}{_MONTH}(?:\s+|(?<=\.)){_DAY}(?:{_DAY2}|{_DAY3})?(?!\d|:\d)"
            rf"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d)|{_YEAR_REL})?"
        ),
        _MONTHS,
    ),
    ("date", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"), _YEARS),
    # "the first held on the 23rd and 24th of last month": days of a month counted from publication.
    (
        "date",
        re.compile(
            # (a lookbehind, so that only the rare digits start a try)
            r"(?<=\b[Tt]he )(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?:\s+and\s+(?:the\s+)?(?P<day3>[0-3]?\d)(?:st|nd|rd|th))?"
            r"\s+of\s+(?P<step>last|this|next|the\s+previous|the\s+same)\s+month\b",
            re.I,
        ),
        ("month",),
    ),
    # "On the 17th (local time), … stated", "on the 6th – 60", "on Saturday the 17th": a day of the
    # month named before it in the sentence, or of the one nearest publication. (Not "on the 36th day
    # of the invasion", "on the 3rd and 4th floors", "on the 3rd, 4th and 5th floors".)
    (
        "date",
        re.compile(
            rf"(?=[0-3]?\d(?:st|nd|rd|th)|[MTWFS])(?:(?<=\b[Oo]n the )|\b{_WEEKDAY}\s+the\s+)"
            r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)(?P<near>)"
            r"(?=\s*[.;:(–—\"”]|,(?!\s*\d)|\s+(?:local|they|we|he|she)\b|\s*$)"
        ),
        ("st", "nd", "rd", "th"),
    ),
    # ("Ukraine announced on Saturday (9)": a weekday and its day, as Brazilian copy gives them.)
    ("date", re.compile(rf"\b{_WEEKDAY}\s+\((?P<day>[0-3]?\d)\)(?P<near>)"), _WEEKDAYS),
    ("month", re.compile(rf"\b(?:(?P<part>early|mid|late)[-\s]+){_MONTH}{_YEAR}(?!\d)", re.I), _MONTHS),
    # ("created in June of 2022")
    ("month", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"), _MONTHS),
    # ("the negotiations in February-March 2022", "in March and April 2022": the span's first month, of the year stated after
    # its last month, or of the year before when the span runs over New Year)
    (
        "month",
        re.compile(
            rf"\b(?:(?i:in|of|during|since|from)\s+)?{_MONTH_ALONE}"
            rf"(?=(?:\s*[-–]\s*|\s+(?:to|through|until)\s+|\s+(?P<listed>and|or)\s+)(?P<spanto>{_MONTH_WORDS}),?\s+(?P<year>(?:19|20)\d\d)(?!\d))"
        ),
        _MONTHS,
    ),
    # "between May and July", "from May to July": one span, dated by its first month.
    (
        "month",
        re.compile(
            rf"\b(?i:between|(?P<from>from))\s+(?:(?i:early|mid|late)[-\s]+)?{_MONTH_ALONE}\s+(?(from)(?:to|until|till|through)|and)"
            rf"\s+(?P<until>{_MONTH_WORDS})(?:{_YEAR_REL})?(?![\w-]|,?\s+\d)"
        ),
        _MONTHS,
    ),
    (
        "month",
        at_word_starts(
            re.compile(
                # ("The next round of talks is scheduled for March": the month alone, after what was
                # planned)
                r"(?:(?<=scheduled for )|(?<=planned for )|(?<=slated for )|(?<=set for )"
                rf"|\b(?i:in|since|by|until|till|during|from|of|(?P<step>last|next|this)|before|after)\s+){_MONTH_ALONE}"
                # ("in October 5" is a day, "in October, 2024" a month of a year; "In October, 95
                # prisoners" a month)
                rf"(?:\s+(?:and|or)\s+(?:in\s+)?{_MONTH2})?(?:{_YEAR_REL})?(?![\w-]|\s+\d|(?:,\s*|\s+of\s+)(?:19|20)\d\d(?!\d))"
            )
        ),
        _MONTHS,
    ),
    # "the March exchange", "the June talks": a month naming the event it stands before.
    (
        "month",
        re.compile(
            rf"\b(?i:the|a)\s+{_MONTH_ALONE}\s+(?=(?:prisoner\s+|POW\s+)?(?:exchange|swap|talks|round|meeting|"
            rf"repatriation|agreement|deal|deadline)s?\b)"
        ),
        _MONTHS,
    ),
    # "since 2021", "since early 2024", "by mid-2025": a year, however early or late in it.
    (
        "year",
        re.compile(
            r"\b(?i:in|since|by|until|till|during|from|of|before|after)\s+(?:(?i:early|mid|late)[-\s]+)?"
            rf"(?P<year>(?:19|20)\d\d){_SPAN_OR_END}"
        ),
        _YEARS,
    ),
    ("year", re.compile(r"\b(?i:early|mid|late)[-\s]+(?P<year>(?:19|20)\d\d)(?![\d-])"), _YEARS),
    # ("the Istanbul talks in Spring 2022"; "the spring of 2022" is read for its "of 2022")
    (
        "year",
        re.compile(
            r"\b(?i:spring|summer|autumn|winter|(?<=in )fall|(?<=since )fall|(?<=the )fall)\s+(?P<year>(?:19|20)\d\d)(?![\d-])"
        ),
        _YEARS,
    ),
    # "held since 2014, 2016, and 2017": each year of a list.
    (
        "year",
        re.compile(r"(?<=\b(?:19|20)\d\d)(?:,\s+(?:and\s+)?|,?\s+and\s+)(?P<year>(?:19|20)\d\d)(?![\d-])"),
        _YEARS,
    ),
    # "Russia's 2022 invasion", "the 2014 annexation", "the 2025 Moscow-Kyiv negotiations": a year
    # naming what follows it.
    (
        "year",
        at_word_starts(
            re.compile(
                r"(?:(?<=['’]s )|(?<=\bthe )|(?<=\bThe )|(?<=\ba )|(?<=\ban )|(?<=\bits )|(?<=\btheir )"
                # ("the failed 2022 peace negotiations")
                r"|(?<=\bthe failed )|(?<=\bthe aborted )|(?<=\bthe abortive )|(?<=\bthe collapsed )"
                r"|(?<=\bthe ill-fated )|(?<=\bthe stalled )|(?<=\bthe earlier )|(?<=\bthe previous ))"
                # ("the 2020 U.S. election", "the 2014 Minsk Agreements")
                r"(?P<year>(?:19|20)\d\d)(?=\s+(?:[A-Z][\w’'.-]*\s+)?[a-z]"
                r"|\s+(?:[A-Z][\w’'-]*\s+)?(?:Agreements?|Accords?|Memorandum|Declaration|Protocols?|Summit)\b)"
            )
        ),
        _YEARS,
    ),
    # ("stagnant since the first year of the war (2022)", "Commissioner for Children's Rights (2014-2021)")
    ("year", re.compile(r"(?<=\()(?P<year>(?:19|20)\d\d)(?=\)|[-–](?:19|20)?\d\d\))"), _YEARS),
    (
        "ago",
        at_word_starts(
            re.compile(
                # "more than three years ago" bounds a date without naming one.
                rf"(?<!more than )(?<!over )(?<!nearly )(?<!almost )"
                # ("met … on Friday — a day later than planned": how late, not a day of its own)
                rf"\b{_NUM}\s+(?P<unit>day|week|fortnight|month|year)s?\s+(?P<dir>ago|later|earlier|before)\b"
                r"(?!\s+than\b)(?P<exact>,?\s+to the day\b)?",
                re.I,
            )
        ),
        (*_UNITS, "fortnight"),
    ),
    # "The announcement comes three weeks after Russia and Ukraine swapped ...": the swap was three
    # weeks before the news; "agree to meet again in two weeks": two weeks after it.
    (
        "ago",
        re.compile(
            rf"\b(?:comes?|coming)\s+(?:(?:just|only|exactly|about|some)\s+)?{_NUM}\s+"
            rf"(?P<unit>day|week|month|year)s?\s+(?P<dir>after)\b",
            re.I,
        ),
        _UNITS,
    ),
    # "The announcement came a week after Russia alleged ...", "was conducted on Feb. 8, about two
    # weeks after Russia said ...": counted back from the day named before it.
    (
        "ago",
        re.compile(
            rf"(?:\bcame\s+|(?<=\d,)\s+)(?:(?:just|only|exactly|about|some)\s+)?{_NUM}\s+"
            rf"(?P<unit>day|week|month|year)s?\s+(?P<dir>after)\b(?P<told>)",
            re.I,
        ),
        _UNITS,
    ),
    # ("renewed a threat on Friday …, a week after his warm meeting with … Putin in Alaska": the
    # meeting counted back from the day named before it.)
    ("ago", COUNTED_TO_TALKS, _UNITS),
    (
        "ago",
        re.compile(
            rf"\b(?P<dir>in)\s+(?:(?:about|around|another|some)\s+)?{_NUM}\s+(?P<unit>day|week|month)s?\b"
            rf"(?!\s+(?:of|since|after|before)\b|['’])",
            re.I,
        ),
        _UNITS,
    ),
    # "the following month", "the previous week": counted from the date just named.
    (
        "anchored",
        # ("in 2014, Russia occupied Crimea. That same year, …", "later that month": the date's own)
        re.compile(
            # (not "on December 5 of the same year", "in August the same year": that date's year)
            r"\b(?:the\s+(?P<which>following|previous)|(?=that\s|the\s|later\s|earlier\s)(?<!\bof )"
            + "".join(f"(?<!{month} )(?<!{month}\\. )" for month in MONTH_NAMES.split("|"))
            + r"(?:(?:that|the)\s+same|(?:later|earlier)(?:\s+in)?\s+that))\s+(?P<unit>week|month|year)\b"
            # (not "the same year the full-scale invasion began": a clause names that year)
            r"(?(which)|(?=\s*(?:[,.;:)!?”\"]|$)|\s+(?:and|but|in|on|at|by|for|with|after|before|while)\b))",
            re.I,
        ),
        _UNITS,
    ),
    # (not the programme: 'said Sunday on “This Week.”')
    (
        "last",
        re.compile(
            # ("the last year of Houthi violence", "the last week of March": a span, not a date)
            # (not "the crash last week of a Russian military transport plane")
            r"\b(?!(?<=[“\"])(?-i:This Week)\b)(?!(?<=the )\w+\s+\w+\s+of\b)(?P<which>last|next|this)\s+(?P<unit>week|month|year)\b",
            re.I,
        ),
        _UNITS,
    ),
    # "the ninth swap since the beginning of the year": this year.
    (
        "last",
        re.compile(
            # ("during their second round of talks in Istanbul at the start of the month")
            r"\b(?:since|from|at|in|by)\s+(?P<which>the)\s+(?:beginning|start|end)\s+of\s+the\s+(?P<unit>year|month)\b",
            re.I,
        ),
        ("year", "month"),
    ),
    (
        "relative",
        re.compile(
            r"\b(?P<rel>later that day|earlier that day|(?:that|the) same day(?=\s*[,.;:)\"”’]|\s*$|\s+(?:and|as|in|at|on|with|by|for|to|from|of|\w+ed|said|met|held)\b)|that day|the next day|the following day|the next morning|the day before|the previous day|earlier today|(?:earlier|later) in the (?:day|(?:afternoon|evening)(?!\s+of\b))|today|yesterday|tomorrow|tonight|this morning|this afternoon|this evening|last night(?!\s+of\b)|last evening(?!\s+of\b)|overnight(?=\s*[,.;]|\s+(?:on|into|and)\b))\b",
            re.I,
        ),
        (),
    ),
    (
        "weekend",
        re.compile(r"\b(?P<which>at|over|during|on|for|this|last|next)\s+(?:the\s+)?weekend\b", re.I),
        ("weekend",),
    ),
    # "Thursday and Friday", "Monday to Wednesday": two bare weekdays make one range.
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<which>(?i:last|next|this|on|by|until|since|from))\s+)?{_WEEKDAY}(?:\s+(?:and|to|through|[-–—])\s+|\s*[-–—]\s*){_WEEKDAY2}\b{_NO_DAY_AFTER}"
        ),
        _WEEKDAYS,
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<which>(?i:last|next|this\s+coming|this|on|by|until|since))\s+)?{_WEEKDAY}(?:['’]s|{_PLURAL_POSSESSIVE})?(?:\s+(?:morning|afternoon|evening|night))?\b{_NO_DAY_AFTER}"
            # ("would begin on Sunday next week": the Sunday of the coming calendar week)
            r"(?P<next_week>\s+(?:of\s+)?next\s+week\b(?![’']s))?"
        ),
        _WEEKDAYS,
    ),
]

# Days named by their holiday (knowledge/holidays.yaml): "on Ukraine's 33rd Independence Day".
_HOLIDAYS: dict[str, dict] = knowledge("holidays")
_HOLIDAY_PATTERNS = {
    re.compile(rf"\b(?:{'|'.join(h['names'])})\b", re.I): name for name, h in _HOLIDAYS.items()
}
_PATTERNS += [("holiday", pattern, ()) for pattern in _HOLIDAY_PATTERNS]
_EVE = re.compile(r"\beve\s+of\b|['’]s\s+eve\b", re.I)

_RELATIVE_DAYS = {
    "later that day": 0,
    "earlier that day": 0,
    "that same day": 0,
    "the same day": 0,
    "that day": 0,
    "the next day": 1,
    "the following day": 1,
    "the next morning": 1,
    "the day before": -1,
    "the previous day": -1,
}
_PUBLICATION_DAYS = {
    "today": 0,
    "earlier today": 0,
    # "The delegations arrived at the palace earlier in the day": the day of the report.
    "earlier in the day": 0,
    "later in the day": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "last evening": -1,
    # "There were fresh attacks in the war overnight": the night that ends on the day of the report.
    "overnight": 0,
    "tomorrow": 1,
}
_HAD_HOPED = re.compile(r"\bhad\s+(?:hoped|expected|wanted|feared|thought|believed)\b[^.;]*$", re.I)
# "due to" naming a cause, not a plan: "surrendering in May due to running out of ammunition",
# "due to the lack of", "due to Russia's delays" (not "due to bring their proposals").
_A_CAUSE = r"(?:the|a|an|its|his|her|their|this|that|[\w-]+['’]s|(?!bring\b)\w+ing)\b"
_FUTURE = at_word_starts(
    re.compile(
        # ("Saturday and Sunday – we expect the exchange to continue"; not "the Kremlin said it expects a
        # response", "expects more prisoners to be returned after the exchange on Monday")
        rf"\b(?:will|['’]ll|would|shall|is to|are to|(?:is|are) due(?!\s+to\s+{_A_CAUSE})|to be held|(?<!\bwas )(?<!\bwere )(?<!\bhad been )expected"
        r"|(?<=\bwe )expect(?=\s+(?:[\w’'-]+\s+){1,4}?to\s+(?:continue|resume|take\s+place|be\s+held|begin|start)\b)|"
        # (Not the noun: "met Putin on Tuesday to discuss a U.S. plan to end the conflict".)
        r"(?<!\bno )(?<!\bno immediate )(?<!\bno concrete )(?<!\bno firm )(?<!\bno current )(?<!\bno such )(?<!\ba )(?<!\bthe )(?<!\bpeace )(?<!\bU\.S\. )(?<!\bUS )(?<!’s )(?<!'s )plans? to|(?:is|are) planned|planned for|(?:is|are)\s+planning\s+to|(?<!\bwas )(?<!\bwere )(?<!\bhad been )scheduled|upcoming|"
        # ("may meet Friday in Alaska", "talks that could start on Wednesday": a meeting or its start
        # that may come; not "the strike on Monday could complicate peace efforts", "may well have
        # violated the truce on Monday", nor the month: "in May held talks")
        r"(?:could|might|(?-i:may))\s+(?:(?:well|also|still|possibly|even|soon)\s+)?"
        r"(?:be|take|meet|start|begin|resume|happen|continue|convene|hold|sit|travel|visit|speak|talk|attend"
        r"|sign|arrive|come|go|follow|open|yield|bring|produce|deliver|lead)\b|"
        # ("are poised to sit down possibly on Thursday"; not "had been due to take place on Wednesday")
        rf"(?<!\bwas )(?<!\bwere )(?<!\bhad been )set to|(?<!\bwas )(?<!\bwere )(?<!\bhad been )due to(?!\s+{_A_CAUSE})"
        r"|(?:is|are)\s+poised\s+to|(?:am|is|are|['’]re|['’]s)\s+going\s+to"
        # ("as voters prepare to go to the polls on Sunday", "are preparing for a new prisoner exchange";
        # not "spent weeks preparing for the talks held on Monday", "troops, preparing for an offensive,")
        r"|(?:(?:am|is|are|['’]re)\s+preparing|(?<!\bwas )(?<!\bwere )(?<!\bhad )prepares?)\s+(?:to|for)"
        # ("Moscow unilaterally proposed holding the meeting in Turkey on Thursday": a meeting ahead)
        r"|(?:proposed|suggested|offered)\s+(?:holding|to\s+hold))\b",
        re.I,
    ),
    or_at="'’",
)
# ("what we know on day 34 of the Russian invasion", "Day 34th of Ukraine's Defense Against Russian
# Invasion", "Russia-Ukraine war: list of key events, day 1,268")
_WAR_DAY = re.compile(
    r"\bday\s+(?P<n>\d,\d{3}|\d{1,4})(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:invasion|war|defen[cs]e)\b"
    r"|\bkey\s+events,?\s+day\s+(?P<k>\d,\d{3}|\d{1,4})\b",
    re.I,
)
# Internal evidence that bounds an undated article's year from below.
_EVIDENCE = [
    (
        re.compile(r"\bfull[- ]scale (?:invasion|war)\b", re.I),
        dt.date(2022, 2, 24),
        "the text mentions the full-scale invasion of February 2022",
    ),
]


@dataclass(frozen=True)
class Mention:
    """A date expression, with offsets into the text it was found in."""

    start: int
    end: int
    text: str
    kind: str  # date | month | year | ago | anchored | last | relative | weekend | weekday | holiday
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    weekday: int | None = None
    weekday2: int | None = None  # the last day of a weekday range, "Thursday and Friday"
    word: str | None = None  # the relative word(s), lower-cased, e.g. "later that day"
    amount: int = 0
    unit: str | None = None
    year_shift: int | None = None  # "in February last year": -1 from the publication year
    until: int | None = None  # the month a span runs to: "between May and July"
    year_from: str | None = None  # the full date a day listed before it takes its year from
    step: str | None = None  # "last February", "next May", "this June": the month counted from publication


@dataclass(frozen=True)
class Resolved:
    """A mention turned into a date, or into an honest `date=None` with the reason."""

    value: dt.date | None
    precision: str | None  # day | week | month | year
    resolution: str
    end: dt.date | None = None
    inferred: bool = False
    duration: bool = False  # "fell in three days": no date at all, not an undated one

    @property
    def iso(self) -> str | None:
        return _iso(self.value, self.precision)

    @property
    def end_iso(self) -> str | None:
        return _iso(self.end, "day")


@dataclass(frozen=True)
class YearInference:
    year: int
    reason: str


def _iso(value: dt.date | None, precision: str | None) -> str | None:
    if value is None:
        return None
    # Sliced from isoformat, which pads a year such as 1 to four digits where strftime may not.
    return value.isoformat()[: {"month": 7, "year": 4}.get(precision or "day", 10)]


def _human(value: dt.date) -> str:
    return f"{value.day} {value:%B %Y}"  # as the report writes dates


@lru_cache(maxsize=65536)
def first_day(date: str | None) -> dt.date | None:
    """The first day an ISO date of any precision ("2025", "2025-06", "2025-06-20") may fall on."""
    if date is None:
        return None
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


@lru_cache(maxsize=65536)  # (consolidation asks for each mention's span many times over)
def date_span(date: str, precision: str | None, end_date: str | None = None) -> tuple[dt.date, dt.date]:
    """The days a date covers: its day, ISO week, month or year, on to the last day of its end_date."""
    parts = [int(p) for p in date.split("-")] + [1, 1]
    first = dt.date(parts[0], parts[1], parts[2])
    if end_date:
        last = date_span(end_date, "day" if end_date.count("-") == 2 else None)[1]
    elif precision == "year" or date.count("-") == 0:
        last = dt.date(first.year, 12, 31)
    elif precision == "month" or date.count("-") == 1:
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    else:
        last = first
    if precision == "week":
        # ("next week", said on a Monday: that calendar week, not three days either side of a Monday)
        return first - dt.timedelta(days=first.weekday()), last + dt.timedelta(days=6 - last.weekday())
    return first, last


def format_date(date: str | None, precision: str | None = "day", end: str | None = None) -> str:
    """A date as readers read it: "20 June 2025", "June 2025", "19–20 June 2025"."""
    if date is None:
        return "undated"
    parts = [int(p) for p in date.split("-")]
    if precision == "year" or len(parts) == 1:
        return str(parts[0])
    if precision == "month" or len(parts) == 2:
        return f"{dt.date(parts[0], parts[1], 1):%B %Y}"
    first = dt.date(*parts)
    text = format_range(first, dt.date.fromisoformat(end)) if end else f"{first.day} {first:%B %Y}"
    return f"week of {text}" if precision == "week" else text


def format_range(first: dt.date, last: dt.date) -> str:
    """Two days, saying the month and year once: "19–20 June 2025", "28 May – 3 June 2025"."""
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    # A spaced dash once either side has a space in it, as newsrooms set it.
    start = f"{first.day} {first:%B}" if first.year == last.year else f"{first.day} {first:%B %Y}"
    return f"{start} – {last.day} {last:%B %Y}"


def find_mentions(text: str) -> list[Mention]:
    """Every date expression in `text`, left to right, longest first where they overlap. A
    coordination ("in May and June", "December 14 and 15") gives one mention per date."""
    return list(_mentions_in(text))


def forget_mentions() -> None:
    """Forget the texts read so far (a benchmark times a first reading)."""
    _mentions_in.cache_clear()
    frame_of.cache_clear()
    spoken_on.cache_clear()
    date_span.cache_clear()


# A sentence is read for its dates again by the classifier, the rounds and the exchanges (more
# than half the calls, in a corpus read afresh): each text once per process.
@lru_cache(maxsize=65536)
def _mentions_in(text: str) -> tuple[Mention, ...]:
    found: list[tuple[int, int, int, re.Match[str], str]] = []
    lower = text.lower()
    for rank, (kind, pattern, needs) in enumerate(_PATTERNS):
        if needs and not any(word in lower for word in needs):
            continue
        for m in pattern.finditer(text):
            found.append((m.start(), -(m.end() - m.start()), rank, m, kind))
    mentions: list[Mention] = []
    end = -1
    for start, _, _, match, kind in sorted(found, key=lambda f: f[:3]):
        if start >= end:
            mentions += _mentions(kind, match)
            end = match.end()
    # "The day before, on May 22": the date said in full is the one statement; "tomorrow
    # (Thursday)" in a quotation is that Thursday.
    said_again = {
        i
        for i, (m, after) in enumerate(itertools.pairwise(mentions))
        if m.kind in ("relative", "ago", "anchored", "holiday")
        and (after.kind == "date" or (after.kind == "weekday" and m.kind == "relative"))
        and _APPOSITION.fullmatch(text, m.end, after.start)
    }
    # "overnight into Saturday", "on the night of Friday to Saturday, June 29": the night the
    # (last) day names.
    said_again |= {
        i
        for i, (m, after) in enumerate(itertools.pairwise(mentions))
        if (
            m.word == "overnight"
            or (
                m.kind == "weekday"
                and re.search(r"\bnight\s+(?:of|from)\s+$", text[max(0, m.start - 14) : m.start], re.I)
            )
        )
        and after.kind in ("date", "weekday")
        and re.fullmatch(r"\s+(?:in)?to\s+", text[m.end : after.start])
    }
    # "draft agreements dated March 17 and April 15, 2022": a day listed before a full date, and
    # not after it in the year, is of that date's year.
    for i in range(len(mentions) - 2, -1, -1):
        m, after = mentions[i], mentions[i + 1]
        if (
            m.kind == "date"
            and m.year is None
            and after.kind == "date"
            and after.year
            and (m.month or 0, m.day or 0) < (after.month or 0, after.day or 0)
            and _LISTED.fullmatch(text, m.end, after.start)
        ):
            mentions[i] = replace(m, year=after.year, year_from=after.year_from or after.text.strip())
    # "On Feb. 16, the day before the peace talks in Geneva": the day, and what it was the eve of.
    said_again |= {
        i + 1
        for i, (m, after) in enumerate(itertools.pairwise(mentions))
        if m.kind == "date"
        and after.kind == "relative"
        and re.fullmatch(r",\s*", text[m.end : after.start])
        and _EVE_OF.match(text, after.end)
    }
    return tuple(
        # ("meet again as early as the week of 26 Jan 2026": that week, not its first day)
        replace(m, unit="week")
        if m.kind == "date" and m.day2 is None and _WEEK_OF.search(text, max(0, m.start - 12), m.start)
        # ("from midnight on May 7-8": the midnight that begins the 8th)
        else replace(m, day=m.day2, day2=None)
        if m.kind == "date"
        and m.day2 == (m.day or 0) + 1
        and _MIDNIGHT_ON.search(text, max(0, m.start - 16), m.start)
        else m
        for i, m in enumerate(mentions)
        if i not in said_again
    )


_WEEK_OF = re.compile(r"\bweek\s+of\s+$", re.I)
# A day or month of a sentence's stated year falling this many days before the date stated is
# of the year after: "December 2024 …, and in mid-January" (a January 11 months before).
_OVER_NEW_YEAR_DAYS = 270
# (the invasion, not an offensive or a town's fall: "Avdiivka fell to Russian forces in February")
_INVASION = re.compile(
    r"\b(?:invasion|invaded|full-scale\s+war|war\s+(?:began|started|broke\s+out)|outbreak\s+of\s+(?:the\s+)?war"
    r"|special\s+military\s+operation|start\s+of\s+the\s+war)\b",
    re.I,
)
_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+")
_MIDNIGHT_ON = re.compile(r"\bmidnight\s+(?:(?:on|of)\s+)?$", re.I)
_EVE_OF = re.compile(r"\s+(?:the|a|an|its|his|her|their)\s+\w")
_EVE_OF_THEIRS = re.compile(
    r"\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?(?:birthday|wedding|funeral|anniversary|name\s+day)\b",
    re.I,
)


_APPOSITION = re.compile(r",?\s*(?:\(\s*)?(?:on\s+)?")


def _mentions(kind: str, m: re.Match[str]) -> list[Mention]:
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    base = Mention(m.start(), m.end(), m.group(0), kind)
    named = groups.get("month", "")
    month = int(named) if named.isdigit() else MONTHS.get(named.lower().rstrip("."))
    year = int(groups["year"]) if "year" in groups else None
    shift = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}.get(
        groups.get("yrel", "").lower()
    )
    weekday = WEEKDAYS.get(groups.get("weekday", "").lower())
    if kind == "date":
        day, day2 = int(groups["day"]), int(groups["day2"]) if "day2" in groups else None
        day3 = int(groups["day3"]) if "day3" in groups else None
        if (
            not 1 <= day <= 31
            or (day2 is not None and not day < day2 <= 31)
            or (day3 and not day < day3 <= 31)
        ):
            return []
        step = {"the previous": "last", "the same": "this"}.get(
            " ".join(groups.get("step", "").lower().split())
        )
        step = step or groups.get("step", "").lower() or ("near" if "near" in groups else None)
        first = replace(
            base, year=year, month=month, day=day, day2=day2, weekday=weekday, year_shift=shift, step=step
        )
        return [first] + ([replace(first, day=day3, weekday=None)] if day3 else [])
    if kind == "month":
        first = replace(
            base, year=year, month=month, word=(groups.get("part") or "").lower(), year_shift=shift
        )
        second = MONTHS.get(groups.get("month2", "").lower().rstrip("."))
        # (a list is two months of the year stated, "in December and November 2022", or across New
        # Year, "in December and January 2023"; "between November and January 2023" is a span)
        listed = "listed" in groups and not re.search(
            r"(?i)\bbetween\s+$", m.string[max(0, m.start() - 8) : m.start()]
        )
        spanto = groups.get("spanto", "")
        if listed and not month - MONTHS[spanto.lower().rstrip(".")] > 6:
            spanto = ""
        until = MONTHS.get(groups.get("until", spanto).lower().rstrip("."))
        first = replace(first, until=until, step=(groups.get("step") or "").lower() or None)
        return [first] + ([replace(first, month=second)] if second else [])
    if kind == "year":
        return [replace(base, year=year)]
    if kind == "holiday":
        name = _HOLIDAY_PATTERNS[m.re]
        nth = int(groups["nth"]) if "nth" in groups else None
        counted = _HOLIDAYS[name].get("counted_from")
        return [replace(base, word=name, year=counted + nth if nth and counted else None)]
    if kind == "ago":
        num = groups["num"].lower()
        # A number this long is no distance on any calendar: the resolver says it cannot place it.
        amount = (int(num) if len(num) < 10 else 10**10) if num.isdigit() else NUMBERS[num]
        sign = 1 if groups["dir"].lower() in ("later", "in") else -1
        # "three years later, to the day" names a day, not a year.
        unit = groups["unit"].lower()
        if unit == "fortnight":
            amount, unit = 2 * amount, "week"
        return [
            replace(
                base,
                amount=sign * amount,
                unit=unit,
                word="came after" if "told" in groups else groups["dir"].lower(),
                day2=1 if "exact" in groups else None,
            )
        ]
    if kind in ("last", "anchored"):
        return [replace(base, word=groups.get("which", "same").lower(), unit=groups["unit"].lower())]
    if kind == "relative":
        # ("are expected to meet later in the evening": the day's, as "later in the day")
        return [
            replace(
                base, word=re.sub(r" in the (?:afternoon|evening)$", " in the day", groups["rel"].lower())
            )
        ]
    if kind == "weekend":
        return [replace(base, word=groups["which"].lower())]
    weekday2 = WEEKDAYS.get(groups.get("weekday2", "").lower())
    # ("gave Ukraine until this coming Thursday": the one ahead of the writer, whatever the tense)
    which = re.sub(r"^this\s+coming$", "coming", (groups.get("which") or "").lower())
    if which == "on" and re.search(r"days\b", m.group(0), re.I):
        return []  # ("On Mondays talks are usually held by video link": a habit, no day)
    return [
        replace(
            base, weekday=weekday, weekday2=weekday2, word="next week" if groups.get("next_week") else which
        )
    ]


CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:that|but|and|while|after|before|when)\b")


# "said on Monday", "told reporters on Monday", "on Monday said": the day a statement was made.
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|saying|told|announced|stated|reported|confirmed|added|wrote|claimed|denied|declared|"
    # ("said on the morning of February 27"; "Peskov responded Nov. 24 that Russia had not received")
    r"warned|insisted|acknowledged|noted|indicated|stressed|responded|replied|remarked|commented)(?:\s+on\s+the\s+(?:morning|afternoon|evening|night)\s+of)?"
    r"(?:\s+[\w’'-]+){0,2}\s*$"
    # ("a White House official told the Kyiv Independent on Dec. 1", "told The Associated Press on Monday")
    r"|\btold\s+(?:the\s+)?(?-i:(?:[A-Z][\w’'.-]*\s+){1,4})(?:on\s+)?$"
    r"|\baccording to\s+(?:[\w’'-]+\s+){0,4}$",
    re.I,
)
# ("On Thursday, he had said the next round would take place in early March": the day he spoke.)
_REPORTED_AFTER = re.compile(
    # ("Mr Zelenskyy on Sunday initially responded by stating …")
    r",?\s*(?:(?:he|she|they|we)\s+(?:had\s+)?)?(?:initially\s+)?"
    r"(?:said|told|announced|stated|confirmed|added|wrote|claimed|responded|replied|remarked|commented)\b",
    re.I,
)
# ("Putin on Sunday morning proposed holding talks in Istanbul on May 15", "on Sunday called for
# resuming direct negotiations": the day of the proposal, not of the talks. Not "Ukraine on
# Wednesday called for direct talks between the presidents", said at the talks that day, nor "an
# exchange on Saturday, proposed by the UAE", the plan's day.)
_PROPOSED_AFTER = re.compile(
    # ("had, as early as last Monday, challenged Mr Putin to meet him for face-to-face talks")
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:,?\s+challenged|\s+"
    r"(?:proposed|suggested|offered|called\s+for\s+(?:resuming|holding|the\s+resumption)))\b(?!\s+by\b)",
    re.I,
)


# ("On Sunday, Podolyak said he thought a deal … could be reached soon": a day leading its sentence;
# not "talks, which are set to continue on Saturday, Zelensky said")
_NAMED_AFTER = re.compile(
    r",?\s*(?:[A-Z][\w’'.-]*\s+){1,4}(?:said|told|announced|stated|confirmed|added|wrote|claimed)\b"
)
_LEADS = re.compile(r"\W*(?:[\w’'-]+\W+){0,2}")
_INVERTED = re.compile(
    r",\s*(?:said|added|wrote|claimed)\s+(?:(?:the|a|an|one|two)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:person|people|source|sources|official|officials|diplomat|diplomats|spokes\w+|aide|statement|report)"
    r"|(?-i:[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2}))\s*(?:[,.;]|$)",
    re.I,
)
# (not "mid-May", one month)
_SPAN = re.compile(r"\b(?:and|to|through)\b|(?<!mid)(?<!early)(?<!late)[-–]", re.I)


# ("confirmed the August 15 meeting", "confirmed Friday's talks": a date naming what is told of)
_EVENT_NOUN = r"(?:[\w-]+\s+)?(?:meeting|talks|summit|round|negotiations|exchange|swap|deal|agreement|call)\b"
_NAMES_EVENT = re.compile(rf"['’]s\s+{_EVENT_NOUN}", re.I)
_THE_DATED = re.compile(r"\b(?:the|a|an|its|their|this)\s+$", re.I)
_DATED_EVENT = re.compile(rf"\s+{_EVENT_NOUN}", re.I)


_OWN_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b")


def _clause_end(sentence: str, end: int) -> int:
    """Where the clause holding sentence[end - 1] ends: at its next ";", ":", ", and" or ", but"."""
    found = _OWN_CLAUSE.search(sentence, end)
    return found.start() if found else len(sentence)


def _clause_start(sentence: str, start: int) -> int:
    """Where the clause holding sentence[start] begins, after its last ";", ":" or ", and"."""
    return max((m.end() for m in _OWN_CLAUSE.finditer(sentence, 0, start)), default=0)


@lru_cache(maxsize=65536)  # (a date's tense and its type each ask)
def spoken_on(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] is the day a statement was made ("said on Monday")."""
    if _REPORTED_BEFORE.search(sentence, max(0, start - 60), start):
        # (not the day of what is told of: "The Kremlin confirmed the August 15 meeting")
        # (nor "said Wednesday's talks would take place in Istanbul", "confirmed Wednesday as the
        # planned date")
        return not (
            _NAMES_EVENT.match(sentence, end)
            or re.search(r"['’]s$", sentence[start:end])
            or _AS_THE_DATE.match(sentence, end)
            or (_THE_DATED.search(sentence, max(0, start - 8), start) and _DATED_EVENT.match(sentence, end))
        )
    # (What follows a date is checked for being a span, not what precedes it: "talks on a date
    # between June 20 and June 30, he said" names no day of speaking; "said on May 5-6" cannot be
    # read.)
    if _SPAN.search(sentence, start, end):
        return False
    reported = _REPORTED_AFTER.match(sentence, end)
    # ("Talks would not resume on Wednesday, he added": the day of what is told, ahead; not "The next
    # round will be held in Istanbul, Medinsky on Tuesday told reporters", nor "We will not stop, and
    # Russia struck Kyiv on Tuesday, he added".)
    if (
        reported
        and sentence.startswith(",", end)
        and _FUTURE.search(sentence, _clause_start(sentence, start), start)
    ):
        return False
    if (
        reported
        and _INVERTED.match(sentence, end)
        and not _LEADS.fullmatch(sentence, 0, start)
        and not re.search(r",\s*(?:on\s+)?$", sentence[max(0, start - 4) : start])
    ):
        # ("He is expected to meet with Biden at the White House on Tuesday, said the person": the
        # day of what is told, the teller named after it.)
        return False
    return bool(reported or (_NAMED_AFTER.match(sentence, end) and _LEADS.fullmatch(sentence, 0, start)))


def proposed_on(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] is the day something was proposed ("on Sunday proposed")."""
    return bool(_PROPOSED_AFTER.match(sentence, end))


# "prisoners released on 21 September will remain": a participle dates a past act, unless it is
# one of plans ("scheduled for") or follows "be" ("will be released on").
_PARTICIPLE = re.compile(
    r"\b(?!(?:be|to)\b)\w+\s+(?!(?:scheduled|planned|expected|slated|postponed|delayed|rescheduled|"
    r"proposed|intended|moved|pushed|set|due|anticipated|awaited)\b)(?:\w+ed|held|met|began|took|fought|made|sent|struck)"
    r"\s+(?:on|in)?\s*$",
    re.I,
)
# "had invited Umerov … for follow up talks in Miami on Thursday", "Ukraine proposed further talks on
# a date between June 20 and June 30": talks asked for are ahead of the asking. (Not one "invited by"
# Witkoff who "flew to Florida for talks on Sunday", "was not invited to the talks", nor "proposed
# new talks on Tuesday", the day of the proposal.)
_TALKS_ASKED_FOR = re.compile(
    r"(?:(?<!\bwas )(?<!\bwere )(?<!\bnot )(?<!\bbeen )\binvit(?:ed|es|e|ing)\b(?!\s+by\b)[^.;]{0,120}?\b(?:for|to)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:talks|negotiations|meetings?|a\s+meeting|summit)\b[^.;,]{0,40}?\s(?:on\s+)?"
    r"|\b(?:proposed|suggested|offered)\s+(?:(?:further|new|more|another|direct)\s+)?"
    r"(?:talks|negotiations|meetings?|a\s+meeting)\b[^.;,]{0,30}?\b(?:for|between|from|on\s+a\s+date(?:\s+between)?)\s+)$",
    re.I,
)
# "Zelensky has called on his Russian counterpart, Vladimir Putin, to meet in Turkey on Thursday":
# a meeting asked for is ahead of the asking.
_ASKED_TO_MEET = re.compile(
    # ("said it was still waiting for Ukraine to agree to attend talks in Istanbul on Monday")
    r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:es|ed|ing)|invit(?:es|ed|ing)|challeng(?:es|ed|ing)|ask(?:s|ed|ing)"
    r"|wait(?:s|ing)\s+for)\s+"
    r"[^.;]{0,80}?\bto\s+(?:agree\s+to\s+)?(?:meet|hold\s+talks|sit\s+down|join|attend)\b(?:(?!\b(?:and|but)\b)[^.;,]){0,60}?\s(?:on\s+)?$",
    re.I,
)
# A deadline set is ahead of its setting ("the United States setting a June deadline", "a Thursday
# deadline set by President Donald Trump"); one told in the past is behind ("Russia ignored Trump’s
# Friday deadline", "came and went"; "had set a June deadline last year").
_DEADLINE_SET = re.compile(
    r"(?<!\bhad )\b(?:sets?|setting|gave|given|gives|giving|impos(?:e|es|ed|ing)|issu(?:e|es|ed|ing))\s+"
    r"(?:[\w’'-]+\s+){0,3}?$",
    re.I,
)
_DEADLINE_AFTER = re.compile(r"\s*deadline\b(?P<set>\s+(?:set|given|imposed|issued)\b)?", re.I)
# "has given Zelensky until Thursday to accept the plan", "was given until Thursday to accept": a
# deadline given, whenever given, is ahead; not "stayed in Istanbul until Friday to finalise".
_UNTIL_TO = re.compile(r"\s+to\s+[a-z]")
_GIVEN_UNTIL = re.compile(r"\b(?:gave|given|gives|giving|has|have|had)\s+(?:[\w’'-]+\s+){0,3}?$", re.I)
# "talks scheduled for 4-5 February, following an inaugural session in late January": what a plan
# follows is behind it.
_FOLLOWING = re.compile(
    r"(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )\bfollowing\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:session|round|meeting|talks|summit|exchange|swap)\b[^.,;:]{0,100}?\s+(?:(?:early|mid|late)[- ]?)?$",
    re.I,
)
# "approved the composition of the Russian delegation for talks with Ukraine in Türkiye on 15 May":
# the talks a delegation is named for are ahead of its naming.
DELEGATION_FOR = re.compile(
    r"\bdelegation\s+for\s+(?:the\s+)?(?:talks|negotiations)\b[^.;]{0,60}?\s+on\s*$", re.I
)
_PLANNED_FOR = re.compile(r"\b(?:scheduled|planned|set|slated|expected|due)\s+(?:for|on)\s*$", re.I)
_UNDONE = re.compile(
    r"\s+(?:but\s+)?(?:fell through|collapsed|(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?"
    r"(?:cancell?ed|postponed|called off|scrapped|delayed|put off|derailed|disrupted|frozen))\b"
    # ("an exchange of prisoners was scheduled for Wednesday but one did not take place")
    r"|,?\s+but\s+(?:[\w-]+\s+){0,2}?(?:did\s+not|didn[’']t|never|failed\s+to)\b",
    re.I,
)
_AS_THE_DATE = re.compile(
    r"\s+as\s+(?:the|a|its)\s+(?:(?:planned|proposed|new|target|final)\s+)?(?:deadline|date)\b", re.I
)
# The day a plan was for, before it was put off: "was planned for February 1, but was postponed".
PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|set|slated|expected|due)\s+(?:for|on)\s+$", re.I)
# ("talks … have been moved to Wednesday", "postponed until Monday", "rescheduled for March 10": the
# new day; not "had been delayed until Friday", told of a day since past)
_MOVED_TO = re.compile(
    r"(?<!\bhad been )\b(?:moved|postponed|pushed\s+back|rescheduled|delayed|shifted|put\s+off)\s+(?:back\s+)?"
    r"(?:to|until|till|for)\s+$",
    re.I,
)
# ("The exchange started on Friday and ends on Sunday", "the meeting kicks off on Tuesday": a present
# told of a day is its plan)
_PRESENT_PLAN = re.compile(r"\b(?:ends|begins|starts|resumes|concludes|kicks\s+off)\s+(?:on\s+)?$")
# A present wish to meet, up to the day it names: "Putin … wants to meet on Thursday, in Turkey",
# "hopes to sit down with Putin on Thursday"; not "wanted to" (a wish since told), nor a day told
# after another event: "hopes to meet Putin after the talks in Istanbul on Friday ended", nor a
# day past the wish's clause or quotation: "“… we will seek to hold further talks,” he told reporters
# on Friday".
_WISH_TO_MEET = re.compile(
    r"\b(?:wants?|hopes?|intends?|aims?|seeks?)\s+to\s+(?:meet|hold|sit\s+down|host|travel|visit|convene|attend)\b"
    r"(?:(?!\b(?:after|before|following|since|like|ended|was|were|had)\b)[^.;,“”\"])*$",
    re.I,
)
# (not a plan's participle: "the talks scheduled this Thursday")
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:(?!(?:scheduled|planned|expected|slated)\b)[a-z]{3,}ed|said|spoke|met|held|told|took|began|came|went)\s+$"
)
# A past told after a date, other than the telling of it ("was moved to Wednesday and ended without
# a breakthrough"; not "… moved to Wednesday, officials said").
_PAST_AFTER = re.compile(
    r"(?<!\bhave )(?<!\bhas )(?<!\bhad )(?<!\bbeen )(?<!\bbe )"
    r"\b(?!(?:said|added|noted|stated|reported|announced|claimed|confirmed)\b)[a-z]{3,}ed\b"
    r"|\b(?:took|began|went|came|met|held|broke|fell)\b"
)
_PLAN_CHANGED = re.compile(
    r"\b(?:had\s+(?:originally\s+|initially\s+|first\s+)?been|(?:was|were)\s+(?:originally|initially|first))\s+"
    r"(?P<plan>scheduled|planned|slated|expected|due|set|meant)\b[^.;]*$",
    re.I,
)
# (verbs of telling and meeting, not any "-ed" word: not "Ukrainians displaced by the war vote this
# Sunday", "the long-awaited talks begin this Sunday")
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:said|spoke|met|held|told|took|began|came|went|announced|agreed|reported|stated|confirmed|called"
    r"|discussed|talked|signed|exchanged|returned|released|freed|hosted|received)\b"
)
# A clause's subject before its "and": names ("On Thursday, Russia and Ukraine will …", "On Monday
# afternoon, Federal Chancellor Friedrich Merz (CDU) and … Zelensky are expected"), not a clause of
# its own ("On Monday, Russia put forward a memorandum and Ukraine will study it").
_SUBJECT = re.compile(r"\s*(?:(?:[A-Z][\w’'.-]*|\([A-Z]+\)|of|the|bin|al|von|de)\s+){1,6}")
# "Last week, … on Tuesday": a sentence that opens on it (not "his summit last week …, the Kremlin
# said on Monday", "Last week and again on Tuesday").
_LAST_WEEK = re.compile(r"\W*last\s+week,", re.I)
# (nor a day in another clause, or in what someone said: "Last week, Ukraine agreed to a ceasefire;
# on Tuesday, Putin rejected it", "Last week, Trump said he wants to speak with Putin on Tuesday")
_NOT_LAST_WEEK = re.compile(r"[;:]|,\s+(?:and|but|while)\b|\b(?:said|says|told|wants?|plans?|hopes?)\b")
_FIRST_ROUND_ON = re.compile(r"\bfirst\s+round(?:\s+of\s+(?:talks|negotiations))?\s+(?:on\s+)?$", re.I)
# (a later round told as held or under way: not "hopes a second round will follow the first round of
# talks on Monday")
_LATER_ROUND = re.compile(
    r"\b(?:second|third|next|new)\s+round\b[^.;]{0,80}?\b(?:today|tonight|now|under\s*way|was\s+held"
    r"|took\s+place|began|ended|concluded)\b",
    re.I,
)
_EARLIER_ONES = re.compile(
    r"\b(?:previous|earlier|prior|past)\s+(?:[\w-]+\s+){0,2}?(?:negotiations|talks|rounds?|meetings?|exchanges|swaps)"
    r"\s+(?:(?:in|on)\s+)?(?:\w+\s+and\s+)?$",
    re.I,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|(?:has|have)\s+(?:\w+\s+)?(?:\w+ed|been|held|met|taken|made)"
    # the simple past of what talks and swaps do: "the ministers ... met for the first time"
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bnot )(?<!\bbeen )"
    # ("under a deal reached during peace talks in Istanbul in June")
    r"(?:met|held|began|took place|ended|concluded|signed|reached|exchanged|swapped|freed|launched|travell?ed|visited))\b",
    re.I,
)
# "by the end of August": a deadline, ahead or behind, whichever is nearer.
_DEADLINE = re.compile(
    r"\b(?:by|before\s+the\s+(?:end|start|beginning|middle))(?:\s+the\s+(?:end|start|beginning|middle))?(?:\s+of)?\s*$",
    re.I,
)
# "since the conflict began in 2022", "launched a war about three years ago", "since the Kremlin
# sent troops to Ukraine in February 2022", "Russia's February 2022 attack", "the beginning of
# their invasion more than a month ago", "Russia's 2022 invasion", "its offensive inside Russia
# this month": the war's start (or an offensive's), told as background to a sentence about
# something else.
_WAR_BEFORE = re.compile(
    r"(?i:\binvasion|\binvaded|\bto\s+invade|\boffensive|\bincursion|\boutbreak|\battack(?:ed)?|\b(?:sent|mobili[sz]ed)\s+(?:its\s+)?(?:troops|forces|army)"
    # ("defended Mariupol during the Russian siege of the port city in 2022")
    r"|\bsiege(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:city|port|plant|[A-Z][\w-]*))?"
    # ("the conflict in Ukraine, which began in February 2022", "after the Russian special military
    # operation began on February 24")
    # ("since the conflict between Russia and Ukraine started on February 24")
    r"|\b(?:war|conflict|hostilities|invasion|offensive|military\s+operation)"
    r"(?:\s+(?:in|on|with|against|between)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+and\s+[A-Z][\w’'-]*)?)?"
    r",?\s+(?:(?:which|that)\s+)?(?:began|started|broke out|erupted)"
    # ("their largest prisoner exchange since the onset of their conflict on Feb. 24")
    # ("the first trilateral talks since the outbreak of the Ukraine crisis in February 2022")
    r"|\b(?:onset|outbreak|start|beginning)\s+of\s+(?:(?:the|their|this|its)\s+)?(?:full[- ]scale\s+)?"
    r"(?:[A-Z][\w’'-]*\s+)?(?:war|conflict|invasion|hostilities|crisis"
    # ("Since the beginning of the Russian "special military operation" in February last year")
    r"|[\"“]?special military operation[\"”]?)"
    # ("one of the largest since the conflict’s onset in February 2022")
    r"|\b(?:war|conflict|invasion|hostilities)[’']s\s+(?:onset|outbreak|start|beginning)"
    # ("since Putin launched his full-scale war in February 2022")
    r"|\b(?:launched|started|began|unleashed|ordered|waged)\s+(?:a|the|its|their|his)\s+(?:full[- ]scale\s+)?"
    r"(?:war|invasion|offensive))"
    # ("launched a full-scale invasion of its neighbor in February 2022")
    r"(?:\s+(?i:in|of|on|to|against|into|inside|more than|about|nearly|almost|over|some|its|their"
    # ("since Russia invaded the country in 2022")
    r"|neighbou?r|country|the|the latter|the former)\b|\s+[A-Z][\w’'-]*)*\s*$"
)
# ("held since 2014, 2016, and 2017": each year of the list)
_SINCE = re.compile(
    # ("A total of 1,183 prisoners were freed from February 24": all freed since then)
    r"\btotal\s+of\s+[\d,]+\s+(?:[\w-]+\s+){0,3}?(?:were|have\s+been)\s+(?:freed|released|returned)\s+from\s+$"
    # ("held captive since the spring of 2022")
    r"|\bsince\s+(?:(?:early|mid|late|the\s+(?:start|beginning|end|spring|summer|autumn|fall|winter)(?:\s+of)?)"
    r"[-\s]+)?"
    r"(?:(?:19|20)\d\d(?:,\s+|,?\s+and\s+|,\s+and\s+))*$"
    # ("the first such talks since Ukraine unilaterally withdrew from dialogue in 2022", "held captive
    # since Moscow seized the Azovstal steel plant in May 2022"; not "the largest exchange since the
    # beginning of the war took place on September 22")
    r"|\bsince\s+(?!the\s+(?:beginning|start|outbreak|onset)\b)[^,.;:()—–]{0,40}?"
    r"\b(?:withdrew|walked\s+away|broke\s+(?:off|down)|collapsed|stalled|ended|suspended|froze|seized|"
    r"captured|occupied|launched|invaded|annexed)\b"
    # (its object, up to the date; not past the sentence's own verb: "… since the Istanbul round
    # collapsed in 2022 were held on Friday")
    r"(?:\s+(?!(?:were|was|is|are|will|would|took|held|have|has|had|and|but)\b)[\w’'-]+){0,5}?\s*$",
    re.I,
)
_SINCE_OPENS = re.compile(r"since\b", re.I)  # the date expression "since 2022" holds the word
_WAR_AFTER = re.compile(
    r"\s*(?i:full[- ]scale\s+|military\s+)?(?i:invasion|war|offensive|attack)\b"
    # ("four days after President Vladimir Putin ordered his full-scale invasion")
    r"|\s+(?:[\w.'’-]+\s+){0,5}?(?:ordered|launched|began|started|unleashed)\s+(?:(?:his|its|the|a|their)\s+)?"
    r"(?i:full[- ]scale\s+)?(?i:invasion|war|offensive)\b"
)


# "the city of Mariupol, which fell to Russian forces in May 2022", "servicemen who defended the
# Azovstal steel mill in the port of Mariupol in 2022": a battle's date, not an event's.
# ("The bodies of 210 soldiers who defended … Mariupol were transported to Kyiv on Tuesday": the
# sentence's own verb stands between, and the day is the transfer's.)
_FELL = re.compile(
    r"(?:\b(?:fell|was (?:captured|seized|occupied|taken))\s+(?:to|by)\s+[^,.;]{0,30}?"
    r"|\b(?:defended|fought\s+(?:in|for|at))\b(?:(?!\b(?:were|was|have|has|had)\b)[^,.;]){0,60}?)\s+(?:(?:in|on)\s+)?$"
)
# "the bodies of prisoners of war who had died in a plane crash in Belgorod Oblast in January": when
# they died, not when their bodies came home (unless a verb of the return stands between).
_DIED = re.compile(
    r"\b(?:who|that)\s+(?:had\s+)?(?:died|perished|been\s+killed|were\s+killed|was\s+killed)\b"
    r"(?:(?!\b(?:were|was|are|is|have|has|had|been|exchanged|exchange|swap|swapped|released|returned|handed|came"
    r"|arrived|repatriated|transferred|received|brought)\b)[^,;.])*$",
    re.I,
)
# "a regiment that was founded nine years ago", "established in 2014": a founding, not an event.
# (A birth is a beginning too: "nine servicemen of the Russian Federation born in 2002-2003".)
_FOUNDING_WORDS = r"\b(?:founded|established|formed|created|set up|born)"
_FOUNDED = re.compile(rf"{_FOUNDING_WORDS}\s+(?:(?:in|on)\s+)?$", re.I)
# Any word of a founding, looked for before a sentence's dates are framed one by one.
FOUNDING_WORD = re.compile(rf"{_FOUNDING_WORDS}\b", re.I)


# "around 30 people that Ukraine captured in Russia's Kursk region last year": when they were taken,
# unless a verb of their return stands between ("captured in Mariupol were exchanged on Friday").
_CAPTURED = re.compile(
    # ("most of whom ended up in captivity back in 2022")
    r"\b(?:captured|taken (?:prisoner|captive)|abducted|kidnapped|stolen|deported"
    r"|(?:ended|ending|end) up in captivity|(?:fell|fallen|taken) into captivity"
    # ("nearly two years after their arrest on November 16, 2022")
    r"|arrested|(?:their|his|her)\s+(?:arrest|capture|detention|abduction))\b"
    r"(?:(?!\b(?:were|was|are|is|have|has|had|been|exchanged|exchange|swap|swapped|released|returned|freed|handed"
    r"|came|brought|repatriated)\b)[^,;.])*$",
    re.I,
)


_ARRIVED = re.compile(
    # ("have arrived in Turkey’s largest city Istanbul on Monday")
    r"\b(?:arrived|arrives|arriving|landed|flew|arrival)(?:\s+(?:in|at|to)\s+(?:[A-Z][\w-]*[’']s\s+(?:[a-z]+\s+){1,2})?"
    r"[A-Z][\w-]*(?:,?\s+[A-Z][\w-]*)?)?"
    # ("arrived in Saudi Arabia ahead of ceasefire talks on Monday": the day of the journey)
    r"(?:\s+ahead\s+of\s+(?:[\w-]+\s+){0,3}?(?:talks|negotiations|meeting))?"
    r"\s+(?:on\s+|late\s+|early\s+)?$"
    # ("has arrived in Abu Dhabi following a visit to Israel on Tuesday": the journey's days; but
    # "held talks … in a visit to Miami in December": talks of the visit's days)
    r"|(?<!\bin a )(?<!\bon a )(?<!\bduring a )\b(?:visit\s+to|visited|visiting)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:on\s+)?$"
    # ("A Ukrainian delegation was heading to Geneva on Monday for another round")
    r"|\b(?:heading|headed|travell?(?:ing|ed)|departed|departing|left|leaving|set\s+off|en\s+route)\s+(?:to|for)\s+"
    r"[A-Z][\w-]*(?:,?\s+[A-Z][\w-]*)?\s+(?:on\s+|late\s+|early\s+)?$"
)


# "arrived in Berlin on Sunday, December 14, where the first round of talks ... took place on the
# same day": the day of the talks too.
_WHERE_TALKS = re.compile(r",?\s*(?:where|when)\b[^.;]{0,80}?\b(?:talks|negotiations|round|meeting)\b", re.I)


# "On 15 May, President Volodymyr Zelenskyy arrived in Türkiye for talks": a date leading the
# sentence, then who arrived.
_ARRIVED_AFTER = re.compile(
    r",?\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|[a-z]+(?=\s+[A-Z]))\s+){1,6}(?:arrived|landed|flew)\b"
)


# (Not "two days after May 16", a day counted from another.)
_BOUND = re.compile(
    r"(?<!\bday )(?<!\bdays )(?<!\bweek )(?<!\bweeks )(?<!\bhours )(?<!\bmonths )"
    r"\b(?:after|not\s+before|no\s+(?:earlier|sooner)\s+than)\s+$",
    re.I,
)


_TO_END = re.compile(r"\b(?:to\s+end|ending|end\s+to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)


@lru_cache(maxsize=65536)  # (extraction, classing and inferring a year each ask of one date)
def frame_of(sentence: str, start: int, end: int) -> str | None:
    """What the date at sentence[start:end] is when it is not the day of the sentence's event:
    "founding" ("founded nine years ago", "born in 2002"), "war" (the war's start, told as background),
    "deadline" ("by the end of August"), "capture" (when people were taken: "captured in Kursk last
    year"), "death" (when they died), "arrival" ("the delegation arrived Sunday in Gomel": the journey, not the talks), "bound"
    ("to hold the next round after 22 June": a day the event is to follow) or
    "since" (the time since which: "the first talks since 2022")."""
    before = sentence[max(0, start - 80) : start]
    if _FOUNDED.search(before):
        return "founding"
    war = _WAR_BEFORE.search(before)
    # ("The second round of talks … to end Moscow's war began on Feb. 4": the war the talks are to
    # end, not its start.)
    if war and _TO_END.search(before, 0, war.start()):
        war = None
    if war or _WAR_AFTER.match(sentence, end) or _FELL.search(before):
        return "war"
    # (The weekday's own "by": "the plan was down from 28 points to 19 by Monday".)
    if _DEADLINE.search(before) or re.match(r"by\s", sentence[start:end], re.I):
        return "deadline"
    # ("had been captured after Russian forces took the giant Azovstal steelworks in the port city
    # of Mariupol in May": a capture told at length)
    if _CAPTURED.search(sentence, max(0, start - 140), start):
        return "capture"
    if _DIED.search(before):
        return "death"
    # ("proposing to hold the next round of talks … in Istanbul after 22 June": not before that day)
    if before.rstrip().lower().endswith(("after", "before", "than")) and _BOUND.search(
        before, len(before) - 40
    ):
        return "bound"
    leads = re.fullmatch(r"[\W\s]*(?:on\s+)?", sentence[:start], re.I)
    if (
        _ARRIVED.search(before) or (leads and _ARRIVED_AFTER.match(sentence, end))
    ) and not _WHERE_TALKS.match(sentence, end):
        return "arrival"
    # (A year of the list may hold its comma: ", 2016" after "since 2014".)
    listed = before + (m.group(0) if (m := re.match(r"\W*(?:and\s+)?", sentence[start:end])) else "")
    return "since" if _SINCE.search(listed) or _SINCE_OPENS.match(sentence, start) else None


# "KYIV,", "TIANJIN /China/,", "BELOVEZHSKAYA PUSHCHA (Belarus),": TASS names a foreign place's
# country between slashes or in parentheses.
# ("MOSCOW/KYIV, Jan 29 (Reuters) -": two places at once)
_DATELINE_PLACE = (
    r"[A-Z][A-Z.'’ -]+(?:/[A-Z][A-Z.'’ -]+)*(?:\s*/[A-Z][\w ]*/|\s*\([A-Z][\w ]*\))?(?:,\s*[A-Z][\w.]*)*,"
)
# The ways a wire report opens with its own date: "KYIV, June 20 (Reuters) -" and "ISTANBUL, June 2.
# /TASS/." (a place in capitals, a date, an optional agency, a dash or TASS's slashes); "Aug. 14
# (UPI) --" (no place, so the agency is required); "ABU DHABI, (UrduPoint / WAM - 30th Dec, 2024)"
# (the date inside the agency's parentheses).
# ("(Adds details) CAIRO, June 25 (Reuters) -": a wire's note on the version, before its dateline)
_WIRE_NOTE = r"(?:\((?:Adds|Updates|Recasts|Corrects|Refiles|Changes)\b[^()\n]{0,60}\)\s*)?"
DATELINES = (
    re.compile(
        rf"\A{_WIRE_NOTE}{_DATELINE_PLACE}\s+(?P<date>[^()\n]{{3,30}}?)\s*"
        # (a dateline on a line of its own ends at its dash)
        r"(?:,?\s*(?:\([^)\n]*\)\s*)?(?:[-–—]+(?:\s|\Z)|:\s)|\.?\s*/[A-Z][\w -]*/\.?)"
    ),
    re.compile(rf"\A{_WIRE_NOTE}(?P<date>[A-Z][^()\n]{{2,25}}?)\s*\([A-Z][\w .-]{{1,30}}\)\s*[-–—]+\s?"),
    re.compile(rf"\A{_WIRE_NOTE}{_DATELINE_PLACE}\s*\([^()\n]*?[-–—,]\s*(?P<date>[^()\n]{{3,30}}?)\)"),
    # ("Istanbul, March 29 :  Russia has agreed …", "New Delhi (India) May 17: In less than two
    # hours …", "Paris, April 5 (UrduPoint / Pakistan Point News - 5th Apr, 2022 ) :When Turkey …":
    # South Asian wires' place in title case, then a colon; "Istanbul, July 26 (IANS) Turkish
    # President …": or the agency alone; "Kiev/Moscow, Feb 1, (dpa/GNA) – Ukraine and Russia have …":
    # or a comma, the agency and a dash)
    re.compile(
        rf"\A[A-Z][a-z]+(?:/[A-Z][a-z]+)?(?: [A-Z][a-z]+)?(?: \([A-Z][a-z]+\))?,?\s+"
        rf"(?P<date>(?:{MONTH_NAMES})\.? \d{{1,2}})"
        r"(?:\s*(?:\([^()\n]*\)\s*)?:(?:\s|(?=[A-Z]))|\s*\([A-Z][\w .-]{1,30}\)\s+(?=[A-Z])"
        r"|,?\s*\([^()\n]{1,30}\)\s*[-–—]+\s)"
    ),
)


# "DUBAI - The United Arab Emirates said...", "KYIV (Reuters) -", "(Bloomberg) --": a dateline
# without its date.
_PLACE_LINE = re.compile(
    r"\A(?:[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.]*)*(?:\s*\([^)\n]*\))?|\([A-Z][\w .-]{1,30}\))\s*[-–—]+\s"
)


def opens_with_place(sentence: str) -> bool:
    """Whether a sentence opens with a dateline that names its place only."""
    return bool(_PLACE_LINE.match(sentence))


def dateline_alone(sentence: str) -> bool:
    """Whether a sentence is a dateline and nothing more ("ISTANBUL, June 2. /TASS/.")."""
    return any(pattern.fullmatch(sentence.strip()) for pattern in DATELINES)


def dateline(sentence: str, mentions: list[Mention]) -> Mention | None:
    """The mention a sentence opens with when it opens with a dateline: the report's own date."""
    # (Of the patterns that match, the one whose date is a mention: "Milan, June 4 (LaPresse) –"
    # is no agency line dated "Milan, June 4", but a place and its date.)
    starts = {match.start("date") for pattern in DATELINES if (match := pattern.match(sentence[:200]))}
    return next((m for m in mentions if m.start in starts and m.kind == "date"), None)


def dateline_end(sentence: str) -> int:
    """Where the dateline a sentence opens with ends (0 without one): a date within it, as in
    "Paris, April 5 (UrduPoint / Pakistan Point News - 5th Apr, 2022 ) :", is the report's too."""
    return next((match.end() for pattern in DATELINES if (match := pattern.match(sentence[:200]))), 0)


_PREPOSITIONS = ("before", "after")
# Words of a clause that tell no act of their own.
_NO_ACT = "though|however|then|also|still|even|yet"
# ("I worked around the clock", "we started losing contact": a person's past, whatever follows)
_PRONOUN_PAST = re.compile(r"\b(?:I|we|he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]{2,}ed\b")


class Clauses:
    """A sentence's clause breaks and tense cues, found once: each mention's tense is then read
    from its neighbourhood without scanning the sentence again (extraction stays linear)."""

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        breaks = list(CLAUSE_BREAK.finditer(sentence))
        self.starts = [m.start() for m in breaks]  # every break, where it starts
        # Where each break that may open a clause ends: "before" and "after" are prepositions too.
        self.ends = [m.end() for m in breaks if m.group(0) not in _PREPOSITIONS]
        # For typing a date by its clause, "and" joins ("talks and an exchange on Friday").
        joined = [m for m in breaks if m.group(0) != "and"]
        self.joined = ([m.start() for m in joined], [m.end() for m in joined])

    # The tense cues, found when a date is first read: most sentences name none.
    @cached_property
    def future(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _FUTURE.finditer(self.sentence)]

    @cached_property
    def past(self) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _PAST.finditer(self.sentence)]

    def clause(self, start: int, end: int, keep_and: bool = False) -> tuple[int, int]:
        """The bounds of the clause holding sentence[start:end]."""
        starts, ends = self.joined if keep_and else (self.starts, self.ends)
        i = bisect.bisect_right(ends, start)
        j = bisect.bisect_left(starts, end)
        return (ends[i - 1] if i else 0), (starts[j] if j < len(starts) else len(self.sentence))

    def tense(self, start: int, end: int) -> bool | None:
        """Whether sentence[start:end] is ahead (True), behind (False) or either (None): "said on
        Monday that talks will resume on Wednesday" puts Monday behind and Wednesday ahead."""
        s = self.sentence
        before = s[max(0, start - 40) : start]
        # ("Zelensky confirmed Wednesday as the planned date for the dialogue"; not "had proposed
        # Wednesday as the date for the talks, which took place in Istanbul")
        if (as_the := _AS_THE_DATE.match(s, end)) and not self._told_past_after(as_the.end()):
            return True
        if (
            spoken_on(s, start, end)
            or proposed_on(s, start, end)
            # ("Zelensky suggested earlier this week that it might be postponed")
            or re.search(r"\b(?:since|ago|earlier)\s*$", before[-9:], re.I)
            or _PARTICIPLE.search(before)
            or _FOLLOWING.search(s, max(0, start - 160), start)
            # ("the same venue where previous negotiations in May and June failed")
            or _EARLIER_ONES.search(before)
            # ("she had hoped her brother might be released in the first part of the exchange on
            # Friday": a hope already past)
            or _HAD_HOPED.search(s, max(0, start - 120), start)
            # ("The second round of talks … is set to take place today, with … the same
            # representatives present at the first round of talks on Monday": the one before it)
            or (_FIRST_ROUND_ON.search(before) and _LATER_ROUND.search(s, 0, start))
        ):
            return False
        # "Witkoff also confirmed the continuation of the talks on Monday": what goes on is ahead.
        if re.search(
            r"\bcontinuation\s+of\s+(?:the\s+)?(?:talks|negotiations|meetings?)\s+(?:on\s+)?$", before, re.I
        ):
            return True
        if DELEGATION_FOR.search(s, max(0, start - 120), start):
            return True
        # ("talks … have been moved to Wednesday", "postponed until Monday": the new day is ahead)
        if put_off_to(s, start, end) is not None and not self._told_past_after(end):
            return True
        if _PRESENT_PLAN.search(before) or _WISH_TO_MEET.search(s, max(0, start - 120), start):
            return True
        # ("Leavitt confirmed Tuesday that the president's expectations for his Friday meeting with
        # Putin aren't as high": what is expected of it is still ahead)
        # (Not "Expectations for Monday's talks had been low", "… for his Friday meeting were not met";
        # a comparison's past is none: "aren't as high as they were earlier this year".)
        if re.search(
            r"\bexpectations\s+(?:for|of)\s+(?:(?:his|her|their|its|the|this)\s+)?$", before, re.I
        ) and not self._told_past_near(
            start, (like.start() if (like := _AS_THEY_WERE.search(s, end)) else len(s)), start, end
        ):
            return True
        # ("... stretched over four hours on Tuesday, ... ahead of Wednesday's continuation"; not
        # "Ahead of Friday's talks, … Zelensky said", told the day after)
        if re.search(r"\bahead\s+of\s+$", before, re.I) and re.match(
            r"(?:[’']s)?\s+(?:continuation|resumption)\b", s[end:]
        ):
            return True
        # ("Tensions rise ahead of Friday’s US–Russia summit", "edges higher on Thursday, …, ahead of
        # the Friday US-Russia summit": what a present looks ahead to.)
        if re.search(r"\bahead\s+of\s+(?:the\s+)?$", before, re.I) and not self._told_past_near(
            0, len(s), start, end
        ):
            return True
        # "A swap scheduled for January 24 fell through": a plan undone, said before or after its day;
        # so is "The meeting had originally been planned for Sunday", "were initially expected to take
        # place … on Saturday".
        # (Not "… had originally been planned for Sunday, will now take place on Monday", told before
        # either day.)
        if (_PLANNED_FOR.search(before) and _UNDONE.match(s, end)) or (
            (changed := _PLAN_CHANGED.search(s, max(0, start - 120), start))
            and not _FUTURE.search(s, 0, changed.start())
            and not _FUTURE.search(s, changed.end("plan"), start)
            and not _FUTURE.search(s, end, _clause_end(s, end))
        ):
            return None
        # ("Umerov said the meeting was scheduled for Wednesday", "unlikely to meet for planned talks on
        # Wednesday": a plan, as said, looks ahead.)
        if re.search(
            r"\b(?:scheduled|planned|slated)\s+(?:for|(?:talks|meeting|negotiations)\s+(?:on\s+)?)\s*$",
            before,
            re.I,
        ):
            return True
        # "He called for direct talks with Ukraine starting Thursday in Istanbul": what is called
        # for, or offered, starts ahead of the call.
        if re.search(
            r"\b(?:call(?:s|ed)?\s+for|invit\w+|propos\w+|offer\w*|suggest\w*)\b[^.;]{0,80}?"
            r"\b(?:starting|beginning)\s+(?:on\s+)?$",
            s[max(0, start - 120) : start],
            re.I,
        ):
            return True
        if _TALKS_ASKED_FOR.search(s, max(0, start - 200), start) or _ASKED_TO_MEET.search(
            s, max(0, start - 160), start
        ):
            return True
        # "a meeting as early as Thursday"; "Tuesday marks the fourth anniversary": ahead.
        if re.search(r"\bas (?:early|soon) as\s*$", before, re.I) or (
            not re.search(r"\w", s[:start]) and re.match(r"\s+(?:marks|is|will)\b", s[end:])
        ):
            return True
        left, right = self.clause(start, end)
        # "an incident in January when a plane was shot down": the clause after "when" tells it.
        told_when = None
        if when := re.match(r",?\s*when\b", s[right:]):
            told_when = right + when.end()
            right = self.clause(told_when, told_when)[1]
        alone = not re.search(r"\w{3,}", s[left:start] + s[end:right])
        opening = alone and not left
        if alone:
            # A date standing alone takes the tense of its neighbour: "In May, Russia released ..."
            # that of the clause after it, "... over two days, Thursday and Friday" the one before.
            if re.search(r"\w", s[right : right + 3]) or (right < len(s) and not left):
                following = self.clause(right + 1, right + 1)[1]
                if s.startswith("and", following) and _SUBJECT.fullmatch(s, right + 1, following):
                    # ("On Thursday, Russia and Ukraine will begin …": the subject's "and" splits no
                    # clause; not "On Monday, Putin and Trump spoke … and the Kremlin will publish")
                    following = self.clause(following + 4, following + 4)[1]
                right = following
            elif left:
                left = self.clause(left - 1, left - 1)[0]
        if _within(self.future, left, right):
            return True
        if deadline := _DEADLINE_AFTER.match(s, end):
            return bool(
                deadline["set"] or _DEADLINE_SET.search(s, max(0, start - 60), start)
            ) or not self._told_past_near(left, right, start, end)
        if re.match(r"until\b", s[start:end], re.I) and _UNTIL_TO.match(s, end):
            return bool(_GIVEN_UNTIL.search(s, max(0, start - 60), start)) or not self._told_past_near(
                left, right, start, end
            )
        if _DEADLINE.search(before):
            return None
        if _within(self.past, left, right):
            return False
        # ("the tense Oval Office meeting in February, when Trump sharply criticized Zelenskyy": any
        # simple past tells it.)
        if told_when is not None and _SIMPLE_PAST.search(s, told_when, right):
            return False
        # "On 21 September, as part of an exchange with the Russian occupiers, 215 Ukrainian
        # defenders were released": an opening date whose neighbour has no tense is behind when
        # the next tense is a passive past (not "On Monday, Bruce mentioned that they would meet").
        if opening:
            behind, ahead = _first_after(self.past, right), _first_after(self.future, right)
            if behind is not None and (ahead is None or behind < ahead) and _PASSIVE_PAST.match(s, behind):
                return False
        # ("When talks … resume on Monday, the safety of Black Sea navigation will be on the agenda":
        # an opening "when" clause is in the tense of the main clause after it.)
        if _OPENING_WHEN.match(s) and not re.search(r"[,;:]", s[:start]):
            if _SIMPLE_PAST.search(s, 0, right) or _IRREGULAR_PAST.search(s, 0, right):
                return False  # ("When Witkoff arrived in Moscow for talks on Monday, …")
            ahead, behind = _first_after(self.future, right), _first_after(self.past, right)
            if ahead is not None and (behind is None or ahead < behind):
                return True
        # ("… will benefit peace process, the Turkish president told his Ukrainian counterpart over
        # phone on Friday": the clause's own past verb, not the future before it.)
        if (
            _TOLD.search(s, left, start)
            and (re.match(r"on\s", s[start:end], re.I) or before.endswith("on "))
            and not _AHEAD_MAYBE.search(s, left, right)
        ):
            return False
        # A clause with no tense of its own goes on in the last one named before it: "said on
        # Monday he will meet the teams of Ukraine and Russia on Tuesday"; not past a quotation's end.
        cue = max(_last_before(self.future, left), _last_before(self.past, left))
        if cue < 0 or re.search(r"[\"”]", s[cue:start]):
            return None
        return cue == _last_before(self.future, left)

    def _told_past_after(self, end: int) -> bool:
        """Whether a simple past follows sentence[:end] ("was moved to Wednesday and ended without a
        breakthrough")."""
        return bool(_PAST_AFTER.search(self.sentence, end))

    def _told_past_near(self, left: int, right: int, start: int, end: int) -> bool:
        """Whether the clause [left, right) of sentence[start:end] tells a past within reach of the
        date, by any simple past ("Russia ignored Trump’s Friday deadline", "came and went"; not "is
        not met")."""
        s = self.sentence
        a, b = max(left, start - _VERB_REACH), min(right, end + _VERB_REACH)
        return (
            _within(self.past, left, right)
            or bool(_SIMPLE_PAST.search(s, a, b))
            or any(not s.endswith("not ", 0, v.start()) for v in _IRREGULAR_PAST.finditer(s, a, b))
        )

    @cached_property
    def may_look_ahead(self) -> bool:
        """Whether the sentence may tell something ahead (`_AHEAD_MAYBE`), read once per sentence."""
        return bool(_AHEAD_MAYBE.search(self.sentence))

    def told_past(self, start: int, end: int) -> bool:
        """Whether the clause of sentence[start:end] (or the one a date standing alone opens) tells
        something done, in a sentence that looks nowhere ahead: "In March, he tried to leave
        Russia", "In late February, Zelensky said that ...", "Since Russia invaded Ukraine in
        February". Not in a sentence that may look ahead (`_AHEAD_MAYBE`: "said he hoped to meet Putin
        in December", "a deal by early September"), nor where a span ends ("extended the deadline from
        February 28 to April 1")."""
        s = self.sentence
        before = s[max(0, start - 40) : start]
        # ("Until May, I worked around the clock": an opening "until" is no span's end.)
        ends_span = re.search(r"\b(?:to|until|till|through)\s+$", before)
        if (
            self.future
            or self.may_look_ahead
            or (ends_span and re.search(r"\w", s[: max(0, start - 40) + ends_span.start()]))
        ):
            return False
        left, right = self.clause(start, end)
        spans = [(left, right)]
        # A date standing alone goes with its neighbours: "In May, Russia released ...", "three
        # rounds — May 16, June 2, and July 23".
        if not re.search(r"\w{3,}", s[left:start] + s[end:right]):
            # Past what tells no act, to the first clause that does: "On July 29, after 9 a.m., we
            # began to learn", "In late March, though, we started losing contact", "On March 10, when
            # the paramedics and I arrived". (Not past what came before or after the date: "On July
            # 1, after parliament approved the law, the new rules take effect".)
            starts, ends = self.joined
            first = bisect.bisect_left(starts, right)
            for j in range(first, min(first + 4, len(starts))):
                a, b = ends[j], starts[j + 1] if j + 1 < len(starts) else len(s)
                if re.search(rf"\b(?!(?:{_NO_ACT})\b)[A-Za-z]{{3,}}", s[a:b]) and s[starts[j] : a] not in (
                    "after",
                    "before",
                ):
                    spans.append((a, b))
                    break
            for _ in range(3):  # back past the other dates of a list
                if not left:
                    break
                left, right = self.clause(left - 1, left - 1)
                spans.append((left, right))
        # (within reach of the date: a clause without breaks may run on for pages)
        near = [(max(a, start - _VERB_REACH), min(b, end + _VERB_REACH)) for a, b in spans]
        return any(
            _SIMPLE_PAST.search(s, a, b) or _IRREGULAR_PAST.search(s, a, b) or _PRONOUN_PAST.search(s, a, b)
            for a, b in near
        )


_TOLD = re.compile(r"\b(?:told|said|stated|announced|added|noted|stressed)\b")
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)
_OPENING_WHEN = re.compile(r"\W*(?:When|Once|If|As soon as|Until)\b")


def _within(spans: list[tuple[int, int]], left: int, right: int) -> bool:
    """Whether one of `spans` (sorted, not overlapping) lies inside [left, right)."""
    i = bisect.bisect_left(spans, (left, 0))
    return i < len(spans) and spans[i][1] <= right


# "one day before US President Donald Trump …": "before" opens what the count is from.
_BEFORE_WHAT = re.compile(r"\s+(?!(?:that|then|this|and|or|but)\b)[\w\"“]")


# (A verb, not an adjective before its noun: "when the wounded soldiers return", "the US-brokered
# ceasefire", "two hundred soldiers".)
_SIMPLE_PAST = re.compile(
    r"(?<![\w-])(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?!hundred\b)[a-z]{3,}ed"
    # ("consisted of", "accused of")
    r"(?=\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|to|that|in|on|at|with|over|out|up|down|off|of)\b)|\s*[.,;]|\s*$)"
)
_VERB_REACH = 200  # characters either side of a date read for the verb that tells it
# (Not a participle: "can be held in May", "the US-led plan".)
_IRREGULAR_PAST = re.compile(
    r"(?<![\w-])(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bwas )(?<!\bwere )"
    r"(?:said|told|took|began|went|came|sent|gave|saw|fought|lost|won|fell|became|brought|knew|kept|ran"
    r"|wrote|spoke|rose|found|got|flew|paid|made|held|met|struck|stood|drew|broke|chose)\b"
)
# What a sentence may tell ahead of its past verbs: "said the next exchange should take place in
# December", "said he hoped to meet Putin in December", "the sides agreed to exchange prisoners in
# December", and a deadline ("by the end of August").
_AHEAD_MAYBE = re.compile(
    r"\b(?:can|could|may|might|should|must|would|will|shall|next|upcoming|coming|ready|possible|likely"
    r"|hope[sd]?|hoping|wants?|wanted|expects?|expected|plans?|planned|intends?|intended|aims?|aimed"
    r"|propos\w+|offer\w*|agreed\s+to|promised|pledged|vowed|asked|urged|called\s+for|dates?\s+of"
    r"|by\s+(?:the\s+)?(?:end|start|beginning|middle|early|mid|late))\b"  # (lower case: not "in May")
)
_PASSIVE_PAST = re.compile(r"(?:was|were)\s+(?:\w+ly\s+)?[a-z]+ed\b")


def _first_after(spans: list[tuple[int, int]], right: int) -> int | None:
    """Where the first of `spans` (sorted) that starts at or after `right` starts, if one does."""
    i = bisect.bisect_left(spans, (right, 0))
    return spans[i][0] if i < len(spans) else None


def _last_before(spans: list[tuple[int, int]], left: int) -> int:
    """Where the last of `spans` (sorted) that ends before `left` ends, or -1."""
    i = bisect.bisect_right(spans, (left, 0))
    return next((e for _, e in reversed(spans[:i]) if e <= left), -1)


def put_off_to(sentence: str, start: int, end: int) -> int | None:
    """Where the postponement that names the date at sentence[start:end] as its new day begins
    ("postponed to February 4-5"; "postponed until Wednesday", a weekday's mention holding its
    "until"), or None."""
    lead = max(0, start - 40)
    until = re.match(r"(?:until|till)\s", sentence[start:end], re.I)
    moved = _MOVED_TO.search(sentence[lead:start] + (until[0] if until else ""))
    return lead + moved.start() if moved else None


# What may open a sentence before its time: "Only three days after the talks, …"
_OPENS = re.compile(r"\W*(?:(?:only|just|barely|some)\s+)?", re.I)


def _ahead_after(sentence: str, start: int) -> bool:
    """Whether what follows a time opening its sentence looks ahead in its own words, not in a
    speech it reports: "Later in the evening, … he is also scheduled to hold talks"; not "Later in
    the day, Zelensky said the talks … will continue"."""
    future = _FUTURE.search(sentence, start)
    return bool(future) and not _TOLD.search(sentence, start, future.start())


def is_future(sentence: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the clause around sentence[start:end] looks ahead."""
    return Clauses(sentence).tense(start, len(sentence) if end is None else end) is True


def infer_year(
    text: str, mentions: list[Mention], reference: dt.date, background: Sequence[Mention] = ()
) -> YearInference | None:
    """The year of an article with no publication date, from the evidence in its text.

    A weekday paired with a date fixes the year among the plausible ones: from EARLIEST_YEAR
    (or later, when the text says so) up to `reference`, the report's as-of date. Failing that,
    the latest year stated in a full date is taken (not one of `background`, which the text tells
    as the war's start or a time since which: "the 57th exchange since Russia's February 2022
    full-scale invasion" is no sign of the article's year); failing that, the one year from the
    latest year the text names up to `reference` that holds every day it names.
    """
    floor, why_floor = dt.date(EARLIEST_YEAR, 1, 1), "the conflict's start"
    for pattern, bound, why in _EVIDENCE:
        if pattern.search(text) and bound > floor:
            floor, why_floor = bound, why
    for m in mentions:
        if m.kind in ("date", "month", "year") and m.year and dt.date(m.year, 1, 1) > floor:
            floor, why_floor = dt.date(m.year, 1, 1), f"the text mentions '{m.text.strip()}'"

    paired = [m for m in mentions if m.kind == "date" and m.weekday is not None and m.year is None]
    if paired:
        years: set[int] | None = None
        for m in paired:
            fits = {
                y
                for y in range(floor.year, reference.year + 1)
                if (d := _safe_date(y, m.month, m.day))
                and floor <= d <= reference
                and d.weekday() == m.weekday
            }
            years = fits if years is None else years & fits
        if years:
            year = max(years)
            cue = m.text.strip()
            weekday = calendar.day_name[m.weekday]
            window = f"from {floor.year} ({why_floor}) to {reference.year} (the as-of year)"
            if len(years) == 1:
                how = f"the only year {window} in which '{cue}' is a {weekday}"
            else:
                others = ", ".join(str(y) for y in sorted(years - {year}))
                how = f"the latest year {window} in which '{cue}' is a {weekday} (so is {others})"
            return YearInference(year, f"the article gives no publication date; {year} is {how}")
    stated = [
        m for m in mentions if m.kind in ("date", "month") and m.year and all(m is not b for b in background)
    ]
    days = [m for m in mentions if m.kind == "date" and m.year is None and m.month and m.day]
    last = max(stated, key=lambda m: (m.year or 0, m.month or 0), default=None)
    # ("in April 2022", then "led Russia's delegation … in 2025": a later year named alone says the
    # full date is not the latest the text knows.)
    if last and not any(
        m.kind == "year" and (m.year or 0) > (last.year or 0) and all(m is not b for b in background)
        for m in mentions
    ):
        year = last.year or 0
        # "talks in Abu Dhabi for the first time on January 23", after "talks in Riyadh in February
        # 2025": written after its latest full date, a day named without a year that would come
        # before it is of the year after.
        if days and last.month and all(m.month < last.month for m in days) and year < reference.year:  # type: ignore[operator]
            return YearInference(
                year + 1,
                f"the article gives no publication date; its latest full date is '{last.text.strip()}',"
                f" and '{days[0].text.strip()}', named without a year, would come before it in {year}",
            )
        return YearInference(
            year,
            f"the article gives no publication date; {year} is the year of"
            f" '{last.text.strip()}', its latest full date",
        )
    # "reported on Dec. 19", in a text that names 2025, read before the as-of date of 2026-11-26:
    # the only year from the one named to the as-of date in which every day it names falls.
    if days and floor.year > EARLIEST_YEAR:
        fits = set.intersection(
            *(
                {
                    y
                    for y in range(floor.year, reference.year + 1)
                    if (d := _safe_date(y, m.month, m.day)) and floor <= d <= reference
                }
                for m in days
            )
        )
        if len(fits) == 1:
            year = fits.pop()
            window = f"from {floor.year} ({why_floor}) to the as-of date ({reference.isoformat()})"
            return YearInference(
                year,
                f"the article gives no publication date; {year} is the only year {window} holding '{days[0].text.strip()}'",
            )
    return None


def _safe_date(year: int, month: int | None, day: int | None) -> dt.date | None:
    try:
        return dt.date(year, month or 1, day or 1)
    except ValueError:
        return None


class Resolver:
    """Resolves an article's mentions in reading order, so relative ones find their anchor."""

    def __init__(
        self, published: dt.date | None, inference: YearInference | None, reference: dt.date
    ) -> None:
        self.published = published
        self.inference = inference
        self.reference = reference
        self.previous: tuple[dt.date, Mention] | None = None  # the last day named
        self.anchor: tuple[dt.date, str, Mention] | None = None  # the last date named, any precision
        self.year_when: Mention | None = None  # that date, when a year told with "when" ("2021, when …")
        self.stated: tuple[dt.date, Clauses, Mention] | None = None  # a year stated in this sentence
        self.year_named: tuple[int, str, Mention] | None = None  # the last bare year, and its sentence
        self.year_said: tuple[int, str, Mention] | None = None  # the same, background ones too
        self.basis = "publication"  # what `published` is: the front matter's date, or a dateline's
        self.sentence = ""  # the sentence `previous` was named in
        self.recent = ("", "")  # the sentence being read and the one before it
        self.spoke: tuple[dt.date, Mention] | None = None  # `previous`, when it is a day someone spoke on
        self.first: Mention | None = None  # the first day the article names
        self.news: tuple[dt.date, Mention] | None = None  # the first day named up to days before publication

    def use_dateline(self, value: dt.date) -> None:
        """Relative dates count from the dateline's day ("ABU DHABI, Jan. 23 (Xinhua) -- ... on
        Friday") when the article has no publication date, or when the wire dated its copy up to
        three days before the page published it."""
        if self.published is None or 0 < (self.published - value).days <= 3:
            self.published, self.basis = value, "the dateline"

    def use_war_day(self, title: str) -> None:
        """Relative dates of a page with no publication date count from the day of the war its
        title names ("Russia-Ukraine war: what we know on day 34 of the Russian invasion")."""
        if self.published is None and (m := _WAR_DAY.search(title)):
            n = int((m["n"] or m["k"]).replace(",", ""))
            self.published = INVASION_DAY_ONE + dt.timedelta(days=n - 1)
            self.basis = (
                f"day {n} of the invasion, which its title names ({_human(INVASION_DAY_ONE)} being day 1)"
            )

    def resolve(self, mention: Mention, sentence: str | Clauses) -> Resolved:
        """Resolve a mention whose offsets index into `sentence`. A date the calendar cannot hold
        ("June 31", "3000 years ago") resolves to `None`, saying why; it never raises."""
        clauses = sentence if isinstance(sentence, Clauses) else Clauses(sentence)
        if self.stated and self.stated[1].sentence is not clauses.sentence:
            self.stated = None
        if clauses.sentence != self.recent[0]:
            self.recent = (clauses.sentence, self.recent[0])
        stated = self.stated
        # "following an inaugural session in late January", after "On 3 Feb 2026 ...": behind the
        # publication, not the year stated going on.
        if _FOLLOWING.search(clauses.sentence, max(0, mention.start - 160), mention.start):
            self.stated = None
        tense = clauses.tense(mention.start, mention.end)
        # (Of a day or month named without a year, the nearest either way, unless it was done.)
        if (
            tense is None
            and (mention.kind in ("date", "month") or (mention.kind, mention.word) == ("weekend", "this"))
            and not mention.year
            and not mention.until
        ):
            tense = False if clauses.told_past(mention.start, mention.end) else None
        if (
            mention.kind in ("date", "month")
            and not mention.year
            and _SINCE_OPENS.match(mention.text.lstrip())
        ):
            # ("the eighth exchange … since October", said in April: the October before)
            tense = False
        if (mention.kind, mention.word) == ("weekday", "this") and tense is not True:
            # ("the Turkish Presidency announced this Sunday", said on a Monday: the one just past,
            # when the day is the one something was said on or a past verb's own; not "which Zelensky
            # indicated may take place this Wednesday", a past only of the clause before)
            spoken = spoken_on(clauses.sentence, mention.start, mention.end)
            # ("Erdogan and Putin spoke on the phone this Sunday": its clause's past verb)
            left = clauses.clause(mention.start, mention.end)[0]
            told = _PAST_VERB_BEFORE.search(clauses.sentence, 0, mention.start) or _PAST_IN_CLAUSE.search(
                clauses.sentence, left, mention.start
            )
            tense = False if spoken or told else None
        if (
            mention.kind == "weekday"
            and mention.word == "on"
            and tense is not True
            and (opening := _LAST_WEEK.match(clauses.sentence))
            and not _NOT_LAST_WEEK.search(clauses.sentence, opening.end(), mention.start)
            and not spoken_on(clauses.sentence, mention.start, mention.end)
        ):
            # ("Last week, Trump held phone talks with Putin and Zelensky on Tuesday and Wednesday")
            mention = replace(mention, word="last week")
        try:
            resolved = self._resolve(mention, tense, clauses.sentence)
        except (ValueError, OverflowError):
            self.stated = stated
            return Resolved(
                None, None, f"'{mention.text.strip()}' falls outside the calendar (years 1 to 9999)"
            )
        self.stated = stated
        if resolved.value is not None and resolved.precision:
            self.anchor = (resolved.value, resolved.precision, mention)
            # (a year whose "when" tells what happened in it: what is counted on from it has no day)
            told_when = resolved.precision == "year" and re.match(
                r",?\s+when\b", clauses.sentence[mention.end :]
            )
            self.year_when = mention if told_when else None
            # (the year "that year" is: the last one said, with a month or a day or alone, or "this year")
            if (
                mention.year
                or mention.year_shift is not None
                or mention.kind == "year"
                or mention.unit == "year"
            ):
                self.year_said = (resolved.value.year, clauses.sentence, mention)
            if mention.year and mention.kind in ("date", "month"):
                self.stated = (resolved.value, clauses, mention)
            elif mention.kind == "year" and frame_of(clauses.sentence, mention.start, mention.end) is None:
                self.year_named = self.year_said
            if resolved.precision == "day":
                self.first = self.first or mention
                if (
                    self.news is None
                    and self.published
                    and 0 <= (self.published - resolved.value).days <= _LAG_DAYS
                ):
                    self.news = (resolved.value, mention)
                self.previous, self.sentence = (resolved.value, mention), clauses.sentence
                spoken = spoken_on(clauses.sentence, mention.start, mention.end)
                self.spoke = self.previous if spoken else None
        return resolved

    def _resolve(self, m: Mention, tense: bool | None, sentence: str) -> Resolved:
        quoted = f"'{m.text.strip()}'"
        # ("the war, which started when Russia invaded Ukraine on February 24", on a page of 2023
        # or in a sentence that looks ahead: the invasion's day, whatever the tense.)
        if (
            m.kind == "date"
            and not m.year
            and (m.month, m.day) == (INVASION_DAY_ONE.month, INVASION_DAY_ONE.day)
            and frame_of(sentence, m.start, m.end) == "war"
            # (not "a week before the fourth anniversary of Russia's full-scale invasion … on February 24")
            and not re.search(r"\banniversary\b", sentence[: m.start], re.I)
        ):
            how = f"{quoted}: no year given; the war's start, told as background: {_human(INVASION_DAY_ONE)}"
            return Resolved(INVASION_DAY_ONE, "day", how, inferred=True)
        if m.kind == "date":
            return self._date(m, quoted, tense)
        if (
            m.kind == "month"
            and not (m.year or m.step or m.until or m.year_shift is not None)
            and m.month == INVASION_DAY_ONE.month
            and frame_of(sentence, m.start, m.end) == "war"
            and _INVASION.search(sentence, max(0, m.start - 80), m.start)
            and not re.search(r"\banniversary\b", sentence[: m.start], re.I)
            and (self.published is None or self.published >= INVASION_DAY_ONE)
        ):
            # ("the biggest exchange since the start of Russia's invasion in February": that February.)
            how = f"{quoted}: no year given; the war's start, told as background: {INVASION_DAY_ONE:%B %Y}"
            return Resolved(INVASION_DAY_ONE.replace(day=1), "month", how, inferred=True)
        if m.kind == "month":
            return self._month(m, quoted, tense)
        if m.kind == "year":
            return Resolved(dt.date(m.year or 1, 1, 1), "year", f"{quoted}: stated in the text")
        if m.kind == "relative" and m.word == "the day before" and _EVE_OF_THEIRS.match(sentence, m.end):
            # ("His release coincided with the day before his mother's birthday": the eve of what
            # follows, which it does not date; not "the day before the talks", those just told of.)
            return Resolved(None, None, f"{quoted} counts back from what follows it, which it does not date")
        if m.kind == "relative" and m.word in _RELATIVE_DAYS:
            # ("downing a plane in January, … for an exchange later the same day": a day of that
            # January, named in the same sentence, not of the last day named before it)
            # (Not "confirmed last week that a swap was due to happen that day": a week told of; nor
            # after a day named in the sentence, "On May 16, … the first time since March 2022, and the
            # next day"; nor a month that bounds, "the first since March 2022".)
            named = self.anchor[2] if self.anchor and self.anchor[1] == "month" else None
            here = (
                named is not None
                and named.end <= m.start
                and sentence[named.start : named.end] == named.text
                and not (self.previous and self.sentence == sentence)
                and not _BOUNDING.search(sentence[: named.start] + named.text[:6])
            )
            return self._from_previous(quoted, relativedelta(days=_RELATIVE_DAYS[m.word]), counted=here)
        if (
            m.kind == "relative"
            and m.word == "later in the day"
            and (tense is True or (tense is None and _ahead_after(sentence, m.end)))
            and self.published
            and not (
                self.previous and (self.previous[0] >= self.published or self.sentence == self.recent[0])
            )
        ):
            # ("On Wednesday it crossed 120 to the dollar …. Lavrov and Kuleba are due to meet in Turkey
            # later in the day": ahead, on the day of the report, not of the last day named.)
            return Resolved(
                self.published, "day", f"{quoted}: ahead, on the day of publication", inferred=True
            )
        if m.kind == "relative" and m.word in SAME_DAY and self.previous and self.sentence in self.recent:
            # "met on Friday with the delegations, whose talks opened later in the day": that Friday,
            # named in this sentence or the one before.
            return self._from_previous(quoted, relativedelta())
        if m.kind == "relative" and m.word in SAME_DAY and self.news:
            # "Earlier in the day, the Russian Defence Ministry announced …", paragraphs after "on
            # Thursday, 13 October" in a report of the next day: the day of the news; the last day
            # named, when it is as recent ("On Monday, the delegations met …" after "On Saturday,
            # drones struck …").
            news, source = (
                self.previous
                if self.previous
                and self.published
                and 0 <= (self.published - self.previous[0]).days <= _LAG_DAYS
                else self.news
            )
            how = f"{quoted}: the day of the article's news, '{source.text.strip()}' ({_human(news)})"
            return Resolved(news, "day", how, inferred=True)
        if (
            m.kind == "ago"
            and m.word == "in"
            and (tense is False or not _ONWARD.search(sentence) or _FIRST_IN.search(sentence, 0, m.start))
        ):
            return Resolved(None, None, f"{quoted} is how long something takes, not when", duration=True)
        if m.kind == "ago" and m.word == "before" and _BEFORE_WHAT.match(sentence, m.end):
            # ("It took place one day before Trump and Putin are due to meet": counted from the meeting.)
            return Resolved(None, None, f"{quoted} counts back from what follows it, which it does not date")
        if m.kind == "ago" and m.word == "came after" and _OPENS.fullmatch(sentence, 0, m.start):
            # ("Three days after the Istanbul talks, Putin stated …": the talks' day plus three, which
            # no day named before it gives; not "renewed a threat on Friday, a week after his meeting")
            return Resolved(None, None, f"{quoted} counts from what follows it, which it does not date")
        if m.kind == "ago" and m.word in ("later", "earlier", "before", "came after"):
            if m.unit in ("week", "month") and self.year_when:
                # "since 2021, when Biden met Putin in Geneva. Eight months later": no day to count from.
                return Resolved(
                    None, None, f"{quoted}: counted from '{self.year_when.text.strip()}', a year only"
                )
            delta = relativedelta(**{f"{m.unit}s": m.amount})
            if m.unit == "year" and self.anchor and self.anchor[1] == "year":
                # ("He was re-elected in 2015 but lost his seat five years later": from the year named.)
                anchor, _, source = self.anchor
                how = f"{quoted}: counted from '{source.text.strip()}' just before it"
                return Resolved(anchor + delta, "year", how, inferred=True)
            return self._from_previous(
                quoted, delta, precision="day" if m.day2 else m.unit or "day", counted=m.unit == "day"
            )
        if m.kind == "anchored":
            return self._from_anchor(m, quoted)
        if (
            m.kind == "last"
            and m.word == "the"
            and m.unit == "month"
            and re.search(rf"\b(?:{MONTH_NAMES})\b", sentence[: m.start])
        ):
            # ("drafts were prepared between March 29 and April 15, … to sign by the end of the month")
            return Resolved(None, None, f"{quoted} is of the month named before it")
        if m.kind == "holiday":
            return self._holiday(m, quoted, tense)
        quotation = _in_quotation(sentence, m.start, m.end)
        alone = len(find_mentions(sentence)) == 1
        # A quotation's today alone in its sentence, told of as done (see `_from_publication`); not
        # "“We met again today,” he stated", a day after the news, nor "“Today 307, yesterday 390”",
        # "“Today, 307 more came home,” he said on Saturday".
        news_today = (
            quotation and alone and m.word in _TODAY and tense is not True and not _AGAIN.search(sentence)
        )
        return self._from_publication(m, quoted, tense, quotation, news_today, alone)

    def _date(self, m: Mention, quoted: str, tense: bool | None) -> Resolved:
        if m.month is None and m.step == "near":
            return self._day_alone(m, quoted, tense)
        if m.month is None and m.step:
            # "the 23rd of last month": that month counted from the publication date.
            if not self.published:
                return Resolved(
                    None, None, f"{quoted} is relative to a publication date the article does not give"
                )
            value = _day_of_month(self.published, {"last": -1, "this": 0, "next": 1}[m.step], m.day)
            if value is None:
                return Resolved(None, None, f"{quoted} is not a real date")
            how = f"{quoted}: counted from {self.basis} ({self.published.isoformat()})"
            return self._checked(m, value, how, True)
        if m.year:
            value = _safe_date(m.year, m.month, m.day)
            if value is None:
                return Resolved(None, None, f"{quoted} is not a real date")
            how = (
                f"{quoted}: the year of '{m.year_from}', listed after it"
                if m.year_from
                else f"{quoted}: stated in full in the text"
            )
            return self._checked(m, value, how, False)
        year, how, inferred = self._year_for(m, tense)
        if year is None:
            return Resolved(None, None, how)
        value = _safe_date(year, m.month, m.day)
        if value is None:
            return Resolved(None, None, f"{quoted} is not a real date in {year}")
        return self._checked(m, value, how, inferred)

    def _day_alone(self, m: Mention, quoted: str, tense: bool | None) -> Resolved:
        """A day named without its month: of the day named before it in the sentence ("On December
        1, …, on the 6th"), else the nearest such day to publication, ahead or behind as told."""
        if self.previous and self.sentence == self.recent[0]:
            named = self.previous[0]
            # (its month, or the next when the day is well before the one named: "On December 31, …,
            # and on the 2nd")
            steps = (1, 0, 2) if m.day < named.day - 15 else (0, 1, 2)
            days = [d for k in steps if (d := _day_of_month(named, k, m.day))]
            how = f"{quoted}: a day of the month of the day named before it ({_human(named)})"

            def rank(day: dt.date) -> int:
                return days.index(day)

        elif self.published:
            pub = self.published
            days = [d for k in range(-3, 4) if (d := _day_of_month(pub, k, m.day))]
            days = [d for d in days if tense is None or (d >= pub if tense else d <= pub)]
            how = f"{quoted}: the nearest such day to {self.basis} ({pub.isoformat()})"

            def rank(day: dt.date) -> int:
                return abs((day - pub).days)

        else:
            return Resolved(None, None, f"{quoted} has no month, and the article no publication date")
        # ("on Saturday the 17th": the one that falls on that weekday)
        value = min((d for d in days if m.weekday in (None, d.weekday())), key=rank, default=None)
        if value is None:
            return Resolved(None, None, f"{quoted} is not a real date")
        return self._checked(m, value, how, True)

    def _holiday(self, m: Mention, quoted: str, tense: bool | None) -> Resolved:
        """A holiday's day: its year stated by its number ("the 33rd"), or found as for a day named
        without one; Easter then falls where the Orthodox calendar puts it that year."""
        holiday = _HOLIDAYS[m.word or ""]
        if holiday.get("easter"):
            year, how, _ = self._year_for(replace(m, month=4, day=20), tense)  # Easter is around then
            if year is None:
                return Resolved(None, None, how)
            value = easter(year, EASTER_ORTHODOX)
            how = f"{how}; Orthodox Easter that year: {_human(value)}"
            if _EVE.search(m.text):
                value -= dt.timedelta(days=1)
                how += ", and this its eve"
            return Resolved(value, "day", how, inferred=True)
        if m.year:
            value = dt.date(m.year, holiday["month"], holiday["day"])
            how = f"{quoted}: {m.word} of {m.year}, counted from {holiday['counted_from']}"
            return Resolved(value, "day", how, inferred=True)
        resolved = self._date(
            replace(m, kind="date", month=holiday["month"], day=holiday["day"]), quoted, tense
        )
        if resolved.value is None:
            return resolved
        how = f"{resolved.resolution}; {m.word} is {resolved.value:%-d %B}"
        return replace(resolved, resolution=how, inferred=True)

    def _checked(self, m: Mention, value: dt.date, how: str, inferred: bool) -> Resolved:
        end = _safe_date(value.year, value.month, m.day2) if m.day2 else None
        if m.weekday is not None and value.weekday() != m.weekday:
            how += (
                f"; note: the text says {calendar.day_name[m.weekday]},"
                f" but {_human(value)} was a {calendar.day_name[value.weekday()]}"
            )
        if m.unit == "week":
            return Resolved(value, "week", f"{how}; the week it begins", inferred=inferred)
        return Resolved(value, "day", how, end=end, inferred=inferred)

    def _month(self, m: Mention, quoted: str, tense: bool | None) -> Resolved:
        if m.year and m.until:
            # ("December-January 2025": December of 2024)
            first = m.year - 1 if (m.month or 1) > m.until else m.year
            how = f"{quoted}: the first month of a span to {calendar.month_name[m.until]} {m.year}, stated in the text"
            return Resolved(dt.date(first, m.month or 1, 1), "month", how)
        if m.year:
            return Resolved(dt.date(m.year, m.month or 1, 1), "month", f"{quoted}: stated in the text")
        if m.step and self.published:
            # "last February" said in February is a year ago; "this June" is of the same year.
            pub, month = self.published, m.month or 1
            year = (
                pub.year
                + {
                    "last": -1 if month >= pub.month else 0,
                    "next": 1 if month <= pub.month else 0,
                    "this": 0,
                }[m.step]
            )
            how = f"{quoted}: counted from {self.basis} ({pub.isoformat()})"
            return Resolved(dt.date(year, month, 1), "month", how, inferred=True)
        if m.step:
            # ("Last September", in a page without a date: never the year some other sentence names)
            return Resolved(
                None, None, f"{quoted} is relative to a publication date the article does not give"
            )
        # "Between mid-March and November", said in December: the span's end is placed, its start
        # is the one before it.
        year, how, inferred = self._year_for(replace(m, month=m.until) if m.until else m, tense)
        if year is None:
            return Resolved(None, None, how)
        if m.until:
            first = year - 1 if (m.month or 1) > m.until else year
            how += (
                f" for its end; the span runs from {calendar.month_name[m.month or 1]} {first}"
                f" to {calendar.month_name[m.until]} {year}"
            )
            year = first
        return Resolved(dt.date(year, m.month or 1, 1), "month", how, inferred=inferred)

    def _year_for(self, m: Mention, tense: bool | None) -> tuple[int | None, str, bool]:
        """The year of a day or month named without one, and how it was chosen."""
        quoted = f"'{m.text.strip()}'"
        if m.year_shift is not None:
            base, why = (
                (self.published.year, f"{self.basis} ({self.published.isoformat()})")
                if self.published
                else (self.inference.year, f"the inferred year — {self.inference.reason}")
                if self.inference
                else (None, "")
            )
            if base is None:
                return None, f"{quoted} is relative to a publication date the article does not give", False
            return base + m.year_shift, f"{quoted}: the year counted from {why}", self.published is None
        if self.year_said and self.year_said[1] in self.recent and _THAT_YEAR.match(self.recent[0], m.end):
            # ("Following Russia's invasion of Ukraine in 2022, Guterres committed to … an agreement by
            # July that year": the year just named.)
            year, _, source = self.year_said
            return year, f"{quoted} that year: {year}, the year of '{source.text.strip()}'", False
        if (
            m.text.strip().lower().startswith("since")
            and self.previous
            and self.sentence == self.recent[0]
            and self.published
            and self.previous[0] < self.published
            and re.search(r"\bhad\b", self.sentence[self.previous[1].end : m.start])
        ):
            # ("held out … until Kyiv ordered them on May 16th to end resistance that had tied up
            # Russian units … since February": what had run until a day began before it; not "was
            # captured on 20 May 2022 and has been held since June")
            anchor, source = self.previous
            year = _nearest_year(anchor, m.month or 1, m.day, False)
            return year, f"{quoted}: no year given; {year}, the nearest before '{source.text.strip()}'", False
        if self.stated:
            # "joined in March 2022, was detained in December": the year stated, going back as well
            # as on ("created in June of 2022, shortly after around 1,000 … in May" is that May);
            # the next only over a New Year ("at the end of December 2024 …, and in mid-January").
            anchor, _, source = self.stated
            same = _safe_date(anchor.year, m.month or 1, m.day or 1) or anchor
            year = anchor.year + 1 if (anchor - same).days > _OVER_NEW_YEAR_DAYS else anchor.year
            which = "the year of" if year == anchor.year else "the year after"
            return (
                year,
                f"{quoted}: no year given; {year}, {which} '{source.text.strip()}' in its sentence",
                False,
            )
        if self.published:
            year = _nearest_year(self.published, m.month or 1, m.day, tense)
            close = (
                m.day is not None
                and abs((_safe_date(year, m.month or 1, m.day) or self.published) - self.published).days
                <= _CLOSE_DAYS
            )
            side = (
                "within a fortnight of"
                if close
                else {True: "on or after", False: "on or before", None: "to"}[tense]
            )
            how = f"{quoted}: no year given; {year}, the nearest such date {side} {self.basis} ({self.published.isoformat()})"
            return year, how, False
        if m.weekday is not None and self.inference:
            return self.inference.year, f"{quoted}: year inferred — {self.inference.reason}", True
        if self.year_named and self.year_named[1] in self.recent:
            # An undated article's "held three rounds of talks in Istanbul in 2025, on May 16, June
            # 2, and July 23", or "In 2025, ... . The first round took place on May 16".
            year, _, source = self.year_named
            return (
                year,
                f"{quoted}: no year given; {year}, the year named just before ('{source.text.strip()}')",
                True,
            )
        # (Not the war's start told as background: "since the start of Moscow's war on Ukraine on
        # February 24, 2022" puts no "October 16" told after it in 2021.)
        if self.previous and frame_of(self.sentence, self.previous[1].start, self.previous[1].end) != "war":
            anchor, source = self.previous
            year = _nearest_year(anchor, m.month or 1, m.day, None)
            if self.inference and year == self.inference.year:
                return year, f"{quoted}: year inferred — {self.inference.reason}", True
            return year, f"{quoted}: year of the nearest dated mention, '{source.text.strip()}'", True
        if self.inference:
            return self.inference.year, f"{quoted}: year inferred — {self.inference.reason}", True
        return (
            None,
            f"{quoted} names no year, and the article gives no publication date or other evidence of one",
            False,
        )

    def _from_previous(
        self, quoted: str, delta: relativedelta, precision: str = "day", counted: bool = False
    ) -> Resolved:
        if (
            counted
            and self.anchor
            and self.anchor[1] in ("week", "month")
            and (self.previous is None or self.anchor[2] is not self.previous[1])
        ):
            # "The previous exchange took place in mid-April. ... said a day earlier": a day
            # before a month named is as precise as that month.
            anchor, coarse, source = self.anchor
            how = f"{quoted}: counted from '{source.text.strip()}' just before it, as precise as that"
            return Resolved(anchor, coarse, how, inferred=True)
        if self.previous is None:
            return Resolved(None, None, f"{quoted} refers to an earlier date the text does not give")
        anchor, source = self.previous
        value = anchor + delta
        how = f"{quoted}: counted from '{source.text.strip()}' ({_human(anchor)}) just before it"
        return Resolved(value, precision, how, inferred=True)

    def _from_anchor(self, m: Mention, quoted: str) -> Resolved:
        """ "The following month": a week, month or year on from the date just named, if that
        date is at least as precise."""
        order = ("day", "week", "month", "year")
        if self.anchor is None or order.index(self.anchor[1]) > order.index(m.unit or "day"):
            return Resolved(None, None, f"{quoted} refers to an earlier date the text does not give")
        anchor, _, source = self.anchor
        step = {"previous": -1, "same": 0}.get(m.word or "", 1)
        value = anchor + relativedelta(**{f"{m.unit}s": step})
        how = f"{quoted}: counted from '{source.text.strip()}' just before it"
        return Resolved(value, m.unit, how, inferred=True)

    def _spoke_before(self, pub: dt.date | None) -> bool:
        """Whether a quotation's today is the day its speaker spoke, named before it: a day up to
        _LAG_DAYS before the page; in a page without a date, the first day it names, when something
        was said on it and it is told without a year, as news is ("officials said on Tuesday (June
        25th)"), not as background ("Putin said on February 24, 2022, that …")."""
        if self.spoke is None:
            return False
        if pub is not None:
            return 0 < (pub - self.spoke[0]).days <= _LAG_DAYS
        return self.spoke[1] is self.first and self.spoke[1].year is None

    def _from_publication(
        self,
        m: Mention,
        quoted: str,
        tense: bool | None,
        quotation: bool = False,
        news_today: bool = False,
        alone: bool = False,
    ) -> Resolved:
        pub = self.published
        if m.kind == "relative" and quotation and self._spoke_before(pub):
            # "'Today, another 90 of our people returned home,' the President said" in the report of
            # what he announced on Tuesday evening: that Tuesday's today.
            assert self.spoke is not None
            spoke, source = self.spoke
            value = spoke + dt.timedelta(days=_PUBLICATION_DAYS.get(m.word or "", 0))
            return Resolved(
                value,
                "day",
                f"{quoted}: in a quotation, counted from the day its speaker spoke,"
                f" '{source.text.strip()}' ({_human(spoke)}), named before",
                inferred=True,
            )
        if news_today and pub and self.news and self.spoke is None and (pub - self.news[0]).days == 1:
            # ("Ukraine and Russia began a major prisoner exchange Friday. … 'Today — 390 people,'"
            # in Saturday's paper: the quotation is of the day before, the article's news, when no
            # one was said to speak since. Only its today: its yesterday and tomorrow are as often
            # counted from the day the page was written.)
            news, source = self.news
            how = f"{quoted}: in a quotation, the day of the article's news, '{source.text.strip()}' ({_human(news)})"
            return Resolved(news, "day", how, inferred=True)
        if pub is None:
            return Resolved(
                None, None, f"{quoted} is relative to a publication date the article does not give"
            )
        future = tense is True  # a bare weekday or weekend with no tense is news: behind
        since = f"{'the publication date' if self.basis == 'publication' else self.basis} ({pub.isoformat()})"
        if m.kind == "relative":
            value = pub + dt.timedelta(days=_PUBLICATION_DAYS.get(m.word or "", 0))
            return Resolved(value, "day", f"{quoted}: relative to {since}", inferred=True)
        if m.kind == "ago":
            value = pub + relativedelta(**{f"{m.unit}s": m.amount})
            precision = "day" if m.day2 else m.unit
            way = "on" if m.amount > 0 else "back"
            return Resolved(value, precision, f"{quoted}: counted {way} from {since}", inferred=True)
        if m.kind == "weekend":
            # The Saturday and Sunday just past, or the coming ones when the clause looks ahead.
            # ("This weekend Ukraine and Russia continue to carry out the exchange", said on a
            # Friday: "this weekend" told in no past, from Wednesday on, is the coming one.)
            ahead = (
                m.word == "next"
                or (m.word not in ("last",) and future)
                or (m.word == "this" and tense is None and pub.weekday() >= 2)
            )
            shift = (5 - pub.weekday()) % 7
            saturday = pub + dt.timedelta(days=shift if ahead else shift - 7 if shift else 0)
            if m.word == "this" and pub.weekday() >= 5:
                saturday = pub - dt.timedelta(days=pub.weekday() - 5)  # (said at the weekend: this one)
            elif m.word == "last" and pub.weekday() >= 5:
                # ("had already taken place in Abu Dhabi last weekend", said on a Sunday: the one before)
                saturday -= dt.timedelta(days=7)
            side = "coming" if ahead else "last"
            return Resolved(
                saturday,
                "day",
                f"{quoted}: the {side} weekend relative to {since}",
                end=saturday + dt.timedelta(days=1),
                inferred=True,
            )
        if m.kind == "last":
            step = {"last": -1, "next": 1, "this": 0, "the": 0}[m.word or "this"]
            value = pub + relativedelta(**{f"{m.unit}s": step})
            if (m.unit, m.word) == ("week", "this") and pub.weekday() == 6 and future:
                # ("Witkoff said Sunday that Trump will likely speak with Putin this week": the week
                # that starts tomorrow, not the one ending today)
                value = pub + dt.timedelta(days=1)
            return Resolved(value, m.unit, f"{quoted}: relative to {since}", inferred=True)
        # A bare weekday: the coming one when the sentence looks ahead, else the one just past.
        ahead = m.word in ("next", "coming") or (m.word not in ("last", "since") and future)
        shift = (m.weekday or 0) - pub.weekday()
        days = shift % 7 if ahead else -((-shift) % 7)
        if m.word in ("last", "next", "coming") and days == 0:
            days = 7 if ahead else -7
        # "could resume next Sunday", said on a Saturday: tomorrow would be "tomorrow"; the week after.
        if m.word == "next" and days == 1:
            days = 8
        # "are expected to continue on Tuesday", alone in its sentence on a page of Wednesday: the
        # copy was written the day before; a week ahead would be "next Tuesday". (Not "Umerov said
        # on Wednesday that the talks will continue on Tuesday", nor "next week, on Tuesday"; nor the
        # bare weekday of wire copy, "Trump and Putin may meet Friday in Alaska" on a Saturday, as
        # often the coming one on dev.)
        lagged = ahead and alone and m.word == "on" and days == 6
        if lagged:
            days = -1
        # ("the Turkish Presidency announced this Sunday", said on a Monday: the one just past)
        week = (
            m.word
            if m.word in ("this", "next week", "last week") and not (m.word == "this" and tense is False)
            else ""
        )
        if week:
            # "going to Geneva this Thursday", said on a Tuesday: the Thursday of the same week.
            days = (m.weekday or 0) - pub.weekday() + {"next week": 7, "last week": -7}.get(week, 0)
            if week == "this" and pub.weekday() == 6 and future and days < 0:
                # ("is set to welcome Putin … this Friday", said on a Sunday: the week it starts; not
                # "will address the nation this Sunday evening", said that Sunday)
                days += 7
        value = pub + dt.timedelta(days=days)
        side = {
            "this": "of the same week as",
            "next week": "of the week after",
            "last week": "of the week before",
        }.get(week, "just before" if lagged else "following" if ahead else "on or before")
        # A range, "Thursday and Friday": the first day by tense, the last the days after it.
        end = (
            value + dt.timedelta(days=(m.weekday2 - value.weekday()) % 7) if m.weekday2 is not None else None
        )
        return Resolved(
            value,
            "day",
            f"{quoted}: the {calendar.day_name[value.weekday()]} {side} {since}"
            + ("; told as ahead in copy written the day before" if lagged else ""),
            end=end,
            inferred=True,
        )


# "agree to meet again in two weeks", "the next talks in about two weeks could ...": "in two
# weeks" is a date ahead only where the sentence looks ahead; "fell in three days" is a duration.
# "agreed to exchange 314 prisoners - the first such exchange in five months": since, not ahead.
_FIRST_IN = re.compile(r"\b(?:first|largest|biggest)\b(?:\s+[\w-]+){0,5}\s+$", re.I)
_ONWARD = re.compile(r"\b(?:will|would|could|can|may|might|shall|next|agreed?|plans?|planned)\b", re.I)
_CLOSE_DAYS = 14
# A quotation's today that is, or may be, a day after the news ("“We met again today”", "“Today, the
# exchange continues”", "“Today, on the second stage, …”"): left the day of publication.
_AGAIN = re.compile(r"\b(?:again|once more|second day|another day|continu\w*|stage)\b", re.I)
_TODAY = ("today", "earlier today", "this morning", "this afternoon", "this evening", "tonight")
# How many days a statement may be reported after it was made.
_LAG_DAYS = 3


def _in_quotation(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] is inside quotation marks, opened before it in the sentence or
    closed after it with none opened before (a quotation begun in an earlier sentence)."""
    before, after = sentence[:start], sentence[end:]
    opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
    return opened or (not re.search(r"[“\"]", before) and bool(re.search(r"[”\"]", after)))


SAME_DAY = ("earlier in the day", "later in the day")


_AS_THEY_WERE = re.compile(r"\bas\s+(?:it|they|he|she|we)\s+(?:were|was|had\s+been)\b", re.I)
_BOUNDING = re.compile(r"\b(?:since|by|until|till|from|before|after)\s+(?:\w+\s*)?$", re.I)


def _day_of_month(anchor: dt.date, months: int, day: int | None) -> dt.date | None:
    """The day of the month `months` after (or before) the anchor's, when that month has it."""
    first = anchor.replace(day=1) + relativedelta(months=months)
    return _safe_date(first.year, first.month, day)


def _nearest_year(anchor: dt.date, month: int, day: int | None, future: bool | None) -> int:
    """The year putting month/day nearest the anchor: not after it for past events,
    not before it for future ones, whichever is closer when the tense is unknown. A month
    named alone ("in late June") counts as ahead when it holds the anchor."""
    candidates = [
        (d, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := _safe_date(y, month, day))
    ]
    # A day within a fortnight of the anchor is that one, whatever the tense: "the talks
    # scheduled for Feb. 1 were postponed", said on 2 February, are of this February.
    close = [y for d, y in candidates if day is not None and abs((d - anchor).days) <= _CLOSE_DAYS]
    if close:
        return close[0]
    if future is True:
        # A month named alone is ahead while any of it is: its last day, not its first, counts.
        ends = {
            y: d.replace(day=calendar.monthrange(y, month)[1]) if day is None else d for d, y in candidates
        }
        candidates = [c for c in candidates if ends[c[1]] >= anchor] or candidates
    elif future is False:
        candidates = [c for c in candidates if c[0] <= anchor] or candidates
    if not candidates:
        return anchor.year  # no such day near it ("February 30"): the caller says it is not a date
    return min(candidates, key=lambda c: abs((c[0] - anchor).days))[1]
