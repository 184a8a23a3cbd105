"""The project's own promises: notebooks without outputs, parameters in one place, dependencies
listed the same way for pip and conda."""

import tomllib
from pathlib import Path

import nbformat
import papermill as pm
import yaml

from parley.config import NOTEBOOKS_DIR, REPORT_NOTEBOOK, ROOT
from parley.report.params import Parameters


def test_notebooks_are_committed_without_outputs() -> None:
    for path in NOTEBOOKS_DIR.glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        for cell in nb.cells:
            if cell.cell_type == "code":
                assert not cell.outputs and cell.execution_count is None, path


def test_notebook_parameters_match_the_validated_parameters() -> None:
    declared = pm.inspect_notebook(str(REPORT_NOTEBOOK))
    assert set(declared) == set(Parameters.model_fields)
    defaults = Parameters()
    for name, info in declared.items():
        assert eval(info["default"]) == getattr(defaults, name), name


def test_environment_yml_lists_the_pyproject_dependencies() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pip = set(project["dependencies"]) | set(project["optional-dependencies"]["dev"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = {d for d in env["dependencies"] if isinstance(d, str) and not d.startswith(("python", "pip"))}
    conda |= {d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python-")}
    assert conda == pip


def test_reports_folder_is_ignored_but_kept() -> None:
    assert (ROOT / "reports" / ".gitkeep").exists()
    assert "reports/*" in (ROOT / ".gitignore").read_text()


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    assert "make test" in (ROOT / "README.md").read_text()
    assert Path(ROOT / "Makefile").exists()


def test_tests_never_read_the_users_data() -> None:
    from parley.config import ARTICLES_DIR, CORRECTIONS_FILE, from_root

    assert ROOT / "data" not in (ARTICLES_DIR.parent, CORRECTIONS_FILE.parent)
    assert from_root("data/articles") == ARTICLES_DIR
