"""End to end: the real notebook executed by papermill, converted by nbconvert and WeasyPrint,
and the HTML and PDF read back."""

import csv
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import write
from pypdf import PdfReader

from parley.config import REPORT_NOTEBOOK
from parley.errors import ParleyError
from parley.render.exporters import VIS_TIMELINE
from parley.render.run import render
from parley.report.exports import DATA_FILES

pytestmark = pytest.mark.render
PARLEY = shutil.which("parley") or str(Path(sys.executable).with_name("parley"))


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    result = subprocess.run(
        [PARLEY, "render", "-p", "as_of=2026-11-25", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        str(out / f"report.{ext}") for ext in ("ipynb", "html", "pdf", *DATA_FILES)
    ]
    assert result.stderr == ""
    return out


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_html_is_self_contained_and_shows_no_code(rendered: Path) -> None:
    html = (rendered / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=[\"']?https?://", html)
    # Scripts only inline: the vendored timeline code, the timeline's data and what starts it.
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S)
    assert [attrs for attrs, _ in scripts] == [' type="application/json"', "", ""]
    assert scripts[1][1] == VIS_TIMELINE.read_text(encoding="utf-8")
    assert 'src="data:image/svg+xml;base64,' in html
    text = re.sub(r"<script[^>]*>.*?</script>", "", html, flags=re.S)
    assert "build_report" not in text and "In&nbsp;[" not in text
    assert not re.search(r"^\s*(?:import|from) \w+", text, flags=re.M)


def test_html_has_the_round_the_dates_and_the_sources(rendered: Path) -> None:
    html = (rendered / "report.html").read_text(encoding="utf-8")
    for text in (
        "Russia–Ukraine prisoner exchanges and peace talks",
        "As of 25 November 2026",
        "Istanbul",
        "memorandums on ceasefire agreements",
        "2 June 2025",
        "19 June 2025",
        "20 June 2025",
        "Major Parity-Based Prisoner Exchange Confirmed, Drawing Global Attention",
        "Context (not plotted or counted)",
        "is the only year from 2022",
    ):
        assert text in html, text


def test_pdf_has_the_round_the_dates_and_the_sources(rendered: Path) -> None:
    reader = PdfReader(rendered / "report.pdf")
    assert all(abs(float(p.mediabox.width) - 595.3) < 1 for p in reader.pages)  # A4
    text = pdf_text(rendered / "report.pdf")
    for expected in (
        "Negotiation rounds",
        "Istanbul",
        "2 June 2025",
        "20 June 2025",
        "19 June 2025",
        "Major Parity-Based Prisoner Exchange Confirmed",
        "TASS",
        f"Page 1 of {len(reader.pages)}",
    ):
        assert expected in text, expected


def test_executed_notebook_records_the_parameters(rendered: Path) -> None:
    nb = nbformat.read(rendered / "report.ipynb", as_version=4)
    assert nb.metadata.papermill.parameters["as_of"] == "2026-11-25"
    assert not any(o.get("output_type") == "error" for c in nb.cells for o in c.get("outputs", []))
    # Each section's plain-text copy names it, not its HTML a second time.
    plain = [
        o.data["text/plain"]
        for c in nb.cells
        for o in c.get("outputs", [])
        if "text/html" in o.get("data", {})
    ]
    assert plain and all(p.startswith("<report section: ") and len(p) < 80 for p in plain)


def test_committed_notebook_converts_with_the_nbconvert_exporter(rendered: Path, tmp_path: Path) -> None:
    jupyter = Path(sys.executable).with_name("jupyter")
    result = subprocess.run(
        [
            str(jupyter),
            "nbconvert",
            "--to",
            "parley_pdf",
            str(rendered / "report.ipynb"),
            "--output-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "Istanbul" in pdf_text(tmp_path / "report.pdf")


def test_a_failed_render_keeps_the_last_good_report(rendered: Path, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in rendered.iterdir() if p.is_file()}
    empty = tmp_path / "articles"
    empty.mkdir()
    write(empty, "blank.txt", "\n\n")
    result = subprocess.run(
        [PARLEY, "render", "-p", f"articles={empty}", "--out", str(rendered)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr.strip() == f"parley: error: {empty / 'blank.txt'}: article is empty"
    assert {p.name: p.read_bytes() for p in rendered.iterdir() if p.is_file()} == before


def test_a_cell_that_raises_is_named_and_its_notebook_kept(tmp_path: Path) -> None:
    nb = nbformat.read(REPORT_NOTEBOOK, as_version=4)
    nb.cells.insert(2, nbformat.v4.new_code_cell("raise RuntimeError('boom')"))
    broken = tmp_path / "broken.ipynb"
    nbformat.write(nb, broken)
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text("last good")
    with pytest.raises(ParleyError) as err:
        render({"as_of": "2026-11-25"}, ["html"], out, notebook=broken)
    assert "boom (report cell" in str(err.value) and "RuntimeError" in str(err.value)
    assert (out / "report.html").read_text() == "last good"
    failed = nbformat.read(out / "report.failed.ipynb", as_version=4)
    assert any(o.get("ename") == "RuntimeError" for c in failed.cells for o in c.get("outputs", []))
    assert not any(p.name.startswith(".parley-") for p in out.iterdir())


def test_a_failed_collecting_process_fails_the_render_with_its_own_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The notebook already runs while the collection is computed: the kernel stops waiting and
    # computes its own, and the render reports the collecting process's error, not the kernel's.
    import parley.events.corpus

    def broken(*args: object, **kwargs: object) -> None:
        raise ParleyError("collecting failed")

    monkeypatch.setattr(parley.events.corpus, "collect", broken)  # the forked process's copy
    monkeypatch.setattr("threading.active_count", lambda: 1)  # forked (other tests leave threads)
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.html").write_text("last good")
    with pytest.raises(ParleyError, match=r"^collecting failed$"):
        render({"as_of": "2026-11-25"}, ["html"], out)
    assert (out / "report.html").read_text() == "last good"
    assert not any(p.name.startswith(".parley-") for p in out.iterdir())


def test_window_and_title_parameters(tmp_path: Path) -> None:
    written = render(
        {"as_of": "2026-11-25", "start": "2025-06-15", "title": "June exchange <b>only</b>"},
        ["html"],
        tmp_path,
    )
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert tmp_path / "report.html" in written.paths
    assert "June exchange &lt;b&gt;only&lt;/b&gt;" in html
    assert "Window: 15 June 2025 to the end" in html
    assert "Round 2 of talks" not in html and "20 June 2025" in html


def test_the_render_leaves_out_the_slow_uri_grammar_and_notebooks_are_still_validated() -> None:
    code = (
        "import sys\n"
        "from parley.render.run import _without_slow_imports\n"
        "_without_slow_imports()\n"
        "import nbformat\n"
        "nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('1 + 1')])\n"
        "nbformat.validate(nb)\n"
        "del nb.cells[0]['source']\n"
        "try:\n"
        "    nbformat.validate(nb)\n"
        "except nbformat.ValidationError:\n"
        "    print('invalid notebook refused')\n"
        "print(sys.modules['rfc3987_syntax'])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.split("\n")[:2] == ["invalid notebook refused", "None"], result


def test_the_data_behind_the_report_is_written_beside_it(rendered: Path) -> None:
    events = json.loads((rendered / "report.events.json").read_text(encoding="utf-8"))
    assert ("2025-06-20", "prisoner_exchange") in {(e["date"], e["type"]) for e in events}
    rows = list(csv.DictReader((rendered / "report.rounds.csv").open(encoding="utf-8")))
    assert [(r["series"], r["round"]) for r in rows] == [("Istanbul 2025", "1"), ("Istanbul 2025", "2")]
    timeline = json.loads((rendered / "report.timeline.json").read_text(encoding="utf-8"))
    assert {"year": "2025", "month": "6", "day": "20"} in [e["start_date"] for e in timeline["events"]]
    html = (rendered / "report.html").read_text(encoding="utf-8")
    assert all(f"report.{suffix}" in html for suffix in DATA_FILES)


def test_the_kernel_s_heartbeats_stop_before_it_is_killed() -> None:
    # A heartbeat left running after the kill makes closing the clients wait for a ping the dead
    # kernel can never answer (a second, at random, at the end of a render).
    from jupyter_core.utils import run_sync

    from parley.render.run import _kernel

    with _kernel() as (km, _handoff):
        client = km.client()
        client.start_channels()
        run_sync(client.wait_for_ready)(timeout=60)
        assert client.hb_channel.is_alive()
        km.stop_heartbeats()
        assert not client.hb_channel.is_alive()
        assert run_sync(km.is_alive)()
