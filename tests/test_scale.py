"""What keeps a render of thousands of articles fast gives the results a plain computation gives."""

import json
import os

import pytest

from parley.events.corpus import meanwhile
from parley.events.rounds import Round
from parley.report.exports import records_json


def _pid_and_sum() -> tuple[int, int]:
    return os.getpid(), sum(range(1000))


@pytest.mark.skipif(len(os.sched_getaffinity(0)) < 2, reason="one core: the work is done in this process")
def test_work_done_meanwhile_runs_in_a_forked_process_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("threading.active_count", lambda: 1)  # pytest's own threads aside
    with meanwhile(_pid_and_sum) as later:
        pid, total = later()
    assert pid != os.getpid() and total == 499500


def test_with_threads_or_one_core_the_work_is_done_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("threading.active_count", lambda: 2)
    with meanwhile(_pid_and_sum) as later:
        assert later() == (os.getpid(), 499500)
    monkeypatch.setattr("threading.active_count", lambda: 1)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _: {0})
    with meanwhile(_pid_and_sum) as later:
        assert later()[0] == os.getpid()


def test_work_that_fails_apart_fails_here_and_a_failed_block_leaves_no_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("threading.active_count", lambda: 1)

    def broken() -> None:
        raise ValueError("no rounds")

    with meanwhile(broken) as later, pytest.raises(ValueError, match="no rounds"):
        later()
    with pytest.raises(KeyError), meanwhile(_pid_and_sum):
        raise KeyError("the block failed")
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # every forked process was waited for


def test_the_json_data_files_are_what_json_dumps_writes() -> None:
    texts = [
        "Обмін «1 000 на 1 000» — 🇺🇦",
        'a "quote", a back\\slash',
        "tab\tand\x01control",
        "</script>",
        "",
    ]
    rounds = [
        Round(
            series="Istanbul 2025",
            round=n,
            date="2025-05-16",
            precision="day",
            location=None,
            sources=[text],
            evidence=[text, text],
            note=text or None,
            heads=[],
        )
        for n, text in enumerate(texts)
    ]
    rows = [r.model_dump(mode="json", by_alias=True) for r in rounds]
    assert records_json(rounds) == json.dumps(rows, indent=2, ensure_ascii=False) + "\n"
    assert records_json([]) == "[]\n"
