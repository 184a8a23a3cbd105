# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python (Parley)
#     language: python
#     name: parley
# ---

# %% tags=["parameters"]
# Parameters: papermill replaces this cell's values (see `parley render --help`).
articles = "data/articles"  # folder, file or glob of articles, relative to the project root
start = None  # first day shown, "YYYY-MM-DD", or None for all
end = None  # last day shown, "YYYY-MM-DD", or None for all
title = "Russia–Ukraine prisoner exchanges and peace talks"
as_of = None  # the date printed on the report, "YYYY-MM-DD"; None for today
types = None  # event types shown, e.g. "prisoner_exchange,negotiation_round"; None for all
corrections = "data/corrections.yaml"  # analyst corrections, relative to the project root; None for none
seen = None  # a previous render's event ids (.NAME.seen.json), for what is new; parley render sets it

# %%
from parley.report.sections import build_report

report = build_report(
    articles=articles,
    start=start,
    end=end,
    title=title,
    as_of=as_of,
    types=types,
    corrections=corrections,
    seen=seen,
)
report.title_block()

# %%
report.lede()

# %% [markdown]
# ## Summary

# %%
report.summary()

# %% [markdown]
# ## Timeline
#
# Each event of interest sits in the lane of its type, on the date the text gives or implies.

# %%
report.timeline()

# %% [markdown]
# ## Prisoner exchanges
#
# How many came home to each side, as each source claims it; figures that sources disagree on are all shown.

# %%
report.exchanges_section()

# %% [markdown]
# ## Negotiation rounds

# %%
report.rounds_table()

# %% [markdown]
# ## Events
#
# Every event quotes the sentence it comes from (or names the table above that quotes it), and its article.

# %%
report.events_table()

# %% [markdown]
# ## Sources

# %%
report.sources()

# %% [markdown]
# ## Method

# %%
report.method()
