"""What keeps a render of thousands of articles fast gives the results a plain computation gives."""

import os

import pytest

from parley.events.corpus import meanwhile


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
