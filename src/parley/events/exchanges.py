"""Prisoner exchanges as data: for each consolidated exchange, how many came home to each side,
who they were, who mediated, which agreement it carried out, and who claimed each figure.

Figures are read from the sentences that report an exchange and the sentences right after them.
A number counts as people returned only when it counts people (or bodies) and says, or its
clause says, which side received them; tolls, years, ordinals, ages, distances and running totals
never count. Figures that sources disagree on are all kept, flagged and never averaged: the
exchange's figure for a side is set only when every source agrees, and totals are given as the
range the disagreeing figures allow.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal, NamedTuple

from pydantic import BaseModel

from parley.articles.load import Article
from parley.config import knowledge
from parley.events.consolidate import EventRecord, MentionRef, countable, of_bodies
from parley.events.rounds import Round, venue_of
from parley.memo import kept
from parley.mentions.dates import MONTH_NAMES, WEEKDAYS, Mention, find_mentions, first_day
from parley.mentions.extract import THE_SIDES, Event, Precision, Status, attribution, sentence_spans, span
from parley.mentions.numbers import NUMBER_WORDS, number_in_words

Side = Literal["ukraine", "russia"]
Kind = Literal["pows", "civilians", "bodies", "mixed"]
SIDES: tuple[Side, Side] = ("ukraine", "russia")
SIDE_NAMES = {"ukraine": "Ukraine", "russia": "Russia"}

# ("on March 6 300 Ukrainian defenders": a day, then a count; not 6,300)
_NOT_A_DAY = "".join(f"(?<!{month} )(?<!{month}\\. )" for month in MONTH_NAMES.split("|"))
# "500 or more" is a threshold, not a count; nor is either side of "works 24/7".
_NUM = (
    rf"(?<!/)(?P<n>\d{{1,3}}(?:,\d{{3}})+|{_NOT_A_DAY}\d{{1,3}}(?: \d{{3}})+(?!\d)|\d+|\b(?:{NUMBER_WORDS})\b)"
    # ("nearly two dozen Ukrainians" is no count of two.)
    r"(?!\d|[.,/]\d|-?(?:st|nd|rd|th|year|day|week|month|km|kilomet|%)\b|\s+or\s+(?:more|fewer|less)\b"
    r"|\s+(?:dozens?|thousands?|millions?)\b)"
)
_PEOPLE = (
    r"prisoners?(?: of war)?|POWs?|captives?|detainees|service(?:m[ae]n|women|people)|service ?members|soldiers?"
    r"|troops|military|defenders|fighters|combatants|volunteers|warriors|marines|guardsmen|border guards|sailors|officers|sergeants|privates"
    r"|pilots|medics"
    # ("146 Russian servicepeople and eight Kursk residents")
    r"|civilians?|citizens|nationals|foreigners|residents|people|persons|personnel|members|individuals|men|women|children|Ukrainians|Russians|wounded"
    r"|bodies"
    r"|remains|fallen|captured"
    # ("5 Ukrainians and 1 Russian swapped": one of a nation, as a noun)
    r"|(?:Ukrainian|Russian)(?=\s*[):;,.]|\s+(?:were|was|swapped|exchanged|returned|freed|released)\b)"
)
_PEOPLE_NEXT = re.compile(rf"\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_PEOPLE})\b", re.I)
# A count: a number, up to three words of description, and a noun for people ("93 privates and
# sergeants and two officers" are 95).
_COUNT = re.compile(
    # (the words hold no number: "on March 7 that 130 Ukrainians" counts 130, not 7)
    rf"(?<![\w.,-]){_NUM}\s+(?P<words>(?:(?!\d)[\w’'\"“”-]+\s+){{0,3}}?)(?P<noun>{_PEOPLE})\b(?:\s+(?:and\s+)?(?:{_PEOPLE})\b)?",
    re.I,
)
_PAIRED = re.compile(
    rf"(?<![\w.,-]){_NUM}\s+(?P<a>Russian|Ukrainian)\s+and\s+(?P<m>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+"
    rf"(?P<b>Russian|Ukrainian)\s+(?P<noun>{_PEOPLE})\b",
)
# ("250 prisoners of war were exchanged on each side", "95 prisoners were returned to each side")
_EACH = re.compile(
    # (Words, not other figures, between: "410 soldiers -- 205 from each side" is 205 each.)
    rf"(?<![\w.,-]){_NUM}\s+(?:(?:[A-Za-z][\w-]*\s+){{0,5}}?(?:from|on|to|by|for)\s+(?:each|either)\s+(?:side|country|party)"
    # ("146 prisoners of war (POW) each", "390 military personnel and civilians each")
    # ("two Americans and one each from Morocco, Sweden and Croatia": one from each country listed)
    rf"|(?:(?:[A-Za-z][\w-]*\s+){{0,4}}?)(?:\([A-Za-z]{{2,6}}s?\)\s+)?(?:each(?!\s+from\s+[A-Z][\w-]*\s*,)|apiece)"
    # ("exchanged 157 respective prisoners of war")
    rf"|respective(?=\s+(?:{_PEOPLE})\b))\b",
    re.I,
)
# "270 servicemen and 120 civilians each": the count before "and" is each side's too.
_EACH_TOO = re.compile(rf"(?<![\w.,-]){_NUM}(?:\s+[A-Za-z][\w-]*){{1,3}}(?=\s+and\s+$)")
# "exchange 1,000 prisoners of war, 500 prisoners from each side": the count before is both
# sides' together.
_BOTH_BEFORE = re.compile(rf"(?<![\w.,-]){_NUM}(?:\s+[A-Za-z][\w-]*){{1,4}}\s*(?:,|--|—|–|\()\s*$")
_ONE_TO_ONE = r"one[\s-]+(?:for|to)[\s-]+one"
_ONE_FOR_ONE_SAID = re.compile(rf"\b{_ONE_TO_ONE}\b", re.I)
# "205 Ukrainian soldiers were returned in a one-for-one format": as many went the other way.
_ONE_FOR_ONE = re.compile(
    rf"(?<![\w.,-]){_NUM}\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_PEOPLE})\b[^.;:\d]{{0,60}}?\b(?:in|on)\s+an?\s+"
    rf"{_ONE_TO_ONE}\s+(?:format|basis|exchange|swap|deal|principle)\b",
    re.I,
)
# ("the 160- for-160 formula", 'in a "115 on 115" format')
_FOR = re.compile(
    # ("a ten-for-ten exchange of prisoners of war": words, joined by hyphens)
    rf"(?<![\w.,-]){_NUM}\s?-?\s?(?:(?:for|to)\s?-?\s?(?P<m>\d{{1,3}}(?:,\d{{3}})+|\d+|(?<=-)(?:{NUMBER_WORDS}))\b"
    rf"|on\s+(?P<on>\d{{1,3}}(?:,\d{{3}})+|\d+)(?=[\"”]?\s+(?:format|formula|principle|basis)\b))",
    re.I,
)
# ("a prisoner exchange in the format 60:60", "the 50:50 formula"; not a time, "at 10:30")
_COLON = re.compile(r"(?<![\w.,:-])(?P<n>\d{1,3}(?:,\d{3})*):(?P<m>\d{1,3}(?:,\d{3})*)(?![\w:])")
_A_FORMAT = re.compile(r"\b(?:format|formula|basis|principle|scheme)\b", re.I)
# "exchanged 75 prisoners for 75", "traded 150 Ukrainian soldiers in captivity for 150 Russian
# soldiers", "Russia and Ukraine each released 103 prisoners"
_FOR_PEOPLE = re.compile(
    rf"(?<![\w.,-]){_NUM}\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_PEOPLE})(?:\s+in\s+captivity)?\s+for\s+"
    rf"(?P<m>\d{{1,3}}(?:,\d{{3}})+|\d+)\b",
    re.I,
)
_THEN = r"(?:then|also|reportedly|later|finally)"
# "each released 103", "each side returned 50 prisoners home"
_EACH_DID = re.compile(
    # ("saw each side release 95 prisoners")
    # ("each side returning 150", "each handed back 90", "each sending the other 157")
    # ("each side was expected to release 110 prisoners", "each side bringing home 95")
    # ("both sides released 246 prisoners", "Both sides of the exchange reportedly freed 95 people": not
    # "both sides exchanged 300", which may be the two together)
    rf"\b(?:each(?:\s+(?:side|country|party))?|(?P<both>both\s+(?:sides|countries|parties)"
    # ("Each side then exchanged 90 military men", "Both sides then released 246 prisoners")
    rf"(?:\s+of\s+the\s+(?:exchange|swap))?(?:\s+(?:reportedly|have|had))*)"
    rf"(?=(?:\s+{_THEN})?\s+(?:releas|free|return|hand|receiv|sen)))"
    rf"(?:\s+{_THEN})?"
    rf"\s+(?:(?:(?:was|were|is|are)\s+(?:expected|supposed|due|set)\s+to"
    rf"|will|would|should|(?:was|were)\s+to)\s+)?(?:releas(?:e[sd]?|ing)|free(?:[sd]|ing)?|return(?:ed|s|ing)?"
    rf"|hand(?:ed|s|ing)? (?:over|back)|exchang(?:e[sd]?|ing)|swap(?:ped|s|ping)?|receiv(?:e[sd]?|ing)|got back"
    # ("each side got 195 soldiers back")
    rf"|got(?=\s+\S+\s+(?:[\w-]+\s+){{0,2}}?back\b)"
    rf"|sen(?:t|ds?|ding)(?: back)?(?: the other)?|(?:bring(?:s|ing)?|brought) (?:home|back))"
    # ("each released a total of 307 combatants and civilians")
    rf"\s+(?:a\s+total\s+of\s+)?{_NUM}",
    re.I,
)
# "Russia and Ukraine each said on February 5 that 150 of their captured soldiers had been returned"
_EACH_SAID = re.compile(
    rf"\beach\s+(?:said|says|reported|announced)\s+(?:[\w,]+\s+){{0,5}}?that\s+{_NUM}\s+of\s+their\b", re.I
)
# ("the bodies (remains) of 77 Ukrainian defenders")
_REMAINS_OF = r"\b(?:bodies|remains)(?:\s*\([^()]{1,30}\))?\s+of\s+(?:the\s+)?"
# ("the bodies of what it said were 1,000 Ukrainian soldiers")
_BODIES = re.compile(
    rf"{_REMAINS_OF}(?:what\s+(?:[\w’'-]+\s+){{1,2}}?(?:said|says|claimed|claims)\s+(?:were|are)\s+)?"
    rf"(?:[\w’'-]+\s+){{0,2}}?{_NUM}\b",
    re.I,
)
_OF_DEAD = re.compile(rf"{_REMAINS_OF}$", re.I)
_REMAINS_AFTER = re.compile(r"[’']s?\s+(?:remains|bodies)\b", re.I)
_IN_RETURN = re.compile(
    rf"\b(?:in return|in exchange|in turn)\b[,:]?\s+(?:[\w’'-]+\s+){{0,4}}?{_NUM}\b", re.I
)
# ("1,000 bodies … were returned to Ukraine, and 38 were received in return")
_GOT_IN_RETURN = re.compile(
    rf"\b(?:and|while)\s+{_NUM}\s+(?:[\w’'-]+\s+){{0,2}}?(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:received|returned|handed\s+over|sent\s+back)\s+in\s+(?:return|exchange)\b",
    re.I,
)
# "Russia had handed over 1,000 bodies … to the Ukrainian side, and received 19 back": the giver's.
_GOT_BACK = re.compile(rf"\b(?:received|got|took)\s+{_NUM}\s+(?:[\w’'-]+\s+)?back\b", re.I)
# ("We handed over 1,000 bodies … to the Ukrainian side. They gave us 19")
_GAVE_US = re.compile(rf"\b(?:they|the other side)\s+gave\s+us\s+{_NUM}\b", re.I)
# What a count must not be: a toll, people still held, an age, a running total.
_NOT_RETURNED = re.compile(
    r"^\s*(?:[\w’'-]+\s+){0,4}?(?:(?:were|have been|had been|are|remain|remained|still)\s+)?"
    r"(?:killed|dead|died|injured in|missing|mobili[sz]ed|deployed|fighting|sentenced|convicted"
    # ("28 Ukrainian soldiers received long court terms"): those sentenced among the freed
    r"|received\s+(?:[\w-]+\s+){0,2}?(?:terms?|sentences?|imprisonment))\b"
    # Still held, not freed ("remain in captivity"); "95 soldiers held captive for 95 …" were freed.
    r"|^\s*(?:[\w’'-]+\s+){0,4}?(?:were|have been|had been|are|remain|remained|still|being)\s+"
    r"(?:held|captured|taken prisoner|in (?:[\w’'-]+ )?captivity|captive)\b"
    # ("a plane that Moscow claimed had 65 prisoners of war (PoWs) on board")
    r"|^\s*(?:[\w’'-]+\s+|\([^()]{1,20}\)\s+){0,4}?(?:on\s+board|aboard)\b"
    # ("a list of 561 children whose return it is seeking": asked for, not returned)
    r"|^\s*whose\s+(?:return|release)\s+(?:[\w’'-]+\s+){0,3}?(?:seek|sought|demand|request|ask)",
    re.I,
)
# ("… captured while fighting for Ukraine remain in Russian captivity": still held, whichever side)
_STILL_HELD = re.compile(r"\s*(?:[\w’'-]+\s+){0,4}?(?:remain|remained|still|are\s+held|were\s+held)\b", re.I)
# ("Russia holds more than 1,000 foreign soldiers who fought for Ukraine": still held)
_HOLDS = re.compile(
    r"\b(?:holds|is\s+holding|are\s+holding|keeps|is\s+keeping)\s+"
    r"(?:(?:more\s+than|over|about|some|at\s+least|nearly|around|up\s+to)\s+)?$",
    re.I,
)
_CAPTIVE = re.compile(r"held|captur|captiv|prisoner", re.I)
# "another 22 defenders are returning home thanks to measures outside of the exchanges": freed,
# but not by the swap.
_OUTSIDE_THE_SWAP = re.compile(
    r"\b(?:outside\s+(?:of\s+)?|beyond\s+)(?:the\s+)?(?:framework\s+of\s+(?:the\s+)?)?(?:exchanges?|swaps?)\b",
    re.I,
)
# "the Ukrainian troops returned were selected from a group of around 1,000 prisoners": whom they
# were chosen from, not who returned.
_POOL = re.compile(
    r"\b(?:from|out\s+of)\s+(?:a|the)\s+(?:group|pool|list)\s+of\s+(?:(?:around|about|some|roughly|nearly|over)\s+)?$",
    re.I,
)
# ("confirmed the exchange of 103 Russian soldiers who had been captured", "the safe return of 207
# more Ukrainian citizens who were held captive")
_SWAPPED_BEFORE = re.compile(
    r"\b(?:exchanged|swapped|traded|(?:exchange|swap|return|release)\s+of)\s+(?:[\w-]+\s+){0,2}?$", re.I
)
_SIDES_COUNTED = re.compile(r"\b(?:countries|sides|nations|parties|states)\b", re.I)
# "the Russians have taken 14 Ukrainian officials prisoner", "the crash killed all 74 people", "a
# plane that Moscow said was carrying 65 Ukrainian soldiers": the count is of people taken, killed
# or on board ("taken back" is a return).
_TAKEN_OR_KILLED = re.compile(
    r"\b(?:taken|took|captured|seized|detained|abducted|kidnapped|killed|killing|wounded|injured"
    r"|(?:was|were|had been) carrying"
    # ("shot down a transport plane carrying 65 Ukrainian POWs", "claiming the lives of 65", "an
    # attack that left at least 15 people injured")
    r"|(?:plane|aircraft|jet)\s+carrying|the\s+lives\s+of|(?:that|which)\s+left)"
    r"(?!\s+back)\s+(?:all\s+|at least\s+|some\s+|about\s+)?$",
    re.I,
)
_FREED = re.compile(
    r"\b(?:(?:were|was|have been|had been|has been)\s+(?:returned|released|freed|exchanged|handed over|repatriated"
    # ("100 Russian soldiers who were in captivity were brought back"; "90 ... who were held as
    # prisoners of war in Ukraine have returned home")
    r"|swapped|brought (?:back|home))|(?:have|has|had)\s+(?:returned|come (?:back|home)))\b",
    re.I,
)
_RECEIVED = re.compile(
    r"\b(?:received|returned|freed|released|brought (?:back|home)|handed over|got back|repatriated)\s+$", re.I
)
# "The last major exchange of prisoners was carried out in August 2023": a swap told as the one
# before the article's news; what follows it is the news's story, not its.
_PREVIOUS = re.compile(
    r"\b(?:last|previous|prior|preceding)\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap|one)\b", re.I
)
_EARLIER = re.compile(
    r"\b(?:comes?|came|follows?|followed)\s+(?:[\w-]+\s+){0,3}?(?:after|on the heels of)\s+(?:[\w’'-]+\s+){0,6}?$",
    re.I,
)
_AGE = re.compile(r"\b(?:under|aged|age of|ages of|older than|younger than)\s+(?:the\s+)?$", re.I)
_TOTAL = re.compile(
    r"\b(?:so far|to date|as of|overall|altogether|bringing the total|a total release|across all (?:the )?stages|since"
    r" (?:the (?:start|beginning|outbreak|onset)|20\d\d|last|early|mid|January|February|March|April|May|June|July|August"
    r"|September|October|November|December)|since then|throughout|over the course|during the war"
    # "the two exchanges together would return a total of 500": swaps summed.
    r"|(?:exchanges|swaps)\s+(?:together|combined)"
    # "2,430 Ukrainians have been freed in prisoner swaps": all the swaps, summed.
    r"|(?:have|has)\s+been\s+(?:freed|released|returned|exchanged)\s+(?:in|through)\s+(?:[\w-]+\s+)?(?:swaps|exchanges)"
    # "1,358 Ukrainians were freed from Russian captivity in 2024": a year's swaps, summed.
    r"|(?:freed|released|returned|exchanged)\s+(?:from\s+(?:[\w-]+\s+)?captivity\s+)?(?:in|during)\s+20\d\d(?![\w-])"
    # "Between mid-March and November, Ukraine returned more than 1,130": months of swaps, summed.
    r"|(?:between|from)\s+(?:(?:early|mid|late)[-\s]+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+(?:and|to|until|through)\s+(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December))\b",
    re.I,
)
# "In total, 5,857 Ukrainians have been returned": a running total; "A total of 248 prisoners were
# returned to Russia" is all of one exchange.
# "In total, 5,857 ... have been returned"; "had already managed to obtain the return of the bodies
# of 210": what has been returned by then, all swaps together.
# "the biggest prisoner swap since the start of Russia's invasion": one swap, measured against the rest.
_SUPERLATIVE_SINCE = re.compile(r"\b(?:biggest|largest|first|\w+est)\s+(?:[\w-]+\s+){0,3}?since\b", re.I)
_TOTAL_AFTER = 90  # how far after a count a word makes it a running total
_LATEST_TO_DATE = re.compile(
    r"\b(?:last|latest|previous|most recent)\s+(?:[\w-]+\s+)?(?:exchange|swap)\s+(?:so far|to date)$", re.I
)
# ("multiple swaps throughout the full-scale war, most recently on Feb. 5, when Ukraine secured the
# return of 150 POWs": the last of them)
_MOST_RECENTLY = re.compile(r"\bmost\s+recently,?\s+on\b", re.I)
_RANKED = re.compile(
    r"\b(?:biggest|largest|\w+est|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth"
    r"|\w+ieth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?(?:swap|exchange|release|repatriation)\b",
    re.I,
)
# More than any one exchange has returned to a side (1,000 and 1,200 each the largest swaps; 6,000
# bodies the largest repatriation, in stages): "a total of 3,135 Ukrainians were freed", "more
# than 384,000 Ukrainians had voluntarily traveled to Russia" count something else.
MOST_PEOPLE = 1_500
MOST_BODIES = 10_000
_FROM_KYIV_HELD = re.compile(r"\bfrom\s+(?:the\s+)?(?:Kyiv|Kiev)-controlled\s+territory\b", re.I)
# ("63 of its troops had been returned, meaning 179 prisoners freed in total during the swap": one
# swap's sides, added.)
_IN_THIS_SWAP = re.compile(
    r"\bin\s+total\s+(?:during|in|from)\s+(?:the|this|that|today[’']s)\s+(?:[\w-]+\s+)?(?:swap|exchange)\b",
    re.I,
)
_PLANE_DOWNED = re.compile(r"\b(?:crash\w*|downed|downing|shot\s+down|no\s+survivors)\b", re.I)
_ABOARD = re.compile(r"\b(?:on\s+board|aboard|on\s+the\s+plane)\b", re.I)
_ALL = re.compile(r"\b(?:in total|a total of|total(?:ing|led)? of|already)\b", re.I)
_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.I)
# ("the first phase of the "1,000-for-1,000" exchange": a stage of the deal, not the deal done.)
# ("The first part of the large prisoner exchange 1,000 for 1,000 has taken place")
_PART_OF_DEAL = re.compile(
    # ('as part of the large-scale "1000 for 1000" prisoner exchange')
    r"\b(?:(?:as part of|under|within)\s+(?:the|a|an)(?:\s+[\w-]+-[\w-]+)?"
    # ("each country released 390 in what officials said is a "1,000 for 1,000" exchange")
    r"|\bin\s+what\s+(?:[\w-]+\s+){0,3}?(?:is|was)\s+(?:the|a|an)"
    # ("the third and final stage of a major 1000-for-1000 prisoner exchange agreement")
    r"|(?:[\w-]+\s+)?(?:phase|stage|part|step)\s+of\s+(?:the|a|an)"
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:exchange|swap)|(?:\s+[a-z][a-z-]+){1,2})?"
    # ("completed the first stage of the prisoner exchange agreement, swapping 1,000 for 1,000")
    r"(?:\s+(?:agreement|deal))?(?:,?\s+(?:swapping|exchanging|trading))?)"
    r"\s*[“\"‘']?\s*$",
    re.I,
)
# ("the "1000-for-1000" formula, the first stage of which took place on May 23": the deal's.)
_STAGED = re.compile(r"[^.;]{0,40}?\b(?:phase|stage|part|step)s?\s+of\s+which\b", re.I)
# ("On May 23, Ukraine and Russia began the largest exchange … in the "1000 for 1000" format": the
# deal the first day began, not that day's figure.)
_BEGAN = re.compile(
    r"\b(?:began|started|launched|kicked\s+off|commenced)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,4}?(?:exchange|swap)\b",
    re.I,
)
_FORMAT_NAMED = re.compile(r"[\"”’']?\s+(?:format|formula|principle|basis|scheme)\b", re.I)
# "freed on May 24 were men": the day of a date, not a count.
_AFTER_MONTH = re.compile(rf"\b(?:{MONTH_NAMES})\.?\s+$")
_COMPLETED = re.compile(r"\b(?:completed|concluded|finished)\s+(?:by|on|in)\b", re.I)
_PROMISED = re.compile(
    # ("We will remind, earlier, on November 29, the bodies of 502 … were returned": a recall.)
    r"\b(?:promised|agreed|to be (?:exchanged|swapped|released|returned)|will(?!\s+(?:remind|recall)\b)|would"
    r"|plan(?:s|ned)? to|expected"
    # ("the exchange was planned according to the formula 160 for 160, but then … reduced to 90")
    r"|was planned"
    # ("reached an agreement on exchange of prisoners according to the formula "1000 for 1000"")
    r"|agreement on"
    r"|set to|due to|(?:was|were|is|are) to (?!blame\b)|deal to|agreement to|offer(?:ed|s)? to|proposed to"
    r"|committed to|pledged to"
    # ("after the 1000-for-1000 exchange is completed, future direct talks …")
    r"|(?:after|once|until|when)\s+the\s+[^.;,]{0,40}?\bis\s+(?:completed|complete|finished|over))\b",
    re.I,
)
# ", with Russia additionally releasing": a clause that goes on with the one before it.
_WITH_DOING = re.compile(r",\s+with\s+(?:[\w’'-]+\s+){0,3}?\w+ing\s+$", re.I)
_HAS = r"(?:has |have |had )?"
_GIVEN_BY = r"(?:handed over|released|freed|returned|transferred|repatriated) by "
# "held in Russian captivity": Russia's captives, who go home to Ukraine.
# ("Ukraine freed 215 people from captivity": brought them home, not let them go.)
# ("Ukraine returned eight children from the temporarily occupied territories and Russia": from
# where Russia holds them, as from captivity)
_FROM_HELD = r"[^.;]{0,60}?\bfrom\s+(?:(?:Russian\s+)?captivity\b|(?:the\s+)?(?:temporarily\s+)?occupied\b|Russia\b(?!['’]s))"
# ("were evacuated to Ukraine on safety grounds", "children deported to Russia": taken there, not
# returned.)
_NOT_TAKEN = r"(?<!evacuated )(?<!relocated )(?<!deported )(?<!fled )"
_TO_UKRAINE = re.compile(
    # ("freed 215 people from Russia": back from Russia, home to Ukraine.)
    rf"\b(?:Ukrainian(?!\s+captivity)|Ukrainians|defenders|{_NOT_TAKEN}to Ukraine|to (?:Kyiv|Kiev)|home to Ukraine"
    r"|arrived in Ukraine"
    # ("seven children … have reunited with their relatives in Ukraine")
    r"|reunited\s+with\s+(?:[\w’'-]+\s+){0,3}?in\s+Ukraine"
    rf"|(?:from|in) Russian captivity"
    # ("bodies were transferred from morgues on the territory of the Russian Federation")
    rf"|from Russia|from (?:morgues\s+)?(?:on|in)\s+the\s+territory\s+of\s+the\s+Russian\s+Federation"
    rf"|(?:Ukraine|Kyiv|Kiev) {_HAS}(?:received|receiving|got(?: back)?|getting|(?:brought|bringing|welcomed) (?:back|home)"
    rf"|retrieved|retrieving|recovered|recovering)"
    rf"|(?:Russia|Moscow) {_HAS}(?:returned|handed over|released|freed|transferred|sent (?:home|back))"
    # ("On May 31, Ukraine returned the bodies of 212 fallen servicemen": brought its dead home.)
    rf"|(?:Ukraine|Kyiv|Kiev) {_HAS}returned\s+(?:home\b|the\s+(?:bodies|remains)\s+of\s+(?:[\d,]+\s+)?(?:more\s+)?fallen)"
    # ("Ukraine secured the release of 106 captured soldiers", ", with Ukraine securing the release of 49")
    rf"|(?:Ukraine|Kyiv|Kiev) {_HAS}(?:secured|securing|won|obtained|achieved) the (?:release|return) of"
    # ("Ukraine on Saturday hailed the return of 45 Azov battalion fighters", "Ukraine managed to
    # return 45 National Guard soldiers")
    rf"|(?:Ukraine|Kyiv|Kiev)\s+(?:[\w-]+\s+){{0,3}}?(?:hailed|welcomed|celebrated) the (?:release|return) of"
    rf"|(?:Ukraine|Kyiv|Kiev) {_HAS}managed to (?:return|free|bring (?:back|home))"
    rf"|(?:Ukraine|Kyiv|Kiev) {_HAS}(?:returned|released|freed){_FROM_HELD}"
    rf"|{_GIVEN_BY}(?:Russia|Moscow|the Russian side))\b",
    re.I,
)
_TO_RUSSIA = re.compile(
    # ("returned from Russian occupied Ukrainian territories": from where Russia holds, home to Ukraine.)
    rf"\b(?:Russian(?!\s+captivity|[- ]occupied)|Russians|{_NOT_TAKEN}to Russia|to Moscow|arrived in Russia|(?:from|in) Ukrainian captivity|controlled by the Kyiv regime|(?:Kyiv|Kiev)-controlled territory"
    rf"|from Ukraine|reunited\s+with\s+(?:[\w’'-]+\s+){{0,3}}?in\s+Russia"
    # ("Moscow will take in 19 children and send 29 home to Ukraine")
    # (not "fighters Russia took in Azovstal": a place taken in)
    rf"|(?:Russia|Moscow)\s+(?:will\s+|would\s+)?(?:take|takes|took|taking)\s+in(?=\s+(?:\d|(?i:{NUMBER_WORDS})\b))"
    # ("the head of the "LPR" grouping … announced another exchange of prisoners: the grouping received
    # 23 of its fighters")
    rf"|(?:the\s+)?grouping\s+{_HAS}(?:received|got back)"
    rf"|(?:Russia|Moscow) {_HAS}(?:received|receiving|got(?: back)?|getting|(?:brought|bringing|welcomed) (?:back|home)"
    rf"|retrieved|retrieving|recovered|recovering)"
    # (Not "Ukraine returned 84 people – military and civilians – from Russian captivity": brought home.)
    rf"|(?:Ukraine|Kyiv|Kiev) {_HAS}(?:returned(?!\s+home\b|\s+the\s+(?:bodies|remains)\s+of\s+(?:[\d,]+\s+)?(?:more\s+)?fallen"
    rf"|{_FROM_HELD})|(?:released|freed)(?!{_FROM_HELD})|handed over|transferred)"
    rf"|(?:Russia|Moscow) {_HAS}(?:secured|securing|won|obtained|achieved) the (?:release|return) of"
    rf"|(?:Russia|Moscow)\s+(?:[\w-]+\s+){{0,3}}?(?:hailed|welcomed|celebrated) the (?:release|return) of"
    rf"|(?:Russia|Moscow) {_HAS}managed to (?:return|free|bring (?:back|home))"
    # ("248 military personnel had been handed over by Ukraine")
    rf"|{_GIVEN_BY}(?:Ukraine|Kyiv|Kiev|the Ukrainian side))\b",
    re.I,
)
_RECEIVER = re.compile(
    # ("while Moscow says it received 246 soldiers")
    # ("Ukraine said earlier on Friday it had received the bodies of 563 soldiers")
    rf"\b(Ukraine|Kyiv|Kiev|Russia|Moscow) (?:(?:says|said|stated|reported) (?:[\w-]+ ){{0,3}}?(?:that )?it )?{_HAS}"
    r"(?:received|receive|receiving|got back|retrieved|recovered)\s+"
    r"(?:another\s+|an?\s+(?:additional|further)\s+|the\s+(?:(?:bodies|remains)\s+of\s+)?)?$",
    re.I,
)
_FROM_THE_SIDE = re.compile(
    r"\bfrom\s+(?:the\s+)?(Russian|Ukrainian)\s+(?:side|government|authorities|Federation)\b", re.I
)
_GOT = re.compile(r"\b(?:received|receives|receive|got|recovered|retrieved|obtained)\b", re.I)
_SPOKE = re.compile(r"\b(?:said|says|told|stated|announced|reported|claimed|according)\b", re.I)
# One person freed for a count of the other side: "handed over nine captured Russian soldiers to
# secure the freedom of the mayor of the city of Melitopol", "… in order to gain the release of
# Melitopol's mayor", "Federov was released in exchange for nine captured Russian soldiers".
_ONE_PERSON_FOR = (
    r"(?:the\s+)?(?:mayor|head|priest|journalist|pilot)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?[A-Z][\w-]+"
    r"|[A-Z][\w-]+['’]s\s+(?:mayor|head)\b"
)
_FOR_ONE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:to\s+(?:secure|gain|win)|in\s+order\s+to\s+(?:secure|gain|win))\s+the\s+"
    rf"(?:freedom|release|return)\s+of\s+(?P<who>{_ONE_PERSON_FOR})"
)
_ONE_FOR_BEFORE = re.compile(
    rf"(?:(?P<who>\b(?!(?:Ukraine|Russia|Kyiv|Kiev|Moscow|Azov|This|That|It|Each|Which|What|Another|One|None|Nobody"
    rf"|Everyone|Everybody|All|Both|Some|Many|Several|Most|Others?)\b)[A-Z][a-z]+|{_ONE_PERSON_FOR})\s+(?:was|had\s+been)"
    rf"\s+(?:released|freed|swapped|exchanged)|\b(?:freed|released)\s+(?P<whom>{_ONE_PERSON_FOR}))"
    r"\s+(?:in\s+exchange\s+)?for\s+$"
)
_EQUAL = re.compile(
    # ("Moscow returned 246 servicemen, with Kyiv receiving the same number")
    r"\b(?:for|in exchange for|in return for|received|receiving|got|getting|got back|returned|handed over|freed"
    r"|released|and)"
    # ("the return of 146 Russian military personnel and a matching number of Ukrainian soldiers")
    r" (?:an equal|the same|a matching|an identical) number\b",
    re.I,
)
# "returned the bodies of 1,200 ... and received none of its own": the other side's figure is 0.
_NONE = re.compile(
    r"\b(?:received|receiving|got|getting|got back)\s+(?:none|nothing|no (?:bodies|prisoners|one))\b"
    r"|\bnothing in return\b",
    re.I,
)
# "Moscow did not receive any bodies of fallen soldiers from the Ukrainian side this time": the
# side named got none.
_GOT_NONE = re.compile(
    r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\s+(?:did not|didn[’']t|has not|have not|had not)\s+"
    r"(?:receive|received|get|got)\s+(?:back\s+)?(?:any|a single)\b"
)
_SIDE_NAME = r"(?:Russia|Moscow|Ukraine|Kyiv|Kiev)"


def _side_named(name: str) -> Side:
    """The side a capital or country names."""
    return "russia" if name in ("Russia", "Moscow") else "ukraine"


_GAPPED = re.compile(rf",?\s+and\s+(?P<side>{_SIDE_NAME}),?\s+{_NUM}(?=\s*[.,;)]|\s*$)")
_GAP_REACH = 30  # characters between a count and "and Russia 45"
_SIDE_GOT_BARE = re.compile(
    rf"\b(?P<side>{_SIDE_NAME})\s+(?:received|receiving|retrieved|retrieving|recovered|recovering"
    rf"|got|getting)\s+{_NUM}(?=\s*[.,;]|\s+and\b)"
)
_NATION = re.compile(r"\b(?:Ukrainian|Russian)s?\b")
# The words that make a count one side's: its nation, "its soldiers", "defenders".
_ONE_SIDE_S = re.compile(r"\b(?:Ukrainians?|Russians?|its|their|our|defenders)\b")
# "Nearly 300 people involved in the swap": both sides together, not one side's figure.
_BOTH_SIDES = re.compile(
    r"^\s+(?:[\w’'-]+\s+){0,2}?(?:involved|taking part|took part|exchanged in all)\b"
    # ("more than 250 prisoners of war were exchanged between Ukraine and the Russian Federation",
    # "Some 220 troops have been released from captivity as Russia and Ukraine conducted the latest
    # in a series of prisoner swaps": both sides' people, counted together.)
    r"|^\s+(?:(?!(?:who|which|that)\b)[\w’'-]+\s+){0,4}?(?:were|was|have\s+been|had\s+been)\s+"
    r"(?:(?:exchanged|swapped|traded)\s+between\b|(?:released|freed|exchanged|swapped)\b[^.;]{0,30}?\bas\s+"
    rf"{_SIDE_NAME}\s+and\s+{_SIDE_NAME}\s+(?:conducted|exchanged|swapped|carried\s+out|held)\b)",
    re.I,
)
_DONE = re.compile(
    r"\b(?:brought (?:home|back)|came home|returned|received|got back|(?:were|was) (?:freed|released|exchanged|swapped|handed over))\b",
    re.I,
)
_HOME = re.compile(
    r"\b(?:came home|come home|coming home|returned home|return home|returning home|brought home|bringing home|bring home|our)\b",
    re.I,
)
# Said by one side with no other cue, "were freed" and "arrived" are that side's people.
_RETURNED = re.compile(
    # ("the authorities were able to return 207 people from captivity", in Zelensky's words; not
    # "wasn't able to return 150 soldiers")
    r"\b(?:returned|released|freed|arrived|came back|brought back|repatriated|received|got back|the return of"
    r"|(?<!n't )(?<!n’t )(?<!not )(?<!not yet )(?<!n't been )(?<!n’t been )(?<!never )"
    r"(?:able|managed)\s+to\s+(?:return|bring\s+back))\b",
    re.I,
)
# "Among those freed were 27 Mariupol defenders": part of an exchange, not its figure.
_SUBSET = re.compile(
    r"\b(?:among|including|includ(?:ed|es)|of them|of whom|of those|except(?: for)?)\b", re.I
)
_CATEGORIES = {
    "servicemen": re.compile(
        r"\b(?:servicem[ae]n|soldiers|military|troops|POWs?|prisoners of war|defenders|marines|guardsmen|border guards"
        r"|combatants|warriors)\b",
        re.I,
    ),
    "civilians": re.compile(r"\b(?:civilians?|residents)\b", re.I),
    "wounded or seriously ill": re.compile(
        r"\b(?:seriously|severely|gravely) (?:ill|wounded|injured)|\bwounded\b", re.I
    ),
    "under 25": re.compile(r"\bunder(?: the age of)? 25\b|\bunder-25s?\b|\baged 18 to 24\b|\byoung\b", re.I),
    # ("the body of Viktoriia was not handed over as part of the repatriation process")
    "bodies of the dead": re.compile(r"\b(?:bodies|remains|fallen|slain)\b|\bbody of\b", re.I),
    "women": re.compile(r"\bwomen\b", re.I),
    "children": re.compile(r"\bchildren\b", re.I),
}
_MEDIATED = re.compile(
    r"\b(?:mediation|mediated|brokered|facilitated|help|assistance|efforts|support)\s+(?:of|by|from)\s+(?P<who>[^.;]{0,80})"
    r"|(?P<who2>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?:-brokered|-mediated|\s+(?:mediated|brokered|acted as (?:a )?mediator))"
    # "thanks to the UAE's mediation", "Türkiye's mediation", "Emirati mediation"
    r"|(?P<who3>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)(?:['’]s)?\s+(?:mediation|mediators?|mediating)\b"
    # "The United Arab Emirates said it succeeded in mediating the release"
    r"|(?P<who4>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)\s+(?:said\s+(?:it|they)\s+(?:had\s+)?)?"
    r"(?:succeeded in|successfully)\s+mediat(?:ing|ed)\b",
)
_AGREEMENT = re.compile(
    r"\b(?:under|as part of|in line with|following|pursuant to|implementing|in accordance with)\s+(?:the\s+)?"
    r"(?:(?P<venue>[A-Z][\w]+)\s+)?(?:agreements?|deal|accords?|arrangements?|understandings?)"
    r"(?:\s+(?:reached|struck|agreed|made)\s+(?:in|at|during)\s+(?:the\s+)?(?P<venue2>[A-Z][\w]+|\w+ round))?"
    r"|\bagreed\s+(?:at|in|during)\s+(?:the\s+)?(?P<venue3>[A-Z][\w]+)",
)
# An exchange agreed at a round is carried out within weeks: the promise joins the exchange.
PROMISE_DAYS = 45
_ORDINAL_EXCHANGE = re.compile(r"\b(?P<n>\d+)(?:st|nd|rd|th)\s+(?:prisoner\s+)?(?:exchange|swap)\b", re.I)


class Figure(BaseModel):
    """One figure a source gives: how many came home to one side, and where it says so."""

    side: Side
    value: int
    kind: Kind
    promised: bool = False  # a figure agreed or planned, not one delivered
    # The sentence's figures for one side that this one adds up ("Ten Ukrainian soldiers ... and
    # nine civilians were released": 19, from 10 and 9); empty when the sentence states it whole.
    parts: list[int] = []
    stage: str | None = None  # the day it was delivered on, for a staged exchange
    # "over 100", "about 300", "up to 50": the figure as a bound or a round number, not a count.
    bound: Literal["at least", "about", "at most"] | None = None
    # How a figure no sentence states was worked out from one that counts both sides together
    # ("190 in all, less the 95 returned to Ukraine") or from one person named ("one person, named:
    # 'the mayor of the city of Melitopol'"); None for a stated figure.
    inferred: str | None = None
    article: str
    sentence: str
    start: int
    end: int
    claimed_by: str | None


class Source(BaseModel):
    article: str
    sentence: str
    start: int
    end: int
    claimed_by: str | None


class Stage(BaseModel):
    date: str
    to_ukraine: int | None
    to_russia: int | None


class Exchange(BaseModel):
    """One exchange (or release, or repatriation of bodies) with its figures and their sources."""

    id: str
    date: str | None
    end_date: str | None = None
    precision: Precision | None
    status: Status | None
    to_ukraine: int | None
    to_russia: int | None
    kind: Kind | None
    categories: list[str]
    mediators: list[str]
    agreement: str | None
    ordinal: int | None = None
    stages: list[Stage] = []
    promised_to_ukraine: int | None = None
    promised_to_russia: int | None = None
    sources: list[Source]
    figures: list[Figure]
    conflicts: list[str]

    @property
    def day(self) -> dt.date | None:
        """The first day the exchange may fall on, as a real date (as an event's)."""
        return first_day(self.date)


@cache
def _actors() -> dict[str, dict[str, list[re.Pattern[str]]]]:
    data = knowledge("actors")
    return {
        group: {name: [re.compile(rf"\b{p}\b") for p in patterns] for name, patterns in names.items()}
        for group, names in data.items()
    }


def claimant_side(claimed_by: str | None, group: str = "sides") -> str | None:
    """The side a claimant speaks for, as actors.yaml knows them (its outlets, for "outlets")."""
    if not claimed_by:
        return None
    # "Russia and Ukraine said they had freed more than 200": both sides speak for no one side.
    sides = [
        name for name, patterns in _actors()[group].items() if any(p.search(claimed_by) for p in patterns)
    ]
    return sides[0] if len(sides) == 1 else None


def mediators(sentences: Iterable[str]) -> list[str]:
    """The mediators sentences credit, in actors.yaml's names, first named first."""
    return list(dict.fromkeys(name for s in sentences for name in _mediators_in(s)))


@kept  # the same sentences are read for every render
def _mediators_in(sentence: str) -> list[str]:
    found: list[str] = []
    for match in _MEDIATED.finditer(sentence):
        who = next((w for w in match.group("who", "who2", "who3", "who4") if w), "")
        for name, patterns in _actors()["mediators"].items():
            if name not in found and any(p.search(who) for p in patterns):
                found.append(name)
    return found


def _number(text: str) -> int:
    return int(re.sub(r"[ ,]", "", text)) if text[0].isdigit() else number_in_words(text)


_STAGE_OF = r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:part|phase|stage|step)\s+of\b"


# ("One child would return to Russia and five children would be reunited with their families in
# Ukraine": "and", after a clause that ends at its side, opening another count's own clause, which
# names its own side; not "Russia returned 50 soldiers to Ukraine and 10 civilians were also freed",
# whose second count takes the first's side.)
_AND_ANOTHER_COUNT = re.compile(
    r"(?:(?<=Russia )|(?<=Ukraine )|(?<=home )|(?<=back ))and"
    rf"(?=\s+(?:another\s+)?(?:\d[\d,]*|(?i:{NUMBER_WORDS}))\s+(?:[\w’'-]+\s+){{0,2}}?"
    r"(?:would|will|were|was|have|has|had|are|is)\b[^.;,]*?\b(?:Russia|Ukraine|Moscow|Kyiv|Kiev)\b)"
)
# Characters after a count's start read for the clause "and" opens before it.
_AND_REACH = 200


def _clause(text: str, start: int, end: int) -> str:
    """The clause around a span: from the last break before it to the next break after it."""
    left = max(
        (
            m.end()
            for m in re.finditer(
                r"[;:]|,\s+(?:and|while|but|whereas|with)\b|\b(?:while|whereas|but)\b", text[:start]
            )
        ),
        default=0,
    )
    left = max(
        [left]
        + [m.end() for m in _AND_ANOTHER_COUNT.finditer(text, 0, start + _AND_REACH) if m.end() <= start]
    )
    # ("..., a week after Trump announced a swap would take place": what came before is apart; so
    # is what "..., the first part of an exchange that will see them swap 500 each" says of it.)
    right = re.search(
        r"[;:]|,\s+(?:and|while|but|whereas|with)\b|\b(?:while|whereas|but)\b|\bin (?:return|exchange)\b"
        # ("exchanged 160 bodies of fallen soldiers for 160 bodies of Russian soldiers": the other
        # side's count, and its flag, are apart.)
        r"|\bfor\s+(?:(?:about|some|around|nearly|almost|over|more\s+than|up\s+to)\s+)?"
        r"(?:the\s+(?:bodies|remains)\s+of\s+)?\d[\d,]*(?![\d,])(?!\s+(?:years?|months?|weeks?|days?|hours?)\b)"
        # ("each released 390 prisoners on Friday and said they would free more": what was done.)
        r"|\band\s+(?:said|says|added|announced)\b"
        # ("Moscow will take in 19 children and send 29 home to Ukraine": another count's way.)
        r"|\band\s+(?:send|sends|sent|hand\s+over|hands\s+over|handed\s+over|release|releases|return|returns)\s+\d"
        r"|,\s+(?:[\w-]+\s+){0,2}?(?:after|before|since)\b"
        # ("exchanged 84 prisoners each on Thursday, the latest in a series of swaps … and one that
        # comes a day before presidents … are set to meet": the swap ranked, then other news.)
        r"|,\s+the\s+(?:latest|last|first|\w+est)\s+(?:in|of)\b"
        # ("… after a prisoner swap with Russia, which said that three of its pilots had been
        # released by Kyiv": another speaker's count.)
        r"|,\s+(?:which|who)\s+(?:said|says|claimed|reported)\b|"
        + _AND_ANOTHER_COUNT.pattern
        + "|"
        + _STAGE_OF,
        text[end:],
    )
    return text[left : end + (right.start() if right else len(text) - end)]


_HELD_BY = re.compile(
    # ("19 crew members of the rescue ship Sapfir captured by the Russian invaders")
    # ('19 crew members of the "Sapphire" rescue ship captured by the Russian occupiers')
    # ("10 prisoners held by pro-Russian forces in Ukraine")
    r"\s+(?:[\w\"“”'’-]+\s+){0,6}?(?:held|captured|detained)\s+(?:captive\s+|prisoner\s+)?(?:by|in)\s+(?:the\s+)?"
    r"(?:pro-?)?(Russia\w*|Ukrain\w*)",
    re.I,
)
_BY_SIDE = re.compile(r"\s+(?:captive\s+|prisoner\s+)?by\s+(?:the\s+)?(?:pro-?)?(Russia\w*|Ukrain\w*)", re.I)
# "... have been returned to Ukraine", "were returned to the Russian side".
_RETURNED_TO = re.compile(
    r"\b(?:returned|repatriated|handed over|transferred|brought (?:home|back))\s+to\s+"
    r"(?:(Ukraine|Russia)\b|the\s+(Ukrainian|Russian)\s+side\b)",
    re.I,
)


# "Russia and Ukraine exchanged 372 prisoners of war, including ... Ukrainian soldiers": both sides'
# people, all or each, as the count's own words do not say.
_MUTUAL = re.compile(
    # ("Russia and Ukraine on Saturday exchanged 492 prisoners")
    rf"\b{THE_SIDES}\s+and\s+{THE_SIDES}\s+(?:on\s+\w+\s+)?"
    r"(?:have\s+|had\s+|(?:have\s+|had\s+)?agreed\s+to\s+)?"
    # ("Ukraine and Russia freed 538 prisoners of war on Saturday")
    r"(?:exchanged|swapped|traded|exchange|swap|trade|freed|released)\s+(?:[\w-]+\s+){0,2}?$"
    # ("a new exchange of captives between the Russian Federation and the Republic of Ukraine,
    # resulting in the release of 190 captives": both sides together)
    r"|\bexchange\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?between\s+(?:the\s+)?(?:Russian Federation|Russia|Ukraine)\s+and\s+"
    r"(?:the\s+)?(?:Republic\s+of\s+Ukraine|Ukraine|Russian Federation|Russia),\s+(?:resulting\s+in|with|involving)"
    r"\s+(?:the\s+)?(?:release|return)\s+of\s+$"
)


# ("a huge prisoner swap involving some 260 people": a rough count of both sides together.)
_INVOLVING_ALL = re.compile(
    r"\binvolving\s+(?:a\s+total\s+of|some|about|around|nearly|almost|roughly|approximately|close\s+to)\s+$",
    re.I,
)
# "their 58th prisoner exchange, involving 190 detainees", "205 people in all": both sides'
# people together.
_INVOLVING = re.compile(
    # ("Russia and Ukraine have released a total of 190 captured soldiers")
    r"(?:\b(?:Russia\s+and\s+Ukraine|Ukraine\s+and\s+Russia|Moscow\s+and\s+Ki(?:y|e)v|Ki(?:y|e)v\s+and\s+Moscow|both\s+sides"
    r"|the\s+two\s+sides)\s+(?:[\w-]+\s+){0,3}?a\s+total\s+of\s+"
    rf"|\binvolving\s+(?:a\s+total\s+of\s+)?|(?<![\w.,-])(?=[\d\w,]+\s+(?:[\w-]+\s+){{0,3}}?(?:{_PEOPLE})"
    # (not "869 bodies of killed defenders in total since he was appointed": a running total)
    r"\s+(?:in\s+total|in\s+all|altogether|combined)\b(?!\s+(?:since|so\s+far|to\s+date)\b)))"
    rf"{_NUM}\s+(?:[\w-]+\s+){{0,3}}?(?:{_PEOPLE})\b",
    re.I,
)


@kept
def both_sides_in(text: str) -> tuple[tuple[int, bool], ...]:
    """The counts a sentence gives of both sides' people together: (value, whether it says so,
    as "involving 190 detainees" does; "Russia and Ukraine exchanged 372 prisoners" may be all or
    each)."""
    found = [
        (_number(m.group("n")), True)
        for m in _INVOLVING.finditer(text)
        if not _ANOTHER_SWAP.search(text, max(0, m.start() - 60), m.start())
    ]
    found += [
        (_number(m.group("n")), False)
        for m in _COUNT.finditer(text)
        if _MUTUAL.search(text, 0, m.start()) and not _EACH.match(text, m.start())
    ]
    return tuple(found)


_FORCES = re.compile(r"\b(Russian|Ukrainian)\s+(?:forces|troops|military|army|authorities|side)\b")
# "LVIV, Ukraine — ": where the report was filed, no side of the story.
_DATELINE = re.compile(r"[A-Z][A-Z .’'-]+,\s+[A-Z][\w ]{2,30}?\s+[—–-]{1,2}\s+")


def _side(
    text: str, m: re.Match[str], words: str, claimant: str | None, outlet: str | None = None
) -> Side | None:
    # A count's own words say whose people they are: "390 Ukrainian servicemen", "the remains
    # of 1,000 Ukrainian soldiers", "the bodies of 35 of its soldiers" (its own: see the clause).
    # ("24 bodies of Russian soldiers": the words after the noun, when the noun says nothing).
    # ("270 military personnel released from Ukrainian captivity": the whole phrase.)
    # (Not what they did: "the bodies of 501 soldiers killed fighting Russian forces".)
    after = re.match(
        # (Nor what another side did: "Ukraine receive 215 of its citizens with Russia receiving 55".)
        # (Nor where they came from: "the bodies of 563 soldiers from Russian authorities".)
        r"[\"”]?(?:\s+(?!(?:killed|fighting|who|which|that|while|with|and|for)\b|from\s+(?:the\s+)?(?:Russian|Ukrainian)\s+(?!captivity\b)[a-z])"
        r"[\w’'-]+){0,3}(?:\s+captivity\b)?",
        text[m.end() :],
    )
    # ("55 servicemen fighting for the Russian side": whom they fought for, not against.)
    if fought_for := _FOUGHT_FOR.match(text, m.end()):
        return "russia" if fought_for.group(1).lower().startswith("russia") else "ukraine"
    # (All the nouns: "31 wounded Ukrainians".)
    own = f"{words} {text[m.start('noun') : m.end()]}" if "noun" in m.groupdict() else ""
    # "nine civilians held by the Russian military": held by one side, they go home to the other.
    # ("116 of their soldiers captured by Russian troops were released": the count's words end with
    # "captured"; not "two Georgian citizens captured by Russia", told of no release)
    held = _HELD_BY.match(text, m.end()) or (
        _BY_SIDE.match(text, m.end())
        if m.group(0).lower().endswith("captured") and _FREED.search(text, m.end())
        else None
    )
    for described in (own, f"{own} {after.group(0) if after else ''}"):
        to_ukraine, to_russia = bool(_TO_UKRAINE.search(described)), bool(_TO_RUSSIA.search(described))
        if to_ukraine != to_russia:
            return "ukraine" if to_ukraine else "russia"
        if held:
            return "russia" if held.group(1).lower().startswith("ukrain") else "ukraine"
    # ("Russia returned 19 bodies of its soldiers": its own dead, home to the side the sentence
    # names; so are the living, "Russia returned 115 of its servicemen", unless someone speaks
    # first, whose "its" it may be: "Ukraine said that Russia released 215 of its soldiers".)
    # ("Russian forces freed the mayor … in exchange for nine of their captured conscripts": the
    # forces, when no side is named by name.)
    start = dateline.end() if (dateline := _DATELINE.match(text)) else 0
    named = re.findall(r"\b(Russia|Moscow|Ukraine|Kyiv|Kiev)\b", text[start : m.start()]) or [
        "Russia" if found[1].startswith("Russian") else "Ukraine"
        for found in _FORCES.finditer(text, start, m.start())
    ]
    its = re.search(r"\b(?:its|their)\s+(?:own\s+)?$", words.split("of", 1)[-1] + " ") or re.match(
        r"\s+of\s+(?:its|their)\b", text[m.end() :]
    )
    # (Of the living, only where one side is named: not "Ukraine … since Russia invaded, securing
    # the release of 144 of its soldiers".)
    one_side = len({n in ("Russia", "Moscow") for n in named}) == 1
    dead = re.search(r"\b(?:bodies|remains)\b", m.group(0), re.I)
    if its and named and (dead or (one_side and not _SPOKE.search(text, 0, m.start()))):
        return _side_named(named[-1])
    # ("63 of its troops had been returned, meaning 179 prisoners freed in total during the swap":
    # the counts before it added, both sides' people; not "Ukraine brought home 390 people in total
    # during the three-day exchange", nor after a date's digits, "On February 4, …".)
    if _IN_THIS_SWAP.search(text, m.end(), m.end() + 40) and _COUNT.search(text, 0, m.start()):
        return None
    if _MUTUAL.search(text, 0, m.start()) or _SWAP_OF.search(text, max(0, m.start() - 60), m.start()):
        return None
    # ("Ukraine returned 303 soldiers", in a Kyiv outlet: brought home; in wire copy it may be
    # either, and the count's own words or the rest of the clause say which.)
    if "Ukraine" in (outlet, claimant) and _KYIV_RETURNED.search(text, max(0, m.start() - 40), m.start()):
        return "ukraine"
    # "Ukraine received another 1,200 bodies, which, according to the Russian side, belong to
    # Ukrainian citizens": the side named receiving them, whatever the rest of the clause says.
    if receiver := _RECEIVER.search(text, max(0, m.start() - 60), m.start()):
        return "russia" if receiver.group(1).lower() in ("russia", "moscow") else "ukraine"
    clause = _clause(text, m.start(), m.end())
    # (Whom the dead fought is not whose they are: "received the bodies of 501 soldiers killed
    # fighting Russian forces".)
    at = clause.find(m.group(0))
    if fought := re.search(r"\bfighting\b", clause[at:]) if at >= 0 else None:
        clause = clause[: at + fought.start()]
    # (Nor who speaks: "The Russian Defence Ministry announced on Wednesday that Moscow returned 175
    # soldiers".)
    if at > 0 and (said := _SAID_THAT.search(clause, 0, at)):
        clause = clause[said.end() :]
    # ("received 563 bodies of its deceased soldiers from the Russian Government": from Russia;
    # but "100 war prisoners from the Ukrainian side" are Ukraine's.)
    if _GOT.search(clause, 0, max(clause.find(m.group(0)), 0)):
        clause = _FROM_THE_SIDE.sub(
            lambda f: "from Russia" if f[1].lower() == "russian" else "from Ukraine", clause
        )
    to_ukraine, to_russia = bool(_TO_UKRAINE.search(clause)), bool(_TO_RUSSIA.search(clause))
    if to_ukraine != to_russia:
        return "ukraine" if to_ukraine else "russia"
    returned = bool(_HOME.search(clause) or _RETURNED.search(clause))
    # ("…, while representatives of Russia claimed that 248 servicemen had been brought back",
    # "Russia's Defence Ministry reported the return of 82 soldiers …, while 140 people were
    # returned to Ukraine": the side that speaks just before the count, whoever the article quotes.)
    if returned and (speaker := _SPEAKER.search(text, max(0, m.start() - 80), m.start())):
        return "russia" if speaker.group(1).lower().startswith(("russia", "moscow")) else "ukraine"
    # "1,000 bodies ..., which, according to the Russian side, may belong to Ukrainian defenders,
    # have been returned to Ukraine": where the sentence says they went, before who said so.
    went = {(m.group(1) or m.group(2)).lower().startswith("ukrain") for m in _RETURNED_TO.finditer(text)}
    if len(went) == 1:
        return "ukraine" if went == {True} else "russia"
    # ("more than 500 people returned to their home countries": both sides' people, together.)
    if _THEIR_COUNTRIES.search(clause):
        return None
    # ("On the Russian side, the defense ministry said that 63 of its troops had been returned": the
    # side the sentence opens with, for its first count, where nothing else says where they went.)
    if (
        (opened := _ON_THE_SIDE.match(text))
        and not _COUNT.search(text, opened.end(), m.start())
        and not re.search(r"\bto\s+(?:Ukraine|Russia|Kyiv|Kiev|Moscow)\b", text)
    ):
        return "russia" if opened.group(1).lower() == "russian" else "ukraine"
    # ("205 servicemen returned home", in Zelensky's words, or in a Kyiv outlet's copy when it
    # names neither side: not "Moscow received 101 servicemen while 100 … were returned to Kiev".)
    home = claimant or (outlet if not _A_SIDE.search(clause) else None)
    if returned and home in ("Ukraine", "Russia"):
        return "ukraine" if home == "Ukraine" else "russia"
    return None


_FOUGHT_FOR = re.compile(
    # ("10 foreign combatants captured while fighting for Ukraine")
    r"\s+(?:who\s+(?:were\s+|had\s+)?|while\s+)?(?:fighting|fought|served|serving)\s+(?:for|on)\s+(?:the\s+)?"
    # ("10 foreigners who fought on the side of Ukraine")
    r"(?:side\s+of\s+)?(Russian|Ukrainian|Russia|Ukraine)\b(?:'s)?(?:\s+(?:side|army|armed forces|forces))?",
    re.I,
)
# "concluding a swap of some 190 prisoners today": the swap's size, both sides' people together,
# whatever flag the clause names.
_SWAP_OF = re.compile(
    r"\b(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:swap|exchange)\s+of\s+"
    r"(?:(?:some|about|around|nearly|almost|roughly|more than|over|up to)\s+)?$",
    re.I,
)
_KYIV_RETURNED = re.compile(
    r"\b(?:Ukraine|Kyiv|Kiev)\s+(?:has\s+|have\s+)?returned\s+(?:another\s+|home\s+|the\s+(?:(?:bodies|remains)\s+of\s+)?)?"
    # ("Ukraine returned four marines and two civilians": the list's next count too)
    r"(?:(?:(?!Russian)[\w-]+\s+){1,3}and\s+)?$"
)
_SAID_THAT = re.compile(
    r"^[^.;]*\b(?:said|says|announced|reported|claimed|stated)\s+(?:on\s+\w+\s+)?that\s+", re.I
)
_SPEAKER = re.compile(
    r"\b(Russia|Russian|Moscow|Ukraine|Ukrainian|Kyiv|Kiev)\b[^.;,]{0,40}?"
    r"\b(?:said|says|claimed|claims|reported|reports|announced|stated)\s+(?:that\s+)?"
    r"(?:the\s+(?:return|release)\s+of\s+)?$",
    re.I,
)
_THEIR_COUNTRIES = re.compile(
    r"\btheir\s+(?:home\s+)?(?:countries|homelands|respective\s+(?:countries|sides))\b", re.I
)
_ON_THE_SIDE = re.compile(r"\s*(?:On|For)\s+the\s+(Russian|Ukrainian)\s+side\s*,", re.I)
_A_SIDE = re.compile(r"\b(?:Ukrain\w*|Kyiv|Kiev|Russia\w*|Moscow|Kremlin)\b", re.I)


Found = tuple[Side, int, str, bool, int, int, tuple[int, ...]]


@kept  # a sentence is read again for each exchange its article reports, and in every render
def figures_in(text: str, claimed_by: str | None = None) -> tuple[Found, ...]:
    """The figures of people returned that one sentence gives: (side, value, kind, promised,
    start, end, parts) each, `parts` the figures it adds up ("10 soldiers and 9 civilians")."""
    # A transcript's pause ("each exchanged... 307 of their service personnel") is read as a space,
    # of the same length so the offsets still point into the sentence.
    paused = text.replace("...", "   ").replace("…", " ")
    found = _added_up(paused, _figures_of(paused, claimed_by))
    # ("Russia and Ukraine have exchanged bodies in two previous instances: on November 8, 563
    # Ukrainian soldiers were returned for 37 Russian soldiers": the soldiers are the bodies.)
    told = _BODIES_EXCHANGED.search(paused)
    if (
        told
        and not _NAMES_THE_LIVING.search(paused)
        and all(f[2] == "pows" and f[4] > told.start() for f in found)
    ):
        return tuple((f[0], f[1], "bodies", *f[3:]) for f in found)
    return tuple(found)


_BODIES_EXCHANGED = re.compile(
    r"\b(?:exchang\w*|swap\w*|repatriat\w*|transfer\w*)\s+(?:of\s+)?(?:the\s+)?(?:bodies|remains)\b"
    r"|\bbody\s+(?:exchange|swap)s?\b",
    re.I,
)


# ("as well as, as a gesture of goodwill, 22"; not "while, in exchange, 84", the other side's)
_AN_ASIDE = r"(?:,(?!\s*in\s+(?:exchange|return)\b)[^,;.]{1,50},)?"
# "Ten Ukrainian soldiers, including two officers, and nine civilians", "received 246 of its
# service members, while 15 severely wounded Russian soldiers were transferred", "300 Ukrainian
# servicemen were heading home, accompanied by two Ukrainian civilians": one side's figures,
# coordinated; "and one civilian": the one that counts ("one of the soldiers" does not).
_AND = re.compile(
    # ("Nineteen sailors ... and another ten servicemen"; '175 POWs, as well as "22 seriously wounded')
    # ("175 prisoners of war of the Armed Forces of Ukraine, as well as 22 seriously wounded")
    # ("four fallen Defenders from Luhansk direction and four killed soldiers")
    # ("215 Ukrainian POWs (including members of the Azov Regiment …), plus 10 foreign combatants")
    r"(?:(?:,[^,;.]{1,60},|\s*\([^()]{1,120}\)|\s+(?:from|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}"
    r"(?:\s+(?:direction|axis|front|region|oblast))?)?"
    # ('eight "territorial defenders" and eight representatives': a closing quote first)
    # ("157 prisoners of war from each side, with three Russian civilians also returned")
    # ("175 … were handed over, as well as, as a gesture of goodwill, 22 severely wounded": an aside)
    rf"[\"”]?(?:\s+and\s+|,?\s+(?:while|plus)\s+|,?\s+as well as{_AN_ASIDE}\s+|,\s+with\s+))"
    r"(?:another\s+|a\s+further\s+|[\"“])?"
    r"|(?:\s+[a-z]+){0,4},?\s+(?:accompanied by|along with|together with)\s+"
    # ("270 military personnel had returned to Russia, as well as 120 civilians"; "175 … were handed
    # over, as well as, as a gesture of goodwill, 22 severely wounded")
    r"|\s+(?:had|have|has|were|was)\s+(?:been\s+)?(?:returned|handed\s+over|released|freed)"
    rf"(?:\s+(?:home\s+)?to\s+(?:Russia|Ukraine)\b)?,\s+as\s+well\s+as{_AN_ASIDE}\s+"
)
# Who, named beside a count, is one more of those freed (an official or a leader who welcomed them is not).
_FREED_AS = (
    r"(?:politician|lawmaker|journalist|activist|businessman|oligarch|priest|volunteer|medic|pilot|mayor)"
)
# Moscow's own, who go to Russia: "pro-Kremlin", "pro-Russian", "Putin's crony".
_MOSCOWS = r"(?:pro-(?:Kremlin|Russian|Moscow)|Putin[’'ʼ]s)"
_ONE_PERSON = (
    r"(?:one|a)\s+(?:[\w.-]+\s+){0,2}?(?:civilian|soldier|serviceman|servicewoman|woman|man|child|pilot"
    r"|officer|medic|prisoner|citizen|national|foreigner|defender)\b"
)
_AND_ONE = re.compile(
    # ("three Ukrainian children and one disabled young man")
    rf"\s+and\s+{_ONE_PERSON}"
    # ("55 Russian POWs along with pro-Kremlin Ukrainian opposition politician Viktor Medvedchuk",
    # "55 Russians, along with Viktor Medvedchuk, a pro-Kremlin politician"): one person named.
    # (Not an official who welcomed them: "along with military intelligence leader Kyrylo Budanov".)
    # ("55 Russian soldiers, as well as the pro-Kremlin Ukrainian politician and oligarch Victor
    # Medvechuk")
    rf"|,?\s+(?:(?:along|together)\s+with|as\s+well\s+as)\s+(?:(?:(?-i:[a-z][\w-]*|[A-Z][\w-]*)\s+){{0,4}}?"
    rf"{_FREED_AS}(?:\s+and\s+{_FREED_AS})?\s+"
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)(?=\s*(?:[,.;]|$|in\s+(?:exchange|return)\b))"
    rf"|(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?{_FREED_AS}\b)"
    # ("55 prisoners of war and a high-level ally of Russian President Vladimir Putin")
    r"|\s+and\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:ally|associate|friend)\s+of\b"
    # ("55 Russians and Pro-Kremlin Ukrainian opposition politician Viktor Medvedchuk in exchange
    # for"; after "and", only what the person is: not "and thanked activist Oleksandra Matviichuk")
    rf"|\s+and\s+(?:(?-i:[A-Z][\w-]*|opposition|former|pro-[\w-]+)\s+){{0,4}}?{_FREED_AS}\s+"
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)(?=\s*(?:[,.;]|$|in\s+(?:exchange|return)\b))",
    re.I,
)

# ("one civilian and 35 soldiers were returned home"): one more, named first.
_ONE_AND = re.compile(
    rf"(?:^|[,;:]\s+|\b(?:were|was|returned|freed|released)\s+){_ONE_PERSON}\s+and\s+$"
    # ("Kyiv traded the pro-Kremlin Ukrainian politician Viktor Medvedchuk and 55 Russian citizens",
    # "the exchange of the Ukrainian oligarch Medvedchuk and 55 Russian soldiers", "released Viktor
    # Medvedchuk, a pro-Kremlin Ukrainian opposition politician, and 55 Russian fighters"): one
    # person, named first by what they are, and freed with them.
    # (only one said to be Moscow's: not "Melitopol mayor Ivan Fedorov and 9 Russian soldiers", who
    # went home to Ukraine, nor "Moscow's ally Belarus and 90 Ukrainian soldiers")
    r"|\b(?:traded|released|freed|swapped|exchanged|returned|handed\s+over|of|and)\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_MOSCOWS}\s+(?:[\w-]+\s+){{0,3}}?(?:{_FREED_AS}|crony|ally)\s+"
    r"(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)\s+and\s+$"
    rf"|\b(?:traded|released|freed|swapped|exchanged|returned|handed\s+over)\s+(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+),"
    rf"\s+(?:a|an|the)\s+{_MOSCOWS}\s+[^,;.]{{0,60}}?{_FREED_AS},\s+and\s+$",
    re.I,
)

# ("Victoria and 107 other women returned", "Oleg Pylypenko, the head of the OTG, and 4 other
# civilians were returned"): one person named, and that many others.
_OTHERS = re.compile(r"[\w,]+\s+other\b", re.I)
# (Not a group or a place: "Crimean Tatars and 7 other civilians", "the commanders of Azov and 50
# other soldiers".)
_NAMED_AND = re.compile(
    r"(?<![\w’'-])(?<!\bof )(?!(?:Ukraine|Russia|Kyiv|Kiev|Moscow|The|This|That|It|He|She|They|We|On|In)\b)"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]*[a-rt-z])?(?<!s)(?:,[^,;.]{1,80},)?\s+and\s+$"
)

# "12 servicemen of the national guard, 18 sailors, eight border guards … and two civilians
# returned": a list's parts, added up when the list closes with "and".
# ("the bodies of 221 Defenders who were fighting in Donetsk direction, 25 fallen soldiers in
# Zaporizhia direction, four ... and four ...": each count told where they fell)
_IN_A_LIST = re.compile(
    r"[\"”]?(?:(?:\s+[A-Z][\w’'-]*)?\s+(?:of|from|in|on|at|who|whose)\s+[^,;.]{1,50})?,\s+(?P<closes>and\s+)?"
)


# "a 246-for-246 formula, with an additional transfer of 31 wounded Ukrainian prisoners for 15
# wounded Russian soldiers": a second count of each side, on top of the first.
_MORE_PAIR = re.compile(
    r"[^.;]{0,50}?\b(?:additional|additionally|in addition|plus|further|as well as)\b[^.;]{0,50}", re.I
)


def _pairs_added(
    text: str, ordered: list[tuple[Side, int, str, bool, int, int]]
) -> tuple[list[tuple[Side, int, str, bool, int, int]], list[Found]]:
    """Each side's two counts added, where a sentence gives both sides' counts and then more of
    each; and the figures left."""
    rest: list[tuple[Side, int, str, bool, int, int]] = []
    added: list[Found] = []
    i = 0
    while i < len(ordered):
        four = ordered[i : i + 4]
        if (
            len(four) == 4
            and {four[0][0], four[1][0]} == {four[2][0], four[3][0]} == {"ukraine", "russia"}
            and not any(f[3] for f in four)
            and len({f[2] == "bodies" for f in four}) == 1
            and (
                _MORE_PAIR.fullmatch(text, four[1][5], four[2][4])
                # ("270 servicemen and 120 civilians each": two counts of both sides)
                or (
                    four[0][4] == four[1][4]
                    and four[2][4] == four[3][4]
                    and _AND.fullmatch(text, four[1][5], four[2][4])
                )
            )
        ):
            for side in (four[0][0], four[1][0]):
                a, b = (next(f for f in pair if f[0] == side) for pair in (four[:2], four[2:]))
                added.append((side, a[1] + b[1], _joined(a[2], b[2]), False, a[4], b[5], (a[1], b[1])))
            i += 4
        else:
            rest.append(ordered[i])
            i += 1
    return rest, added


_PARTS_OPEN = re.compile(r"\W*(?:In particular|Also|Among them|Of them|Specifically)\b", re.I)


# ("10 Russian soldiers were exchanged for 10 Ukrainian soldiers, and 41 Ukrainians were released in
# early May": each count with its own verb is its own release; "10 soldiers and 5 civilians were
# returned" is one.)
_TOLD_BEFORE = re.compile(r"\b(?:were|was|been)\s+(?:\w+ed|freed|swapped)\s+(?:for|with)\s+$", re.I)
_TOLD_AFTER = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\b", re.I)


def _two_told(text: str, first_start: int, second_end: int) -> bool:
    """Whether the count at `first_start` is the object of a passive swap just before it ("were
    exchanged for 10 …") and the count ending at `second_end` has a verb of its own after it ("41
    Ukrainians were released"): two releases told, not one list."""
    return bool(
        _TOLD_AFTER.match(text, second_end)
        and _TOLD_BEFORE.search(text, max(0, first_start - 40), first_start)
    )


def _added_up(text: str, found: list[tuple[Side, int, str, bool, int, int]]) -> list[Found]:
    ordered, pairs = _pairs_added(text, sorted(found, key=lambda f: f[4]))
    joined = [False] * len(ordered)  # whether figure i is added to the one before it
    open_list = [False] * len(ordered)  # whether figure i is listed after the one before it, never closed
    closed = False
    for i in range(len(ordered) - 1, 0, -1):
        (side, _, kind, promised, _, end), (side2, _, kind2, promised2, start, _) = ordered[i - 1], ordered[i]
        if (
            side != side2
            or promised
            or promised2
            or (kind == "bodies") != (kind2 == "bodies")  # the dead and the living are never added
            or _two_told(text, ordered[i - 1][4], ordered[i][5])
        ):
            closed = False
        elif _AND.fullmatch(text, end, start):
            joined[i] = closed = True  # ("10 soldiers, 5 civilians and 3 children")
        elif listed := _IN_A_LIST.fullmatch(text, end, start):
            closed = closed or bool(listed["closes"])
            joined[i] = closed
            open_list[i] = not closed
        else:
            closed = False
    # "75 of its citizens, 71 soldiers and 4 civilians": a figure its parts then add up to.
    for i in range(len(ordered)):
        if i + 1 < len(ordered) and not joined[i] and joined[i + 1]:
            j = i + 1
            while j + 1 < len(ordered) and joined[j + 1]:
                j += 1
            if j > i + 1 and ordered[i][1] == sum(f[1] for f in ordered[i + 1 : j + 1]):
                joined[i + 1] = False
    # ("In particular, it was possible to return 382 bodies … in the Avdiyiv direction, 56 fallen
    # soldiers from the Bakhmut direction, …": a list of parts that never closes goes on in the next
    # sentence, so its counts are parts, not the whole.)
    parts = (
        {j for i in range(1, len(ordered)) if open_list[i] for j in (i - 1, i)}
        if _PARTS_OPEN.match(text)
        else ()
    )
    ordered = [f for i, f in enumerate(ordered) if i not in parts]
    joined = [j for i, j in enumerate(joined) if i not in parts]
    out: list[Found] = []
    for i, (side, value, kind, promised, start, end) in enumerate(ordered):
        last = out[-1] if out else None
        if last and joined[i]:
            parts = (*(last[6] or (last[1],)), value)
            out[-1] = (side, last[1] + value, _joined(last[2], kind), False, last[4], end, parts)
        else:
            out.append((side, value, kind, promised, start, end, ()))
    for i, (side, value, kind, promised, start, end, parts) in enumerate(out):
        if kind != "bodies" and not promised and (one := _AND_ONE.match(text, end)):
            kinds = _joined(kind, _kind(one.group(0)))
            out[i] = (side, value + 1, kinds, False, start, one.end(), (*(parts or (value,)), 1))
        elif kind != "bodies" and not promised and (one := _ONE_AND.search(text, max(0, start - 80), start)):
            kinds = _joined(kind, _kind(one.group(0)))
            out[i] = (side, value + 1, kinds, False, one.start(), end, (1, *(parts or (value,))))
        elif (
            kind != "bodies"
            and not promised
            and _OTHERS.match(text, start)
            and (one := _NAMED_AND.search(text, max(0, start - 120), start))
        ):
            out[i] = (side, value + 1, kind, False, one.start(), end, (1, *(parts or (value,))))
    # ("three bodies have been repatriated: two foreign citizens and a Ukrainian woman": who the
    # three were, no more people.)
    out = [
        f
        for i, f in enumerate(out)
        if not (
            f[6]
            and i
            and out[i - 1][:2] == f[:2]
            and re.fullmatch(r"[^.;:]*:\s*", text[out[i - 1][5] : f[4]])
        )
    ]
    return sorted(out + pairs, key=lambda f: f[4])


def _joined(a: str, b: str) -> str:
    return a if a == b else "mixed"


_DAY_NAMED = rf"(?:on|last)\s+(?:{'|'.join(WEEKDAYS)})\b"
_AND_ON_ANOTHER_DAY = re.compile(
    rf"[^.;\d]{{0,40}}?\b{_DAY_NAMED},?\s+and\s+(?:(?:an?\s+)?(?:additional|further|another)\s+)?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+{_DAY_NAMED}",
    re.I,
)


def _figures_of(text: str, claimed_by: str | None) -> list[tuple[Side, int, str, bool, int, int]]:
    claimant = claimant_side(claimed_by)
    outlet = claimant_side(claimed_by, "outlets")
    found: list[tuple[Side, int, str, bool, int, int]] = []
    taken: list[tuple[int, int]] = []

    def add(
        sides: Sequence[Side | None],
        value: int,
        kind: str,
        promised: bool,
        span: tuple[int, int],
        zero: bool = False,  # only words that say so ("received none") make a figure of 0
    ) -> None:
        if (
            None in sides
            or (value == 0 and not zero)
            or value > (MOST_BODIES if kind == "bodies" else MOST_PEOPLE)
            or any(a < span[1] and span[0] < b for a, b in taken)
        ):
            return
        taken.append(span)
        found.extend((side, value, kind, promised, *span) for side in sides if side)

    # "84 for 84", "a 1,000-for-1,000 exchange", "157 each": as many to each side.
    both = [
        m
        for m in [
            *_FOR.finditer(text),
            *_FOR_PEOPLE.finditer(text),
            *(
                m
                for m in _COLON.finditer(text)
                if _A_FORMAT.search(text, max(0, m.start() - 20), m.end() + 15)
            ),
        ]
        if _number(m.group("n")) == _number(m.group("m") or m.group("on"))
    ]
    # ("the two countries each exchanged 95": the sides counted, not people.)
    each = [
        m
        for m in [
            *_EACH.finditer(text),
            *_EACH_DID.finditer(text),
            *_EACH_SAID.finditer(text),
            *(_ONE_FOR_ONE.finditer(text) if _ONE_FOR_ONE_SAID.search(text) else ()),
        ]
        if not _not_a_count(text, m)
        and not (_SIDES_COUNTED.search(m.group(0)) and not (m.re is _EACH_DID and m["both"]))
        # ("Both sides released a total of 390 prisoners": both together; "Both countries sent 12
        # negotiators": no people returned)
        and not (
            m.re is _EACH_DID
            and m["both"]
            and (_ALL.search(m.group(0)) or not _PEOPLE_NEXT.match(text, m.end()))
        )
    ]
    for m in both + each:
        clause = _clause(text, m.start(), m.end())
        # "390 returned on May 23 as part of the 1,000-for-1,000 exchange": the deal's figure.
        # ("under the 205 for 205 formula" names the exchange itself.)
        part_of = (
            bool(_PART_OF_DEAL.search(text, max(0, m.start() - 60), m.start()))
            and not re.match(r"\s+(?:formula|principle|scheme)\b", text[m.end() :])
        ) or bool(
            _STAGED.match(text, m.end())
            or (
                _FORMAT_NAMED.match(text, m.end())
                and _BEGAN.search(clause, 0, max(0, clause.find(m.group(0))))
            )
        )
        near = text[
            max(0, m.start() - 30) : m.end() + 40
        ]  # "the bodies of ... 757 for 757", "... of civilians"
        promised = part_of or bool(_PROMISED.search(clause))
        window = max(0, m.start() - 60)
        too = _EACH_TOO.search(text[window : m.start()]) if m in each else None
        total = _BOTH_BEFORE.search(text[window : m.start()]) if m in each else None
        if total and _number(total.group("n")) == 2 * _number(m.group("n")):
            taken.append((window + total.start(), window + total.end()))
        # (Of two counts, each its own kind: "120 civilians each" after "270 servicemen and".)
        add(SIDES, _number(m.group("n")), _kind(m.group(0) if too else near), promised, (m.start(), m.end()))
        if too:
            add(
                SIDES,
                _number(too.group("n")),
                _kind(too.group(0)),
                promised,
                (window + too.start(), window + too.end()),
            )
    # ("50 Russian and 52 Ukrainian soldiers were exchanged": each count its own side's.)
    for m in _PAIRED.finditer(text):
        if m.group("a").lower() == m.group("b").lower() or _not_a_count(text, m):
            continue
        kind = _kind(m.group("noun"))
        for group, nation in (("n", "a"), ("m", "b")):
            side: Side = "russia" if m.group(nation).lower().startswith("russia") else "ukraine"
            add([side], _number(m.group(group)), kind, False, m.span(group))
    previous: Side | None = None
    counted = len(found)  # the figures before are both sides' ("84 for 84"), whose nation is none
    # A count whose side its words leave open, kept for the count joined to it next by "and".
    waiting: tuple[int, str, bool, tuple[int, int]] | None = None
    for m in sorted([*_BODIES.finditer(text), *_COUNT.finditer(text)], key=lambda m: m.start()):
        if _not_a_count(text, m):
            continue
        words = m.groupdict().get("words") or ""
        side = _side(text, m, words, claimant, outlet)
        # ("270 Russian troops and 120 civilians … have been returned": the first count's nation
        # is the second's, when the second names none.)
        if side is None and len(found) > counted and _AND.fullmatch(text, found[-1][5], m.start()):
            side = found[-1][0]
        after = text[m.end() : m.end() + 30]
        promised = bool(re.match(r"\s+(?:were |had been )?(?:promised|agreed|planned|expected)", after, re.I))
        # ("Russia committed to returning over 6,000 …, a process completed by June 16 with 6,057
        # bodies": what was done, after what was promised.)
        promise = [*_PROMISED.finditer(_clause(text, m.start(), m.end()).split(m.group(0))[0])]
        if not promise and (doing := _WITH_DOING.search(text, 0, m.start())):
            # ("175 … will be exchanged on Wednesday, with Russia additionally releasing 23 …")
            promise = [*_PROMISED.finditer(_clause(text, doing.start(), doing.start()))]
        promised = promised or bool(promise and not _COMPLETED.search(promise[-1].string, promise[-1].end()))
        # "the remains of 38 killed Russian soldiers": what precedes the count says they are dead.
        of_dead = _OF_DEAD.search(text, max(0, m.start() - 20), m.start())
        # ("Ukraine returned 38 Russian soldiers' remains")
        dead_own = _REMAINS_AFTER.match(text, m.end()) or _WHO_DIED.match(text, m.end())
        kind = "bodies" if m.re is _BODIES or of_dead or dead_own else _kind(f"{words} {m.group('noun')}")
        # ("Russia has returned 270 servicemen and 120 civilians from Ukrainian captivity": the
        # second count's nation is the first's, when the first names none.)
        if (
            side
            and waiting
            and re.fullmatch(r",?\s+and\s+", text[waiting[3][1] : m.start()])
            and (waiting[1] == "bodies") == (kind == "bodies")
            and not _NATION.search(m.group(0))
        ):
            add([side], *waiting)
        # (Not a count both sides swapped: "exchanged more than 300 soldiers and 20 civilians, which
        # were returned to Ukraine".)
        waiting = (
            None
            if side or _SWAPPED_BEFORE.search(text, max(0, m.start() - 40), m.start())
            else (_number(m.group("n")), kind, promised, (m.start(), m.end()))
        )
        add([side], _number(m.group("n")), kind, promised, (m.start(), m.end()))
        previous = side or previous
    # ("50 soldiers were freed on Saturday and 107 on Thursday": the second day's count, of the
    # same side and kind.)
    for first in list(found):
        if m := _AND_ON_ANOTHER_DAY.match(text, first[5]):
            sides = [f[0] for f in found if f[4:6] == first[4:6]]  # both, of "each released 307"
            add(sides, _number(m.group("n")), first[2], first[3], m.span("n"))
    # "swapped 95 Ukrainian soldiers for an equal number of Russian troops": as many the other way.
    for m in _EQUAL.finditer(text):
        before = [f for f in found if f[4] < m.start()]
        if before:
            side, value, kind, promised = before[-1][:4]
            add(["russia" if side == "ukraine" else "ukraine"], value, kind, promised, (m.start(), m.end()))
    for side, _, kind, promised, start, end in list(found):
        if kind != "bodies" and (
            (one := _FOR_ONE_AFTER.match(text, end)) or (one := _ONE_FOR_BEFORE.search(text, 0, start))
        ):
            # (a soldier when the words say so; else a mayor, a priest, a politician named)
            kind = "pows" if re.search(r"\bpilot\b", one.group(0)) else "civilians"
            who = "who" if one.groupdict().get("who") else "whom"
            add(["russia" if side == "ukraine" else "ukraine"], 1, kind, promised, one.span(who))
    for m in _GAVE_US.finditer(text):
        # ('They gave us 19," Medinsky said': the speaker's side, when no count before says it.)
        speaker = claimant or (
            claimant_side(text[m.end() :]) if re.match(r",?[”\"]", text[m.end() :]) else None
        )
        if not previous and speaker in ("Ukraine", "Russia") and not _not_a_count(text, m):
            side = "ukraine" if speaker == "Ukraine" else "russia"
            add([side], _number(m.group("n")), _kind(text), False, (m.start("n"), m.end("n")))
    for m in [
        *_IN_RETURN.finditer(text),
        *_GOT_IN_RETURN.finditer(text),
        *_GOT_BACK.finditer(text),
        *_GAVE_US.finditer(text),
    ]:
        if previous and not _not_a_count(text, m):
            other: Side = "russia" if previous == "ukraine" else "ukraine"
            add([other], _number(m.group("n")), _kind(text), False, (m.start("n"), m.end("n")))
    # ("with Ukraine retrieving 212 and Russia 45": a side's count with no noun, of the sentence's kind)
    for m in _SIDE_GOT_BARE.finditer(text):
        if not _not_a_count(text, m) and not any(f[4] <= m.start("n") < f[5] for f in found):
            add([_side_named(m.group("side"))], _number(m.group("n")), _kind(text), False, m.span("n"))
    # ("with Ukraine retrieving 212 and Russia 45", "Kyiv got 116 prisoners and Russia 63"): the
    # other side's count, its verb and noun left out.
    for m in _GAPPED.finditer(text):
        told = [f for f in found if f[5] <= m.start() and m.start() - f[5] <= _GAP_REACH]
        side = _side_named(m.group("side"))
        if told and told[-1][0] != side and not _not_a_count(text, m):
            add([side], _number(m.group("n")), told[-1][2], told[-1][3], m.span("n"))
    for m in _GOT_NONE.finditer(text):
        add([_side_named(m.group(1))], 0, _kind(text), False, (m.start(), m.end()), zero=True)
    for m in _NONE.finditer(text):
        before = [f for f in found if f[4] < m.start()]
        if before:
            side, _, kind, promised = before[-1][:4]
            other = "russia" if side == "ukraine" else "ukraine"
            add([other], 0, kind, promised, (m.start(), m.end()), zero=True)
    return found


# "Of the 144 freed, 95 are Azovstal defenders"; "20 defenders of Mariupol, including nine ...,
# were among those released": a part of the whole.
# "of the 108 freed, 35 ...", "Yermak clarified that of them, 35 defenders are from the Navy": a part.
_PART_OF = re.compile(
    r"\bof\s+(?:the|these|those)\s+[\d,]+(?:\s+[\w-]+){0,3},\s*$|\b(?:of|among)\s+(?:them|whom|those)\s*,?\s*$"
    # ("Of those we have freed, 108 are Azov fighters")
    r"|\b(?:of|among)\s+those\s+(?:who|we|they)\s+(?:have\s+|had\s+|were\s+)?\w+,\s*$",
    re.I,
)
# "116 soldiers had been released, including defenders of Mariupol, ..., as well as two
# personnel from special operations": still the list of who they were, no verb since "including".
_STILL_LISTING = re.compile(
    r"\bincluding\b(?:(?!\b(?:were|was|are|is|had|has|have|received|returned|released|freed|handed)\b)[^.;])*"
    r"\bas\s+well\s+as\s+$",
    re.I,
)
# "including 19 defenders of Zmiiniy island, 14 captured at the Chornobyl plant, and 10 ...": counts
# listed after "including" are parts ("Ten soldiers, including two officers, and nine civilians"
# goes on with the whole).
_LISTED_COUNT = rf"(?:\d[\d,]*|{NUMBER_WORDS})\b[^.;]*?"
_LISTED = re.compile(
    rf"\b(?:including|include)\s+{_LISTED_COUNT},\s*$|\b(?:including|include)\s+{_LISTED_COUNT},\s+{_LISTED_COUNT}[^.;]*$",
    re.I,
)
# "These are 20 stories of Ukrainian heroes, 14 - soldiers of the AFU, 4 fighters of …": from the
# first count a dash follows, after another count, a breakdown of the whole ("1,000 — to the
# territory controlled by Ukraine, and 38 — to Russia" are sides, not parts).
_DASHED_PART = re.compile(r"\d\D+?,\s+(\d[\d,]*)\s*[-–—]\s+(?!to\b)[a-z]")
# "the soldiers … freed … include 14 soldiers of the Ukrainian armed forces, four …, one …": the
# first of a list after "include" is a part too ("include eight officers and 98 soldiers" is the
# whole, told in two).
_INCLUDE_LIST = re.compile(rf"\binclude[sd]?\s+{_LISTED_COUNT},\s+{_LISTED_COUNT}", re.I)
# "among the 307 Ukrainian citizens released ... were 21 servicemen", "Among the 215 people
# released ..., 188 were defenders": a part of the whole.
_AMONG_THE = re.compile(
    r"\bamong\s+(?:the|these|those)\s+[\d,]+\b[^.;]{0,120}?(?:\b(?:were|are)\s+(?:also\s+)?|,\s+)$", re.I
)
# "Among those released are also four service members of ... and five service members of ...":
# every count the sentence lists after its verb (or dash: "Among the released - 45 servicemen of
# …, 25 national guardsmen, …") is a part.
_AMONG_OPENS = re.compile(
    r"^\W*Among\s+(?:those|them|these|the)\b[^.;]*?(?:\b(?:are|were|is|was)\b|\s[-–—:]\s)", re.I
)
# "19 Ukrainians were freed just days after another exchange involving 76 people": that one's.
_ANOTHER_SWAP = re.compile(
    r"\b(?:after|before|following)\s+(?:another|an?\s+(?:earlier|previous|prior)|the\s+(?:previous|last|earlier))\s+"
    r"(?:[\w-]+\s+)?(?:exchange|swap)\b[^.;,]{0,30}$",
    re.I,
)
_RESPECTIVE_DAYS = re.compile(
    r"[^.;\d]{0,40}?\bon\s+[^.;,]{1,20}?\s+and\s+(?:on\s+)?[^.;,]{1,20}?,?\s+respectively\b", re.I
)
_ALONG_WITH = re.compile(r"\b(?:along|together)\s+with\s+$", re.I)
_INCLUDING_WORDS = re.compile(
    rf"\bincluding\s+(?:(?!\d|\b(?:{NUMBER_WORDS}|were|was|are|is|had|has|have|and|returned|released|freed)\b)[^.;])+"
    r",?\s+(?:and|as\s+well\s+as)\s+$",
    re.I,
)
_THERE_WERE = re.compile(r"[^.;,]{0,80},\s+(?:there\s+(?:were|are|was|is)|[\d,]+\s+(?:were|are)\s)", re.I)
_AMONG_WHOLE = re.compile(r"\b(?:was|were|is|are)\s+among\s+(?:the|these|those)\s+$", re.I)
_AMONG = re.compile(r"[^,.;]{0,34}\bamong\b|[^.;]{0,120}?\b(?:were|are|was|is)\s+among\b", re.I)


_OUT_OF = re.compile(r"\W*Out\s+of\s+(?:the\s+)?[\d,]+\b[^.;]*?,\s+(?:[\w-]+\s+)?$", re.I)
_OF_A_UNIT = re.compile(
    r"\s+(?:from|of)\s+the\s+(?:[\w’'-]+\s+){0,5}?(?:Brigade|Regiment|Battalion|Corps|Division|Detachment|Navy)\b"
    # ("five defenders - servicemen of the National Guard who had been guarding the Chernobyl plant",
    # but "three fighters of the National Guard" may be all of one side's count)
    r"|\s+[-–—]\s+(?:servicem[ae]n|soldiers|fighters|members)\s+(?:from|of)\s+the\s+"
    r"(?:National\s+Guard|Border\s+(?:Guard\s+)?Service)\b"
    # ("Nine marines from two Mykolaiv units")
    r"|\s+(?:from|of)\s+(?:two|three|four|five|several|\d+)\s+(?:[\w’'-]+\s+){0,2}?(?:units|brigades|battalions)\b"
)

_FOREIGNERS = re.compile(r"(?!Ukrainian|Russian)[A-Z][a-z]+(?:ans?|ish|ons|ese|is)\b")
_NONE_OF = re.compile(r"\bnone\s+of\s+(?:the|these|those|our)\s+$", re.I)
_WHO_DIED = re.compile(r"\s+who\s+(?:had\s+)?(?:died|were\s+killed|fell)\b", re.I)


def _not_a_count(text: str, m: re.Match[str]) -> bool:
    """Whether the number is a toll, a running total, a part of the whole, an age, a year or
    people still held."""
    value = _number(m.group("n"))
    if _AGE.search(text[: m.start("n")]) or (1900 <= value <= 2100 and "," not in m.group("n")):
        return True
    # ("two servicemen from the 12th Azov Special Forces Brigade returned": those of one unit, a part)
    if _OF_A_UNIT.match(text, m.end()):
        return True
    # ("Out of the 108 members of the Azov Regiment that were exchanged on Wednesday, five military
    # commanders were transferred to Turkey"; "Three of the Ukrainian soldiers released … are
    # natives of Odesa region": a part of the whole.)
    if _OUT_OF.match(text, 0, m.start()) or re.match(r"\s+of\s+the\b", text[m.end("n") :]):
        return True
    # ("if none of the 900 … servicemen … have been returned home?": those not returned.)
    if _NONE_OF.search(text, max(0, m.start() - 20), m.start()):
        return True
    # ("along with 215 Ukrainian soldiers, five Britons, two Americans and nationals of Sweden": the
    # foreigners listed after a count are among those it counts, or beside them; not a side's count;
    # but "64 Ukrainian servicemen and 1 American civilian" are 65.)
    if (
        _FOREIGNERS.match(m.groupdict().get("words") or "")
        and re.search(r",\s*$", text[max(0, m.start() - 4) : m.start()])
        and _COUNT.search(text, max(0, m.start() - 120), m.start())
    ):
        return True
    if _AFTER_MONTH.search(text, max(0, m.start("n") - 12), m.start("n")):
        return True
    # ("the crash of a Russian plane …, on board which 65 Ukrainian prisoners of war were allegedly
    # transported"; "Six Russian crew members … were also on board, … there were no survivors": who
    # was aboard a plane that fell, not people returned.)
    if _PLANE_DOWNED.search(text) and _ABOARD.search(
        text, max(0, m.start() - 40), min(len(text), m.end() + 60)
    ):
        return True
    clause = _clause(text, m.start(), m.end())
    # Whether the clause goes on to say they were freed ("… were returned").
    freed_after = _FREED.search(clause, clause.find(m.group(0)) + len(m.group(0)))
    # ("19 bodies of dead soldiers", "the remains of 1,000 Ukrainian soldiers killed in the war",
    # "501 defenders who died in the war were returned" are the dead returned, no toll.)
    dead = (
        (m.groupdict().get("noun") or "").lower() in ("bodies", "remains")
        or m.re is _BODIES
        or bool(_OF_DEAD.search(text, max(0, m.start() - 20), m.start()))
        or bool(_WHO_DIED.match(text, m.end()) and freed_after)
    )
    # ("55 servicemen fighting for the Russian side" were released: whose side, not a fight going on.)
    # (but "foreign fighters captured while fighting for Ukraine remain in Russian captivity"; those
    # "who fought for Ukraine and were sentenced by Russian courts" were freed all the same)
    fought = _FOUGHT_FOR.match(text, m.end())
    held = (
        _STILL_HELD.match(text, fought.end()) if fought else _NOT_RETURNED.match(text[m.end() :])
    ) or _HOLDS.search(text, max(0, m.start() - 40), m.start())
    # "45 servicemen who had been captured during hostilities ... were returned": freed after all.
    # ("Moscow also received 20 Russian civilians who were held by Ukraine": received, once held.)
    # ("Russia and Ukraine exchanged 95 prisoners from each side who were captured during their
    # conflict": exchanged, once captured.)
    freed = (
        held
        and _CAPTIVE.search(held.group(0))
        and (
            freed_after
            or _RECEIVED.search(text, max(0, m.start() - 30), m.start())
            or _SWAPPED_BEFORE.search(text, max(0, m.start() - 40), m.start())
        )
    )
    # (A count of one side's people is that side's, however it goes on: "150 Ukrainians and 150
    # Russians were exchanged between Moscow and Kyiv", "95 defenders were freed from Russian
    # captivity as Russia and Ukraine carried out their latest swap".)
    if (held and not dead and not freed) or (
        _BOTH_SIDES.match(text[m.end() :])
        and not _ONE_SIDE_S.search(text, max(0, m.start() - 15), m.end() + 45)
    ):
        return True
    if _TAKEN_OR_KILLED.search(text, max(0, m.start() - 30), m.start()) or _POOL.search(
        text, max(0, m.start() - 50), m.start()
    ):
        return True
    if _ANOTHER_SWAP.search(text, max(0, m.start() - 60), m.start()):
        return True
    # ("a huge prisoner swap involving some 260 people": both sides' people together, not "involving
    # 1,000 people from each side" or "involving 215 Ukrainians".)
    if _INVOLVING_ALL.search(text, max(0, m.start() - 40), m.start()) and not (
        _EACH.match(text, m.start())
        or _A_SIDE.search(m.group(0))
        or re.match(r"\s+(?:from|on)\s+each\b", text[m.end() :])
    ):
        return True
    # ("2,412 bodies were returned on June 13 and June 11 respectively": one count for two days,
    # not "50 and 52 … respectively")
    if _RESPECTIVE_DAYS.match(text, m.end()) and not re.search(r"\d\s+and\s+$", text[: m.start("n")]):
        return True
    before = text[max(0, m.start() - 60) : m.start()].rsplit(",", 1)[-1]
    # ("was among the 95 Ukrainian prisoners of war who were returned": the whole, one was among them;
    # so are "Among the 215 prisoners released by Russia, there were some of those who fought at Azovstal"
    # and "Among the 215 people released …, 188 were defenders".)
    whole = _AMONG_WHOLE.search(before) or (
        re.search(r"\bAmong\s+the\s+$", before) and _THERE_WERE.match(text, m.end())
    )
    # (Not in an aside well after it: "exchanged 84 prisoners each on Thursday, both sides said, the
    # latest in a series of swaps that has seen hundreds of POWs released so far this year".)
    at = clause.find(m.group(0)) + len(m.group(0))
    if _OUTSIDE_THE_SWAP.search(clause, at):
        return True
    total = _TOTAL.search(clause, 0, at + _TOTAL_AFTER)
    # ("95 prisoners as part of the ninth swap mediated since the beginning of the year", "the
    # biggest prisoner swap of the war so far": this swap, ranked among the others.)
    # ("another 100 defenders were returned home, bringing the total ... to 3135": the total is
    # the figure after it.)
    if total and (
        (total.group(0).lower().startswith("since") and _SUPERLATIVE_SINCE.search(clause))
        # ("The last exchange to date took place on May 6, when 205 servicemen returned home")
        or _LATEST_TO_DATE.search(clause, 0, total.end())
        or _MOST_RECENTLY.search(clause, total.end(), at)
        or (
            total.start() > at
            and (_RANKED.search(clause, at, total.start()) or total.group(0).lower().startswith("bring"))
        )
    ):
        total = None
    # ("A total of 100 Russian prisoners ... have been exchanged for the same number of Ukrainians":
    # one swap, both its sides.)
    # ("A total of 20 Russian servicemen have been returned from Kiev-controlled territory", the
    # Defence Ministry's words for one swap.)
    running = total or (
        _ALL.search(clause)
        and _PERFECT.search(clause)
        and not _IN_THIS_SWAP.search(clause)
        and not _EQUAL.search(text, m.end())
        and not _FROM_KYIV_HELD.search(clause)
    )
    return bool(
        running
        or (_SUBSET.search(before) and not whole)
        or _PART_OF.search(text[max(0, m.start() - 60) : m.start()])
        or _AMONG_THE.search(text[max(0, m.start() - 160) : m.start()])
        or _AMONG_OPENS.search(text, 0, m.start())
        or _STILL_LISTING.search(text, 0, m.start())
        or _LISTED.search(text, 0, m.start())
        or ((listed := _INCLUDE_LIST.search(text)) is not None and listed.start() < m.start() < listed.end())
        or ((dashed := _DASHED_PART.search(text)) is not None and dashed.start(1) <= m.start("n"))
        or _AMONG.match(text, m.end())
        # ("Five among the released troops were wounded")
        or re.search(r"\bamong\b", m.groupdict().get("words") or "")
        # "95 of whom are defenders of Azovstal"; "the two sides exchanged the bodies": no count.
        or re.match(r"\s+of\s+(?:whom|them)\b", text[m.end("n") :])
        # ("the return of three categories of Ukrainian citizens: children, prisoners of war, …")
        or re.match(r"\s+(?:categories|kinds|types)\b", text[m.end("n") :])
        # ("Azov regiment commander Denys Prokopenko, along with four other Azovstal defenders")
        or (
            _ALONG_WITH.search(text, 0, m.start()) is not None and re.match(r"\s+other\b", text[m.end("n") :])
        )
        # ("189 Ukrainian prisoners, including military personnel, border guards, and two civilians")
        or _INCLUDING_WORDS.search(text, 0, m.start()) is not None
        or _SIDES_COUNTED.match(text, m.end("n") + 1)
    )


def _kind(text: str) -> Literal["pows", "civilians", "bodies"]:
    # ("the planned '6,000 for 6,000' body exchange")
    if re.search(
        r"\b(?:bodies|remains|fallen|dead|slain|killed|body\s+(?:exchange|swap|repatriation|of))\b",
        text,
        re.I,
    ):
        return "bodies"
    if re.search(r"\b(?:civilians?|citizens|residents|children)\b", text, re.I) and not _CATEGORIES[
        "servicemen"
    ].search(text):
        return "civilians"
    return "pows"


def build_exchanges(
    events: Sequence[EventRecord],
    mentions: Iterable[Event],
    articles: Sequence[Article],
    rounds: Sequence[Round] = (),
) -> list[Exchange]:
    """An exchange per consolidated exchange event, with the figures its mentions give, and the
    round whose agreement it carries out."""
    return with_rounds(read_exchanges(events, mentions, articles), rounds)


class _Named(NamedTuple):
    """The agreement an exchange's sentences say it carries out, before the rounds are known."""

    venue: str | None  # of the gazetteer
    by: str  # the exchange's day: the round is the latest at the venue on or before it
    otherwise: str  # the agreement as named, when no round matches


class ReadExchanges(NamedTuple):
    """Exchanges read from their events, each with the agreement it names, if any: the rounds
    it carries out are placed by `with_rounds` (computed meanwhile elsewhere, in a render)."""

    exchanges: list[Exchange]
    named: list[_Named | None]


def with_rounds(read: ReadExchanges, rounds: Sequence[Round]) -> list[Exchange]:
    """The exchanges read, each with the round whose agreement it carries out, and an agreement
    joined to the exchange that kept it."""
    built = [
        x if named is None else x.model_copy(update={"agreement": _agreement(named, rounds)})
        for x, named in zip(read.exchanges, read.named, strict=True)
    ]
    return _months_placed(_promises_kept(built))


def read_exchanges(
    events: Sequence[EventRecord], mentions: Iterable[Event], articles: Sequence[Article]
) -> ReadExchanges:
    """Each consolidated exchange event read for its figures: the first half of `build_exchanges`,
    which needs no rounds."""
    mentions = list(mentions)
    # Sentences are split again only for the articles that report an exchange.
    reporting = {m.article for e in events if e.type == "prisoner_exchange" for m in e.mentions}
    stories: dict[str, set[str]] = defaultdict(set)
    published = {a.id: a.published for a in articles}
    for e in events:
        if e.type == "prisoner_exchange" and e.date and e.status == "done":
            for m in e.mentions:
                if _news(m, published.get(m.article)):
                    stories[m.article].add(e.id)
    corpus = _Corpus(
        bodies={a.id: a.body for a in articles},
        outlets={a.id: a.outlet for a in articles},
        attribution={(m.article, m.start): m.attribution for m in mentions},
        spans={a.id: list(sentence_spans(a.body)) for a in articles if a.id in reporting},
        dated={(m.article, m.start) for m in mentions if m.date and m.klass != "none"},
        told_on=_earliest(mentions),
        stories=stories,
    )
    built = [_exchange(e, corpus) for e in events if e.type == "prisoner_exchange"]
    return ReadExchanges([x for x, _ in built], [named for _, named in built])


def _earliest(mentions: Iterable[Event]) -> dict[tuple[str, int], str]:
    """The earliest day of an exchange (not of the context: "the war that began in February", nor
    of anything else) each sentence gives."""
    out: dict[tuple[str, int], str] = {}
    for m in mentions:
        if m.date and m.klass == "event" and m.type == "prisoner_exchange":
            key = (m.article, m.start)
            out[key] = min(out.get(key, m.date), m.date)
    return out


# A swap done this many days before an article was published can be its news.
_NEWS_DAYS = 7


def _news(m: MentionRef, published: dt.date | None) -> bool:
    """Whether a mention's swap can be its article's news: a caption's swap of six weeks before
    ("... released by the Russian Defence Ministry on February 5") is not the story of an article
    of 19 March."""
    if published is None or m.precision != "day" or not m.date:
        return True
    return 0 <= (published - dt.date.fromisoformat(m.date)).days <= _NEWS_DAYS


@dataclass
class _Corpus:
    """What reading an exchange's figures needs of the articles: their text, outlets and
    sentences, who each sentence attributes, which sentences date something, and the dated
    exchanges each article reports."""

    bodies: dict[str, str]
    outlets: dict[str, str | None]
    attribution: dict[tuple[str, int], str | None]
    spans: dict[str, list[tuple[int, int]]]
    dated: set[tuple[str, int]]
    told_on: dict[tuple[str, int], str]
    stories: dict[str, set[str]]

    def told_after(self, article: str, start: int, day: str | None) -> list[tuple[int, int]]:
        """`following`, up to a sentence that dates an exchange before `day`: "In January, the two
        countries exchanged 195 POWs each" after a caption of a swap of 8 February is another
        swap's ("390 … have been exchanged and the exchange is expected to continue on May 24"
        still tells the swap of the 23rd)."""
        after = self.following(article, start)
        earlier = [
            i for i, (s, _) in enumerate(after) if (d := self.told_on.get((article, s))) and d < (day or "")
        ]
        return after[: min(earlier, default=len(after))]

    def _at(self, article: str, start: int) -> tuple[list[tuple[int, int]], str, int | None]:
        """The article's sentences and text, and the index of the sentence at `start`."""
        spans = self.spans.get(article, [])
        return (
            spans,
            self.bodies.get(article, ""),
            next((i for i, (s, _) in enumerate(spans) if s == start), None),
        )

    def before(self, article: str, start: int) -> list[tuple[int, int]]:
        """The sentence before the one at `start`, in its paragraph (none at a paragraph's start)."""
        spans, body, i = self._at(article, start)
        return [] if i is None or _opens_paragraph(spans, body, i) else [spans[i - 1]]

    def listed(self, article: str, start: int) -> bool:
        """Whether the sentence at `start` is an item of a list of who the returned were, which a
        line ending with ":" opens ("In particular, it was possible to repatriate:", then "the bodies
        of 221 defenders …;"); not of a list of events ("Details:", then "- On Friday 23 May, …")."""
        body = self.bodies.get(article, "")
        if start and body[start - 1] != "\n":
            return False
        before = body[:start].rstrip()
        while before:
            line = before[before.rfind("\n") + 1 :].strip()
            if line.endswith(":"):
                return bool(_A_BREAKDOWN.match(line) or _LISTS_WHO.search(line))
            if not line.endswith(";"):
                return False
            before = before[: before.rfind("\n") + 1].rstrip()
        return False

    def following(self, article: str, start: int) -> list[tuple[int, int]]:
        """The two sentences after the one at `start` in its paragraph. After a paragraph of one
        sentence (a news lede, a caption) the next paragraph goes on with its story: its first
        two sentences."""
        spans, body, i = self._at(article, start)
        if i is None:
            return []
        end = spans[i][1]
        alone = _opens_paragraph(spans, body, i) and (
            i + 1 < len(spans) and "\n\n" in body[end : spans[i + 1][0]]
        )
        after: list[tuple[int, int]] = []
        for s, e in spans[i + 1 : i + 3]:
            if "\n\n" in body[(after[-1][1] if after else end) : s] and (after or not alone):
                break  # a new paragraph is a new story
            after.append((s, e))
        return after


def _opens_paragraph(spans: list[tuple[int, int]], body: str, i: int) -> bool:
    return i == 0 or "\n\n" in body[spans[i - 1][1] : spans[i][0]]


def _promises_kept(exchanges: list[Exchange]) -> list[Exchange]:
    """An exchange agreed on one day and carried out within weeks is one exchange: the agreed
    one's figures become what was promised, its sources and agreement join the one carried out."""
    out = list(exchanges)
    # Days of the exchanges carried out, in the order of `out` (by date): the first one within
    # PROMISE_DAYS of an agreement is found by bisection, not by a scan of every exchange.
    done = [(x.date, i) for i, x in enumerate(out) if x.status == "done" and x.date and len(x.date) == 10]
    done.sort()
    dropped: set[int] = set()
    for agreed in [x for x in exchanges if x.status == "agreed"]:
        if len(agreed.date or "") != 10:
            continue
        first = dt.date.fromisoformat(agreed.date or "")
        at = bisect_left(done, (first.isoformat(), -1))
        # The first carried out within PROMISE_DAYS of the same kind: a swap agreed is not kept
        # by a repatriation of the dead.
        while at < len(done) and (dt.date.fromisoformat(done[at][0]) - first).days <= PROMISE_DAYS:
            if _of_bodies(out[done[at][1]]) == _of_bodies(agreed):
                break
            at += 1
        else:
            continue
        index = done[at][1]
        kept = out[index]
        promised = {
            side: getattr(kept, f"promised_to_{side}")
            or _agreed([f for f in agreed.figures if f.side == side])
            for side in SIDES
        }
        out[index] = kept.model_copy(
            update={
                **{
                    f"to_{side}": _as_promised(kept.stages, side, promised[side])
                    for side in SIDES
                    # (not where sources disagree on the whole: that stays flagged)
                    if getattr(kept, f"to_{side}") is None
                    and not any(f.side == side and not f.promised and f.stage is None for f in kept.figures)
                },
                "promised_to_ukraine": promised["ukraine"],
                "promised_to_russia": promised["russia"],
                "agreement": kept.agreement or agreed.agreement,
                "mediators": list(dict.fromkeys(kept.mediators + agreed.mediators)),
                "sources": kept.sources + agreed.sources,
                "figures": kept.figures + [f.model_copy(update={"promised": True}) for f in agreed.figures],
            }
        )
        dropped.add(id(agreed))  # by identity: comparing models field by field is slow
    return [x for x in out if id(x) not in dropped]


def _months_placed(exchanges: list[Exchange]) -> list[Exchange]:
    """An exchange known only to its month or week ("the bodies of 1,212 … in June") is the one
    exchange of its kind carried out within it on a known day that gives the same figure, in
    total or in a stage: its sources and figures join that one, not a record of their own."""
    by_month: dict[str, list[int]] = defaultdict(list)
    for i, x in enumerate(exchanges):
        if x.status == "done" and x.precision == "day" and x.date:
            by_month[x.date[:7]].append(i)
    out = list(exchanges)
    dropped: set[int] = set()
    for x in exchanges:
        if x.status != "done" or x.precision not in ("month", "week") or not x.date:
            continue
        first, last = span(x)  # type: ignore[arg-type]
        given = {
            (side, value) for side, value in (("ukraine", x.to_ukraine), ("russia", x.to_russia)) if value
        }
        same = [
            i
            for month in {first.isoformat()[:7], last.isoformat()[:7]}
            for i in by_month[month]
            if first <= (out[i].day or first) <= last
            and _of_bodies(out[i]) == _of_bodies(x)
            and given & _given_by(out[i])
        ]
        if given and len(same) == 1:
            kept = out[same[0]]
            out[same[0]] = kept.model_copy(
                update={"sources": kept.sources + x.sources, "figures": kept.figures + x.figures}
            )
            dropped.add(id(x))
    return [x for x in out if id(x) not in dropped]


def _given_by(x: Exchange) -> set[tuple[str, int]]:
    """The (side, figure) pairs an exchange gives, in total or in any of its stages."""
    pairs = {("ukraine", x.to_ukraine), ("russia", x.to_russia)}
    for s in x.stages:
        pairs |= {("ukraine", s.to_ukraine), ("russia", s.to_russia)}
    return {(side, value) for side, value in pairs if value}


def _of_bodies(x: Exchange) -> bool:
    """Whether an exchange returns the dead: by its figures, else by its sentences."""
    if x.kind is not None:
        return x.kind == "bodies"
    return any(_CATEGORIES["bodies of the dead"].search(s.sentence) for s in x.sources)


def _exchange(event: EventRecord, corpus: _Corpus) -> tuple[Exchange, _Named | None]:
    figures: list[Figure] = []
    sources: list[Source] = []
    read: set[tuple[str, int]] = set()
    mentioned: set[tuple[str, int]] = set()
    # Each sentence read: its article, span, text and claimant.
    counted: list[tuple[str, int, int, str, str | None]] = []
    for m in event.mentions:
        if (m.article, m.start) in mentioned:
            continue  # a sentence that gives two dates of one exchange is one source, read once
        mentioned.add((m.article, m.start))
        claimed_by = (
            corpus.attribution.get((m.article, m.start)) or m.attribution or corpus.outlets.get(m.article)
        )
        sources.append(
            Source(article=m.article, sentence=m.sentence, start=m.start, end=m.end, claimed_by=claimed_by)
        )
        body = corpus.bodies.get(m.article, "")
        if not body:
            figures += _figures(m, m.sentence, m.start, claimed_by, event)
            counted.append((m.article, m.start, m.end, m.sentence, claimed_by))
            continue
        # ("254 fallen Defenders have been returned. In particular, … the bodies of 221 Defenders …":
        # the whole a breakdown's sentence follows)
        spans = [
            *(corpus.before(m.article, m.start) if _A_BREAKDOWN.match(m.sentence) else ()),
            (m.start, m.end),
        ]
        found = _read(m, event, corpus, spans, claimed_by)
        # "released in a major exchange in October 2022", joined to that month's one swap: what
        # the sentences after it count is another story.
        # (Nor is what follows "The last major exchange was carried out in August 2023".)
        own_day = m.precision == event.precision
        if own_day and not found:
            # "Russia and Ukraine exchanged prisoners on Friday. Ukraine got back 84 soldiers."
            # (Not a side the same claimant gave in another sentence of the article: under a heading
            # "POW exchange on February 5", the parts of the 150 told just before.)
            spans += _told_after(m, event, corpus)
            told = {(f.side, f.claimed_by) for f in figures if f.article == m.article and f.bound is None}
            found = [
                f for f in _read(m, event, corpus, spans, claimed_by) if (f.side, f.claimed_by) not in told
            ]
        elif own_day and len(sides := _sides_given([f for f in found if f.bound is None])) < 2:
            # "... brought back 150 service members. Russia said it got back as many": the other side;
            # and the count of a side given only as "over two hundred … each".
            more = _told_after(m, event, corpus)
            found += [f for f in _read(m, event, corpus, more, claimed_by) if f.side not in sides]
            spans += more
        if own_day and found:
            found, more = _with_additions(m, event, corpus, found, claimed_by)
            spans += more
        read |= {(m.article, s) for s, _ in spans}
        figures += found
        counted += [(m.article, s, e, body[s:e], claimed_by) for s, e in spans]
    given: dict[str, set[str]] = defaultdict(set)
    for f in figures:
        if f.bound is None:  # ("over two hundred … each": the article may count them further on)
            given[f.article] |= _sides_given([f])
    told, story = _story(event, corpus, read, given)
    dead = _of_the_dead(event)
    figures = _without_breakdowns(_of_its_kind(event, figures + told, dead), corpus)
    texts = [sentence for _, _, _, sentence, _ in counted]
    text = " ".join(texts)
    stages, conflicts = _stages(event, figures, dead)
    to_ukraine, to_russia, more = _delivered(figures, stages)
    conflicts += more
    if not stages and (inferred := _other_side(to_ukraine, to_russia, figures, counted)):
        figures.append(inferred)
        to_ukraine, to_russia = (
            (to_ukraine, inferred.value) if inferred.side == "russia" else (inferred.value, to_russia)
        )
    promised = {side: _agreed([f for f in figures if f.promised and f.side == side]) for side in SIDES}
    ordinals = sorted({int(o.group("n")) for o in _ORDINAL_EXCHANGE.finditer(text)})
    if len(ordinals) > 1:
        conflicts.append(f"sources number it differently: {', '.join(_ordinal(n) for n in ordinals)}")
    # (A swap of the living whose only figure is a deal for the dead is still of the living.)
    kinds = {f.kind for f in figures if not f.promised} or {
        f.kind for f in figures if dead is None or (f.kind == "bodies") == dead
    }
    exchange = Exchange(
        id=event.id,
        date=event.date,
        end_date=event.end_date,
        precision=event.precision,
        status=event.status,
        to_ukraine=to_ukraine,
        to_russia=to_russia,
        kind=(kinds.pop() if len(kinds) == 1 else "mixed")
        if kinds
        else _kind(" ".join(m.sentence for m in event.mentions if of_bodies(m.sentence) is False))
        if dead is False
        else _kind(text)
        if _CATEGORIES["bodies of the dead"].search(text)
        else None,  # type: ignore[arg-type]
        categories=[name for name, p in _CATEGORIES.items() if p.search(text)],
        mediators=mediators([*texts, *story]),
        agreement=None,  # placed among the rounds (`with_rounds`)
        ordinal=ordinals[0] if len(ordinals) == 1 else None,
        stages=stages,
        promised_to_ukraine=promised["ukraine"],
        promised_to_russia=promised["russia"],
        sources=sources,
        figures=figures,
        conflicts=conflicts,
    )
    return exchange, _named(text, event)


def _told_after(m: MentionRef, event: EventRecord, corpus: _Corpus) -> list[tuple[int, int]]:
    """The sentences that go on with a mention's story (`_Corpus.told_after`), but for one that
    tells another of the exchange's days: "… lists of POWs to be exchanged on May 22. On Friday,
    they had each handed over 390" is Friday's figure, not the 22nd's too."""
    other_days = {x.start for x in event.mentions if x.article == m.article and x.date != m.date}
    return [(s, e) for s, e in corpus.told_after(m.article, m.start, event.date) if s not in other_days]


def _read(
    m: MentionRef,
    event: EventRecord,
    corpus: _Corpus,
    spans: list[tuple[int, int]],
    claimed_by: str | None,
    add_up: bool = False,
) -> list[Figure]:
    """The figures that sentences of the mention's article give, read in order. A sentence that
    says "the same number" and gives none of its own rests on the sentence before it: its figure
    cites both. With `add_up`, what a sentence adds to the one just before it is added to its
    figure (`_added_to`)."""
    body = corpus.bodies[m.article]
    found: list[Figure] = []
    before: tuple[int, int] | None = None
    for s, e in spans:
        # ("Ukraine said the 115 servicemen who were freed were conscripts": Ukraine's figure.)
        who = (
            corpus.attribution.get((m.article, s))
            or attribution(body[s:e])
            or _quoted_by(body, corpus.spans[m.article], s, e)
            or claimed_by
        )
        given = _figures(m, body[s:e], s, who, event)
        if not given and before is not None and _EQUAL.search(body[s:e]):
            # "... brought home 390 Ukrainians. Russia's Defense Ministry said it received the same number."
            had = {(f.side, f.value) for f in _figures(m, body[before[0] : before[1]], before[0], who, event)}
            pair = _figures(m, body[before[0] : e], before[0], who, event)
            given = [f for f in pair if (f.side, f.value) not in had]
        # (Only when adding up: the figures of the sentence just before, in its paragraph.)
        told = (
            [f for f in found if f.start == before[0]]
            if add_up and given and before is not None and corpus.before(m.article, s) == [before]
            else []
        )
        added = _added_to(told, body, s, e, figures_in(body[s:e], who), also_done=True) if told else None
        if added is None:
            found += given
        else:
            # (The sentence's figures for a side it added nothing to stay its own.)
            grown = {f.side for f in added if f not in told}
            found = [f for f in found if f not in told] + added + [g for g in given if g.side not in grown]
        before = (s, e)
    return found


def _quoted_by(body: str, spans: list[tuple[int, int]], start: int, end: int) -> str | None:
    """Who speaks a quote a sentence opens and a later sentence closes: '"We have freed 215 of our
    people from captivity, of whom 124 are officers. Of those we have freed, 108 are Azov
    fighters", said Andriy Yermak'."""
    text = body[start:end].lstrip()
    if not text.startswith(("“", '"')) or "”" in text or text.count('"') > 1:
        return None
    for s, e in [(a, b) for a, b in spans if a >= end][:3]:
        if "”" in body[s:e] or '"' in body[s:e]:
            return attribution(body[s:e])
    return None


# ("an additional 22 ... prisoners"; "Moscow also received 20 Russian civilians")
# ("They also managed to return two illegally taken children")
_ADDITIONAL = re.compile(
    r"\b(?:additional|extra|further)\s+$|\balso\s+(?:[\w-]+\s+){1,3}$|^\W*Also,?\s+$"
    # ("Vereshchuk also said that as part of the deal, 14 civilians were returning to Ukraine")
    r"|\balso\s+(?:said|added|noted|reported)\b[^.;]{0,40}$",
    re.I,
)


# ("An additional 20 seriously wounded soldiers": more, even as many as a part already counted)
_MORE = re.compile(r"\b(?:additional|extra|further|another|more)\b", re.I)
# ("In earlier exchanges, …", "in a separate exchange": what another time or swap returned)
_ANOTHER_TIME = re.compile(r"\b(?:earlier|previous|prior|separate|since|so far|in total|last)\b", re.I)
# ("Three civilians from the Kursk region were also returned to Russia")
_ALSO_DONE = re.compile(
    r"[^.;]{0,60}?\b(?:were|was|have\s+been|has\s+been)\s+also\s+(?:returned|released|freed|handed\s+over|brought)\b",
    re.I,
)


def _with_additions(
    m: MentionRef, event: EventRecord, corpus: _Corpus, found: list[Figure], claimed_by: str | None
) -> tuple[list[Figure], list[tuple[int, int]]]:
    """A figure the next sentence adds to one just given: "Russia and Ukraine have exchanged 175
    prisoners of war each ... Russia handed over an additional 22 heavily wounded Ukrainian
    prisoners" brought 197 home to Ukraine, citing both sentences."""
    body = corpus.bodies[m.article]
    following = corpus.following(m.article, m.start)[:1]
    if not following or (m.article, following[0][0]) in corpus.dated:
        return found, []
    s, e = following[0]
    text = body[s:e]
    added = _added_to(
        found,
        body,
        s,
        e,
        figures_in(text, corpus.attribution.get((m.article, s)) or attribution(text) or claimed_by),
    )
    return (found, []) if added is None else (added, [(s, e)])


def _added_to(
    found: list[Figure], body: str, s: int, e: int, additions: Iterable[Found], also_done: bool = False
) -> list[Figure] | None:
    """`found` with the figures the sentence body[s:e] adds ("also", "an additional") to a side's
    one figure before it, or None when it adds none. With `also_done`, a count told "were also
    returned" after it adds too (not one of another time: "In earlier exchanges, 1,358 … were also
    freed")."""
    text = body[s:e]
    added = False
    for side, value, kind, promised, start, end, _ in additions:
        told_more = _ADDITIONAL.search(text, max(0, start - 60), start)
        if promised or not (
            told_more or (also_done and _ALSO_DONE.match(text, end) and not _ANOTHER_TIME.search(text))
        ):
            continue
        base = [
            f
            for f in found
            if f.side == side
            and not f.promised
            and (f.kind == "bodies") == (kind == "bodies")
            and f.start < s  # (not the addition itself, read already)
        ]
        if len({f.value for f in base}) != 1:
            continue
        first = base[0]
        # ("… an exchange for 11 Russian sailors …. 'Additionally, today, Ukraine exchanged 11
        # Russian sailors …'": the same count told again, not more; so is one of its parts, "185
        # soldiers and 20 civilians …. Russia's Defense Ministry also reported releasing 185".)
        if value == first.value or (
            value in first.parts and not _MORE.search(text, max(0, start - 40), start)
        ):
            continue
        # "45 of our people were released: 13 officers and 20 soldiers ... We are also returning home
        # 12 of our civilians": the last part of the 45, not 12 more.
        listed = re.findall(r"\b\d[\d,]*\b", body[first.start : first.end].split(str(first.value), 1)[-1])
        if listed and sum(_number(n) for n in listed) + value == first.value:
            continue
        total = first.model_copy(
            update={
                "value": first.value + value,
                "kind": _joined(first.kind, kind),
                "parts": [*(first.parts or [first.value]), value],
                "sentence": body[first.start : e],
                "end": e,
            }
        )
        found = [f for f in found if f not in base] + [total]
        added = True
    return found if added else None


def _of_its_kind(event: EventRecord, figures: list[Figure], dead: bool | None) -> list[Figure]:
    """An exchange of the living (`dead` False) takes no figure of the dead from the sentences
    around its mentions, nor the other way round ("soldiers being exchanged on both sides that
    day", then "1212 bodies of fallen soldiers were returned"); its mentions' own sentences keep
    theirs."""
    if dead is None:
        return figures
    own = {(m.article, m.start) for m in event.mentions}
    return [
        f
        if (f.article, f.start) in own or (f.kind == "bodies") == dead
        # ('"… we handed over 1,000 bodies …. They gave us 19," Medinsky said': a sentence that
        # names no kind of people counts the exchange's kind.)
        else f.model_copy(update={"kind": "bodies" if dead else "pows"})
        for f in figures
        if (f.article, f.start) in own
        or (f.kind == "bodies") == dead
        or not _NAMES_PEOPLE.search(f.sentence)
        # ("On December 20, Russia and Ukraine exchanged the bodies of soldiers …. … 42 Russian
        # soldiers were returned to Russia, while 503 Ukrainian soldiers were sent back": soldiers
        # the next sentence returns and does not call alive are the exchange's dead.)
        or (dead and _DONE.search(f.sentence) and not _NAMES_THE_LIVING.search(f.sentence))
    ]


def _without_breakdowns(figures: list[Figure], corpus: _Corpus) -> list[Figure]:
    """Without a list's sum that its own article's whole for the side exceeds: "we managed to
    liberate 37 …. Also, 21 National Guardsmen. Seven border guards, six … and four … civilians are
    returning home" (17) beside "The 75 released captives" tells who the 75 were; so does a count
    said "in particular". A count that is an item of a list ("In particular, it was possible to
    repatriate:", then "4 fallen defenders from the Luhansk direction;") is a part of any
    article's whole."""

    def key(f: Figure, article: str | None) -> tuple[str | None, str, bool, str | None]:
        return article, f.side, f.kind == "bodies", f.stage

    items = {(f.article, f.start) for f in figures if corpus.listed(f.article, f.start)}
    wholes: dict[tuple[str | None, str, bool, str | None], int] = {}
    for f in figures:
        if not f.parts and not f.promised and f.bound is None and (f.article, f.start) not in items:
            for k in (key(f, f.article), key(f, None)):
                wholes[k] = max(wholes.get(k, 0), f.value)
    return [
        f
        for f in figures
        if f.promised
        or (
            f.value >= wholes.get(key(f, None), 0)
            if (f.article, f.start) in items
            else not (f.parts or _A_BREAKDOWN.match(f.sentence))
            or f.value >= wholes.get(key(f, f.article), 0)
        )
    ]


# "254 fallen Defenders have been returned to Ukraine. In particular, it was possible to
# repatriate the bodies of 221 Defenders who were fighting in Donetsk direction, 25 …": who the
# whole were, counted again ("Also, 10 civilians came home" adds to it).
_A_BREAKDOWN = re.compile(r"\W*(?:In particular|Among them|Of them|Of these|Specifically)\b", re.I)
_LISTS_WHO = re.compile(r"\b(?:among them|including|in particular|namely|of them|of whom)\W*$", re.I)


_NAMES_THE_LIVING = re.compile(
    r"\b(?:prisoners?|POWs?|captiv\w*|detainees|civilians?|freed|released|alive|wounded|liberated|home|came\s+back)\b",
    re.I,
)
_NAMES_PEOPLE = re.compile(
    r"\b(?:bod(?:y|ies)|remains|fallen|dead|prisoners?|POWs?|soldiers|servicem[ae]n|civilians?|people|defenders"
    r"|troops|captives|detainees|volunteers|warriors|combatants)\b",
    re.I,
)


def _of_the_dead(event: EventRecord) -> bool | None:
    """Whether most of an exchange's mentions that say are about the dead (True) or the living
    (False); None when as many say each, or none says."""
    said = Counter(of_bodies(m.sentence) for m in event.mentions)
    if said[True] == said[False]:
        return None
    return said[True] > said[False]


def _sides_given(figures: Iterable[Figure]) -> set[str]:
    return {f.side for f in figures if not f.promised}


def _story(
    event: EventRecord, corpus: _Corpus, read: set[tuple[str, int]], given: dict[str, set[str]]
) -> tuple[list[Figure], list[str]]:
    """The rest of the articles whose one dated exchange is this one: they tell its story, so
    the mediator they credit further down is its mediator, and where their sentences about it
    gave no figure, a figure further down ("'We have managed to liberate 215 people,' Yermak
    announced") is its figure; so is one for a side they left without. Sentences that date
    something else are skipped."""
    if event.status != "done" or not event.date:
        return [], []
    found: list[Figure] = []
    texts: list[str] = []
    seen: set[str] = set()
    for m in event.mentions:
        if (
            m.article in seen
            or m.article not in corpus.spans
            or m.precision != event.precision
            or _PREVIOUS.search(m.sentence)  # the article tells the swap after it
        ):
            continue
        seen.add(m.article)
        spans = corpus.spans[m.article]
        if corpus.stories.get(m.article) != {event.id}:
            # An article of several exchanges tells this one's story after each sentence about it,
            # up to the next sentence that dates something ("The previous exchange took place on
            # Nov. 26"): "Russian Defense Ministry said it also received 50 people back".
            about = {x.start for x in event.mentions if x.article == m.article}
            told, telling = [], False
            for s, e in spans:
                if s in about or (m.article, s) in corpus.dated:
                    telling = s in about
                elif telling:
                    told.append((s, e))
            spans = told
        rest = [(s, e) for s, e in spans if (m.article, s) not in read and (m.article, s) not in corpus.dated]
        texts += [corpus.bodies[m.article][s:e] for s, e in rest]
        # Further down, only what its sentences about the exchange left out: a side with no figure.
        if len(sides := given.get(m.article, set())) < 2:
            # ("157 prisoners of war each …. Three civilians … were also returned to Russia": 160.)
            told = _read(m, event, corpus, rest, corpus.outlets.get(m.article), add_up=True)
            found += [f for f in told if f.side not in sides]
    return found, texts


_WHOLE = re.compile(
    r"\b(?:completed|concluded|finished|wrapped up)\s+(?:the|an?|their)\s+(?:[\w-]+\s+){0,3}?(?:exchange|swap)\b",
    re.I,
)


def _figures(
    m: MentionRef, text: str, offset: int, claimed_by: str | None, event: EventRecord
) -> list[Figure]:
    # "completed the exchange of 1,000 prisoners each on Sunday": the whole operation's figure,
    # said on its last day, not that day's.
    # ("From June 6 to 16, Ukraine conducted five phases of repatriation, recovering a total of
    # 6,057": a span's figure is its whole, not its first day's.)
    stage = (
        m.date
        if m.date in event.stages and m.precision == "day" and not m.end_date and not _WHOLE.search(text)
        else None
    )
    own = offset == m.start
    found = figures_in(text, claimed_by)
    # Once per sentence, and only for one that gives figures: each looks at the day named after it.
    dates = find_mentions(text) if found else []
    out = []
    # ("the release of 307 … each on Saturday, and 390 on Friday", read once for both days:
    # each figure is the stage its day names.)
    # ("on November 8, 563 Ukrainian soldiers were returned for 37 Russian soldiers, and on November
    # 29, 502 … for 48": of days that each open a clause, a figure's is the one its clause opens.)
    # ("and on March 6 300 Ukrainian defenders … were returned": or a count straight after it)
    openers = [
        d
        for d in dates
        if _OPENS_CLAUSE.search(text, 0, d.start)
        and (text.startswith(",", d.end) or _COUNT_NEXT.match(text, d.end))
    ]
    afters = [
        (next((d for d in reversed(openers) if d.end <= start), None) if len(openers) > 1 else None)
        or _named_after(dates, end, text)
        for *_, start, end, _ in found
    ]
    days_named = {(d.start, d.end): d for d in afters if d}
    for (side, value, kind, promised, start, end, parts), after in zip(found, afters, strict=True):
        named = _stage_named(after, event) if own and stage else None
        if own and stage and after is None and len(days_named) > 1:
            # ("each side brought home 303 more soldiers, after each released … 307 … on Saturday,
            # and 390 on Friday": of figures that name their days, one that names none is of the one
            # stage no figure names.)
            unnamed = [
                d
                for d in event.stages
                if not any(_names_day(n, dt.date.fromisoformat(d)) for n in days_named.values())
            ]
            if len(unnamed) != 1:
                continue
            named = unnamed[0]
        # ("have each released 303 prisoners to complete the biggest exchange": its last day.)
        if event.stages and not _WHOLE.search(text) and _FINAL.search(text):
            named = event.stages[-1]
        if (
            # "the first phase brought home 390 Ukrainians, with further releases expected over
            # the weekend": a figure delivered is no part of what is planned.
            (
                promised
                or event.status not in ("agreed", "planned")
                or not _DONE.search(_clause(text, start, end))
            )
            # ("The swap comes days after 52 Russian troops were exchanged", read after the swap's
            # own sentence: the earlier swap's figure, not this one's.)
            and (own or not _EARLIER.search(text, max(0, start - 80), start))
            # ("Russia released 120 civilian detainees as part of a larger swap": a part, not its whole.)
            and not (stage is None and _OF_LARGER.match(text, end))
            and not _dated_apart(after, m if own and not named else event)
            and not (own and m.precision == "month" and _month_apart(_month_of(text, dates, end, after), m))
        ):
            out.append(
                Figure(
                    side=side,
                    value=value,
                    kind=kind,  # type: ignore[arg-type]
                    promised=promised or event.status in ("agreed", "planned"),
                    stage=named or stage,
                    parts=list(parts),
                    bound=_bound(text, start, end),
                    inferred=_one_named(text, value, start, end),
                    article=m.article,
                    sentence=text,
                    start=offset,
                    end=offset + len(text),
                    claimed_by=_speaker_of(text, start) or claimed_by,
                )
            )
    return out


def _one_named(text: str, value: int, start: int, end: int) -> str | None:
    """How a figure of one no count states was found: the one person the sentence names."""
    said = text[start:end]
    if value != 1 or re.search(r"\d|\b(?:one|a|an)\b", said, re.I):
        return None
    return f"one person, named: '{said.strip()}'"


# "Russia's Defence Ministry said it swapped 150 Ukrainian POWs while Ukraine's President … said 189
# Ukrainians returned home": each figure is claimed by the speaker of its own clause.
_CLAUSE_SPEAKER = re.compile(
    r"(?:^|\b(?:while|whereas|but)\s+)(?:the\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+(?:of|for|the|[A-Z][\w’'.-]*))*?)"
    r"\s+(?:said|says|claimed|claims|reported|stated|announced)\b"
)


def _speaker_of(text: str, start: int) -> str | None:
    """Who claims the figure at text[start:], when the sentence gives two speakers their figures."""
    speakers = list(_CLAUSE_SPEAKER.finditer(text))
    before = [s for s in speakers if s.end() <= start]
    return before[-1]["who"] if len(speakers) >= 2 and before else None


_FINAL = re.compile(
    r"\b(?:to\s+complete|completing|(?:the\s+)?(?:third\s+and\s+)?(?:final|last)\s+(?:stage|phase|part))\b",
    re.I,
)
_OF_LARGER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+as\s+part\s+of\s+(?:a|the)\s+(?:larger|wider|bigger|broader)\s+(?:swap|exchange)",
    re.I,
)


def _named_after(dates: list[Mention], end: int, text: str) -> Mention | None:
    """The date or weekday named just after a figure ("307 … each on Saturday", "307 combatants
    and civilians on Saturday"), of a sentence's `dates`, if any."""
    after = next((d for d in dates if d.start >= end), None)
    if after is None:
        return None
    between = text[end : after.start]
    return (
        after if len(between) <= 12 or (len(between) <= 40 and not _NOT_ONE_PHRASE.search(between)) else None
    )


# ("41 Ukrainians were released in early May"; not "144 Ukrainian soldiers captured in May")
_RELEASED_IN = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:were|was)\s+(?:released|freed|returned|exchanged|swapped|repatriated)\s+in\s+$",
    re.I,
)


_OPENS = re.compile(r"\W*(?:\w+\W+)?")  # ("In March, …", "On 5 May …")


def _month_of(text: str, dates: list[Mention], end: int, after: Mention | None) -> Mention | None:
    """The month a figure is told in, in a sentence that may name several: the one its own verb
    names after it ("and 41 Ukrainians were released in early May"), or, with no date after it, the
    one its sentence opens with ("In March, 10 Russian soldiers were exchanged …"; "In July,
    following talks in June, … exchanged 50 prisoners each" is July's)."""
    if after is not None:
        return after if after.kind == "month" and _RELEASED_IN.fullmatch(text, end, after.start) else None
    opening = (
        dates[0] if dates and dates[0].start <= 20 and _OPENS.fullmatch(text, 0, dates[0].start) else None
    )
    return opening if opening is not None and opening.end <= end else None


def _month_apart(named: Mention | None, dated: MentionRef) -> bool:
    """Whether a month record (`dated`) is not the month `named`."""
    if named is None or named.kind != "month" or not named.month or dated.date is None:
        return False
    return int(dated.date[5:7]) != named.month or (
        named.year is not None and int(dated.date[:4]) != named.year
    )


# ("During the prisoner exchange on March 5, …": or a short phrase opening the sentence)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[,;:])\s*(?i:and\s+)?(?i:on\s+)?$"
    r"|^\W*(?:During|In|At|After|Following|As\s+part\s+of)\s+(?:[A-Za-z-]+\s+){0,4}?on\s+$"
)
_COUNT_NEXT = re.compile(r"\s+\d")
_NOT_ONE_PHRASE = re.compile(r"[\d,;.:—–()]|\b(?:after|before|while|when|which|who|that|and\s+(?:on|in))\b")


def _names_day(named: Mention, day: dt.date) -> bool:
    return (named.kind == "weekday" and named.weekday == day.weekday()) or (
        named.kind == "date" and (named.month, named.day) == (day.month, day.day)
    )


def _stage_named(named: Mention | None, event: EventRecord) -> str | None:
    """The stage of `event` on the day named after a figure."""
    if named is None:
        return None
    return next((day for day in event.stages if _names_day(named, dt.date.fromisoformat(day))), None)


def _dated_apart(named: Mention | None, dated: MentionRef | EventRecord) -> bool:
    """Whether the day named just after a figure lies outside the days of the mention (in its own
    sentence) or of the exchange (in a sentence beside it): "receiving 1,212 bodies on Wednesday
    and an additional 1,200 on Friday" gives Friday's handover no 1,212; "exchanged 175 each on
    March 19", read beside a swap of 5 February, is not that swap's."""
    if dated.precision != "day" or dated.date is None or named is None:
        return False
    if not (
        (named.kind == "weekday" and named.weekday is not None)
        or (named.kind == "date" and named.month and named.day)
    ):
        return False
    first = dt.date.fromisoformat(dated.date)
    last = dt.date.fromisoformat(dated.end_date) if dated.end_date else first
    return not any(_names_day(named, first + dt.timedelta(days=n)) for n in range((last - first).days + 1))


_BOUNDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # ("Russia has handed over 33 Ukrainian soldiers": a verb's "over", no bound)
    (
        "at least",
        re.compile(
            r"\b(?:(?<!handed )(?<!hand )(?<!hands )(?<!handing )(?<!\bturned )over|more than|at least|in excess of"
            r"|upwards of)\s+$",
            re.I,
        ),
    ),
    ("at most", re.compile(r"\b(?:up to|under|fewer than|less than)\s+$", re.I)),
    ("about", re.compile(r"\b(?:about|around|nearly|almost|some|roughly|approximately|close to)\s+$", re.I)),
)
# How far "about 300" may lie from the count it rounds: a tenth, and at least two.
_ABOUT = 0.1


_A_NUMBER = re.compile(_NUM)


def _bound(text: str, start: int, end: int) -> Literal["at least", "about", "at most"] | None:
    # The words before the number, which a count may open on ("the bodies of nearly 60").
    number = _A_NUMBER.search(text, start, end)
    at = number.start() if number else start
    before = text[max(0, at - 20) : at]
    return next((name for name, p in _BOUNDS if p.search(before)), None)  # type: ignore[return-value]


def fits(f: Figure, value: int) -> bool:
    """Whether a count agrees with a figure given as a bound or a round number."""
    if f.bound == "at least":
        return value >= f.value
    if f.bound == "at most":
        return value <= f.value
    return abs(value - f.value) <= max(2, _ABOUT * f.value) if f.bound == "about" else value == f.value


def _agreed(figures: list[Figure]) -> int | None:
    """The one figure the sources agree on: the one count they give, when every figure given as
    a bound or a round number ("over 100 each", beside "the 115 Ukrainian servicemen") fits it;
    failing any count, the one figure given."""
    counts = {f.value for f in figures if f.bound is None}
    if len(counts) == 1:
        value = counts.pop()
        return value if all(fits(f, value) for f in figures) else None
    values = {f.value for f in figures}
    if not counts and len(values) == 1:
        return values.pop()
    return _whole_of_parts(figures)


def _whole_of_parts(figures: list[Figure]) -> int | None:
    """The whole that other sources' figures are parts of: "146 Russian servicepeople and eight
    Kursk residents" (154) beside "146 Russian servicemen"; "300 servicemen" and "2 civilians" beside
    "302 people". None unless every figure is the whole or one of its parts."""
    if not figures or any(f.bound for f in figures):
        return None
    whole = max(f.value for f in figures)
    parts = {f.value for f in figures} - {whole}
    stated = {p for f in figures if f.value == whole for p in f.parts}
    if parts and parts <= stated:
        return whole
    kinds = {p: {f.kind for f in figures if f.value == p} for p in parts}
    if (
        len(parts) == 2
        and sum(parts) == whole
        and sorted(map(sorted, kinds.values())) == [["civilians"], ["pows"]]
    ):
        return whole
    return None


def _describe(side: str, figures: list[Figure]) -> str:
    by_value: dict[tuple[int, str | None], list[str]] = defaultdict(list)
    for f in figures:
        by_value[f.value, f.bound].append(f"{f.claimed_by or 'not attributed'}, {f.article}")
    listed = "; ".join(
        f"{bound + ' ' if bound else ''}{v:,} ({' / '.join(dict.fromkeys(who))})"
        for (v, bound), who in sorted(by_value.items(), key=lambda item: (item[0][0], item[0][1] or ""))
    )
    return f"returned to {SIDE_NAMES[side]}: {listed}"


def _stages(event: EventRecord, figures: list[Figure], dead: bool | None) -> tuple[list[Stage], list[str]]:
    stages: list[Stage] = []
    conflicts: list[str] = []
    for day in event.stages:
        values: dict[str, int | None] = {}
        for side in SIDES:
            given = [f for f in figures if f.stage == day and f.side == side and not f.promised]
            values[side] = _agreed(given)
            if given and values[side] is None:
                conflicts.append(f"stage of {day}, {_describe(side, given)}")
        stage = Stage(date=day, to_ukraine=values["ukraine"], to_russia=values["russia"])
        if dead and stages and _told_again(stages[-1], stage):
            continue
        stages.append(stage)
    return stages, conflicts


def _told_again(before: Stage, stage: Stage) -> bool:
    """Whether a day's figures for the dead repeat the day before's: one handover, said by the
    side that gave the bodies one day and by the side that got them the next ("Russia said on
    Friday it had returned the bodies of 1,200"; "Ukraine has received 1,200 bodies … said on
    Saturday")."""
    if dt.date.fromisoformat(stage.date) - dt.date.fromisoformat(before.date) != dt.timedelta(days=1):
        return False
    pairs = [(before.to_ukraine, stage.to_ukraine), (before.to_russia, stage.to_russia)]
    given = [(a, b) for a, b in pairs if b is not None]
    return bool(given) and all(a == b for a, b in given)


def _other_side(
    to_ukraine: int | None,
    to_russia: int | None,
    figures: list[Figure],
    counted: list[tuple[str, int, int, str, str | None]],
) -> Figure | None:
    """The side no source gives a figure for, from a count of both sides together in the
    sentences read: "involving 190 detainees" beside 95 returned to Ukraine is 95 to Russia; "Ukraine
    and Russia agreed to swap 314 prisoners" beside 157 Ukrainians, 157 (a count that may be all
    or each is read only when it is the known side's, or twice it). None when the readings
    disagree."""
    if (to_ukraine is None) == (to_russia is None):
        return None
    known: Side = "ukraine" if to_russia is None else "russia"
    other: Side = "russia" if known == "ukraine" else "ukraine"
    if any(f.side == other and not f.promised for f in figures):
        return None  # its sources disagree, or give only a stage
    value = to_ukraine if known == "ukraine" else to_russia
    given = next((f for f in figures if f.side == known and f.value == value and not f.promised), None)
    if given is None:
        return None
    readings: dict[int, tuple[str, tuple[str, int, int, str, str | None]]] = {}
    for found in counted:
        for total, said in both_sides_in(found[3]):
            if total == value and not said:
                how = f"{total:,} exchanged, as many as returned to {SIDE_NAMES[known]}: that many each"
            elif total == 2 * value or (said and total > value):
                how = f"{total:,} in all, less the {value:,} returned to {SIDE_NAMES[known]}"
            else:
                continue
            readings.setdefault(total - value if total != value else value, (how, found))
    if len(readings) != 1:
        return None
    ((count, (how, (article, start, end, sentence, claimed_by))),) = readings.items()
    return Figure(
        side=other,
        value=count,
        kind=given.kind,
        inferred=how,
        article=article,
        sentence=sentence,
        start=start,
        end=end,
        claimed_by=claimed_by,
    )


def _delivered(figures: list[Figure], stages: list[Stage]) -> tuple[int | None, int | None, list[str]]:
    """Each side's figure: the one every source agrees on for the whole exchange, or the sum of
    its stages when every stage has one; None when sources disagree (flagged) or none is given."""
    out: dict[str, int | None] = {}
    conflicts: list[str] = []
    for side in SIDES:
        whole = [f for f in figures if f.side == side and not f.promised and f.stage is None]
        value = _agreed(whole)
        if whole and value is None:
            conflicts.append(_describe(side, whole))
        staged = [getattr(s, f"to_{side}") for s in stages]
        if staged and all(v is not None for v in staged):
            total = sum(v for v in staged if v is not None)
            if value is not None and value != total:
                conflicts.append(
                    f"returned to {SIDE_NAMES[side]}: {value:,} in all, but its stages add up to {total:,}"
                )
                value = None
            elif not whole:
                value = total
        elif not whole:
            value = _as_promised(stages, side, _agreed([f for f in figures if f.side == side and f.promised]))
        out[side] = value
    return out["ukraine"], out["russia"], conflicts


def _as_promised(stages: Sequence[Stage], side: str, promised: int | None) -> int | None:
    """What stages told deliver, when it is what was promised though a day has no figure: "390 on
    Friday, 307 on Saturday, 303 on Sunday" of a "1,000 for 1,000" deal, beside a day no source
    gives a figure for."""
    known = [v for s in stages if (v := getattr(s, f"to_{side}")) is not None]
    return sum(known) if len(known) > 1 and sum(known) == promised else None


def _named(text: str, event: EventRecord) -> _Named | None:
    """The agreement an exchange's sentences say it carries out ("under the Istanbul agreements")."""
    match = _AGREEMENT.search(text)
    if not match:
        return None
    named = match.group("venue") or match.group("venue2") or match.group("venue3")
    if not named:
        return None
    otherwise = f"the {named} talks" if match.group("venue3") else match.group(0).split(maxsplit=1)[1]
    return _Named(venue_of(named), event.date or "9999", otherwise)


def _agreement(named: _Named, rounds: Sequence[Round]) -> str:
    """The round whose agreement the exchange carries out: the latest round at the venue named
    on or before the exchange; else the agreement as named."""
    earlier = [r for r in rounds if named.venue and r.venue == named.venue and r.date and r.date <= named.by]
    if earlier:
        return max(earlier, key=lambda r: r.date or "").id
    return named.otherwise


def with_exchanges(rounds: Sequence[Round], exchanges: Sequence[Exchange]) -> list[Round]:
    """Each round with the exchanges that carried out what it agreed."""
    carried: dict[str, list[str]] = defaultdict(list)
    for x in exchanges:
        if x.agreement:
            carried[x.agreement].append(x.id)
    return [r.model_copy(update={"exchanges": carried[r.id]}) if r.id in carried else r for r in rounds]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def totals(exchanges: Sequence[Exchange]) -> dict[str, tuple[int, int, int]]:
    """People returned to each side by the dated exchanges carried out that a count may include
    (events.countable), bodies apart: (low, high, exchanges without a figure). Where sources
    disagree, low and high take the smallest and the largest figure given."""
    out: dict[str, tuple[int, int, int]] = {}
    counted = countable([x for x in exchanges if x.date])
    for side in SIDES:
        for bodies in (False, True):
            low = high = missing = 0
            for x in counted:
                if x.status != "done" or (x.kind == "bodies") != bodies:
                    continue
                value = getattr(x, f"to_{side}")
                given = [f.value for f in x.figures if f.side == side and not f.promised and f.stage is None]
                if value is not None:
                    low, high = low + value, high + value
                elif given:
                    low, high = low + min(given), high + max(given)
                else:
                    missing += 1
            out[f"{side}{'_bodies' if bodies else ''}"] = (low, high, missing)
    return out
