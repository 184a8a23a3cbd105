"""Events: the mentions of one real-world event, across sentences and articles, consolidated
into one record with a stable id that keeps every mention. The days of a staged exchange are
the stages of one operation; a coarser mention ("in May") joins the one event it can only mean;
articles that disagree on a year are flagged, never silently reconciled.

The work is a sort and a sweep per type: linear in the mentions, after sorting."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import TypeVar

from pydantic import BaseModel

from parley.events.rounds import outvoted_day, venue_of
from parley.mentions.dates import first_day, format_date
from parley.mentions.extract import JUST_DONE, Event, EventType, Precision, Statement, Status, counts_in, span

# The days of one staged swap follow each other; an exchange this close to the last stage is
# its next stage, as long as the operation stays within a fortnight.
STAGE_GAP_DAYS = 2
STAGE_SPAN_DAYS = 14
# The two days of one round of talks.
ROUND_GAP_DAYS = 1
_SLUGS = {
    "prisoner_exchange": "exchange",
    "negotiation_round": "round",
    "agreement": "agreement",
    "announcement": "announcement",
}
# What an event's status is when its mentions differ: the one that says most about its fate.
_STATUS_ORDER = ("cancelled", "postponed", "done", "agreed", "planned")


class MentionRef(Statement):
    """Where an event is said: the article, the verbatim sentence (`body[start:end]`), the date
    that sentence gives, who said it and how the date was obtained."""

    attribution: str | None = None
    resolution: str
    inferred: bool = False


class EventRecord(BaseModel):
    """One real-world event, with every mention of it."""

    id: str
    type: EventType
    status: Status | None
    date: str | None
    end_date: str | None = None
    precision: Precision | None
    title: str
    summary: str
    stages: list[str] = []  # the days of a staged operation, in order
    articles: list[str]
    mentions: list[MentionRef]
    inferred: bool = False  # no mention states the date in full
    conflicts: list[str] = []
    corrections: list[str] = []
    # For an exchange, the people returned to each side where its sources agree (exchanges.py).
    to_ukraine: int | None = None
    to_russia: int | None = None

    @property
    def day(self) -> dt.date | None:
        return first_day(self.date)


def exchanges_carried_out(events: Iterable[EventRecord]) -> list[EventRecord]:
    """The dated prisoner exchanges carried out: those the report's summary counts."""
    return countable([e for e in events if e.date and e.type == "prisoner_exchange" and e.status == "done"])


T = TypeVar("T")


def countable(dated: list[T]) -> list[T]:
    """Of dated items (events, exchanges), those a count may include: all dated to the day or
    week, and a month or year only when nothing dated finer falls in it. "In 2024 the sides
    exchanged 1,200" beside the swaps of 2024 is a sum of them, not one more."""
    fine = [span(x)[0] for x in dated if getattr(x, "precision", None) in ("day", "week")]  # type: ignore[arg-type]
    out = []
    for x in dated:
        if getattr(x, "precision", None) in ("day", "week"):
            out.append(x)
            continue
        first, last = span(x)  # type: ignore[arg-type]
        if not any(first <= day <= last for day in fine):
            out.append(x)
    return out


def consolidate(mentions: Iterable[Event]) -> list[EventRecord]:
    """The events of interest among `mentions`, one record each, in date order (undated last).
    `link` then names each mention's record (none for an undated mention of an event its
    article dates)."""
    by_type: dict[str, list[Event]] = defaultdict(list)
    undated: list[Event] = []
    for m in mentions:
        if m.klass != "event":
            continue
        (by_type[m.type] if m.date else undated).append(m)
    groups: list[list[Event]] = []
    for kind, found in by_type.items():
        groups += _grouped(kind, found)
    # An undated mention of a kind of event its article dates is about that one ("This is the
    # 57th prisoner exchange since …" under the day's swap), not an undated event of its own.
    # Extraction drops these too, but classing may retype or date a mention after it.
    dated = {(m.article, m.type) for found in by_type.values() for m in found}
    # One article's undated swaps that give the same counts are one ("The bodies of 38 fallen
    # Ukrainian defenders were returned", then "Today, it was possible to return the bodies of 38
    # defenders", on a page with no date).
    same: dict[tuple[str, frozenset[int]], list[Event]] = {}
    for m in undated:
        if (m.article, m.type) in dated:
            continue
        counts = _counts_of(m) if m.type == "prisoner_exchange" else frozenset()
        if counts and (m.article, counts) in same:
            same[m.article, counts].append(m)
            continue
        groups.append([m])
        if counts:
            same[m.article, counts] = groups[-1]
    records = [_record(g) for g in groups]
    records.sort(key=lambda r: (r.date is None, r.date or "", r.type))
    _flag_years(records)
    return _with_ids(records)


def _grouped(kind: str, found: list[Event]) -> list[list[Event]]:
    fine = sorted((m for m in found if m.precision == "day"), key=lambda m: span(m))
    coarse = [m for m in found if m.precision != "day"]
    gap = (
        STAGE_GAP_DAYS
        if kind == "prisoner_exchange"
        else ROUND_GAP_DAYS
        if kind == "negotiation_round"
        else 0
    )
    # What is only planned or agreed is no stage of what was done: each is swept apart, so a
    # plan said on the first day of a staged swap does not cut its stages in two. A plan or
    # agreement dated within what was done is about it ("on Friday, Lavrov said that once the
    # exchange was completed..."): one of its mentions, not an exchange of its own.
    groups = _swept(kind, [m for m in fine if _done(m)], gap)
    if kind == "prisoner_exchange":
        groups = [
            part for g in groups for counted in _split_by_counts(g) for part in _split_by_follows(counted)
        ]
    spans = [(min(span(m)[0] for m in g), max(span(m)[1] for m in g)) for g in groups]
    starts = [x for x, _ in spans]  # in order: swept from the sorted day mentions, never overlapping
    apart: list[list[Event]] = []
    for g in _swept(kind, [m for m in fine if not _done(m)], gap):
        a, b = min(span(m)[0] for m in g), max(span(m)[1] for m in g)
        i = bisect_right(starts, a) - 1
        if i >= 0 and b <= spans[i][1] and all(m.status in ("planned", "agreed") for m in g):
            groups[i] += g
        else:
            apart.append(g)
    groups = sorted(groups + apart, key=lambda g: min(span(m)[0] for m in g))
    # A month, week or year that holds exactly one event of the type is about that event; and,
    # "exchanged 25 prisoners each, the first swap of 2025" beside "confirmed the exchange on
    # Wednesday", one that holds exactly one of its own article's events is about that one.
    spans = [(min(span(m)[0] for m in g), max(span(m)[1] for m in g)) for g in groups]
    starts = [x for x, _ in spans]
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        for article in {m.article for m in g}:
            by_article[article].append(i)
    loose: dict[tuple[str | None, str | None, str | None], list[Event]] = defaultdict(list)
    # (What was done "this week" is not what was agreed or planned on one of its days: "The
    # Americans were released this week", beside "Erdogan said late Monday that Moscow and Kyiv
    # agreed to swap 200", nor the plans of the week before a staged swap ("will take place next
    # week", Budanov said), which would make a swap done on a day no report gives.)
    not_done = {i for i, g in enumerate(groups) if not any(_done(m) for m in g)}
    for m in sorted(coarse, key=lambda m: span(m)):
        a, b = span(m)
        skip = not_done if _done(m) else set()
        # ("1,800 Russian servicemen returned … last year" is not the year's one return of the dead.)
        own = [i for i in by_article[m.article] if a <= spans[i][0] and spans[i][1] <= b and i not in skip]
        inside = own if len(own) == 1 else _inside(spans, starts, a, b, skip)
        if kind == "prisoner_exchange" and len(inside) == 1 and _apart(groups[inside[0]], m):
            inside = []
        if len(inside) == 1:
            groups[inside[0]].append(m)
        else:
            loose[(m.date, m.end_date, m.precision)].append(m)
    return groups + list(loose.values())


def _swept(kind: str, fine: list[Event], gap: int) -> list[list[Event]]:
    """Day-precise mentions in date order, each joined to the latest group still open (its last
    day within `gap` days, the whole within STAGE_SPAN_DAYS) that it fits: one article's swap and
    its repatriation of the dead on the same day do not keep another article's swap apart."""
    groups: list[list[Event]] = []
    bounds: list[tuple[dt.date, dt.date]] = []  # each group's first and last day
    open_: list[int] = []  # groups whose last day may still be within `gap` of the next mention
    for m in fine:
        a, b = span(m)
        open_ = [i for i in open_ if (a - bounds[i][1]).days <= gap]
        fitting = (i for i in reversed(open_) if _fits(kind, groups[i], bounds[i], m, b))
        i = next(fitting, None)
        # ("another 75 of our people have returned", beside the day's handover of 212 bodies and
        # its swap of 75 each: a report that does not say is of the living, when they are open.)
        if i is not None and kind == "prisoner_exchange" and _about_bodies(m) is None and _of_dead(groups[i]):
            i = next((j for j in fitting if not _of_dead(groups[j])), i)
        if i is None:
            groups.append([m])
            bounds.append((a, b))
            open_.append(len(groups) - 1)
        else:
            groups[i].append(m)
            bounds[i] = (bounds[i][0], max(bounds[i][1], b))
    return groups


def _fits(kind: str, group: list[Event], bounds: tuple[dt.date, dt.date], m: Event, end: dt.date) -> bool:
    first, last = bounds
    # A date an analyst corrected is theirs: never a stage of another day's mentions.
    if m.correction is not None or any(g.correction for g in group):
        return False
    # A repatriation of the dead and a swap of the living are two operations.
    if kind == "prisoner_exchange" and _other_kind(group, m):
        return False
    # Handovers of the dead days apart are each their own ("another 1,200 bodies" on Friday, after
    # 1,212 on Wednesday); only the next day's report may be the same one, told by the other side.
    if kind == "prisoner_exchange" and _about_bodies(m) and (span(m)[0] - last).days > 1:
        return False
    return (
        (end - first).days <= STAGE_SPAN_DAYS
        and (kind != "announcement" or group[0].attribution == m.attribution)
        and _same_place(group, m)
    )


_BODIES = re.compile(
    # (Not "the first repatriation of four Ukrainian children": the living, brought home.)
    r"\b(?:bodies|remains|fallen|slain|war dead|repatriation(?!\s+of\s+(?:[\w-]+\s+){0,3}?(?:children|civilians)\b))\b",
    re.I,
)
_LIVING = re.compile(r"\b(?:prisoners?|POWs?|captives?|prisoners-of-war|detainees)\b", re.I)
_PEOPLE = re.compile(
    r"\b(?:servicem[ae]n|service ?members|soldiers|troops|civilians|children|defenders|fighters|citizens|people)\b",
    re.I,
)
# ("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", "officials
# responsible for exchanging prisoners of war": who speaks, not who was swapped.)
# ("Kyiv's prisoner-of-war coordination centre said")
_AGENCY = re.compile(
    r"\b(?:(?:treatment|interests|affairs)\s+of\s+(?:the\s+)?|responsible\s+for\s+(?:exchanging|the\s+exchange\s+of)\s+)"
    r"prisoners(?:[- ]of[- ]war)?"
    r"|\b(?:prisoners?[- ]of[- ]war|POW)\s+(?:coordinat\w+\s+)?(?:centre|center|headquarters|HQ)\b",
    re.I,
)


# "the first stage of the '1,000 for 1,000' swap", "the third stage", "completed the exchange of
# 1,000 prisoners each on Sunday": counts of one staged swap.
_STAGED = re.compile(
    # (not "released as part of a prisoner swap": one swap's part, not a stage)
    r"\b(?:stages?|phases?|(?<!\bas\s)parts?\s+of|first\s+part|for\s+1,?000\b|1,?000[- ]for[- ]1,?000)"
    r"|\b(?:completed|concluded|finished|wrapped\s+up)\s+(?:the|their)\s+(?:[\w-]+\s+){0,3}?(?:exchange|swap)\b",
    re.I,
)


# "50 soldiers were freed on Saturday and 107 on Thursday": the count told just before a day.
_COUNT_BEFORE_DAY = re.compile(
    r"(?<![\w.,-])(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?$"
)


def _counts_of(m: Event) -> frozenset[int]:
    """The counts of people a mention's sentence gives, or the one told just before its day."""
    if m.date_offsets and (
        own := _COUNT_BEFORE_DAY.search(m.sentence, max(0, m.date_offsets[0] - 40), m.date_offsets[0])
    ):
        return frozenset({int(own["n"].replace(",", ""))})
    return counts_in(m.sentence)


# Reports of one swap a day apart may differ a lot (one side counts the wounded apart); 15 for 17
# on Tuesday and 144 each on Wednesday are two swaps.
_FAR_NEXT_DAY = 0.75


def _split_by_counts(group: list[Event]) -> list[list[Event]]:
    """A group cut in two where the counts its mentions give before a day and from it on never come
    near, two days or more apart: 10 civilians freed on 28 June are not the 90-for-90 swap of
    25 June, though reports of it ran on the days between. A day apart they must be far apart
    (`_FAR_NEXT_DAY`). Counts one side and the other give of one swap (207 and 195) are near; the
    stages of a staged swap say so."""
    if any(_STAGED.search(m.sentence) for m in group):
        return [group]
    counted = sorted(((span(m)[0], c) for m in group if (c := _counts_of(m))), key=lambda c: c[0])
    for i in range(1, len(counted)):
        before, after = counted[:i], counted[i:]
        gap = (after[0][0] - before[-1][0]).days
        if gap < 1:
            continue
        theirs = frozenset().union(*(c for _, c in before))
        mine = frozenset().union(*(c for _, c in after))
        if not _near(mine, theirs, 0.2 if gap >= 2 else _FAR_NEXT_DAY):
            cut = after[0][0]
            return [
                [m for m in group if span(m)[0] < cut],
                *_split_by_counts([m for m in group if span(m)[0] >= cut]),
            ]
    return [group]


# "The POW swap directly follows a similar exchange … conducted on September 13": another swap.
# ("The most recent previous exchange took place on Tuesday and involved 17 Ukrainian prisoners")
_FOLLOWS = re.compile(
    r"\b(?:follows?|followed|comes?\s+(?:a\s+day|days)\s+after)\s+(?:a|an)\s+(?:similar|separate|earlier|previous)"
    r"\s+(?:exchange|swap)\b|\b(?:previous|prior|preceding)\s+(?:prisoner\s+)?(?:exchange|swap)\b"
    # ("As a reminder, on 13 September, 15 Azov fighters were among the 49 soldiers returned":
    # the swap before the article's, retold.)
    r"|^(?:As a reminder|We (?:will )?remind(?: you)?(?: that)?|Recall that),?\s",
    re.I,
)


def _split_by_follows(group: list[Event]) -> list[list[Event]]:
    """A group cut at the day of an article's swap that, it says, follows another swap it dates
    earlier (or the previous swap it dates): two swaps on days in a row, not two stages of one."""
    if any(_STAGED.search(m.sentence) for m in group):
        return [group]
    for m in group:
        found = _FOLLOWS.search(m.sentence)
        if not found or not m.date_offsets or m.date_offsets[0] < found.end():
            continue
        later = [span(x)[0] for x in group if x.article == m.article and span(x)[0] > span(m)[0]]
        if later:
            cut = min(later)
            return [
                [x for x in group if span(x)[0] < cut],
                *_split_by_follows([x for x in group if span(x)[0] >= cut]),
            ]
    return [group]


def _about_bodies(m: Event) -> bool | None:
    """Whether a mention is about the dead (True), the living (False), or does not say (None)."""
    return of_bodies(m.sentence)


@lru_cache(maxsize=65536)  # asked of a group's every mention each time one more may join it
def of_bodies(sentence: str) -> bool | None:
    """Whether a sentence is about the dead (True), the living (False), or does not say (None)."""
    # ("the swap of prisoners continued, as did the return of 1,212 bodies": both, so neither;
    # "75 Russian servicemen have been returned", people and no dead: the living.)
    living_named = _AGENCY.sub("", sentence)
    dead, living = bool(_BODIES.search(sentence)), bool(_LIVING.search(living_named))
    if not dead and not living:
        return False if _PEOPLE.search(sentence) else None
    return None if dead == living else dead


def _other_kind(group: list[Event], m: Event) -> bool:
    """Whether a mention is about the dead and the group about the living, or the other way
    round; on another day, a mention that does not say is not a stage of a repatriation."""
    mine = _about_bodies(m)
    theirs = {_about_bodies(g) for g in group} - {None}
    if mine is None:
        return True in theirs and span(m)[0] != span(group[-1])[0]
    return bool(theirs) and mine not in theirs


def _of_dead(group: list[Event]) -> bool:
    return any(_about_bodies(g) for g in group)


def _apart(group: list[Event], m: Event) -> bool:
    """Whether a mention is about the dead and the group only about the living, or the other way;
    or both give counts that never come near: "This week, 90 … military personnel were released"
    on an undated page is not its "On Friday, June 28, Ukraine welcomed back 10 civilians"."""
    mine = _about_bodies(m)
    theirs = {_about_bodies(g) for g in group} - {None}
    if mine is not None and bool(theirs) and mine not in theirs:
        return True
    counts, others = _counts_of(m), frozenset().union(*(_counts_of(g) for g in group))
    return (
        bool(counts and others)
        and not _near(counts, others, 0.2)
        and not any(_STAGED.search(x.sentence) for x in (*group, m))
    )


def _near(counts: frozenset[int], others: frozenset[int], within: float) -> bool:
    return any(abs(a - b) <= within * max(a, b) for a in counts for b in others)


def _inside(
    spans: list[tuple[dt.date, dt.date]], starts: list[dt.date], a: dt.date, b: dt.date, skip: set[int]
) -> list[int]:
    """Up to two groups lying within a..b, but those in `skip`: whether exactly one does is all
    that is asked, and the search starts at the first group beginning on a, so a year costs no
    scan of every day."""
    found: list[int] = []
    for i in range(bisect_left(starts, a), bisect_right(starts, b)):
        if spans[i][1] <= b and i not in skip:
            found.append(i)
            if len(found) == 2:
                break
    return found


def _done(m: Event) -> bool:
    return m.status not in ("planned", "agreed", "postponed", "cancelled")


def _same_place(group: list[Event], m: Event) -> bool:
    """Rounds held on the same days in different cities are different rounds ("at Ciragan
    Palace" is in Istanbul, as the venue gazetteer says)."""
    places = {_place(e.location) for e in group if e.location}
    return m.type != "negotiation_round" or not places or not m.location or _place(m.location) in places


def _place(location: str) -> str:
    return venue_of(location) or location


def _record(group: list[Event]) -> EventRecord:
    stated = [m for m in group if not m.inferred] or group
    # "on Wednesday" (inferred) beside "early January 2024" (stated): the day, within the month,
    # says more and contradicts nothing.
    stated = stated + [
        m
        for m in group
        if m.inferred
        and m.precision == "day"
        and all(span(s)[0] <= span(m)[0] and span(m)[1] <= span(s)[1] for s in stated if s.date)
    ]
    finest = min(
        stated,
        key=lambda m: ({"day": 0, "week": 1, "month": 2, "year": 3}.get(m.precision or "", 4), m.date or ""),
    )
    days = sorted({m.date for m in group if m.precision == "day" and m.date})
    # "Ukraine and Russia have exchanged ..." in an article of the next morning is the swap another
    # sentence dates the day before, not a stage of it.
    told = {span(m)[0] for m in group if m.precision == "day" and not m.resolution.startswith(JUST_DONE)}
    days = [
        d
        for d in days
        if dt.date.fromisoformat(d) in told or dt.date.fromisoformat(d) - dt.timedelta(days=1) not in told
    ]
    date, end_date, precision = finest.date, finest.end_date, finest.precision
    conflicts: list[str] = []
    if group[0].type == "negotiation_round":
        days, conflicts = _outvoted_days(group, days)
    stages: list[str] = []
    if precision == "day" and (len(days) > 1 or conflicts):
        last_days = [m.end_date or m.date for m in group if m.precision == "day" and m.date in days]
        date, end_date = days[0], max(d for d in last_days if d)
        stages = days if group[0].type == "prisoner_exchange" else []
    statuses = [m.status for m in group if m.status]
    status = next((s for s in _STATUS_ORDER if s in statuses), None)
    lead = max(group, key=lambda m: (m.precision == "day", not m.inferred, len(m.summary)))
    fields = set(MentionRef.model_fields)
    mentions = [MentionRef(**m.model_dump(include=fields)) for m in group] + [
        MentionRef(**s.model_dump(), resolution=f"merged by analyst: {m.correction}")
        for m in group
        for s in m.merged
    ]
    title = lead.title + (f", {len(stages)} stages" if stages else "")
    return EventRecord(
        id="",
        type=lead.type,
        status=status,  # type: ignore[arg-type]
        date=date,
        end_date=end_date if end_date != date else None,
        precision=precision,
        title=title,
        summary=lead.summary,
        stages=stages,
        articles=list(dict.fromkeys(r.article for r in mentions)),
        mentions=mentions,
        inferred=all(m.inferred for m in group),
        corrections=[m.correction for m in group if m.correction],
        conflicts=conflicts,
    )


def _outvoted_days(group: list[Event], days: list[str]) -> tuple[list[str], list[str]]:
    """The days of a round without one it was given by too few (`rounds.outvoted_day`), flagged."""
    if len(days) < 2:
        return days, []
    given = [m for m in group if m.precision == "day" and m.date in days]
    stated = [(m.article, m.date, m.end_date or m.date) for m in given]
    weekends = {(m.article, m.date, m.end_date or m.date) for m in given if "weekend" in m.resolution}
    found = outvoted_day(stated, days[0], days[-1], weekends)  # type: ignore[arg-type]
    if found is None:
        return days, []
    lone, _, alone, _ = found
    said = "dates it" if len(alone) == 1 else "date it"
    return [d for d in days if d != lone], [f"{', '.join(sorted(alone))} {said} {format_date(lone)}"]


def _flag_years(records: list[EventRecord]) -> None:
    """Articles that put an event of one type on the same day of different years disagree on the
    year (usually one of them inferred it): both are flagged, with what the others say — one
    note per other date, naming its articles, so an event's notes are at most one per year."""
    by_day: dict[tuple[str, str], list[EventRecord]] = defaultdict(list)
    for r in records:
        if r.precision == "day" and r.date:
            by_day[(r.type, r.date[5:])].append(r)
    for same in by_day.values():
        if len({r.date[:4] for r in same if r.date}) < 2:
            continue
        articles = [set(r.articles) for r in same]
        for r, own in zip(same, articles, strict=True):
            others = [
                o for o, theirs in zip(same, articles, strict=True) if o.date != r.date and theirs - own
            ]
            said: dict[str, dict[str, None]] = {}  # each other date, and the articles giving it
            for o in others:
                said.setdefault(format_date(o.date, o.precision, o.end_date), {}).update(
                    dict.fromkeys(o.articles)
                )
            if said:  # one assignment: each is validated, and copies the list
                r.conflicts = r.conflicts + [
                    f"{', '.join(names)} {'dates it' if len(names) == 1 else 'date it'} {date}: the year differs"
                    for date, names in said.items()
                ]


def _with_ids(records: list[EventRecord]) -> list[EventRecord]:
    """Ids from type and date (`exchange-2025-05-23`), numbered when a date holds several;
    undated ones by their article and order. The same corpus always gives the same ids."""
    taken: dict[str, int] = defaultdict(int)
    for r in records:
        slug = _SLUGS.get(r.type, r.type)
        base = f"{slug}-{_id_date(r)}" if r.date else f"{slug}-undated-{r.mentions[0].article}"
        taken[base] += 1
        r.id = base if taken[base] == 1 else f"{base}-{taken[base]}"
    return records


def _id_date(r: EventRecord) -> str:
    size = {"day": 10, "week": 10, "month": 7, "year": 4}.get(r.precision or "day", 10)
    return (r.date or "")[:size]


def link(mentions: list[Event], records: list[EventRecord]) -> list[Event]:
    """The mentions, each naming the event it was consolidated into."""
    where = {(m.article, m.start, m.date): r.id for r in records for m in r.mentions}
    return [
        m.model_copy(update={"event": where.get((m.article, m.start, m.date))}) if m.klass == "event" else m
        for m in mentions
    ]
