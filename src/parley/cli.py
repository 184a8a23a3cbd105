"""The `parley` command: events, rounds and rendered reports from the article corpus."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import config
from .errors import ParleyError
from .params import load_params_file


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parley",
        description="Dated events, negotiation rounds and a rendered report from news articles.",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    listings = (
        ("events", "the events, each consolidated from its mentions across articles"),
        ("mentions", "every dated or typed statement, classed (event, context, none) with its event"),
        ("rounds", "the negotiation rounds"),
    )
    for name, what in listings:
        sub = commands.add_parser(
            name, parents=[common], help=f"list {what} in articles", description=f"List {what} in articles."
        )
        sub.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help=f"article files, folders or globs (default: {config.shown(config.ARTICLES_DIR)})",
        )
        formats = ("table", "csv", "json", "timelinejs") if name == "events" else ("table", "csv", "json")
        sub.add_argument(
            "--format",
            choices=formats,
            default="table",
            help="output format (default: table)"
            + ("; timelinejs: the dated events as TimelineJS JSON" if name == "events" else ""),
        )
        sub.add_argument(
            "--as-of",
            type=_date,
            default=None,
            metavar="DATE",
            help="latest year a date without one may be given (default: today)",
        )
        sub.add_argument(
            "--corrections",
            default=None,
            metavar="FILE",
            help="analyst corrections, YAML (default:"
            f" {config.shown(config.CORRECTIONS_FILE)}, when it exists; '' for none);"
            " corrections that match nothing are listed on stderr",
        )

    add = commands.add_parser(
        "add",
        parents=[common],
        help="add an article (a saved web page or a text file) to the corpus",
        description="Add an article to the corpus. A saved web page (.html, .htm) is turned into a .md"
        " article with front matter (title, published, outlet, url, language) and kept as received in"
        " a pages/ subfolder; a .md or .txt article is validated and copied as received. Existing"
        " files are never overwritten.",
    )
    add.add_argument("source", type=Path, metavar="PAGE.html|ARTICLE.txt", help="the file to add")
    add.add_argument(
        "--to",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"articles folder (default: {config.shown(config.ARTICLES_DIR)})",
    )

    render = commands.add_parser(
        "render",
        parents=[common],
        help="render the report to HTML and PDF",
        description="Execute notebooks/report.ipynb with papermill and convert it with nbconvert.",
    )
    source = render.add_mutually_exclusive_group()
    source.add_argument("--params", type=Path, metavar="FILE.yaml", help="report parameters from a YAML file")
    source.add_argument(
        "--batch",
        type=Path,
        nargs="+",
        metavar="FILE.yaml",
        help="render one report per params file, in parallel (outputs named after each file)",
    )
    render.add_argument(
        "-p",
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="one report parameter (articles, start, end, title, as_of); repeatable, overrides --params;"
        " a relative articles path is read from the project root",
    )
    render.add_argument(
        "--to",
        default=",".join(config.DEFAULT_FORMATS),
        metavar="FORMATS",
        help="html, pdf or html,pdf (default)",
    )
    render.add_argument(
        "--out", type=Path, default=None, metavar="DIR", help="output folder (default: reports/)"
    )
    render.add_argument("--force", action="store_true", help="render even if no input changed")
    render.add_argument("-q", "--quiet", action="store_true", help="print nothing on success (for cron)")
    return parser


def _records(args: argparse.Namespace) -> list[Any]:
    from .corpus import checked_rounds, read_mentions
    from .corrections import load_corrections
    from .events import consolidate, link

    # Like the article paths, a FILE given here is read from the working directory.
    given = config.CORRECTIONS_FILE if args.corrections is None else args.corrections
    corrections = load_corrections(Path(given).resolve() if str(given) else None)
    read = read_mentions(args.paths or [config.ARTICLES_DIR], args.as_of or dt.date.today(), corrections)
    # Rounds are built for `rounds` (a large corpus lists its events sooner without them), and
    # every command checks every correction: one that no longer matches is never silent.
    rounds = checked_rounds(read.mentions, read.articles, corrections, needed=args.command == "rounds")
    for warning in read.fixed.warnings + rounds.warnings:
        print(f"parley: warning: {warning}", file=sys.stderr)
    if args.command == "rounds":
        return rounds.items
    events = consolidate(read.mentions)
    if args.format == "timelinejs":
        from .exports import timelinejs

        return [timelinejs(events, read.articles, config.DEFAULT_TITLE)]
    return events if args.command == "events" else link(read.mentions, events)


_COLUMNS = {
    "EventRecord": ["id", "date", "type", "status", "title", "mentions", "articles"],
    "Event": ["date", "class", "type", "title", "event", "article"],
    "Round": ["series", "round", "round_inferred", "date", "topics", "outcomes", "sources"],
}


def _print_records(records: list[Any], fmt: str) -> None:
    from .exports import records_csv, records_json

    if fmt in ("json", "csv"):
        print((records_json if fmt == "json" else records_csv)(records), end="")
        return
    if not records:
        print("(none)")
        return
    columns = _COLUMNS[type(records[0]).__name__]
    cells = [[_cell_text(_field(r, c)) for c in columns] for r in records]
    # Right-aligned columns, as pandas prints them, without importing pandas for a listing.
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    for row in [columns, *cells]:
        print(" ".join(v.rjust(w) for v, w in zip(row, widths, strict=True)))


def _field(record: Any, column: str) -> Any:
    if column == "class":
        return record.klass
    if column == "mentions":
        return len(record.mentions)
    return getattr(record, column)


def _cell_text(value: Any) -> str:
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    text = "—" if value is None else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _overrides(args: argparse.Namespace) -> dict[str, str]:
    values = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise ParleyError(f"-p {item!r}: expected NAME=VALUE")
        values[name.strip()] = value  # text as typed: parameters are validated by name, not guessed
    return values


def _render(args: argparse.Namespace) -> int:
    formats = [f.strip() for f in args.to.split(",") if f.strip()]
    if args.batch:
        from .batch import render_batch

        return render_batch(
            args.batch, _overrides(args), formats, args.out, force=args.force, quiet=args.quiet
        )

    from .render import render

    values = (load_params_file(args.params) if args.params else {}) | _overrides(args)
    name = args.params.stem if args.params else config.DEFAULT_REPORT_NAME
    origin = str(args.params) if args.params else None
    result = render(values, formats, args.out, name, force=args.force, origin=origin)
    if args.quiet:
        return 0
    if result.skipped:
        print(
            f"unchanged: {result.paths[0].parent / name}.* match their inputs; nothing written (--force renders anyway)"
        )
    else:
        print(*result.paths, sep="\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    # cron and systemd stop jobs with SIGTERM: unwind, so staging folders and kernels are cleaned up.
    signal.signal(signal.SIGTERM, _terminate)
    try:
        if args.command == "events" and args.format == "timelinejs":
            print(json.dumps(_records(args)[0], indent=2, ensure_ascii=False))
        elif args.command in ("events", "mentions", "rounds"):
            _print_records(_records(args), args.format)
        elif args.command == "add":
            from .ingest import add_article

            added = add_article(args.source, args.to)
            print(*(p for p in (added.article, added.page) if p is not None), sep="\n")
        else:
            return _render(args)
    except ParleyError as err:
        print(f"parley: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("parley: interrupted; the previous report is unchanged", file=sys.stderr)
        return 130
    except Exception as err:  # a bug, not bad input: one line unless asked for the traceback
        if args.verbose:
            traceback.print_exc()
        else:
            print(
                f"parley: internal error: {type(err).__name__}: {err} (run with -v for details)",
                file=sys.stderr,
            )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
