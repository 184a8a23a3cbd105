"""Counts written in words, as news copy writes them."""

from __future__ import annotations

# Numbers in words, as copy writes them below ten and at a sentence's start ("Thirty-five
# Ukrainian soldiers"); "one" is left out: "one of the soldiers" is no count.
_UNITS = ("two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORD_VALUES = (
    {w: i + 2 for i, w in enumerate(_UNITS)}
    | {w: i + 10 for i, w in enumerate(_TEENS)}
    | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
)
_UNDER_100 = rf"(?:{'|'.join(_TENS)})(?:-(?:one|{'|'.join(_UNITS)}))?|{'|'.join(_TEENS + _UNITS)}"
# "One hundred eight women", "one hundred and eight": a hundreds count, never its last word alone.
# "the thousand-for-thousand exchange", "with a thousand prisoners handed over to each side":
# "thousand" alone only in a formula, and "a thousand" not of a group ("a thousand of our people"
# is a round hope as often as a count).
NUMBER_WORDS = (
    rf"(?:a|one|{'|'.join(_UNITS)})\s+hundred(?:\s+(?:and\s+)?(?:{_UNDER_100}|one))?|{_UNDER_100}"
    # (not the start of a larger count: "a thousand and twelve", "one thousand one hundred")
    rf"|(?:a|one)\s+thousand(?!\s+(?:of|and|(?:a|one|{'|'.join(_UNITS)})\s+hundred)\b)"
    r"|thousand(?=-for-)|(?<=-for-)thousand"
)


def number_in_words(text: str) -> int:
    """ "thirty-five" is 35, "one hundred and eight" 108, "(a) thousand" 1,000 (see NUMBER_WORDS)."""
    words = text.lower().split()
    if words[-1] == "thousand":
        return 1000
    if "hundred" in words:
        rest = [w for w in words[words.index("hundred") + 1 :] if w != "and"]
        return 100 * ({"a": 1, "one": 1} | _WORD_VALUES)[words[0]] + (number_in_words(rest[0]) if rest else 0)
    tens, _, unit = text.lower().partition("-")
    return ({"one": 1} | _WORD_VALUES)[tens] + ({"one": 1} | _WORD_VALUES).get(unit, 0)
