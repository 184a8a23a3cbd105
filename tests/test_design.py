"""The report as a reader sees it: the seed report rendered once, every PDF page turned into a
picture by pdftoppm, and the HTML opened in headless Chromium, driven over the DevTools
protocol on a pipe. Tests that need pdftoppm or Chromium are skipped, saying so, without them
(`make system-deps` installs both)."""

from __future__ import annotations

import base64
import datetime as dt
import io
import logging
import math
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import nbformat
import numpy as np
import pytest
from browser import DevTools
from conftest import write
from nbconvert.exporters import HTMLExporter, get_exporter
from pypdf import PdfReader
from weasyprint import HTML
from weasyprint.formatting_structure import boxes

from parley.config import DEFAULT_TITLE, TEMPLATE_DIR
from parley.render.run import render
from parley.report.sections import NAMES_SHOWN, _flags, build_report

AS_OF = "2026-11-25"
SECTIONS = ("Summary", "Timeline", "Prisoner exchanges", "Negotiation rounds", "Events", "Sources", "Method")
# A line of each section's own text, as the seed report prints it.
SECTION_TEXT = {
    "Summary": "3 events from 5 mentions in 1 article",
    "Timeline": "Figure 1. Events of interest by date and type.",
    "Prisoner exchanges": "Date To Ukraine To Russia Who Mediator Figures and sources",
    "Negotiation rounds": "Round Date Topics Outcomes Source",  # no delegation is named: no column
    "Events": "Its sentence is quoted under Negotiation rounds",  # quoted once, in the rounds table
    "Sources": "Title Outlet Published URL Events",
    "Method": "Dates resolve against each article's publication date",
}
SUBSECTIONS = ("Undated events (not plotted)", "Context (not plotted or counted)")
# A corpus of ten articles written for these tests, May to July 2025 with background from 2022;
# and ten real articles copied from the dev set, March 2022 to March 2026, exchanges and rounds.
CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
CORPUS_TITLE = "Talks and exchanges, ten articles"
REAL = Path(__file__).resolve().parent / "fixtures" / "real10"
# Each ten-article corpus, its as-of date and the most pages its report may take.
TEN = {"written": (CORPUS, "2025-07-26", 12), "real": (REAL, "2026-03-10", 9)}
GENERATOR = Path(__file__).resolve().parents[1] / "benchmarks" / "articles.py"
# Page 1 filled to this share of its text area at least: the foot of a page is left blank only
# when the next picture or table row does not fit (before the overview was a picture of its own,
# 100 generated articles left a fifth of page 1 blank).
PAGE_ONE_FILLED = 0.9
A4_PT = (595.28, 841.89)
DPI = 50  # enough to see ink in a margin; small enough to stay fast
MARGIN_MM = 12  # the stylesheet's side margins are 17 mm: nothing may be printed this close to an edge
PDFTOPPM = shutil.which("pdftoppm")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_pdftoppm = pytest.mark.skipif(
    PDFTOPPM is None, reason="pdftoppm not found: install poppler-utils (`make system-deps`)"
)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not found: install Debian's chromium (`make system-deps`)"
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("design")
    render({"as_of": AS_OF}, out_dir=out)
    return out


@pytest.fixture(scope="module")
def pages(rendered: Path) -> list[np.ndarray]:
    """Every PDF page as a picture (grey levels 0–1), in page order."""
    if PDFTOPPM is None:
        pytest.skip("pdftoppm not found: install poppler-utils (`make system-deps`)")
    subprocess.run(
        [PDFTOPPM, "-r", str(DPI), "-gray", "-png", str(rendered / "report.pdf"), str(rendered / "page")],
        check=True,
        timeout=120,
    )
    # pdftoppm pads page numbers to the page count's width: sort by number, not by name.
    files = sorted(rendered.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [_grey(plt.imread(f)) for f in files]


def _render_ten(tmp_path_factory: pytest.TempPathFactory, which: str) -> Path:
    folder, as_of, _ = TEN[which]
    out = tmp_path_factory.mktemp(which)
    render({"articles": str(folder), "as_of": as_of, "corrections": None, "title": CORPUS_TITLE}, out_dir=out)
    return out


@pytest.fixture(scope="module")
def corpus_rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _render_ten(tmp_path_factory, "written")


@pytest.fixture(scope="module", params=list(TEN))
def ten_rendered(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    """The report of each ten-article corpus: the written one is rendered once for the module."""
    if request.param == "written":
        return "written", request.getfixturevalue("corpus_rendered")
    return request.param, _render_ten(tmp_path_factory, request.param)


def _grey(image: np.ndarray) -> np.ndarray:
    return image if image.ndim == 2 else image[..., :3].mean(axis=2)


def _text(page: Any) -> str:
    return " ".join(page.extract_text().split())


def _bookmarks(outline: list[Any]) -> Iterator[Any]:
    for item in outline:
        yield from _bookmarks(item) if isinstance(item, list) else [item]  # a list: the children


# -- the PDF, page by page -------------------------------------------------------------------
@pytest.mark.render
@needs_pdftoppm
def test_every_page_is_a4_with_nothing_cut_at_its_edges(rendered: Path, pages: list[np.ndarray]) -> None:
    reader = PdfReader(rendered / "report.pdf")
    assert len(pages) == len(reader.pages)
    assert 2 <= len(pages) <= 4  # the seed report: three pages; a stray break or a blank page shows here
    for page in reader.pages:
        assert float(page.mediabox.width) <= A4_PT[0] + 0.5 and float(page.mediabox.height) <= A4_PT[1] + 0.5
    band = round(MARGIN_MM / 25.4 * DPI)
    for number, image in enumerate(pages, 1):
        height, width = image.shape
        assert width <= math.ceil(A4_PT[0] / 72 * DPI) and height <= math.ceil(A4_PT[1] / 72 * DPI), number
        # Text or a table running past the right margin, or set into the left one, leaves ink here.
        assert image[:, :band].min() > 0.95, f"page {number}: ink at the left edge"
        assert image[:, -band:].min() > 0.95, f"page {number}: ink at the right edge"
        # Something between header and footer: no blank pages.
        assert image[height // 8 : height * 7 // 8].min() < 0.5, f"page {number} is blank"


@pytest.mark.render
def test_each_section_is_on_the_pages_in_order_under_a_running_header(rendered: Path) -> None:
    reader = PdfReader(rendered / "report.pdf")
    texts = [_text(p) for p in reader.pages]
    assert texts[0].startswith(DEFAULT_TITLE.split()[0]) and "As of 25 November 2026" in texts[0]
    # Each section's heading is on the page its bookmark opens, in the notebook's order.
    where = {b.title: reader.get_destination_page_number(b) for b in _bookmarks(reader.outline)}
    assert [where[s] for s in SECTIONS] == sorted(where[s] for s in SECTIONS)
    for section in SECTIONS:
        assert section in texts[where[section]], section
        assert SECTION_TEXT[section] in " ".join(texts[where[section] :]), section
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text
        if number > 1:  # the first page has the title block instead
            assert f"{DEFAULT_TITLE} As of 25 November 2026" in text


@pytest.mark.render
def test_no_page_ends_on_a_heading_or_a_table_header(rendered: Path) -> None:
    _assert_no_page_ends_on_a_heading(rendered / "report.pdf")


def _assert_no_page_ends_on_a_heading(pdf: Path, title: str = DEFAULT_TITLE) -> None:
    reader = PdfReader(pdf)
    # A column that no row fills is left out of the rounds and events tables.
    heads = (
        r"Round Date(?: Delegations and hosts)?(?: Topics)?(?: Outcomes)? Source",
        r"Date Type Event and source sentences(?: Attribution)? Article",
        r"Date To Ukraine To Russia Who Mediator Figures and sources",
    )
    for number, page in enumerate(reader.pages, 1):
        body = re.sub(
            r"(?: •)+|Page \d+ of \d+|" + re.escape(title) + r" As of [\w ]+? 20\d\d",
            " ",
            _text(page),
        )
        body = " ".join(body.split())
        for head in heads:
            if found := re.search(head, body):
                assert len(body[found.end() :].strip()) > 20, f"page {number}: table header without a row"
        for section in (*SECTIONS, *SUBSECTIONS):
            assert not body.endswith(section), f"page {number} ends on the heading {section}"


def test_stylesheet_keeps_headings_and_table_headers_with_a_row() -> None:
    """The same rules where a page break is forced at every height: a section heading, its
    introduction and a table's header are never left alone at the foot of a page."""
    css = (TEMPLATE_DIR / "parley" / "parley.css").read_text(encoding="utf-8")
    row = "<tr><td>rowtext</td><td>" + "word " * 150 + "</td></tr>"
    for filler_mm in range(175, 250, 5):
        html = (
            f"<html><head><style>{css}</style></head><body><div style='height: {filler_mm}mm'></div>"
            "<div class='jp-MarkdownCell'><h2>Sectionheading</h2><p>Introduction.</p></div>"
            f"<table class='events'><thead><tr><th>Headera</th><th>B</th></tr></thead><tbody>{row * 3}</tbody></table>"
            "</body></html>"
        )
        for page in PdfReader(io.BytesIO(HTML(string=html).write_pdf())).pages:
            text = page.extract_text()
            if "Sectionheading" in text:
                assert "Headera" in text, filler_mm
            if "Headera" in text:
                assert "rowtext" in text.split("Headera", 1)[1], filler_mm


@pytest.mark.render
def test_pdf_has_bookmarks_and_document_metadata_dated_as_of(rendered: Path) -> None:
    reader = PdfReader(rendered / "report.pdf")
    titles = [b.title for b in _bookmarks(reader.outline)]
    assert titles == [DEFAULT_TITLE, *SECTIONS[:2], "Context (not plotted or counted)", *SECTIONS[2:]]
    assert isinstance(reader.outline[1], list)  # the sections hang under the title
    meta = reader.metadata
    assert meta is not None
    assert meta.title == DEFAULT_TITLE
    assert meta.author == "Parley"
    assert meta.subject and "As of 25 November 2026" in meta.subject and "1 article" in meta.subject
    assert "Negotiation round" in (meta.get("/Keywords") or "")
    assert meta.creation_date and meta.creation_date.date() == dt.date.fromisoformat(AS_OF)
    assert meta.modification_date and meta.modification_date.date() == dt.date.fromisoformat(AS_OF)


@pytest.mark.render
def test_pdf_is_made_from_the_html_alone_so_a_rerender_is_identical(rendered: Path) -> None:
    html = (rendered / "report.html").read_text(encoding="utf-8")
    assert HTML(string=html).write_pdf() == (rendered / "report.pdf").read_bytes()


def test_title_block_gives_the_corpus_in_one_line_and_carries_the_metadata(corpus: Path) -> None:
    outlets = ("Example Wire International News Service", "Meduza", "Reuters")
    for i, outlet in enumerate(outlets):
        write(
            corpus,
            f"a{i}.md",
            f"---\ntitle: Talks {i}\noutlet: {outlet}\n---\nThe talks ended on 1 July 2025.\n",
        )
    report = build_report(articles=str(corpus), as_of=AS_OF)
    block, metadata = report.title_block()._repr_html_()
    facts = re.sub(r"<[^>]+>", "", block.split('class="facts">')[1])
    # Too many outlets to name in one line: counted here, named in the sources table.
    assert facts == "As of 25 November 2026" + "4 articles, 3 outlets" + "Events dated 2 June – 1 July 2025"
    assert metadata == {"parley": report.document_metadata()}
    assert metadata["parley"]["created"] == metadata["parley"]["modified"] == AS_OF


# -- the HTML ----------------------------------------------------------------------------------
class _Page(HTMLParser):
    """Ids, links, images and head metadata of a page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.contents: list[tuple[str, str]] = []
        self.images: list[dict[str, str | None]] = []
        self.meta: dict[str, str] = {}
        self._nav = False
        self._href: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "nav":
            self._nav = True
        elif tag == "a" and self._nav:
            self._href = a.get("href")
        elif tag == "img":
            self.images.append(a)
        elif tag == "meta" and a.get("name"):
            self.meta[a["name"] or ""] = a.get("content") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self._nav = False

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self.contents.append((data, self._href))
            self._href = None


@pytest.mark.render
def test_html_has_contents_metadata_and_alt_text(rendered: Path) -> None:
    html = (rendered / "report.html").read_text(encoding="utf-8")
    page = _Page(html)
    assert [name for name, _ in page.contents] == list(SECTIONS)
    for name, href in page.contents:
        assert href.startswith("#") and href[1:] in page.ids, name
    assert page.meta["author"] == "Parley" and page.meta["dcterms.created"] == AS_OF
    assert page.meta["dcterms.modified"] == AS_OF and "As of 25 November 2026" in page.meta["description"]
    assert page.images, "the timeline is an image"
    for image in page.images:
        alt = image.get("alt") or ""
        assert alt and "No description has been provided" not in alt
    alt = page.images[0]["alt"] or ""
    assert alt.startswith("Timeline chart of 3 dated events, 2–20 June 2025, one lane per type")
    for text in ("2 June 2025, negotiation round", "20 June 2025, prisoner exchange", "Open markers"):
        assert text in alt, text


@pytest.mark.render
def test_nbconvert_does_not_warn_about_alternative_text(rendered: Path) -> None:
    nb = nbformat.read(rendered / "report.ipynb", as_version=4)
    records: list[logging.LogRecord] = []
    log = logging.getLogger("parley.tests.nbconvert")
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    log.addHandler(handler)
    try:
        for exporter in (HTMLExporter, get_exporter("parley_html")):
            exporter(log=log).from_notebook_node(nb)
    finally:
        log.removeHandler(handler)
    assert not [r.getMessage() for r in records if r.levelno >= logging.WARNING]


def _assert_offline_and_quiet(browser: DevTools) -> None:
    requests = [e["request"]["url"] for e in browser.of("Network.requestWillBeSent")]
    assert requests and all(url.split(":", 1)[0] in ("file", "data") for url in requests), requests
    console = [e["args"] for e in browser.of("Runtime.consoleAPICalled") if e["type"] in ("error", "assert")]
    logged = [e["entry"]["text"] for e in browser.of("Log.entryAdded") if e["entry"]["level"] == "error"]
    thrown = list(browser.of("Runtime.exceptionThrown"))
    assert not console and not logged and not thrown, (console, logged, thrown)


@pytest.mark.render
@needs_chromium
def test_chromium_shows_the_html_without_errors_or_network(rendered: Path, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    browser = DevTools(CHROMIUM, tmp_path / "profile")
    try:
        session = browser.open(rendered / "report.html", width=1100, height=1400)
        state = browser.evaluate(
            "({overflow: document.documentElement.scrollWidth - innerWidth,"
            " images: [...document.images].map(i => i.complete && i.naturalWidth > 0 && i.alt.length > 0),"
            " headings: [...document.querySelectorAll('h2')].map(h => h.textContent)})",
            session,
        )
        size = browser.send("Page.getLayoutMetrics", session=session)["cssContentSize"]
        shot = browser.send(
            "Page.captureScreenshot",
            {
                "format": "png",
                "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": 1100, "height": size["height"], "scale": 1},
            },
            session=session,
        )
    finally:
        browser.close()

    _assert_offline_and_quiet(browser)
    assert state["overflow"] <= 0, "the page scrolls sideways"
    assert state["images"] and all(state["images"]), "an image did not load or has no alt text"
    assert state["headings"] == list(SECTIONS)
    picture = tmp_path / "report.png"
    picture.write_bytes(base64.b64decode(shot["data"]))
    image = _grey(plt.imread(picture))
    assert image.shape[1] == 1100 and image.shape[0] > 1400  # the whole page, longer than one screen
    assert image.min() < 0.2 and np.median(image) > 0.9  # dark text on a light page


@pytest.mark.render
@needs_chromium
def test_the_interactive_timeline_zooms_and_shows_the_source_on_hover(
    corpus_rendered: Path, tmp_path: Path
) -> None:
    assert CHROMIUM is not None
    browser = DevTools(CHROMIUM, tmp_path / "profile")
    try:
        session = browser.open(corpus_rendered / "report.html", width=1100, height=1400)
        browser.evaluate(
            "new Promise(done => { const wait = () => document.querySelector('.parley-timeline-chart[data-ready]')"
            " ? done() : setTimeout(wait, 50); wait(); })",
            session,
        )
        state = browser.evaluate(
            "({items: document.querySelectorAll('.parley-timeline .vis-item').length,"
            # Where each label is drawn: two at one place are items left over from another view.
            " places: [...document.querySelectorAll('.parley-timeline .vis-item.vis-point')]"
            ".map(i => { const r = i.getBoundingClientRect(); return `${Math.round(r.x)},${Math.round(r.y)}`; }),"
            " lanes: [...document.querySelectorAll('.parley-timeline .vis-label')].map(l => l.textContent),"
            " static: getComputedStyle(document.querySelector('figure.timeline')).display,"
            " overflow: document.documentElement.scrollWidth - innerWidth})",
            session,
        )
        chart = "document.querySelector('.parley-timeline-chart')"
        where = browser.evaluate(
            f"(() => {{ {chart}.scrollIntoView({{block: 'center'}}); const r = {chart}.getBoundingClientRect();"
            " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()",
            session,
        )
        window = f"(() => {{ const w = {chart}.timeline.getWindow(); return w.end - w.start; }})()"
        before = browser.evaluate(window, session)
        # Ctrl + wheel zooms in (a plain wheel scrolls the page).
        wheel = {
            "type": "mouseWheel",
            "x": where["x"],
            "y": where["y"],
            "deltaX": 0,
            "deltaY": -400,
            "modifiers": 2,
        }
        browser.send("Input.dispatchMouseEvent", wheel, session=session)
        browser.evaluate("new Promise(done => setTimeout(done, 300))", session)
        after = browser.evaluate(window, session)
        # Hover over the first round of talks: its sentence and source show.
        target = browser.evaluate(
            "(() => { const item = [...document.querySelectorAll('.parley-timeline .vis-item')]"
            ".find(i => i.textContent.includes('Round 2 of talks')); const r = item.getBoundingClientRect();"
            " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()",
            session,
        )
        for dx in (-6, 0):
            move = {"type": "mouseMoved", "x": target["x"] + dx, "y": target["y"]}
            browser.send("Input.dispatchMouseEvent", move, session=session)
        tooltip = browser.evaluate(
            "new Promise(done => setTimeout(() => { const t = document.querySelector('.vis-tooltip');"
            " done(t && getComputedStyle(t).visibility !== 'hidden' ? t.textContent : null); }, 300))",
            session,
        )
        shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
    finally:
        browser.close()

    _assert_offline_and_quiet(browser)
    assert state["items"] >= 10, "the timeline has no marks"
    assert len(set(state["places"])) == len(state["places"]), "labels drawn over each other"
    assert {"Negotiation round", "Prisoner exchange", "Context"} <= set(state["lanes"])
    assert (
        state["static"] == "none" and state["overflow"] <= 0
    )  # the interactive chart replaces the static one
    assert after < before * 0.95, "ctrl + wheel did not zoom in"
    assert tooltip and "The second round of negotiations between Russia and Ukraine took place" in tooltip
    assert "Example Wire" in tooltip  # the source: article title and outlet
    (tmp_path / "timeline.png").write_bytes(base64.b64decode(shot["data"]))


# -- a corpus of ten articles, as well as the sample ---------------------------------------------
@pytest.mark.render
def test_a_ten_article_report_keeps_headings_with_their_text(ten_rendered: tuple[str, Path]) -> None:
    _assert_no_page_ends_on_a_heading(ten_rendered[1] / "report.pdf", CORPUS_TITLE)


@pytest.mark.render
def test_no_table_row_splits_across_pages_and_the_chart_fits_the_page(ten_rendered: tuple[str, Path]) -> None:
    which, rendered = ten_rendered
    html = (rendered / "report.html").read_text(encoding="utf-8")
    document = HTML(string=html).render()
    pages_of: dict[Any, set[int]] = {}
    charts = []
    for number, page in enumerate(document.pages):
        box = page._page_box
        bottom = box.margin_height() - box.margin_bottom
        right = box.margin_width() - box.margin_right
        for child in _descendants(box):
            if child.element_tag == "tbody":  # header rows repeat on every page, by design
                for row in child.children:
                    pages_of.setdefault(row.element, set()).add(number)
            if child.element_tag == "img":
                charts.append(number)
                assert (
                    child.position_x >= box.margin_left - 0.5
                    and child.position_x + child.width <= right + 0.5
                )
                assert child.position_y + child.height <= bottom + 0.5, "the chart runs off its page"
    # Rows; the timeline (its overview a picture of its own over a long span), exchanges and tracks.
    assert len(pages_of) > 20 and len(charts) == 3 + ("timeline-overview" in html)
    split = [len(p) for p in pages_of.values() if len(p) > 1]
    assert not split, f"{len(split)} table rows split across pages"
    # Ten articles: a short read, exchanges and tracks included.
    assert 4 <= len(document.pages) <= TEN[which][2], len(document.pages)


@pytest.fixture(scope="module")
def generated_rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of 100 generated articles (benchmarks/articles.py): a summary long enough that
    the whole timeline would not fit under it on page 1."""
    folder = tmp_path_factory.mktemp("generated") / "articles"
    subprocess.run(
        [sys.executable, str(GENERATOR), str(folder), "--count", "100"],
        check=True,
        timeout=120,
        capture_output=True,
    )
    out = folder.parent / "out"
    render({"articles": str(folder), "as_of": AS_OF, "corrections": None}, out_dir=out)
    return out


@pytest.mark.render
@pytest.mark.parametrize("which", ["real", "generated"])
def test_page_one_is_full_and_tells_the_story(request: pytest.FixtureRequest, which: str) -> None:
    """Page 1 ends where its text area ends, not half way down because the next picture did not
    fit: the timeline's overview fills it under a long summary, and its detail follows."""
    rendered = (
        request.getfixturevalue("generated_rendered")
        if which == "generated"
        else _render_ten(request.getfixturevalue("tmp_path_factory"), "real")
    )
    html = (rendered / "report.html").read_text(encoding="utf-8")
    page = HTML(string=html).render().pages[0]._page_box
    top, bottom = page.margin_top, page.margin_height() - page.margin_bottom
    ink = [b for b in _descendants(page.children[0]) if isinstance(b, (boxes.LineBox, boxes.ReplacedBox))]
    filled = (max(b.position_y + b.height for b in ink) - top) / (bottom - top)
    assert filled > PAGE_ONE_FILLED, f"page 1 is {1 - filled:.0%} blank at its foot"
    text = _text(PdfReader(rendered / "report.pdf").pages[0])
    assert "Latest exchange:" in text and "Timeline" in text  # the lede, and the timeline begun


def _descendants(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", None) or []:
        yield from _descendants(child)


def test_a_row_flags_at_most_a_few_disagreements_and_says_where_the_rest_are() -> None:
    flags = _flags(
        [f"Sources disagree: round 2 dated day {i}" for i in range(10)], "round-2 in the rounds data"
    )
    assert flags.count("class='conflict'") == NAMES_SHOWN + 1
    assert f"… and {10 - NAMES_SHOWN} more (round-2 in the rounds data)." in flags
    assert _flags(["Conflict: one"], "x").count("class='conflict'") == 1
