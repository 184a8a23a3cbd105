"""Every kind of bad or unusual input the audit of issue 16 tried, and more, as one table: the
input, the command, and what the user must see. A failure is one line on stderr naming its
culprit, exit 1 (2 for a usage error), never "internal error" or a traceback, and a render that
fails leaves the last good report byte for byte; a success says what it had to (a warning) or
nothing.
Dates an article's text cannot place ("June 31", "3000 years ago") are not errors: the
statement stays undated and the command goes on."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from parley.config import MAX_ARTICLE_BYTES, MAX_FIELD_CHARS, MAX_PAGE_BYTES, MAX_YAML_BYTES

PARLEY = shutil.which("parley") or str(Path(sys.executable).with_name("parley"))
AS_OF = "2026-11-25"
BODY = "The second round of talks ended in Istanbul on Monday."
GOOD = f"---\ntitle: Talks\npublished: 2025-06-04\n---\n{BODY}\n"
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n"
    for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)
AS_ROOT = os.geteuid() == 0


def fm(*lines: str, body: str = BODY) -> str:
    """An article with these front-matter lines."""
    return "---\n" + "\n".join(lines) + f"\n---\nHeadline\n{body}\n"


def fix(**fields: str) -> str:
    """A corrections file of one fix_date entry, with `fields` replacing its defaults."""
    entry = {"kind": "fix_date", "article": "ok", "sentence": "ended in Istanbul", "date": "2025-06-03"}
    entry |= {"note": "checked"} | fields
    return "- " + "\n  ".join(f"{k}: {v}" for k, v in entry.items()) + "\n"


@dataclass(frozen=True)
class Case:
    kind: str  # the row's id: what is wrong
    args: tuple[str, ...]  # the command; {a}: the articles folder, {w}: the work folder, {out}: reports
    see: str  # a regular expression the user must see (the error line; stdout and stderr on success)
    code: int = 1
    files: Mapping[str, str | bytes] = field(default_factory=dict)  # written under {w}
    make: Callable[[Path], object] | None = None  # special files, made in {w}
    needs_non_root: bool = False  # root reads unreadable files

    def param(self) -> object:
        marks = []
        if self.needs_non_root:
            marks.append(pytest.mark.skipif(AS_ROOT, reason="root reads files whatever their mode"))
        return pytest.param(self, id=self.kind, marks=marks)


# No row reads the project's own corrections file: `''` (and `None` in a render) mean none.
EVENTS = ("events", "{a}", "--corrections", "")
RENDER = (
    "render",
    "-q",
    "-p",
    f"as_of={AS_OF}",
    "-p",
    "articles={a}",
    "-p",
    "corrections=None",
    "--out",
    "{out}",
)
PARAMS = ("render", "-q", "--params", "{w}/p.yaml", "-p", "articles={a}", "--out", "{out}")
FIXES = ("events", "{a}", "--corrections", "{w}/c.yaml")


def article(text: str | bytes, name: str = "x.md") -> dict[str, str | bytes]:
    return {f"a/{name}": text}


def params(text: str | bytes) -> dict[str, str | bytes]:
    return {"p.yaml": text}


def corrections(text: str | bytes) -> dict[str, str | bytes]:
    return {"c.yaml": text}


def fifo(name: str) -> Callable[[Path], object]:
    return lambda w: os.mkfifo(w / name)


def folder(name: str) -> Callable[[Path], object]:
    return lambda w: (w / name).mkdir()


def link(name: str, target: str) -> Callable[[Path], object]:
    return lambda w: os.symlink(target, w / name)


def unix_socket(name: str) -> Callable[[Path], object]:
    def make(w: Path) -> None:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(w / name))

    return make


def unreadable(name: str, text: str) -> Callable[[Path], object]:
    def make(w: Path) -> None:
        (w / name).write_text(text)
        (w / name).chmod(0)

    return make


def huge(size: int, head: str = "Title\n", line: str = BODY + "\n") -> str:
    return head + line * (size // len(line) + 1)


CASES = [
    # --- front matter: dates --------------------------------------------------------------
    Case("published impossible day", EVENTS, r"x\.md: front matter field 'published': '2025-02-30' is not a date \(day is out of range", files=article(fm("published: 2025-02-30"))),
    Case("published year 0000", EVENTS, r"x\.md: front matter field 'published': '0000-01-01' is not a date", files=article(fm("published: 0000-01-01"))),
    Case("published month 00", EVENTS, r"x\.md: front matter field 'published': '2025-00-10' is not a date", files=article(fm("published: 2025-00-10"))),
    Case("published month 13", EVENTS, r"x\.md: front matter field 'published': '2025-13-01' is not a date", files=article(fm("published: 2025-13-01"))),
    Case("published year 1", EVENTS, r"x\.md: front matter field 'published': 0001-01-01 is outside the dates a report can place", files=article(fm("published: 0001-01-01"))),
    Case("published year 9999", EVENTS, r"x\.md: front matter field 'published': 9999-12-31 is outside", files=article(fm("published: 9999-12-31"))),
    Case("published Feb 29 of a common year", EVENTS, r"'2023-02-29' is not a date", files=article(fm("published: 2023-02-29"))),
    Case("published unpadded", EVENTS, r"field 'published': '2025-6-2' is not a date \(use YYYY-MM-DD\)", files=article(fm("published: 2025-6-2"))),
    Case("published with slashes", EVENTS, r"field 'published': '2025/06/02' is not a date", files=article(fm("published: 2025/06/02"))),
    Case("published as a word", EVENTS, r"field 'published': 'yesterday' is not a date", files=article(fm("published: yesterday"))),
    Case("published as a number", EVENTS, r"field 'published': 20250602 is not a date", files=article(fm("published: 20250602"))),
    Case("published with a time", EVENTS, r"field 'published': '2025-06-02T10:00:00' is not a date", files=article(fm("published: 2025-06-02T10:00:00"))),
    Case("published empty text", EVENTS, r"field 'published': '' is not a date", files=article(fm("published: ''"))),
    Case("published a list", EVENTS, r"field 'published': \[.*\] is not a date", files=article(fm("published: [2025-06-02]"))),
    Case("published left empty", EVENTS, r"negotiation_round", code=0, files=article(fm("published:"))),
    # --- front matter: values and YAML -------------------------------------------------------
    Case("title of 10 MB", EVENTS, rf"x\.md: larger than {MAX_ARTICLE_BYTES:,} bytes", files=article("---\ntitle: " + "T" * 10_000_000 + "\n---\nText.\n")),
    Case("title over the value limit", EVENTS, rf"field 'title': String should have at most {MAX_FIELD_CHARS} characters", files=article(fm("title: " + "T" * (MAX_FIELD_CHARS + 1)))),
    Case("first-line title over the limit", EVENTS, r"x\.md: first line, the title, is longer than", files=article("T" * (MAX_FIELD_CHARS + 1) + "\n" + BODY)),
    Case("outlet over the value limit", EVENTS, r"field 'outlet': String should have at most", files=article(fm("outlet: " + "O" * (MAX_FIELD_CHARS + 1)))),
    Case("title a list", EVENTS, r"field 'title': Input should be a valid string", files=article(fm("title: [a, b]"))),
    Case("title a mapping", EVENTS, r"field 'title': Input should be a valid string", files=article(fm("title: {a: b}"))),
    Case("url a number", EVENTS, r"field 'url': Input should be a valid string", files=article(fm("url: 42"))),
    Case("language a number", EVENTS, r"field 'language': Input should be a valid string", files=article(fm("language: 7"))),
    Case("unknown key", EVENTS, r"field 'auhtor': Extra inputs are not permitted", files=article(fm("auhtor: Someone"))),
    Case("duplicate key", EVENTS, r"x\.md: line 3 broken YAML front matter: duplicate key 'title'", files=article(fm("title: A", "title: B"))),
    Case("alias bomb under a known key", EVENTS, r"x\.md: line \d+ broken YAML front matter: aliases \(\*name\) are not allowed", files=article(fm(BOMB.strip().replace("i:", "title:")))),
    Case("simple alias", EVENTS, r"aliases \(\*name\) are not allowed", files=article(fm("outlet: &o Wire", "title: *o"))),
    Case("merge key", EVENTS, r"aliases \(\*name\) are not allowed", files=article(fm("base: &b {outlet: Wire}", "<<: *b"))),
    Case("recursive alias", EVENTS, r"aliases \(\*name\) are not allowed", files=article(fm("title: &t [*t]"))),
    Case("python object tag", EVENTS, r"broken YAML front matter: could not determine a constructor", files=article(fm("title: !!python/object:os.system ls"))),
    Case("unclosed front matter", EVENTS, r"front matter opened with '---' is never closed", files=article("---\ntitle: A\n" + BODY)),
    Case("front matter a list", EVENTS, r"front matter must be 'key: value' lines", files=article(fm("- a", "- b"))),
    Case("front matter a scalar", EVENTS, r"front matter must be 'key: value' lines", files=article(fm("just text"))),
    Case("broken YAML", EVENTS, r"x\.md: line 3 broken YAML front matter", files=article(fm("title: [unclosed"))),
    Case("tab-indented YAML", EVENTS, r"x\.md: line \d+ broken YAML front matter", files=article(fm("title: A", "\toutlet: B"))),
    Case("javascript url is accepted as text", EVENTS, r"negotiation_round", code=0, files=article(fm("url: \"javascript:alert(1)\""))),
    Case("data url is accepted as text", EVENTS, r"negotiation_round", code=0, files=article(fm("url: data:text/html,<script>alert(1)</script>"))),
    Case("date as a title stays text", EVENTS, r"negotiation_round", code=0, files=article(fm("title: 2025-06-02"))),
    Case("BOM and CRLF", EVENTS, r"negotiation_round", code=0, files=article("\ufeff---\r\ntitle: A\r\n---\r\n" + BODY + "\r\n")),
    # --- article files -----------------------------------------------------------------------
    Case("empty file", EVENTS, r"x\.md: article is empty", files=article("")),
    Case("only blank lines", EVENTS, r"x\.md: article is empty", files=article("\n \n\t\n")),
    Case("front matter only", EVENTS, r"x\.md: article is empty", files=article("---\ntitle: A\n---\n")),
    Case("title without text", EVENTS, r"x\.md: article has a title but no text", files=article("Title\nTitle\n")),
    Case("binary file", EVENTS, r"x\.md: looks like a binary file", files=article(b"\x89PNG\r\n\x1a\n\x00\x00")),
    Case("latin-1 text", EVENTS, r"x\.md: not UTF-8 text \(byte 0xe9", files=article("Caf\xe9 talks\n".encode("latin-1"))),
    Case("UTF-16 text", EVENTS, r"x\.md: looks like a binary file", files=article(BODY.encode("utf-16"))),
    Case("article over the size limit", EVENTS, rf"x\.md: larger than {MAX_ARTICLE_BYTES:,} bytes, the largest article", files=article(huge(MAX_ARTICLE_BYTES))),
    Case("unreadable article", EVENTS, r"x\.md: cannot read an article \(Permission denied\)", make=unreadable("a/x.md", GOOD), needs_non_root=True),
    Case("symlink loop", EVENTS, r"x\.md: symbolic link loop", make=link("a/x.md", "x.md")),
    Case("two-link loop", EVENTS, r"x\.md: symbolic link loop", make=lambda w: (os.symlink("y.md", w / "a/x.md"), os.symlink("x.md", w / "a/y.md"))),
    Case("dangling symlink", EVENTS, r"x\.md: dangling symbolic link \(to gone\.md\)", make=link("a/x.md", "gone.md")),
    Case("symlink to an article elsewhere", EVENTS, r"negotiation_round", code=0, files={"elsewhere.txt": GOOD}, make=link("a/x.md", "../elsewhere.txt")),
    Case("folder named x.md", EVENTS, r"x\.md: is a folder, not a file; only regular files are read", make=folder("a/x.md")),
    Case("named pipe", EVENTS, r"x\.md: is a named pipe, not a file", make=fifo("a/x.md")),
    Case("unix socket", EVENTS, r"x\.md: is a socket, not a file", make=unix_socket("a/x.md")),
    Case("link to a device", EVENTS, r"x\.md: is a device, not a file", make=link("a/x.md", "/dev/zero")),
    Case("link to a folder", EVENTS, r"x\.md: is a folder, not a file", make=link("a/x.md", "/tmp")),
    Case("upper-case suffix in the folder", EVENTS, r"X\.MD: articles end in \.md or \.txt \(lower case\); rename it to X\.md", files=article(GOOD, "X.MD")),
    Case("hidden editor lock file", EVENTS, r"negotiation_round", code=0, make=link("a/.#x.md", "root@host.1234:1700000000")),
    Case("other suffixes are not articles", EVENTS, r"negotiation_round", code=0, files=article("notes", "notes.docx")),
    Case("same stem twice", EVENTS, r"ok\.txt: same name as .*ok\.md", files=article(GOOD, "ok.txt")),
    Case("named pipe given by name", ("events", "{w}/p.md"), r"p\.md: is a named pipe", make=fifo("p.md")),
    Case("dangling link given by name", ("events", "{w}/d.md"), r"d\.md: dangling symbolic link", make=link("d.md", "nowhere.md")),
    Case("folder without articles", ("events", "{w}/e"), r"e: folder holds no articles", make=folder("e")),
    Case("no such path", ("events", "{w}/nothing"), r"nothing: no such file or folder"),
    Case("glob matching nothing", ("events", "{w}/*.zzz"), r"\*\.zzz: no article files match this pattern"),
    Case("glob matching a named pipe", ("events", "{w}/*.md"), r"p\.md: is a named pipe", make=fifo("p.md")),
    Case("glob matching a folder", ("events", "{w}/*.md"), r"f\.md: is a folder", make=folder("f.md")),
    Case("unreadable folder", ("events", "{w}/locked"), r"locked: cannot read folder \(Permission denied\)", make=lambda w: ((w / "locked").mkdir(), (w / "locked").chmod(0)), needs_non_root=True),
    # --- the same, through a render: named before a kernel starts, the last report untouched ---
    Case("render: impossible published date", RENDER, r"x\.md: front matter field 'published'", files=article(fm("published: 2025-02-30"))),
    Case("render: year 0000", RENDER, r"x\.md: front matter field 'published': '0000-01-01'", files=article(fm("published: 0000-01-01"))),
    Case("render: symlink loop", RENDER, r"x\.md: symbolic link loop", make=link("a/x.md", "x.md")),
    Case("render: dangling symlink", RENDER, r"x\.md: dangling symbolic link", make=link("a/x.md", "gone.md")),
    Case("render: folder named x.md", RENDER, r"x\.md: is a folder", make=folder("a/x.md")),
    Case("render: named pipe", RENDER, r"x\.md: is a named pipe", make=fifo("a/x.md")),
    Case("render: unreadable article", RENDER, r"x\.md: cannot read an article", make=unreadable("a/x.md", GOOD), needs_non_root=True),
    Case("render: alias bomb", RENDER, r"aliases \(\*name\) are not allowed", files=article(fm(BOMB.strip().replace("i:", "title:")))),
    Case("render: article too large", RENDER, r"x\.md: larger than", files=article(huge(MAX_ARTICLE_BYTES))),
    Case("render: duplicate key", RENDER, r"duplicate key 'outlet'", files=article(fm("outlet: A", "outlet: B"))),
    Case("render: upper-case suffix", RENDER, r"X\.MD: articles end in", files=article(GOOD, "X.MD")),
    # --- parameters: -p and params files ----------------------------------------------------
    Case("-p articles= empty", ("render", "-q", "-p", "articles=", "--out", "{out}"), r"parameter 'articles': empty; name a folder, file or glob"),
    Case("-p articles= blank", ("render", "-q", "-p", "articles=  ", "--out", "{out}"), r"parameter 'articles': empty"),
    Case("-p start impossible", (*RENDER, "-p", "start=2025-02-30"), r"parameter 'start': '2025-02-30' is not a date \(day is out of range for month\)"),
    Case("-p end month 00", (*RENDER, "-p", "end=2025-00-10"), r"parameter 'end': '2025-00-10' is not a date"),
    Case("-p as_of year 0000", ("render", "-q", "-p", "as_of=0000-01-01", "--out", "{out}"), r"parameter 'as_of': '0000-01-01' is not a date"),
    Case("-p as_of year 9999", ("render", "-q", "-p", "as_of=9999-12-31", "--out", "{out}"), r"parameter 'as_of': 9999-12-31 is outside the dates"),
    Case("-p as_of Feb 29 2025", ("render", "-q", "-p", "as_of=2025-02-29", "--out", "{out}"), r"parameter 'as_of': '2025-02-29' is not a date"),
    Case("-p start a word", (*RENDER, "-p", "start=last week"), r"parameter 'start': 'last week' is not a date \(use YYYY-MM-DD\)"),
    Case("-p start after end", (*RENDER, "-p", "start=2025-07-01", "-p", "end=2025-06-01"), r"parameter 'start': start 2025-07-01 is after end 2025-06-01"),
    Case("-p unknown name", (*RENDER, "-p", "colour=red"), r"unknown parameter 'colour'"),
    Case("-p without =", (*RENDER, "-p", "as_of"), r"-p 'as_of': expected NAME=VALUE"),
    Case("-p unknown event type", (*RENDER, "-p", "types=prisoner_swap"), r"parameter 'types': unknown event type 'prisoner_swap'"),
    Case("-p title over the limit", (*RENDER, "-p", "title=" + "T" * (MAX_FIELD_CHARS + 1)), r"parameter 'title': String should have at most"),
    Case("-p corrections missing file", (*RENDER, "-p", "corrections=no-such.yaml"), r"no-such\.yaml: no such corrections file"),
    Case("-p articles no such folder", ("render", "-q", "-p", "articles={w}/none", "--out", "{out}"), r"none: no such file or folder"),
    Case("--to an unknown format", (*RENDER, "--to", "docx"), r"--to: unknown format 'docx'"),
    Case("--to nothing", (*RENDER, "--to", ","), r"--to: unknown format"),
    Case("--out is a file", ("render", "-q", "-p", "articles={a}", "--out", "{w}/file"), r"file: output folder cannot be written \(a file of that name is in the way\)", files={"file": "x"}),
    Case("--params and --batch together", ("render", "--params", "{w}/p.yaml", "--batch", "{w}/p.yaml"), r"not allowed with argument", code=2),
    Case("--as-of impossible", ("events", "{a}", "--as-of", "2025-02-30"), r"argument --as-of: '2025-02-30' is not a date \(day is out of range", code=2),
    Case("--as-of year 9999", ("events", "{a}", "--as-of", "9999-01-01"), r"argument --as-of: '9999-01-01' is not a date \(9999-01-01 is outside", code=2),
    Case("unknown command", ("publish",), r"invalid choice: 'publish'", code=2),
    Case("params: impossible start", PARAMS, r"p\.yaml: parameter 'start': '2025-02-30' is not a date", files=params("start: 2025-02-30\n")),
    Case("params: year 0000", PARAMS, r"p\.yaml: parameter 'as_of': '0000-01-01' is not a date", files=params("as_of: 0000-01-01\n")),
    Case("params: month 00", PARAMS, r"p\.yaml: parameter 'end': '2025-00-10' is not a date", files=params("end: 2025-00-10\n")),
    Case("params: year 1", PARAMS, r"p\.yaml: parameter 'start': 0001-01-01 is outside", files=params("start: 0001-01-01\n")),
    Case("params: date as a number", PARAMS, r"p\.yaml: parameter 'start': 20250601 is not a date", files=params("start: 20250601\n")),
    Case("params: duplicate key", PARAMS, r"p\.yaml: line 2: not valid YAML \(duplicate key 'title'\)", files=params("title: A\ntitle: B\n")),
    Case("params: alias bomb", PARAMS, r"p\.yaml: line \d+: not valid YAML \(aliases \(\*name\) are not allowed", files=params(BOMB.replace("i:", "title:"))),
    Case("params: alias", PARAMS, r"p\.yaml: line \d: not valid YAML \(aliases", files=params("title: &t A\nend: *t\n")),
    Case("params: unknown name", PARAMS, r"p\.yaml: unknown parameter 'colour'", files=params("colour: red\n")),
    Case("params: a list", PARAMS, r"p\.yaml: params file must hold 'name: value' lines", files=params("- as_of: 2025-01-01\n")),
    Case("params: broken YAML", PARAMS, r"p\.yaml: line \d: not valid YAML", files=params("title: [unclosed\n")),
    Case("params: not UTF-8", PARAMS, r"p\.yaml: params file is not UTF-8 text", files=params("title: Caf\xe9\n".encode("latin-1"))),
    Case("params: too large", PARAMS, rf"p\.yaml: larger than {MAX_YAML_BYTES:,} bytes, the largest params file", files=params("# " + "x" * MAX_YAML_BYTES + "\n")),
    Case("params: missing", PARAMS, r"p\.yaml: no such file or folder"),
    Case("params: a folder", PARAMS, r"p\.yaml: is a folder, not a file", make=folder("p.yaml")),
    Case("params: a named pipe", PARAMS, r"p\.yaml: is a named pipe", make=fifo("p.yaml")),
    Case("params: unreadable", PARAMS, r"p\.yaml: cannot read params file \(Permission denied\)", make=unreadable("p.yaml", "title: A\n"), needs_non_root=True),
    Case("params: title a list", PARAMS, r"parameter 'title' must be text", files=params("title: [a]\n")),
    Case("params: articles a number", ("render", "-q", "--params", "{w}/p.yaml", "--out", "{out}"), r"parameter 'articles' must be text", files=params("articles: 5\n")),
    Case("params: types a number", PARAMS, r"parameter 'types': 5 is not a list of event types", files=params("types: 5\n")),
    Case("params: as_of with a time", PARAMS, r"parameter 'as_of': '2025-06-02T10:00:00' is not a date", files=params("as_of: 2025-06-02T10:00:00\n")),
    Case("params: python tag", PARAMS, r"p\.yaml: line 1: not valid YAML \(could not determine a constructor", files=params("title: !!python/name:os.system\n")),
    # --- batches ----------------------------------------------------------------------------
    Case("batch: a bad date", ("render", "-q", "--batch", "{w}/p.yaml", "--out", "{out}"), r"p\.yaml: parameter 'start': '2025-02-30' is not a date", files=params("start: 2025-02-30\n")),
    Case("batch: an alias bomb", ("render", "-q", "--batch", "{w}/p.yaml", "--out", "{out}"), r"p\.yaml: line \d+: not valid YAML \(aliases", files=params(BOMB)),
    Case("batch: a missing file", ("render", "-q", "--batch", "{w}/p.yaml", "--out", "{out}"), r"p\.yaml: no such file or folder"),
    Case("batch: a named pipe", ("render", "-q", "--batch", "{w}/p.yaml", "--out", "{out}"), r"p\.yaml: is a named pipe", make=fifo("p.yaml")),
    Case("batch: names collide", ("render", "-q", "--batch", "{w}/p.yaml", "{w}/q/p.yaml", "--out", "{out}"), r"--batch: params files share a name \(p\)", files={"p.yaml": "", "q/p.yaml": ""}),
    # --- corrections ------------------------------------------------------------------------
    Case("corrections: impossible date", FIXES, r"c\.yaml: entry 1 \(line 1\), fix_date: field 'date': '2025-02-30' is not a date", files=corrections(fix(date="2025-02-30"))),
    Case("corrections: year 0000", FIXES, r"field 'date': '0000-06-01' is not a date", files=corrections(fix(date="0000-06-01"))),
    Case("corrections: month 00", FIXES, r"field 'date': '2025-00-10' is not a date", files=corrections(fix(date="2025-00-10"))),
    Case("corrections: month-form 00", FIXES, r"field 'date': '2025-00' is not a date", files=corrections(fix(date="2025-00"))),
    Case("corrections: year 9999", FIXES, r"field 'date': '9999-01-01' is not a date \(9999-01-01 is outside", files=corrections(fix(date="9999-01-01"))),
    Case("corrections: impossible original_date", FIXES, r"field 'original_date': '2025-06-31' is not a date", files=corrections(fix(original_date="2025-06-31"))),
    Case("corrections: impossible end_date", FIXES, r"field 'end_date': '2025-06-31' is not a date", files=corrections(fix(end_date="2025-06-31"))),
    Case("corrections: duplicate key", FIXES, r"c\.yaml: line \d: not valid YAML \(duplicate key 'date'\)", files=corrections(fix() + "  date: 2025-06-05\n")),
    Case("corrections: alias bomb", FIXES, r"c\.yaml: line \d+: not valid YAML \(aliases", files=corrections("- " + BOMB.replace("\n", "\n  ").replace("i:", "note:"))),
    Case("corrections: not a list", FIXES, r"corrections file must be a list of entries", files=corrections("kind: drop\n")),
    Case("corrections: entry not a mapping", FIXES, r"entry 1 \(line 1\): an entry must be 'key: value' lines", files=corrections("- drop\n")),
    Case("corrections: unknown kind", FIXES, r"entry 1 \(line 1\): unknown kind 'delete'", files=corrections(fix(kind="delete"))),
    Case("corrections: note missing", FIXES, r"fix_date: field 'note': Field required", files=corrections(fix().replace("  note: checked\n", "").rstrip() + "\n")),
    Case("corrections: bad precision", FIXES, r"field 'precision'", files=corrections(fix(precision="hour"))),
    Case("corrections: merge of one", FIXES, r"merge: field 'events'", files=corrections("- kind: merge\n  events: [{article: ok, sentence: ended}]\n  note: n\n")),
    Case("corrections: broken YAML", FIXES, r"c\.yaml: line 2: not valid YAML", files=corrections("- [unclosed\n")),
    Case("corrections: not UTF-8", FIXES, r"c\.yaml: corrections file is not UTF-8 text", files=corrections(b"- note: \xe9\n")),
    Case("corrections: too large", FIXES, r"c\.yaml: larger than .* the largest corrections file", files=corrections("#" * (MAX_YAML_BYTES + 1))),
    Case("corrections: missing", FIXES, r"c\.yaml: no such corrections file"),
    Case("corrections: a folder", FIXES, r"c\.yaml: is a folder", make=folder("c.yaml")),
    Case("corrections: a named pipe", FIXES, r"c\.yaml: is a named pipe", make=fifo("c.yaml")),
    Case("corrections: symlink loop", FIXES, r"c\.yaml: symbolic link loop", make=link("c.yaml", "c.yaml")),
    Case("corrections: dangling link", FIXES, r"c\.yaml: dangling symbolic link", make=link("c.yaml", "gone.yaml")),
    Case("corrections: unreadable", FIXES, r"c\.yaml: cannot read corrections file", make=unreadable("c.yaml", fix()), needs_non_root=True),
    Case("corrections: matches nothing", FIXES, r"warning: .*matches no event", code=0, files=corrections(fix(sentence="never said"))),
    Case("corrections: empty file", FIXES, r"negotiation_round", code=0, files=corrections("")),
    Case("corrections '' means none", ("events", "{a}", "--corrections", ""), r"negotiation_round", code=0),
    Case("render: corrections with a bad date", (*RENDER, "-p", "corrections={w}/c.yaml"), r"c\.yaml: entry 1 .*'2025-02-30' is not a date", files=corrections(fix(date="2025-02-30"))),
    # --- parley add -------------------------------------------------------------------------
    Case("add: upper-case suffix is added lower-case", ("add", "{w}/X.MD", "--to", "{a}"), r"a/X\.md$", code=0, files={"X.MD": GOOD}),
    Case("add: an unknown suffix", ("add", "{w}/x.pdf", "--to", "{a}"), r"x\.pdf: cannot add a '\.pdf' file", files={"x.pdf": "%PDF"}),
    Case("add: no such file", ("add", "{w}/none.md", "--to", "{a}"), r"none\.md: no such file or folder"),
    Case("add: a folder", ("add", "{w}/f.md", "--to", "{a}"), r"f\.md: is a folder", make=folder("f.md")),
    Case("add: a named pipe", ("add", "{w}/p.html", "--to", "{a}"), r"p\.html: is a named pipe", make=fifo("p.html")),
    Case("add: a symlink loop", ("add", "{w}/l.md", "--to", "{a}"), r"l\.md: symbolic link loop", make=link("l.md", "l.md")),
    Case("add: an impossible date", ("add", "{w}/d.md", "--to", "{a}"), r"d\.md: front matter field 'published'", files={"d.md": fm("published: 2025-02-30")}),
    Case("add: a page too large", ("add", "{w}/big.html", "--to", "{a}"), rf"big\.html: larger than {MAX_PAGE_BYTES:,} bytes, the largest saved page", files={"big.html": huge(MAX_PAGE_BYTES, "<html><body>", "<p>" + BODY + "</p>")}),
    Case("add: a page without text", ("add", "{w}/blank.html", "--to", "{a}"), r"blank\.html: no article text found", files={"blank.html": "<html><body></body></html>"}),
    Case("add: an existing name", ("add", "{w}/ok.md", "--to", "{a}"), r"ok\.md: an article with this name already exists", files={"ok.md": GOOD}),
    Case("add: no such folder", ("add", "{w}/n.md", "--to", "{w}/none"), r"none: no such folder", files={"n.md": GOOD}),
    # --- dates in article text: never an error, never the whole report ----------------------
    Case("text: June 31", EVENTS, r"negotiation_round", code=0, files=article(fm(body="The talks ended on June 31."))),
    Case("text: Feb. 29, 2022", EVENTS, r"negotiation_round", code=0, files=article(fm(body="The talks ended on Feb. 29, 2022."))),
    Case("text: 3000 years ago", EVENTS, r"negotiation_round", code=0, files=article(fm(body="Talks began some 3000 years ago."))),
    Case("text: 99999 days ago", EVENTS, r"negotiation_round", code=0, files=article(fm(body="The exchange took place 99999 days ago."))),
    Case("text: 99999999999 years later", EVENTS, r"negotiation_round", code=0, files=article(fm(body="The talks resumed on June 2, 2025 and 99999999999 years later."))),
    Case("text: many dates in one sentence", EVENTS, r"negotiation_round", code=0, files=article(fm(body="Talks were held on " + ", ".join(f"June {d % 30 + 1}" for d in range(100)) + "."))),
    Case("text: long digit run", EVENTS, r"negotiation_round", code=0, files=article(fm(body="Talks ended. " + "1" * 20_000))),
]  # fmt: skip


@pytest.fixture(scope="module")
def good_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The last good report, rendered once: every failed render in the table must leave it."""
    out = tmp_path_factory.mktemp("reports")
    result = subprocess.run(
        [PARLEY, "render", "-q", "--to", "html", "-p", f"as_of={AS_OF}", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return out


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}


def test_the_table_holds_at_least_120_kinds() -> None:
    assert len(CASES) >= 120
    assert len({c.kind for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", [c.param() for c in CASES])
def test_bad_input(case: Case, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    work = tmp_path
    (work / "a").mkdir()
    (work / "a" / "ok.md").write_text(GOOD, encoding="utf-8")
    for name, content in case.files.items():
        path = work / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    if case.make:
        case.make(work)
    out = request.getfixturevalue("good_report") if "{out}" in case.args else None
    before = _outputs(out) if out else None
    fill = {"a": str(work / "a"), "w": str(work), "out": str(out)}
    args = [a.format(**fill) for a in case.args]
    try:
        # A guard against a hang, not a timing: a row that ran this long failed the issue.
        result = subprocess.run([PARLEY, *args], capture_output=True, text=True, timeout=60, cwd=work)
    finally:
        for path in work.rglob("*"):  # let pytest remove what the row made unreadable
            if not path.is_symlink():
                path.chmod(0o755)
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert result.returncode == case.code, result.stderr
    if case.code:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("parley: error: "), result.stderr
        assert re.search(case.see, lines[0]), lines[0]
    else:
        assert all(line.startswith("parley: warning: ") for line in result.stderr.splitlines())
        assert re.search(case.see, result.stdout + result.stderr, re.M), result.stdout + result.stderr
    if out:
        assert _outputs(out) == before  # the last good report, byte for byte
