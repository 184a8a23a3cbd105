"""Rendering the report: papermill executes the notebook, nbconvert makes the HTML, WeasyPrint
the PDF. Outputs are written to a temporary folder and moved into place only when all succeed,
so a failed render never overwrites or half-writes the last good report."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import nbformat
from nbconvert.exporters import HTMLExporter
from traitlets import default
from traitlets.config import Config

from .articles import load_corpus
from .config import (
    CELL_TIMEOUT_S,
    DEFAULT_REPORT_NAME,
    KERNEL_NAME,
    REPORT_NOTEBOOK,
    ROOT,
    TEMPLATE_DIR,
    TEMPLATE_NAME,
)
from .errors import ParleyError
from .report import Parameters, parse_parameters

FORMATS = ("html", "pdf")


class ParleyHTMLExporter(HTMLExporter):
    """The report as one self-contained HTML page: no code, no prompts, no CDN scripts."""

    export_from_notebook = "Parley report (HTML)"

    @default("template_name")
    def _template_name_default(self) -> str:
        return TEMPLATE_NAME

    @default("extra_template_basedirs")
    def _default_extra_template_basedirs(self) -> list[str]:
        return [str(TEMPLATE_DIR)]

    @default("exclude_input")
    def _exclude_input_default(self) -> bool:
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self) -> bool:
        return True

    @default("exclude_anchor_links")
    def _exclude_anchor_links_default(self) -> bool:
        return True


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


def html_to_pdf(html: str) -> bytes:
    from weasyprint import HTML  # imported here: only PDF output pays for it

    return HTML(string=html, base_url=str(ROOT)).write_pdf()


def _writable(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir):
            pass
    except OSError as err:
        raise ParleyError(f"{out_dir}: output folder cannot be written ({err.strerror})") from None


def render(
    values: dict[str, Any],
    formats: Sequence[str] = FORMATS,
    out_dir: Path | None = None,
    name: str = DEFAULT_REPORT_NAME,
    notebook: Path = REPORT_NOTEBOOK,
) -> list[Path]:
    """Execute and convert the report; return the paths written (notebook, then formats)."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ParleyError(f"--to: unknown format '{','.join(unknown)}' (choose from {', '.join(FORMATS)})")
    params = parse_parameters(values)
    load_corpus([_from_root(params.articles)])  # bad input fails here, before a kernel starts
    out_dir = (out_dir or ROOT / "reports").resolve()
    _writable(out_dir)

    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".parley-") as tmp:
        executed = Path(tmp) / f"{name}.ipynb"
        nb = _execute(notebook, params, executed, out_dir / f"{name}.failed.ipynb")
        staged = {"ipynb": executed}
        html = ParleyHTMLExporter().from_notebook_node(nb, {"metadata": {"name": params.title}})[0]
        if "html" in formats:
            staged["html"] = Path(tmp) / f"{name}.html"
            staged["html"].write_text(html, encoding="utf-8")
        if "pdf" in formats:
            staged["pdf"] = Path(tmp) / f"{name}.pdf"
            staged["pdf"].write_bytes(html_to_pdf(html))
        # Everything rendered: only now replace the previous report, file by file (atomic renames).
        written = []
        for path in staged.values():
            target = out_dir / path.name
            os.replace(path, target)
            written.append(target)
    (out_dir / f"{name}.failed.ipynb").unlink(missing_ok=True)
    return written


def _from_root(path: str) -> Path:
    return Path(path) if Path(path).is_absolute() else ROOT / path


def _execute(notebook: Path, params: Parameters, executed: Path, failed: Path) -> nbformat.NotebookNode:
    import papermill as pm  # the kernel machinery is only needed once inputs have passed
    from jupyter_client.kernelspec import NoSuchKernel

    try:
        pm.execute_notebook(
            str(notebook),
            str(executed),
            parameters=params.model_dump(mode="json"),
            kernel_name=KERNEL_NAME,
            cwd=str(ROOT),
            execution_timeout=CELL_TIMEOUT_S,
            progress_bar=False,
            # Local sockets, not TCP: nothing listens on the network (and the kernel stays quiet).
            config=Config({"KernelManager": {"transport": "ipc"}}),
        )
    except NoSuchKernel:
        raise ParleyError(
            f"Jupyter kernel '{KERNEL_NAME}' is not installed: run `make install`, or"
            f" `python -m ipykernel install --sys-prefix --name {KERNEL_NAME}`"
        ) from None
    except pm.PapermillExecutionError as err:
        os.replace(executed, failed)
        raise ParleyError(
            f"{err.evalue} (report cell {err.exec_count} raised {err.ename}; log: {failed})"
        ) from None
    nb = nbformat.read(executed, as_version=4)
    nb.metadata["title"] = params.title
    return nb
