"""Rendering: papermill runs the notebook, nbconvert and WeasyPrint make HTML and PDF."""
