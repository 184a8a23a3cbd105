"""Analyst corrections: validated where they are loaded, matched by article and sentence (never by
position), applied after extraction, marked in the report, and never silently ignored."""

import json
import shutil
from pathlib import Path

import pytest
from conftest import AS_OF, SEED, write
from test_cli import run

from parley.articles.load import load_corpus
from parley.config import CORRECTIONS_FILE
from parley.errors import ParleyError
from parley.events.rounds import build_rounds
from parley.mentions.corrections import apply_to_events, apply_to_rounds, load_corrections
from parley.mentions.extract import extract_article
from parley.report.sections import build_report

FIX = """\
- kind: fix_date
  article: seed-article
  sentence: The prisoner exchange that took place on Friday, June 20
  original_date: 2025-06-20
  date: 2025-06-21
  note: TASS corrected the day <b>next morning</b>
"""
DROP = """\
- kind: drop
  article: seed-article
  sentence: footage emerged showing Russian soldiers
  note: not an event of the talks
"""
ADD = """\
- kind: add_topic
  series: istanbul
  round: 2
  topic: return of children
  note: listed in the ministry's statement
- kind: add_outcome
  series: Istanbul
  round: 2
  outcome: A working group on the missing
  note: announced the same evening
"""
SECOND_ARTICLE = """---
title: Exchange confirmed
published: 2025-06-21
---
Russia and Ukraine exchanged prisoners of war on Friday, June 20, the Ukrainian side said.
"""


def corrected(corpus: Path, text: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    corrections = load_corrections(write(tmp_path, "corrections.yaml", text))
    articles = load_corpus([corpus])
    events = apply_to_events((e for a in articles for e in extract_article(a, AS_OF)[0]), corrections)
    rounds = apply_to_rounds(build_rounds(events.items, articles), corrections)
    return events, rounds


def test_a_date_fix_a_drop_and_round_additions(corpus: Path, tmp_path: Path) -> None:
    events, rounds = corrected(corpus, FIX + DROP + ADD, tmp_path)
    assert events.warnings == rounds.warnings == []
    exchange = next(e for e in events.items if e.type == "prisoner_exchange")
    assert (exchange.date, exchange.precision, exchange.inferred) == ("2025-06-21", "day", False)
    assert exchange.resolution == "corrected by analyst: TASS corrected the day <b>next morning</b>"
    assert "extracted: 20 June 2025" in (exchange.correction or "")
    assert exchange.sentence.startswith("The prisoner exchange that took place")  # the text is untouched
    assert not any("footage emerged" in e.sentence for e in events.items)
    second = next(r for r in rounds.items if r.round == 2)
    assert second.topics[-1] == "return of children"
    assert second.outcomes[-1] == "A working group on the missing"
    assert len(second.corrections) == 2 and "added by analyst" in second.corrections[0]
    assert len(events.applied) == 2 and len(rounds.applied) == 2


def test_merge_keeps_every_sentence_and_article(corpus: Path, tmp_path: Path) -> None:
    write(corpus, "second.md", SECOND_ARTICLE)
    merge = """\
- kind: merge
  events:
    - {article: seed-article, sentence: "The prisoner exchange that took place on Friday, June 20"}
    - {article: second, sentence: "exchanged prisoners of war", original_date: 2025-06-20}
  note: the same exchange
"""
    events, _ = corrected(corpus, merge, tmp_path)
    assert events.warnings == []
    # The seed's back-references ("the June 20 exchange") are statements of their own.
    exchanges = [e for e in events.items if e.type == "prisoner_exchange" and e.merged]
    assert len(exchanges) == 1
    assert not any(e.article == "second" and e.type == "prisoner_exchange" for e in events.items)
    [kept] = exchanges
    assert kept.article == "seed-article" and "the same exchange" in (kept.correction or "")
    [other] = kept.merged
    assert other.article == "second" and other.date == "2025-06-20"
    body = load_corpus([corpus / "second.md"])[0].body
    assert body[other.start : other.end] == other.sentence  # verbatim, with its offsets


def test_corrections_that_no_longer_match_are_warnings(corpus: Path, tmp_path: Path) -> None:
    stale = """\
- kind: drop
  article: seed-article
  sentence: a sentence the article no longer has
  note: gone
- kind: fix_date
  article: seed-article
  sentence: exchange
  date: 2025-06-18
  note: ambiguous without original_date
- kind: add_topic
  series: Abu Dhabi
  round: 1
  topic: energy
  note: no such round
"""
    events, rounds = corrected(corpus, stale, tmp_path)
    warnings = events.warnings + rounds.warnings
    assert len(warnings) == 3
    assert "entry 1 (line 1, drop): matches no event" in warnings[0]
    assert "entry 2 (line 5, fix_date): matches 4 events" in warnings[1] and "original_date" in warnings[1]
    assert "dated 2025-06-20, 2025-06-19, 2025-06-20, 2025-06-20" in warnings[1]
    assert "entry 3 (line 10, add_topic): matches no round" in warnings[2]
    assert all("\n" not in w and "corrections.yaml" in w for w in warnings)
    assert events.applied == rounds.applied == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- kind: rename\n  note: x\n", r"entry 1 \(line 1\): unknown kind 'rename'"),
        (FIX.replace("  note:", "  notes:"), r"entry 1 \(line 1\), fix_date: field 'notes': Extra inputs"),
        (FIX.replace("2025-06-21", "21 June"), r"field 'date': '21 June' is not a date"),
        (FIX + "  precision: day\n".replace("day", "hour"), r"field 'precision'"),
        (
            DROP + FIX.replace("date: 2025-06-21", "date: 2025-06\n  precision: day"),
            r"entry 2 \(line 5\).*full date",
        ),
        ("- kind: merge\n  events: []\n  note: x\n", r"field 'events': List should have at least 2"),
        ("kind: drop\n", r"must be a list of entries"),
        ("- [unclosed\n", r"line 2: not valid YAML"),
    ],
)
def test_a_broken_file_is_one_line_naming_the_file_and_the_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = write(tmp_path, "corrections.yaml", text)
    with pytest.raises(ParleyError, match=message) as err:
        load_corrections(path)
    assert str(path) in str(err.value) and "\n" not in str(err.value)


def test_a_missing_default_file_means_none_but_a_named_one_must_exist(tmp_path: Path) -> None:
    assert not CORRECTIONS_FILE.exists()  # the repository ships none; the default is optional
    assert load_corrections("data/corrections.yaml").entries == []
    assert load_corrections(None).entries == [] and load_corrections("").entries == []
    with pytest.raises(ParleyError, match=r"missing\.yaml: no such corrections file"):
        load_corrections(tmp_path / "missing.yaml")


def test_the_report_marks_corrections_and_lists_what_does_not_match(corpus: Path, tmp_path: Path) -> None:
    stale = "- kind: drop\n  article: seed-article\n  sentence: <script>no longer there</script>\n  note: x\n"
    path = write(tmp_path, "corrections.yaml", FIX + ADD + stale)
    report = build_report(articles=str(corpus), as_of=AS_OF.isoformat(), corrections=str(path))
    events = report.events_table()
    assert "Corrected: date corrected (extracted: 20 June 2025): TASS corrected the day" in events
    assert "&lt;b&gt;next morning&lt;/b&gt;" in events and "<b>" not in events  # the note is escaped
    rounds = report.rounds_table()
    assert rounds.count("class='corrected'") == 2 and "return of children" in rounds
    summary, method = report.summary(), report.method()
    for fragment in (summary, method):
        assert (
            "Correction not applied" in fragment and "entry 4 (line 17, drop): matches no event" in fragment
        )
        assert "&lt;script&gt;" in fragment and "<script>" not in fragment
    assert "3 analyst corrections applied" in summary
    assert "Date of “The prisoner exchange" in method


def test_corrections_apply_before_the_window_selects(corpus: Path, tmp_path: Path) -> None:
    # The exchange lies outside the window: its correction is applied, not reported as stale.
    path = write(tmp_path, "corrections.yaml", FIX + ADD)
    report = build_report(
        articles=str(corpus),
        as_of=AS_OF.isoformat(),
        start="2025-06-01",
        end="2025-06-05",
        corrections=str(path),
    )
    assert report.correction_warnings == []
    assert not any(e.type == "prisoner_exchange" for e in report.events)


def test_cli_prints_unmatched_corrections_on_stderr(corpus: Path, tmp_path: Path) -> None:
    path = write(
        tmp_path, "corrections.yaml", FIX + "- kind: drop\n  article: nope\n  sentence: x\n  note: y\n"
    )
    result = run(
        "events", str(corpus), "--as-of", "2026-11-25", "--format", "json", "--corrections", str(path)
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("parley: warning:") == 1 and "entry 2 (line 7, drop)" in result.stderr
    # Fixed: the exchange's own sentence; its back-references keep the date they give.
    dates = [e["date"] for e in json.loads(result.stdout) if e["type"] == "prisoner_exchange"]
    assert dates == ["2025-06-20", "2025-06-21"]  # the back-references are one event
    rounds = run("rounds", str(corpus), "--as-of", "2026-11-25", "--corrections", str(path))
    assert rounds.returncode == 0 and "entry 2" in rounds.stderr
    broken = run("events", str(corpus), "--corrections", str(write(tmp_path, "bad.yaml", "- kind: x\n")))
    assert broken.returncode == 1 and "bad.yaml: entry 1" in broken.stderr
    missing = run("events", str(corpus), "--corrections", str(tmp_path / "none.yaml"))
    assert missing.returncode == 1 and "no such corrections file" in missing.stderr


def test_corrections_survive_re_extraction(corpus: Path, tmp_path: Path) -> None:
    # A paragraph added before the sentence shifts every offset; the correction still matches.
    path = write(tmp_path, "corrections.yaml", FIX)
    text = SEED.read_text(encoding="utf-8")
    first, rest = text.split("\n\n", 1)
    (corpus / SEED.name).write_text(f"{first}\n\nA paragraph added in an update.\n\n{rest}", encoding="utf-8")
    report = build_report(articles=str(corpus), as_of=AS_OF.isoformat(), corrections=str(path))
    assert report.correction_warnings == []
    assert any(e.date == "2025-06-21" and e.correction for e in report.mentions)
    assert any(e.date == "2025-06-21" and e.corrections for e in report.events)
    shutil.copy(SEED, corpus / SEED.name)


def test_the_corrections_file_is_part_of_the_render_fingerprint(tmp_path: Path) -> None:
    from parley.render.run import _fingerprint
    from parley.report.params import Parameters

    path = write(tmp_path, "corrections.yaml", DROP)
    params = Parameters(as_of=AS_OF, corrections=str(path))
    before = _fingerprint(params, ["html"], SEED, [SEED])
    write(tmp_path, "corrections.yaml", FIX)
    assert _fingerprint(params, ["html"], SEED, [SEED]) != before


def test_render_refuses_a_broken_corrections_file_before_a_kernel_starts(tmp_path: Path) -> None:
    from parley.render.run import render

    broken = tmp_path / "corrections.yaml"
    broken.write_text("- kind: drop\n  article: seed-article\n", encoding="utf-8")  # no sentence, no note
    out = tmp_path / "out"
    with pytest.raises(ParleyError, match=r"corrections\.yaml"):
        render({"corrections": str(broken), "as_of": "2026-11-25"}, ["html"], out)
    assert not list(out.glob("report.*"))
