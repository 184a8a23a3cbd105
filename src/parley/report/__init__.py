"""The report: its parameters, sections, charts and the data files beside it."""
