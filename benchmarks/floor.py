"""The floor of a render: start a kernel and execute the report notebook with nbclient, nothing
else (no parameters, no conversion, nothing written). `benchmarks/render.py` times it as a whole
process, start-up included.

    .venv/bin/python benchmarks/floor.py
"""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]

nb = nbformat.read(ROOT / "notebooks" / "report.ipynb", as_version=4)
NotebookClient(nb, kernel_name="parley", resources={"metadata": {"path": str(ROOT)}}).execute()
