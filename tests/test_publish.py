"""A render's outputs replace the previous set as one unit: a render killed (SIGKILL) at every
step of publishing, each rename included, leaves a reader the whole old set or the whole new one,
and the next render clears what it left."""

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import staging

from parley.render.run import _publish, _remove_stale

NAMES = ("report.ipynb", "report.html", "report.pdf")
# Kills the process at the STEP-th change it makes to the folder, then publishes.
CHILD = """
import os, signal, sys
from pathlib import Path
from parley.render.run import _publish
out, version, step = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
done = 0
def counted(real):
    def change(*args, **kwargs):
        global done
        if done == step:
            os.kill(os.getpid(), signal.SIGKILL)
        done += 1
        return real(*args, **kwargs)
    return change
for name in ("mkdir", "link", "symlink", "replace", "rename", "unlink", "rmdir"):
    setattr(os, name, counted(getattr(os, name)))
_publish(out, "report", version, sys.argv[4:])
print(done)
"""


def _version(out: Path, token: str, tag: str, names: tuple[str, ...]) -> Path:
    version = out / f".parley-report.{token * 16}"
    version.mkdir()
    for name in names:
        (version / name).write_text(f"{tag} {name}")
    return version


def _seen(out: Path) -> dict[str, str | None]:
    """What a reader opening each output finds."""
    return {n: (out / n).read_text() if (out / n).exists() else None for n in NAMES}


def _old_as_files(out: Path) -> None:
    for name in NAMES:
        (out / name).write_text(f"old {name}")  # the layout before versions, or a copied report


def _old_as_version(out: Path) -> None:
    _publish(out, "report", _version(out, "a", "old", NAMES), NAMES)


@pytest.mark.parametrize("old", [_old_as_files, _old_as_version])
@pytest.mark.parametrize("new_names", [NAMES, NAMES[:2]], ids=["same formats", "pdf no longer asked"])
def test_a_kill_at_any_step_leaves_the_old_set_or_the_new(
    tmp_path: Path, old: object, new_names: tuple[str, ...]
) -> None:
    step = 0
    while True:
        out = tmp_path / f"step{step}"
        out.mkdir()
        old(out)  # type: ignore[operator]
        before = _seen(out)
        version = _version(out, "b", "new", new_names)
        after = {n: f"new {n}" if n in new_names else None for n in NAMES}
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(out), str(version), str(step), *new_names],
            capture_output=True,
            text=True,
            timeout=60,
        )
        seen = _seen(out)
        assert seen in (before, after), (step, seen)
        _remove_stale(out, "report")  # what the next render does first
        assert _seen(out) == seen and not staging(out)
        if child.returncode == 0:  # the step counter ran past the last change: all steps done
            assert seen == after and int(child.stdout) == step
            break
        assert child.returncode == -9, child.stderr
        step += 1
    assert step >= 3  # at the least: clear a leftover link, make the new one, rename it over the old


def test_staging_folders_belong_to_exactly_one_report(tmp_path: Path) -> None:
    others = [tmp_path / f".parley-{name}.{'c' * 16}" for name in ("report-weekly", "report.v", "report.x.y")]
    mine = tmp_path / f".parley-report.{'d' * 16}"
    for folder in [*others, mine]:
        folder.mkdir()
    _remove_stale(tmp_path, "report")
    assert not mine.exists() and all(f.exists() for f in others)
