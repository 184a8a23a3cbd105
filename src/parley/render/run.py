"""Rendering the report: papermill executes the notebook, nbconvert makes the HTML, WeasyPrint
the PDF — safe to run unattended.

- Outputs are written into a new version folder beside them (`.parley-NAME.TOKEN`), and the set
  is published with one atomic rename of a symlink (`.NAME.current` -> that folder); `NAME.html`,
  `NAME.pdf`, ... are symlinks through it. A reader sees the whole old set or the whole new one,
  whenever the render fails or is killed; the failed executed notebook is kept as
  `<name>.failed.ipynb`.
- A lock per report keeps two renders of the same report from interleaving.
- A fingerprint of every input (articles, parameters, notebook, the package's own code) is kept
  beside the outputs; when nothing changed, nothing is rendered.

Heavy imports (papermill, nbconvert, WeasyPrint) wait until a render is really needed, so the
checks above, and skipping, take a fraction of a second. A render then overlaps its steps: the
kernel is started first and boots while this process imports papermill, connects to it and
starts the notebook, and a process of its own computes the collection (once: the kernel waits
for it and is handed it, see events/corpus.py); nbconvert and WeasyPrint load (and warm up) in
a thread, and that process writes the data files, while the kernel runs the notebook.
"""

from __future__ import annotations

import datetime as dt
import errno
import fcntl
import gc
import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley import __version__
from parley.articles.load import Article, article_paths, load_corpus
from parley.config import (
    CELL_TIMEOUT_S,
    DATA_FILES,
    DEFAULT_REPORT_NAME,
    HANDOFF_ENV,
    KERNEL_NAME,
    MAX_ARTICLE_BYTES,
    MAX_YAML_BYTES,
    REPORT_NOTEBOOK,
    REPORTS_DIR,
    ROOT,
    TIMELINE_PART,
    from_root,
    handoff_pending,
    part_of,
)
from parley.errors import ParleyError
from parley.inputs import read_limited
from parley.report.params import Parameters, parse_parameters
from parley.report.seen import seen_file, updated

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess
    from multiprocessing.synchronize import Event

    from parley.events.corpus import Collection

FORMATS = ("html", "pdf")
PACKAGE_DIR = Path(__file__).resolve().parents[1]
_STAGING = ".parley-"
_TOKEN = re.compile(r"[0-9a-f]{16}")
_KERNEL_FOLDERS = "parley-kernel-"
_KERNEL_IMPORTS = "import parley.report.sections"
# The file descriptors of the locks this process holds (`exclusive`).
_LOCKS_HELD: set[int] = set()
# A full disk, a quota, a read-only or failing file system: the previous report stays.
_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO}


@dataclass(frozen=True)
class Rendered:
    """What a render did: the paths it wrote, or the up-to-date paths it left alone."""

    paths: list[Path]
    skipped: bool = False


def render(
    values: dict[str, Any],
    formats: Sequence[str] = FORMATS,
    out_dir: Path | None = None,
    name: str = DEFAULT_REPORT_NAME,
    notebook: Path = REPORT_NOTEBOOK,
    force: bool = False,
    origin: str | None = None,
) -> Rendered:
    """Execute and convert the report into `out_dir`: the executed notebook, then `formats`.
    `origin` names the params file the values came from, for error messages."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ParleyError(f"--to: unknown format '{','.join(unknown)}' (choose from {', '.join(FORMATS)})")
    params = parse_parameters(values, origin)
    sources = article_paths([from_root(params.articles)])
    out_dir = (out_dir or REPORTS_DIR).resolve()
    targets = [out_dir / f"{name}.{ext}" for ext in ("ipynb", *formats, *DATA_FILES)]
    fingerprint = _fingerprint(params, formats, notebook, sources)
    # Skipping only reads: it needs no lock, and no write access to the output folder.
    if (
        not force
        and _read(out_dir / _current(name) / ".inputs") == fingerprint
        and all(t.exists() for t in targets)
    ):
        _tidy(out_dir, name)
        return Rendered(targets, skipped=True)

    _writable(out_dir)
    with _lock(out_dir, name):
        _remove_stale(out_dir, name)
        # Bad articles or a broken corrections file fail here, naming the file, before a kernel starts.
        from parley.mentions.corrections import load_corrections

        articles = load_corpus(sources)
        load_corrections(params.corrections)
        # Page 1 says what is new since the previous render; not part of the fingerprint.
        if params.seen is None and seen_file(out_dir, name).exists():
            params = params.model_copy(update={"seen": str(seen_file(out_dir, name))})
        try:
            version = out_dir / f"{_STAGING}{name}.{secrets.token_hex(8)}"
            version.mkdir()
            try:
                staged = _stage(notebook, params, articles, formats, version, name, out_dir)
                (version / ".inputs").write_text(fingerprint)
            except BaseException:
                shutil.rmtree(version, ignore_errors=True)
                raise
            _publish(out_dir, name, version, [p.name for p in staged])
        except OSError as err:
            if err.errno not in _WRITE_ERRORS:
                raise
            raise ParleyError(f"{out_dir}: cannot write the report ({err.strerror})") from None
        (out_dir / f"{name}.failed.ipynb").unlink(missing_ok=True)
        _remove_stale(out_dir, name)
    return Rendered(targets)


def _current(name: str) -> str:
    """The symlink naming the version folder that holds the report's published outputs."""
    return f".{name}.current"


def _outputs(name: str) -> list[str]:
    return [f"{name}.{ext}" for ext in ("ipynb", *FORMATS, *DATA_FILES)]


def _publish(out_dir: Path, name: str, version: Path, files: Sequence[str]) -> None:
    """Make the outputs in `version` the report's, all at once: one rename of the `current`
    symlink switches every NAME.* link. Killed at any step, a reader sees the old set or the new
    one, never a mix, and the next render clears what was left."""
    current = out_dir / _current(name)
    if any((out_dir / f).is_file() and not (out_dir / f).is_symlink() for f in _outputs(name)):
        _adopt(out_dir, name)
    _swap(current, version.name)
    for file in files:  # the links stay in place from one render to the next
        if _read_link(out_dir / file) != f"{current.name}/{file}":
            _swap(out_dir / file, f"{current.name}/{file}")
    for file in _outputs(name):  # a format the previous set had and this one has not
        link = out_dir / file
        if file not in files and link.is_symlink() and not link.exists():
            link.unlink()


def _adopt(out_dir: Path, name: str) -> None:
    """Outputs as plain files (written before versions, or copied in) become a version of their
    own, as a reader sees them now, before they are replaced one by one by links to it."""
    old = out_dir / f"{_STAGING}{name}.{secrets.token_hex(8)}"
    old.mkdir()
    present = [f for f in _outputs(name) if (out_dir / f).exists()]
    for file in present:
        try:
            os.link(out_dir / file, old / file)  # follows a link: the file a reader sees
        except OSError:
            shutil.copy2(out_dir / file, old / file)
    _swap(out_dir / _current(name), old.name)
    for file in present:
        if not (out_dir / file).is_symlink():
            _swap(out_dir / file, f"{_current(name)}/{file}")
    (out_dir / f".{name}.inputs").unlink(missing_ok=True)  # the stamp of the unversioned layout


def _swap(link: Path, target: str) -> None:
    """Point `link` at `target` atomically: a new symlink renamed over the old name."""
    new = link.with_name(f"{link.name}.new")
    new.unlink(missing_ok=True)
    os.symlink(target, new)
    os.replace(new, link)


def _remove_stale(out_dir: Path, name: str) -> None:
    """Version folders of this report (and no other's: names may share a prefix) that are not
    the published one: left by a render that was killed, or replaced by a newer one. Called
    under the lock, so none is being written."""
    current = _read_link(out_dir / _current(name))
    prefix = f"{_STAGING}{name}."
    for folder in out_dir.iterdir():
        token = folder.name.removeprefix(prefix)
        if folder.name.startswith(prefix) and _TOKEN.fullmatch(token) and folder.name != current:
            shutil.rmtree(folder, ignore_errors=True)


def _tidy(out_dir: Path, name: str) -> None:
    """What a killed render left, cleared by a skip when it can be: with write access, and while
    no other render of the report runs (its version folder is live)."""
    try:
        with _lock(out_dir, name):
            _remove_stale(out_dir, name)
    except (OSError, ParleyError):
        pass  # read-only, or busy: the next render clears it


def _read_link(path: Path) -> str | None:
    try:
        return os.readlink(path)
    except OSError:
        return None


def _stage(
    notebook: Path,
    params: Parameters,
    articles: list[Article],
    formats: Sequence[str],
    tmp: Path,
    name: str,
    out_dir: Path,
) -> list[Path]:
    _without_slow_imports()
    executed = tmp / f"{name}.ipynb"
    collecting: BaseProcess | None = None
    written: list[Path] | None = None
    try:
        with _kernel() as (km, handoff):
            # The report and its data files come from one collection, computed once, in a process
            # of its own while the kernel boots, and handed over to the kernel; that process then
            # writes the data files (a third of a second at a thousand articles), needed only once
            # the HTML and the PDF are made: once the notebook has run, on the core the PDF's one
            # thread leaves free (while it runs, the kernel and the converters' warm-up need both).
            collecting, results, ran = _collecting(params, articles, handoff, tmp, name, out_dir)
            # The notebook starts at once: papermill connects to the kernel (0.2 s) while the
            # collection is computed, and the kernel's first cell waits for it to be handed over.
            converters = _Converters(formats, results, handoff)
            try:
                nb = _execute(
                    notebook, params, km, executed, out_dir / f"{name}.failed.ipynb", converters.kernel_ready
                )
            except BaseException:
                converters.raise_failed()  # the first error, when it was the collecting process's
                raise
            converters.handed.wait()  # sent by now: the kernel has taken the collection, or its own
            converters.raise_failed()
            ran.set()
            # Killed now, and shut down once the report is converted: shutting down waits for the
            # kernel to be gone (a tenth of a second at least), which it is by then.
            from jupyter_core.utils import run_sync

            km.stop_heartbeats()
            run_sync(km.signal_kernel)(signal.SIGKILL)
            staged = [executed]
            html = converters.html(nb, params.title, [f"{name}.{suffix}" for suffix in DATA_FILES])
            if "html" in formats:
                staged.append(tmp / f"{name}.html")
                staged[-1].write_text(html, encoding="utf-8")
            if "pdf" in formats:
                staged.append(tmp / f"{name}.pdf")
                staged[-1].write_bytes(converters.pdf(html))
        written = _received(results)
    finally:
        if collecting is not None:
            if written is None:  # interrupted, or failed: it must not write on
                collecting.terminate()
            collecting.join()
    return [*staged, *written]


def _collecting(
    params: Parameters, articles: list[Article], handoff: Path, tmp: Path, name: str, out_dir: Path
) -> tuple[BaseProcess, Connection, Event]:
    """Start the process that collects, hands over and writes the data files once the returned
    event is set; it sends None once the collection is handed over, then the data files' paths
    (or the error it met)."""
    import multiprocessing

    # Forked, when this process runs no other thread (a fork copies none): it starts at once, with
    # the modules and articles already loaded here, rather than importing them again (a third of
    # a second, which a corpus of thousands waits for). Spawned otherwise.
    context = multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")
    results, sender = context.Pipe(duplex=False)
    ran = context.Event()
    process = context.Process(
        target=_collect_apart,
        args=(params, articles, handoff, tmp, name, out_dir, sender, ran),
        name="parley-collect",
        daemon=True,  # never outlives the render
    )
    process.start()
    sender.close()
    return process, results, ran


def _collect_apart(
    params: Parameters,
    articles: list[Article],
    handoff: Path,
    tmp: Path,
    name: str,
    out_dir: Path,
    sender: Connection,
    ran: Event,
) -> None:
    render = os.getppid()
    _let_go()
    from parley.events.corpus import collect, dated_context, hand_over, handoff_key
    from parley.report.interactive import timeline_data

    timeline = part_of(handoff, TIMELINE_PART)
    try:
        key = handoff_key(params)  # the kernel takes the collection only for the same key
        # Kept to the end: frozen before the cyclic collector runs again, it never scans the
        # collection's objects (once, as it was made, took a twentieth of a second at 1,000
        # articles), nor while the data files are written.
        gc.disable()
        collection = collect(params, articles)
        collection.key = key
        gc.freeze()
        gc.enable()
        hand_over(collection, key, handoff)
        sender.send(None)
        # While the kernel runs the first cells: the interactive timeline's data (a tenth of a
        # second at 1,000 articles, that its timeline cell would otherwise spend).
        data = timeline_data(collection.events, dated_context(collection.mentions), collection.articles)
        hand_over(data, key, timeline)
        while not ran.wait(0.2):
            if os.getppid() != render:  # the render was killed: nobody to write them for
                return
        sender.send(_data_files(collection, tmp, name, out_dir, params.title))
    except BaseException as err:
        for path in (handoff, timeline):
            handoff_pending(path).unlink(missing_ok=True)  # the kernel waits no longer
        with suppress(OSError):  # the render is gone: nobody to tell
            sender.send(err)


def _let_go() -> None:
    """What a forked process must not keep of the render: its copy of the report's lock, which
    would keep the report locked as long as it lives, and the render's way of ending on SIGTERM
    (unwinding): it ends at once."""
    for held in _LOCKS_HELD:
        os.close(held)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _received(results: Connection) -> Any:
    """What the collecting process sent next; its error, raised here as it was raised there."""
    try:
        found = results.recv()
    except EOFError:
        raise ParleyError("the process computing the report's data ended unexpectedly") from None
    if isinstance(found, BaseException):
        raise found
    return found


def _data_files(collection: Collection, tmp: Path, name: str, out_dir: Path, title: str) -> list[Path]:
    """The data behind the report, and the ids this render showed, moved into place with the
    outputs (see seen.py)."""
    from parley.report.exports import write_data_files

    seen = tmp / seen_file(out_dir, name).name
    ids = [e.id for e in collection.events]
    seen.write_text(updated(out_dir / seen.name, collection.as_of, ids), encoding="utf-8")
    return [*write_data_files(collection, tmp, name, title), seen]


def _without_slow_imports() -> None:
    """Keep `rfc3987_syntax` out of this process. jsonschema checks IRI formats with it when it is
    installed (the JupyterLab stack pulls it in), and it builds a lark grammar when imported:
    about 1.7 s on every `import nbformat`. jsonschema treats it as optional (its import is
    wrapped in `suppress(ImportError)`), and nothing here needs it: notebooks are validated by
    fastjsonschema, and nbformat's schema has no IRI format. `None` in sys.modules makes the
    import fail at once. The one place the render path decides what it imports this way."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


@contextmanager
def _kernel() -> Iterator[tuple[Any, Path]]:
    """The report's kernel, started before anything else is imported so that it boots meanwhile,
    and killed (it keeps nothing) as soon as the notebook has run; and the file in its private
    folder that it takes the collection from (`PARLEY_COLLECTION`, see events/corpus.py).

    Unix sockets, not TCP: nothing listens on the network (and the kernel stays quiet). Each
    render gets its own short socket folder, so parallel renders never share a socket."""
    from jupyter_client.kernelspec import NoSuchKernel
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import ensure_event_loop, run_sync
    from traitlets.config import Config

    class KernelManager(AsyncKernelManager):
        """Keeps the clients made for its kernel: nbclient leaves the client it opens on a kernel
        it did not start connected, for the kernel's owner to close."""

        def client(self, **kwargs: Any) -> Any:
            clients.append(super().client(**kwargs))
            return clients[-1]

        def stop_heartbeats(self) -> None:
            """Stop the clients' heartbeats while the kernel still answers them. Once it is
            killed, a heartbeat gone unanswered reopens its socket, and closing the old one
            waits a second for the ping it cannot deliver: the converted report would wait
            for it, at random, at the end."""
            for client in clients:
                if client.hb_channel.is_alive():
                    client.hb_channel.stop()

    clients: list[Any] = []
    _remove_orphaned_kernel_folders()
    # The folder holds the sockets and the connection file (not left in Jupyter's runtime folder);
    # its name carries this process's id, so a later render can tell when its owner was killed.
    with tempfile.TemporaryDirectory(prefix=f"{_KERNEL_FOLDERS}{os.getpid()}-") as sockets:
        config = Config({"KernelManager": {"transport": "ipc", "ip": str(Path(sockets) / "k")}})
        handoff = Path(sockets) / "collection.pickle"
        # Before the kernel starts: it waits for the collection, and for the parts made from it.
        for path in (handoff, part_of(handoff, TIMELINE_PART)):
            handoff_pending(path).touch()
        km = KernelManager(
            kernel_name=KERNEL_NAME, config=config, connection_file=str(Path(sockets) / "kernel.json")
        )
        try:
            # As nbclient would start it: in the project root, with IPython's history in memory.
            # Its own log (shutdown notices, "KeyboardInterrupt caught in kernel") is not the
            # user's business: cell output and errors come back over the sockets, into the notebook.
            # It imports what the report's cells use as it starts, while the collection is
            # computed, not in the first cell after it is handed over (outside the history:
            # the cells' execution counts stay those of a fresh kernel).
            run_sync(km.start_kernel)(
                extra_arguments=[
                    "--HistoryManager.hist_file=:memory:",
                    f"--IPKernelApp.exec_lines={_KERNEL_IMPORTS}",
                ],
                cwd=str(ROOT),
                env=os.environ | {HANDOFF_ENV: str(handoff)},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except NoSuchKernel:
            raise ParleyError(
                f"Jupyter kernel '{KERNEL_NAME}' is not installed: run `make install`, or"
                f" `python -m ipykernel install --sys-prefix --name {KERNEL_NAME}`"
            ) from None
        try:
            yield km, handoff
        finally:
            for client in clients:
                client.stop_channels()
            # An interrupted execution (Ctrl-C, SIGTERM) leaves nbclient's tasks pending on this
            # thread's event loop: end them quietly, as asyncio.run would, then the kernel.
            import asyncio

            loop = ensure_event_loop()
            leftover = asyncio.all_tasks(loop)
            for task in leftover:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*leftover, return_exceptions=True))
            run_sync(km.shutdown_kernel)(now=True)


def _remove_orphaned_kernel_folders() -> None:
    """Socket folders of renders that were killed outright (SIGKILL runs no clean-up)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_KERNEL_FOLDERS}*-*"):
        pid = folder.name.removeprefix(_KERNEL_FOLDERS).split("-")[0]
        try:
            if not pid.isdigit() or folder.stat().st_uid != os.getuid():
                continue
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            continue  # gone meanwhile, or a live process of another user


def _execute(
    notebook: Path, params: Parameters, km: Any, executed: Path, failed: Path, ready: threading.Event
) -> Any:
    """Run the notebook on the started kernel; papermill injects the parameters and writes the
    executed notebook once, at the end (not after every cell). `ready` is set once the kernel
    answers, before the first cell."""
    import papermill as pm

    try:
        nb = pm.execute_notebook(
            str(notebook),
            str(executed),
            parameters=params.model_dump(mode="json"),
            kernel_name=KERNEL_NAME,
            cwd=str(ROOT),
            execution_timeout=CELL_TIMEOUT_S,
            progress_bar=False,
            request_save_on_cell_execute=False,
            km=km,
            on_notebook_start=lambda **_: ready.set(),  # nbclient's hook, through papermill
        )
    except pm.PapermillExecutionError as err:
        os.replace(executed, failed)
        raise ParleyError(
            f"{err.evalue} (report cell {err.exec_count} raised {err.ename}; log: {failed})"
        ) from None
    nb.metadata["title"] = params.title
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill's id is random; renders must be reproducible
    return nb


class _Converters(threading.Thread):
    """Waits for the collection to be handed over, or for the kernel to be ready (then it waits
    for the collection, and its core is free), then imports and warms up nbconvert's HTML
    exporter and WeasyPrint (templates compiled, fonts loaded) while the kernel runs the notebook:
    not before, where they would take a core from the collection or the kernel's start. Should the
    collecting process fail, it lets the kernel go on (it computes its own collection) and keeps
    the error for the render to raise. The warm-up is only a head start: should it fail, `html`
    and `pdf` do the work themselves, and report any error."""

    def __init__(self, formats: Sequence[str], results: Connection, handoff: Path) -> None:
        super().__init__(name="parley-converters", daemon=True)
        self.formats = formats
        self.results = results
        self.handoff = handoff
        self.kernel_ready = threading.Event()  # set by papermill's client (`on_notebook_start`)
        self.handed = threading.Event()  # the collecting process said how it went
        self.failed: BaseException | None = None
        self.exporter: Any = None
        self.start()

    def _take(self) -> bool:
        """Whether the collecting process handed the collection over; its error kept if not."""
        try:
            _received(self.results)
        except BaseException as err:
            self.failed = err
            handoff_pending(self.handoff).unlink(missing_ok=True)
            return False
        finally:
            self.handed.set()
        return True

    def run(self) -> None:
        while not self.kernel_ready.is_set() and not self.results.poll(0.005):
            pass
        if (self.results.poll() or not self.kernel_ready.is_set()) and not self._take():
            return
        self._warm_up()
        if not self.handed.is_set():
            self._take()

    def _warm_up(self) -> None:
        # The warm-up shares this process's interpreter lock with papermill's loop, which
        # handles the kernel's messages as they come: the lock changes hands every half a
        # millisecond rather than every five, so the cells do not wait on the warm-up.
        switching = sys.getswitchinterval()
        sys.setswitchinterval(min(switching, 0.0005))
        try:
            import nbformat

            from parley.render.exporters import ParleyHTMLExporter, html_to_pdf

            exporter = ParleyHTMLExporter()
            cells = [nbformat.v4.new_markdown_cell("## Warm-up\n\n*text*")]
            warm = exporter.from_notebook_node(nbformat.v4.new_notebook(cells=cells))[0]
            if "pdf" in self.formats:
                html_to_pdf(warm)
            self.exporter = exporter
        except Exception:
            pass  # the render itself does the same work again, and reports what goes wrong
        finally:
            sys.setswitchinterval(switching)

    def raise_failed(self) -> None:
        if self.failed is not None:
            raise self.failed

    def html(self, nb: Any, title: str, data_files: list[str]) -> str:
        from parley.render.exporters import ParleyHTMLExporter

        self.join()
        exporter = self.exporter or ParleyHTMLExporter()
        resources = {"metadata": {"name": title}, "parley_data_files": data_files}
        return exporter.from_notebook_node(nb, resources)[0]

    def pdf(self, html: str) -> bytes:
        from parley.render.exporters import html_to_pdf

        return html_to_pdf(html)


def _fingerprint(params: Parameters, formats: Sequence[str], notebook: Path, sources: list[Path]) -> str:
    """A digest of everything a render depends on. Without an as-of date, today is an input."""
    digest = hashlib.sha256()
    settings = params.model_dump(mode="json") | {"as_of": (params.as_of or dt.date.today()).isoformat()}
    digest.update(json.dumps([__version__, settings, sorted(formats)], sort_keys=True).encode())
    code = sorted(p for p in PACKAGE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in [notebook, *code]:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    # What users hand over is read as the loaders read it: regular files, within their limits.
    for path in sources:
        digest.update(str(path).encode() + b"\0" + read_limited(path, "article", MAX_ARTICLE_BYTES) + b"\0")
    corrections = from_root(params.corrections) if params.corrections else None
    if corrections is not None and (corrections.exists() or corrections.is_symlink()):
        text = read_limited(corrections, "corrections file", MAX_YAML_BYTES)
        digest.update(str(corrections).encode() + b"\0" + text + b"\0")
    return digest.hexdigest()


def _lock(out_dir: Path, name: str) -> AbstractContextManager[None]:
    busy = f"{out_dir / name}: another render of this report is running; try again when it ends"
    return exclusive(out_dir / f".{name}.lock", busy)


@contextmanager
def exclusive(path: Path, busy: str) -> Iterator[None]:
    """Hold a lock on `path` (created if missing), or raise ParleyError(`busy`) if another
    process holds it."""
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ParleyError(busy) from None
        _LOCKS_HELD.add(handle.fileno())
        try:
            yield  # the lock goes with the file handle, even if the process is killed
        finally:
            _LOCKS_HELD.discard(handle.fileno())


def _writable(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir):
            pass
    except OSError as err:
        reason = err.strerror or str(err)
        if err.errno == errno.EEXIST:
            reason = "a file of that name is in the way"
        raise ParleyError(f"{out_dir}: output folder cannot be written ({reason})") from None


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except OSError:
        return None
