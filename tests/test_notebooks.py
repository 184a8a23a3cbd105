"""Every notebook runs clean as committed, and each is paired with a percent script in step."""

from pathlib import Path

import jupytext
import nbformat
import papermill as pm
import pytest
from jupytext.compare import compare_notebooks
from jupytext.config import find_jupytext_configuration_file, load_jupytext_config

from parley.config import CELL_TIMEOUT_S, KERNEL_NAME, NOTEBOOKS_DIR, ROOT

NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
EXPLORE = NOTEBOOKS_DIR / "explore.ipynb"


def execute(notebook: Path, out: Path, **parameters: object) -> nbformat.NotebookNode:
    """Papermill on the project's kernel from the project root, as `make` and the CLI run it."""
    return pm.execute_notebook(
        str(notebook),
        str(out),
        parameters=parameters,
        kernel_name=KERNEL_NAME,
        cwd=str(ROOT),
        execution_timeout=CELL_TIMEOUT_S,
        progress_bar=False,
    )


def outputs(nb: nbformat.NotebookNode, mimetype: str) -> list[str]:
    return [
        o["data"][mimetype] for c in nb.cells for o in c.get("outputs", []) if mimetype in o.get("data", {})
    ]


def test_both_notebooks_are_here() -> None:
    assert {p.name for p in NOTEBOOKS} >= {"report.ipynb", "explore.ipynb"}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_clean_with_its_default_parameters(notebook: Path, tmp_path: Path) -> None:
    nb = execute(notebook, tmp_path / notebook.name)  # a failing cell raises PapermillExecutionError
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code), "every cell ran"
    assert not [o for c in code for o in c.outputs if o.output_type == "error" or o.get("name") == "stderr"]
    assert nb.metadata.papermill.parameters == {}


def test_explore_shows_every_part(tmp_path: Path) -> None:
    nb = execute(EXPLORE, tmp_path / "explore.ipynb", as_of="2026-11-25")
    page = "\n".join(outputs(nb, "text/html"))
    assert "seed-article" in page and "Friday, June 20" in page  # the corpus and the events table
    assert "His efforts, however, ended in his own capture" in page  # sentences, undated included
    assert '<mark title="2025-06-20 — ' in page  # the article read with its dates highlighted
    assert "year inferred — the article gives no publication date" in page
    assert outputs(nb, "image/png")  # the timeline
    assert "conflict" in page and "resolution" in page  # the review tables, with their headers


def test_explore_parameters_filter_the_selection(tmp_path: Path) -> None:
    declared = pm.inspect_notebook(str(EXPLORE))
    assert {"articles", "as_of", "start", "end", "types", "article", "sort_by"} == set(declared)
    nb = execute(
        EXPLORE,
        tmp_path / "explore.ipynb",
        as_of="2026-11-25",
        start="2025-06-15",
        types=["negotiation_round", "prisoner_exchange"],
        article="seed-article",
    )
    selection = next(c for c in nb.cells if "filter_events" in c.source)
    table = selection.outputs[0]["data"]["text/html"]
    assert "Prisoner exchange, parity-based" in table
    assert "Round 2 of talks" not in table  # before the window
    assert "Prisoner exchange announced" not in table  # an announcement: another type


def test_jupytext_pairs_every_notebook_with_a_percent_script() -> None:
    assert find_jupytext_configuration_file(str(NOTEBOOKS_DIR)) == str(ROOT / "jupytext.toml")
    for notebook in NOTEBOOKS:
        config = load_jupytext_config(str(notebook))
        assert config is not None and config.default_formats(str(notebook)) == "ipynb,py:percent"
    assert sorted(NOTEBOOKS_DIR.glob("*.py")) == [p.with_suffix(".py") for p in NOTEBOOKS]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_and_its_script_are_in_sync(notebook: Path) -> None:
    script = notebook.with_suffix(".py")
    # Cell by cell: sources, cell types, tags and the notebook's kernelspec.
    compare_notebooks(jupytext.read(script), jupytext.read(notebook), fmt="py:percent")
    assert script.read_text(encoding="utf-8").startswith("# ---\n# jupyter:\n")
    assert "# %%" in script.read_text(encoding="utf-8")
