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
from typing import Any, NoReturn

from parley import config
from parley.errors import ParleyError
from parley.report.params import load_params_file


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _date(text: str) -> dt.date:
    from parley.inputs import in_range

    try:
        return in_range(dt.date.fromisoformat(text))
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date ({err})") from None


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, like every other error (cron mails show the first); usage is one --help away.
        self.exit(2, f"parley: error: {message} (see {self.prog} --help)\n")


def _fetch_options(sub: argparse.ArgumentParser, folder: str, folder_help: str) -> None:
    feeds = config.shown(config.FEEDS_FILE)
    sub.add_argument(
        "--feeds", type=Path, default=config.FEEDS_FILE, metavar="FILE", help=f"feeds file (default: {feeds})"
    )
    sub.add_argument(folder, type=Path, default=config.ARTICLES_DIR, metavar="DIR", help=folder_help)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="parley",
        description="Dated events, negotiation rounds and a rendered report from news articles.",
    )
    common = _Parser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", help="show tracebacks on errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    articles = config.shown(config.ARTICLES_DIR)

    listings = (
        ("events", "the events, each consolidated from its mentions across articles"),
        ("mentions", "every dated or typed statement, classed (event, context, none) with its event"),
        ("exchanges", "the prisoner exchanges, with the figures each source gives"),
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
            help=f"article files, folders or globs (default: {articles})",
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
        help="add articles (saved web pages, text files or URLs) to the corpus",
        description="Add articles to the corpus. A saved web page (.html, .htm) or a page downloaded"
        " from an http(s) URL is turned into a .md article with front matter (title, published,"
        " outlet, url, language) and kept as received in a pages/ subfolder; a .md or .txt article"
        " is validated and copied as received. Existing files are never overwritten, and a URL or"
        " text already in the corpus is not added again. Exit code 1 if any source failed.",
    )
    add.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="PAGE.html, ARTICLE.md, ARTICLE.txt or an http(s) URL"
    )
    add.add_argument(
        "--to", type=Path, default=None, metavar="DIR", help=f"articles folder (default: {articles})"
    )

    fetch = commands.add_parser(
        "fetch",
        parents=[common],
        help="download new articles from the feeds and URLs in data/feeds.yaml",
        description="Download the new items of RSS and Atom feeds, and article URLs, into the corpus,"
        " each story once across runs. A feed or page that fails is a one-line warning naming its URL;"
        " the others are still fetched, and the exit code is 1.",
    )
    _fetch_options(fetch, "--to", f"articles folder (default: {articles})")
    fetch.add_argument("-q", "--quiet", action="store_true", help="print nothing on success (for cron)")

    render = commands.add_parser(
        "render",
        parents=[common],
        help="render the report to HTML and PDF",
        description="Execute notebooks/report.ipynb with papermill and convert it with nbconvert.",
    )
    _render_options(render)

    update = commands.add_parser(
        "update",
        parents=[common],
        help="fetch, then render when new articles arrived (for cron)",
        description="parley fetch, then parley render when articles arrived that are not rendered yet"
        " (or with --force). Exit code 1 if a feed, a page or a render failed.",
    )
    # `--to` is render's output formats here: the folder is `--articles`.
    _fetch_options(update, "--articles", f"the folder to fetch into (default: {articles})")
    _render_options(update)
    return parser


def _render_options(render: argparse.ArgumentParser) -> None:
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


def _records(args: argparse.Namespace) -> list[Any]:
    from parley.events.consolidate import consolidate, link
    from parley.events.corpus import checked_rounds, read_mentions
    from parley.mentions.corrections import load_corrections

    # Like the article paths, a FILE given here is read from the working directory.
    given = config.CORRECTIONS_FILE if args.corrections is None else args.corrections
    corrections = load_corrections(Path(given).absolute() if str(given) else None)
    read = read_mentions(args.paths or [config.ARTICLES_DIR], args.as_of or dt.date.today(), corrections)
    # Rounds are built for `rounds` and `exchanges` (a large corpus lists its events sooner without
    # them), and every command checks every correction: one that no longer matches is never silent.
    rounds = checked_rounds(
        read.mentions, read.articles, corrections, needed=args.command in ("rounds", "exchanges")
    )
    for warning in read.fixed.warnings + rounds.warnings:
        print(f"parley: warning: {warning}", file=sys.stderr)
    events = consolidate(read.mentions)
    if args.format == "timelinejs":
        from parley.report.exports import timelinejs

        return [timelinejs(events, read.articles, config.DEFAULT_TITLE)]
    if args.command in ("rounds", "exchanges"):
        from parley.events.exchanges import build_exchanges, with_exchanges

        exchanges = build_exchanges(events, read.mentions, read.articles, rounds.items)
        return exchanges if args.command == "exchanges" else with_exchanges(rounds.items, exchanges)
    return events if args.command == "events" else link(read.mentions, events)


_COLUMNS = {
    "EventRecord": ["id", "date", "type", "status", "title", "mentions", "articles"],
    "Event": ["date", "class", "type", "title", "event", "article"],
    "Exchange": [
        "id",
        "date",
        "status",
        "to_ukraine",
        "to_russia",
        "kind",
        "mediators",
        "agreement",
        "conflicts",
    ],
    "Round": [
        "series",
        "round",
        "round_inferred",
        "date",
        "end_date",
        "heads",
        "topics",
        "exchanges",
        "sources",
    ],
}


def _print_records(records: list[Any], fmt: str) -> None:
    from parley.report.exports import records_csv, records_json

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
        from parley.render.batch import render_batch

        return render_batch(
            args.batch, _overrides(args), formats, args.out, force=args.force, quiet=args.quiet
        )

    from parley.render.run import render

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


def _add(args: argparse.Namespace) -> int:
    from parley.articles.ingest import add_article

    failed = 0
    for source in args.sources:
        try:
            if "://" in source:  # a URL (add_url refuses any but http and https)
                from parley.articles.fetch import add_url

                added = add_url(source, args.to or config.ARTICLES_DIR)
            else:
                added = add_article(source, args.to)
        except ParleyError as err:  # one bad source does not stop the others
            print(f"parley: error: {err}", file=sys.stderr)
            failed = 1
            continue
        print(*(p for p in (added.article, added.page) if p is not None), sep="\n")
    return failed


def _fetch(args: argparse.Namespace, folder: Path) -> int:
    from parley.articles.fetch import fetch

    result = fetch(args.feeds, folder)
    for warning in result.warnings:
        print(f"parley: warning: {warning}", file=sys.stderr)
    if not args.quiet:
        for added in result.added:
            print(added.article, added.page, sep="\n")
        print(
            f"parley: {len(result.added)} new, {result.known} already in the corpus,"
            f" {len(result.warnings)} failed",
            file=sys.stderr,
        )
    return 1 if result.warnings else 0


def _update(args: argparse.Namespace) -> int:
    from parley.articles.fetch import render_pending, rendered

    fetched = _fetch(args, args.articles)
    if not (args.force or render_pending(args.articles)):
        if not args.quiet:
            print("unchanged: no new articles; nothing rendered (parley render renders anyway)")
        return fetched
    code = _render(args)
    if code == 0:
        rendered(args.articles)
    return max(fetched, code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    # cron and systemd stop jobs with SIGTERM: unwind, so staging folders and kernels are cleaned up.
    signal.signal(signal.SIGTERM, _terminate)
    try:
        if args.command == "events" and args.format == "timelinejs":
            print(json.dumps(_records(args)[0], indent=2, ensure_ascii=False))
        elif args.command in ("events", "mentions", "exchanges", "rounds"):
            _print_records(_records(args), args.format)
        elif args.command == "add":
            return _add(args)
        elif args.command == "fetch":
            return _fetch(args, args.to)
        elif args.command == "update":
            return _update(args)
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
