"""What the rounds and exchanges read out of one article's text, kept across renders.

Building the rounds and the exchanges reads each article's sentences again and again: where
its sentences end, the figures a sentence gives, the venue, people, format and topics it names,
whether the article ties talks to their outcome. Those readings are pure functions of the text
(and of the package's code and knowledge files), marked `@kept` (or `@kept_by_digest`): their
results are remembered in the process, and a collection
(`events/corpus.py`) keeps them in the mentions store between renders (`store.read_kept`,
`store.write_kept`), so a corpus with one article added reads only that article's sentences
again. The results are the ones computing them gives, by construction; the store keeps them
under a hash of every source and knowledge file they may depend on (`version`), so editing a
rule forgets them all, with no number to remember to bump.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from functools import cache, update_wrapper
from pathlib import Path
from typing import Any, Generic, ParamSpec, TypeVar, get_type_hints

from pydantic import TypeAdapter, ValidationError

P = ParamSpec("P")
R = TypeVar("R")
Entries = dict[tuple[Any, ...], Any]
_PACKAGE = Path(__file__).parent
# Every file a kept function may read or call into: any edit to one forgets what was kept.
_SOURCES = ("articles", "mentions", "events", "knowledge", "memo.py")


class _Kept(Generic[P, R]):
    """A pure function whose results are remembered by its positional arguments. A list is
    handed out as a copy, since callers may extend what they get (`listed += topics(…)`)."""

    def __init__(self, function: Callable[P, R], by_digest: bool) -> None:
        update_wrapper(self, function)
        self.function = function
        self.by_digest = by_digest
        self.name = f"{function.__module__}.{function.__qualname__}"
        self.found: Entries = {}
        self.fresh: Entries = {}  # computed here since the store last took them

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if kwargs:  # positional only: one call, one key
            raise TypeError(f"{self.name} is called with positional arguments only")
        key = tuple(hashlib.sha256(a.encode()).hexdigest() for a in args) if self.by_digest else args
        try:
            value = self.found[key]
        except KeyError:
            value = self.found[key] = self.fresh[key] = self.function(*args)
        return list(value) if isinstance(value, list) else value  # type: ignore[return-value]


KEPT: dict[str, _Kept[Any, Any]] = {}


def kept(function: Callable[P, R]) -> Callable[P, R]:
    found = KEPT[f"{function.__module__}.{function.__qualname__}"] = _Kept(function, by_digest=False)
    return found


def kept_by_digest(function: Callable[P, R]) -> Callable[P, R]:
    """`kept`, of a function of whole article texts: remembered by their SHA-256, so the store
    does not keep every article a second time."""
    found = KEPT[f"{function.__module__}.{function.__qualname__}"] = _Kept(function, by_digest=True)
    return found


def sources() -> list[Path]:
    """The files `version` hashes."""
    found = [p for name in _SOURCES for p in [_PACKAGE / name, *(_PACKAGE / name).rglob("*")] if p.is_file()]
    return sorted(p for p in found if "__pycache__" not in p.parts)


@cache
def version() -> str:
    digest = hashlib.sha256()
    for path in sources():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@cache
def _adapter(kept: _Kept[Any, Any]) -> TypeAdapter[list[tuple[list[Any], Any]]]:
    returns = get_type_hints(kept.__wrapped__)["return"]  # type: ignore[attr-defined]
    return TypeAdapter(list[tuple[list[Any], returns]])  # type: ignore[valid-type]


def _frozen(value: Any) -> Any:
    """JSON's lists back into the tuples the arguments were (a key must be hashable)."""
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


def remember(stored: dict[str, str]) -> None:
    """Take what the store kept (JSON by function name). What does not validate as the function's
    results is left out, to be computed again: never trusted."""
    for name, text in stored.items():
        function = KEPT.get(name)
        if function is None:
            continue
        try:
            entries = _adapter(function).validate_json(text)
        except ValidationError:
            continue
        for args, value in entries:
            key = _frozen(args)
            if key not in function.found:
                function.found[key] = value


def taken() -> dict[str, Entries]:
    """What was computed since the last call, by function name, and forgotten as fresh: for the
    store, or for the process that forked this one."""
    out = {name: f.fresh for name, f in KEPT.items() if f.fresh}
    for name in out:
        KEPT[name].fresh = {}
    return out


def adopt(computed: dict[str, Entries]) -> None:
    """What a forked process computed (`taken` there), as if computed here."""
    for name, entries in computed.items():
        KEPT[name].found.update(entries)
        KEPT[name].fresh.update(entries)


def as_json(computed: dict[str, Entries]) -> list[tuple[str, str, str]]:
    """Each entry as its function's name and the JSON text of its arguments and its result."""
    return [
        (name, json.dumps(args), json.dumps(value))
        for name, entries in computed.items()
        for args, value in entries.items()
    ]


def forget() -> None:
    """Nothing remembered, as in a new process (the tests compare with one)."""
    for function in KEPT.values():
        function.found.clear()
        function.fresh.clear()
