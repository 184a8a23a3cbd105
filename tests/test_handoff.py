"""One collection per render: the render process hands it to the kernel, which takes it only when
it was made from the kernel's own parameters and the articles as they are now; a damaged file is
recomputed, never trusted. And the steps that grew with the square of the corpus stay linear in
what they return."""

import os
import threading
import time
from pathlib import Path

import pytest
from conftest import AS_OF, write

from parley.config import HANDOFF_ENV, handoff_pending
from parley.events.corpus import collect, hand_over, handoff_key
from parley.render.exporters import _SCRIPT
from parley.report.params import Parameters

SECOND = "---\ntitle: Second\npublished: 2025-06-03\n---\nThe second round of talks took place in Istanbul on June 2.\n"


def _params(corpus: Path, **values: object) -> Parameters:
    return Parameters.model_validate({"articles": str(corpus), "as_of": AS_OF, "corrections": None} | values)


@pytest.fixture
def handed(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A collection handed over for `corpus`, marked so that a test can tell it was taken."""
    write(corpus, "second.md", SECOND)
    params = _params(corpus)
    key = handoff_key(params)
    collection = collect(params)
    collection.corrected = ["handed over"]
    path = tmp_path / "collection.pickle"
    hand_over(collection, key, path)
    monkeypatch.setenv(HANDOFF_ENV, str(path))
    return path


def test_the_kernel_takes_the_collection_handed_over(corpus: Path, handed: Path) -> None:
    assert collect(_params(corpus)).corrected == ["handed over"]
    assert not handed.with_name(handed.name + ".part").exists()  # written whole, then renamed


def test_other_parameters_compute_their_own(corpus: Path, handed: Path) -> None:
    found = collect(_params(corpus, types="negotiation_round"))
    assert found.corrected == []
    assert {e.type for e in found.events} == {"negotiation_round"}


def test_an_article_changed_since_is_read_again(corpus: Path, handed: Path) -> None:
    write(corpus, "second.md", SECOND.replace("June 2", "June 4"))
    found = collect(_params(corpus))
    assert found.corrected == []
    assert any(e.date == "2025-06-04" for e in found.events)


def test_an_article_added_since_is_read(corpus: Path, handed: Path) -> None:
    write(corpus, "third.md", SECOND.replace("second", "third"))
    found = collect(_params(corpus))
    assert found.corrected == [] and "third" in {a.id for a in found.articles}


@pytest.mark.parametrize("damage", [b"", b"not a pickle", b"\x80\x05K\x01."])
def test_a_damaged_handoff_is_recomputed(corpus: Path, handed: Path, damage: bytes) -> None:
    # Empty, garbage, and a sound pickle of something else: none is trusted.
    handed.write_bytes(damage)
    found = collect(_params(corpus))
    assert found.corrected == [] and found.events


def test_a_truncated_handoff_is_recomputed(corpus: Path, handed: Path) -> None:
    handed.write_bytes(handed.read_bytes()[:200])
    assert collect(_params(corpus)).corrected == []


def test_without_a_handoff_file_the_collection_is_computed(
    corpus: Path, handed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed.unlink()
    assert collect(_params(corpus)).corrected == []
    monkeypatch.delenv(HANDOFF_ENV)
    assert collect(_params(corpus)).corrected == []


def _later(work: object) -> threading.Thread:
    """`work` done a moment after the kernel has started to wait (the render's collecting process)."""

    def run() -> None:
        time.sleep(0.3)
        work()  # type: ignore[operator]

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def _written_whole(path: Path, data: bytes) -> None:
    """Written as the render hands over (`hand_over`): whole or not at all. A plain write lets the
    waiting kernel read half a file, find it damaged and compute its own (seen once in CI)."""
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    os.replace(part, path)


def test_the_kernel_waits_for_the_collection_still_being_computed(corpus: Path, handed: Path) -> None:
    # The render runs the notebook at once; the collection is handed over while it waits.
    collection = handed.read_bytes()
    handed.unlink()
    handoff_pending(handed).touch()
    done = _later(lambda: (_written_whole(handed, collection), handoff_pending(handed).unlink()))
    assert collect(_params(corpus)).corrected == ["handed over"]
    done.join()


def test_when_the_collecting_process_gives_up_the_kernel_computes_its_own(corpus: Path, handed: Path) -> None:
    handed.unlink()
    handoff_pending(handed).touch()
    done = _later(handoff_pending(handed).unlink)
    found = collect(_params(corpus))
    assert found.corrected == [] and found.events
    done.join()


def test_the_pdf_is_printed_without_the_pages_scripts() -> None:
    page = (
        "<p>Before</p><script>var a = 1;</script><div><script type='application/json'>"
        '{"x": "<\\/p>"}</SCRIPT ></div><p>After</p>'
    )
    assert _SCRIPT.sub("", page) == "<p>Before</p><div></div><p>After</p>"


def test_the_converters_warm_up_leaves_the_interpreter_lock_as_it_found_it(tmp_path: Path) -> None:
    """While it warms up, the lock changes hands more often (papermill's loop shares the
    process); afterwards the render switches as before."""
    import sys
    from multiprocessing import Pipe

    from parley.render.run import _Converters

    receiving, sending = Pipe(duplex=False)
    sending.send(None)  # the collection was handed over
    before = sys.getswitchinterval()
    converters = _Converters(("html",), receiving, tmp_path / "collection.pickle")
    converters.join()
    assert converters.exporter is not None  # warmed up
    assert sys.getswitchinterval() == before
