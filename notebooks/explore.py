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
# Parameters: edit them and run all cells, or let papermill replace them (`papermill -f params.yaml`).
articles = "data/articles"  # folder, file or glob of articles, relative to the project root
as_of = None  # the latest year an undated article may be given, "YYYY-MM-DD"; None for today
start = None  # the window: first day, "YYYY-MM-DD", or None for all
end = None  # the window: last day, "YYYY-MM-DD", or None for all
types = None  # event types to keep, e.g. ["prisoner_exchange", "negotiation_round"]; None for all
article = None  # an article id (its file name without suffix) to filter by and read; None for all
sort_by = "day"  # the events tables' sort column(s), e.g. ["type", "day"]

# %% [markdown]
# # Exploring the corpus
#
# Every cell calls `parley.report.explore` (tested in `tests/test_explore.py`); change the parameters above and run all
# cells again. The corpus, with how each article is dated:

# %%
from parley.report import explore
from parley.report.sections import build_report

report = build_report(articles=articles, as_of=as_of)
explore.corpus_frame(report)

# %% [markdown]
# ## Mentions
#
# Every dated or typed statement with its source sentence, its class (`event` of interest, `context` or `none`,
# with the `reason`) and the `event` it is consolidated into, sorted by `sort_by` (any column). `day` is the first day an event may fall
# on; `date` keeps the precision the text gives (a day, a month, a year).

# %%
events = explore.events_frame(report.mentions)
explore.table(events, sort_by=sort_by)

# %% [markdown]
# ## Filtered by type, window and article
#
# The events of `types` and `article` that may fall between `start` and `end`; undated events are kept, as in the
# report, since nothing places them outside the window.

# %%
selected = explore.filter_events(report.mentions, types=types, start=start, end=end, article=article)
explore.table(explore.events_frame(selected), sort_by=sort_by)

# %% [markdown]
# ## One article, its dates highlighted
#
# The `article` (or the first one). In each event sentence (underlined) the date mentions are highlighted: hover
# over one for the date it resolved to and how. The table below lists them.

# %%
chosen = explore.find_article(report.articles, article)
explore.article_html(chosen, report.mentions)

# %%
explore.table(explore.mentions_frame(chosen, report.mentions))

# %% [markdown]
# ## Timeline of the selection
#
# The filtered events on the report's timeline chart; undated ones are listed above, never plotted.

# %%
explore.timeline_figure(selected)

# %% [markdown]
# ## What needs a second look
#
# Across the whole corpus: dates inferred rather than stated in full, events the text gives no date for, and
# conflicts — events that different articles put on the same day of different years.

# %%
explore.table(explore.inferred(report.mentions), sort_by="day")

# %%
explore.table(explore.undated(report.mentions))

# %%
explore.table(explore.conflicts(report.events))
