"""Reading what users hand over, checked where it enters: only regular files, within the limits
the README gives; YAML without aliases, duplicate keys or guessed dates; dates a report can place;
links a browser can follow safely. Every refusal is a one-line ParleyError naming the culprit."""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import yaml
from pydantic import BeforeValidator

from parley.config import EARLIEST_DATE, LATEST_DATE
from parley.errors import ParleyError

_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
}


def _refusal(path: Path, what: str, err: OSError) -> ParleyError:
    if err.errno == errno.ELOOP:
        return ParleyError(f"{path}: symbolic link loop; cannot read {what}")
    if err.errno == errno.ENOENT and path.is_symlink():
        return ParleyError(f"{path}: dangling symbolic link (to {os.readlink(path)}); cannot read {what}")
    if err.errno == errno.ENOENT:
        return ParleyError(f"{path}: no such file or folder")
    return ParleyError(f"{path}: cannot read {what} ({err.strerror or err})")


def _check_mode(path: Path, what: str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = _KINDS.get(stat.S_IFMT(mode), "not a regular file")
        raise ParleyError(f"{path}: is {kind}, not a file; only regular files are read as {what}")


def regular_file(path: Path, what: str) -> None:
    """Refuse, naming `path`, anything but a regular file (a symlink to one is fine)."""
    try:
        _check_mode(path, what, path.stat().st_mode)
    except OSError as err:
        raise _refusal(path, what, err) from None


def read_limited(path: Path, what: str, limit: int) -> bytes:
    """A regular file's bytes, at most `limit` of them. Opened without blocking, so a named pipe
    is refused rather than waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as err:
        raise _refusal(path, what, err) from None
    chunks: list[bytes] = []
    try:
        _check_mode(path, what, os.fstat(fd).st_mode)
        size = 0
        while size <= limit and (chunk := os.read(fd, min(1 << 20, limit + 1 - size))):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as err:
        raise _refusal(path, what, err) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise ParleyError(
            f"{path}: larger than {limit:,} bytes, the largest {what} Parley reads (README, Limits)"
        )
    return data


# --- YAML: plain data only, every value written out once, every key once ---------------------


class _Strict:
    """Refuses aliases (a "billion laughs" expands a few lines into gigabytes when read) and
    duplicate keys (the last would silently win); timestamps stay text, to be validated as
    dates by the field that expects one, which can name itself."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:  # type: ignore[attr-defined]
            raise yaml.constructor.ConstructorError(
                None, None, "aliases (*name) are not allowed; write the value out", node.start_mark
            )
        return super().construct_object(node, deep)  # type: ignore[misc]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        seen: set[tuple[str, str]] = set()
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode):
                if (key.tag, key.value) in seen:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key '{key.value}'", key.start_mark
                    )
                seen.add((key.tag, key.value))
        return super().construct_mapping(node, deep)  # type: ignore[misc]


class _FastLoader(_Strict, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's parser when PyYAML has it: several times faster over a large corpus."""


class _Loader(_Strict, yaml.SafeLoader):
    """PyYAML's own parser, for its clearer words about broken YAML."""


for _loader in (_FastLoader, _Loader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


def load_yaml(text: str) -> Any:
    """Plain data from YAML text; raises yaml.YAMLError (with the line) when it is refused."""
    try:
        return yaml.load(text, Loader=_FastLoader)
    except yaml.constructor.ConstructorError:
        raise
    except yaml.YAMLError:
        return yaml.load(text, Loader=_Loader)  # fails again, in the words of PyYAML's own parser


def yaml_problem(err: yaml.YAMLError, first_line: int = 1) -> tuple[str, str]:
    """Where YAML broke (' line N', counting from `first_line`) and what the problem is."""
    mark = getattr(err, "problem_mark", None)
    where = f" line {mark.line + first_line}" if mark else ""
    return where, str(getattr(err, "problem", None) or err)


def read_yaml(path: Path, what: str, limit: int) -> tuple[str, Any]:
    """A YAML file's text and data, or a one-line error naming the file (and the line where the
    YAML breaks). `what` says what the file is for, in messages."""
    raw = read_limited(path, what, limit)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ParleyError(f"{path}: {what} is not UTF-8 text") from None
    try:
        return text, load_yaml(text)
    except yaml.YAMLError as err:
        where, problem = yaml_problem(err)
        raise ParleyError(f"{path}:{where}: not valid YAML ({problem})") from None


def error_text(error: Mapping[str, Any]) -> str:
    """What a pydantic error says, in the user's terms (a validator's own words, unprefixed)."""
    return str(error.get("ctx", {}).get("error") or error["msg"]).removeprefix("Value error, ")


# --- Dates and links -------------------------------------------------------------------------


def in_range(date: dt.date) -> dt.date:
    if not EARLIEST_DATE <= date <= LATEST_DATE:
        raise ValueError(f"{date} is outside the dates a report can place ({EARLIEST_DATE} to {LATEST_DATE})")
    return date


def _iso_date(value: Any) -> Any:
    # Only real dates or YYYY-MM-DD text: pydantic would otherwise read 20250601 as a timestamp.
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return in_range(value)
    if isinstance(value, str):
        try:
            date = dt.date.fromisoformat(value.strip())
        except ValueError as err:
            # A date of the right form names what is impossible about it ("day is out of range").
            why = err if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()) else "use YYYY-MM-DD"
            raise ValueError(f"{value!r} is not a date ({why})") from None
        return in_range(date)
    raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD)")


IsoDate = Annotated[dt.date | None, BeforeValidator(_iso_date)]


def safe_url(url: str | None) -> str | None:
    """`url` when a browser may follow it (http or https, with a host), else None: a
    `javascript:` or `data:` URL in a link runs when clicked, so it is only ever shown as text."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None
