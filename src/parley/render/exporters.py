"""nbconvert exporters for the report: `jupyter nbconvert --to parley_html|parley_pdf`, and the
same classes `parley render` uses."""

from __future__ import annotations

import gc
import re
from functools import cache
from pathlib import Path
from typing import Any

import nbformat
from nbconvert.exporters import HTMLExporter
from traitlets import Bool, default

from parley.config import ROOT, TEMPLATE_DIR, TEMPLATE_NAME

VENDOR_DIR = TEMPLATE_DIR / TEMPLATE_NAME / "vendor"
VIS_TIMELINE = VENDOR_DIR / "vis-timeline-graph2d.min.js"


class ParleyHTMLExporter(HTMLExporter):
    """The report as one self-contained HTML page: no code, no prompts, no CDN scripts."""

    export_from_notebook = "Parley report (HTML)"

    @default("template_name")
    def _template_name_default(self) -> str:
        return TEMPLATE_NAME

    @default("extra_template_basedirs")
    def _default_extra_template_basedirs(self) -> list[str]:
        return [str(TEMPLATE_DIR)]

    # No code, no prompts, no anchor links: what a reader of the report sees.
    exclude_input = Bool(True).tag(config=True)
    exclude_input_prompt = Bool(True).tag(config=True)
    exclude_output_prompt = Bool(True).tag(config=True)
    exclude_anchor_links = Bool(True).tag(config=True)

    def _init_resources(self, resources: dict[str, Any] | None) -> dict[str, Any]:
        # Given to the template as text: vendored code is never read as a Jinja template.
        resources = super()._init_resources(resources)
        resources["parley_timeline_js"] = _vendored(VIS_TIMELINE)
        return resources


class ParleyPDFExporter(ParleyHTMLExporter):
    """The same page printed to A4 by WeasyPrint: `jupyter nbconvert --to parley_pdf`."""

    # output_mimetype stays text/html, as for nbconvert's own webpdf: it selects the template.
    export_from_notebook = "Parley report (PDF)"

    @default("file_extension")
    def _file_extension_default(self) -> str:
        return ".pdf"

    @default("template_extension")
    def _template_extension_default(self) -> str:
        return ".html.j2"

    def from_notebook_node(  # type: ignore[override]
        self, nb: nbformat.NotebookNode, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[bytes, dict[str, Any]]:
        html, resources = super().from_notebook_node(nb, resources, **kw)
        resources["output_extension"] = ".pdf"
        return html_to_pdf(html), resources


# A script element, ended as an HTML parser ends it: at the first "</script" (the report's
# inlined JSON writes "<\/" for "</", so none ends early).
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.S | re.I)


def html_to_pdf(html: str) -> bytes:
    """The page printed to A4. Its scripts go first: a PDF runs none, and WeasyPrint's parser
    takes time that grows with the square of a script's length (the interactive timeline's data
    is megabytes in a corpus of thousands of articles)."""
    from weasyprint import HTML  # imported here: only PDF output pays for it

    # What exists already (the render's modules and data, the page) outlives the printing: the
    # cyclic collector, which runs again and again over WeasyPrint's many new objects, need not
    # scan it each time (a sixth of the printing at 1,000 articles).
    gc.freeze()
    try:
        return HTML(string=_SCRIPT.sub("", html), base_url=str(ROOT)).write_pdf()
    finally:
        gc.unfreeze()


@cache
def _vendored(path: Path) -> str:
    return path.read_text(encoding="utf-8")
