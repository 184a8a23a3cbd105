"""The `parley` command as a user runs it: the installed console script, in a subprocess."""

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED

PARLEY = shutil.which("parley") or str(Path(sys.executable).with_name("parley"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PARLEY, *args], capture_output=True, text=True, timeout=120)


def test_mentions_json_lists_every_statement_classed_with_its_event() -> None:
    result = run("mentions", str(SEED), "--format", "json", "--as-of", "2026-11-25")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    by_date = {(e["date"], e["type"]) for e in events}
    assert ("2025-06-20", "prisoner_exchange") in by_date
    assert ("2025-06-19", "announcement") in by_date
    assert ("2025-06-19", "other") in by_date
    assert ("2025-06-02", "negotiation_round") in by_date
    assert (None, "capture") in by_date
    required = {
        "article",
        "date",
        "end_date",
        "precision",
        "type",
        "summary",
        "sentence",
        "start",
        "end",
        "attribution",
        "location",
        "resolution",
        "class",
        "reason",
        "event",
    }
    assert all(required <= e.keys() for e in events)
    classes = {(e["date"], e["class"], e["event"]) for e in events}
    assert ("2025-06-20", "event", "exchange-2025-06-20") in classes
    assert (None, "context", None) in classes  # the capture of a soldier: context, in no event


def test_events_json_is_the_list_of_consolidated_events() -> None:
    result = run("events", str(SEED), "--format", "json", "--as-of", "2026-11-25")
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    assert [(e["id"], e["status"], len(e["mentions"])) for e in events] == [
        ("round-2025-06-02", "done", 1),
        ("announcement-2025-06-19", "done", 1),
        ("exchange-2025-06-20", "done", 3),  # the exchange and two back-references to it
    ]
    mention = events[2]["mentions"][0]
    assert {"article", "sentence", "start", "end", "date", "precision"} <= mention.keys()
    assert SEED.read_text(encoding="utf-8").count(mention["sentence"]) == 1


def test_rounds_json_and_default_folder() -> None:
    result = run("rounds", "--format", "json")
    assert result.returncode == 0, result.stderr
    rounds = json.loads(result.stdout)
    assert [(r["series"], r["venue"], r["round"], r["date"]) for r in rounds] == [
        ("Istanbul 2025", "Istanbul", 1, None),
        ("Istanbul 2025", "Istanbul", 2, "2025-06-02"),
    ]
    assert rounds[1]["id"] == "istanbul-2025-round-2" and rounds[1]["format"] == "Russia–Ukraine"


def test_csv_and_table() -> None:
    rows = list(csv.DictReader(io.StringIO(run("mentions", "--format", "csv").stdout)))
    assert {r["type"] for r in rows} >= {"prisoner_exchange", "capture"}
    table = run("rounds").stdout
    assert "Istanbul" in table and "memorandums on ceasefire agreements" in table


def test_help_on_each_command() -> None:
    for command in ("events", "mentions", "exchanges", "rounds", "add", "fetch", "render", "update"):
        result = run(command, "--help")
        assert result.returncode == 0 and "usage: parley" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("events", "no/such/folder"), "no/such/folder: no such file or folder"),
        (("render", "-p", "colour=red"), "unknown parameter 'colour'"),
        (("render", "-p", "start=yesterday"), "parameter 'start': 'yesterday' is not a date"),
        (("render", "-p", "start=2025-07-01", "-p", "end=2025-06-01"), "is after end"),
        (("render", "--to", "docx"), "unknown format 'docx'"),
        (
            ("render", "-p", "types=prisoner_exchange,treaty"),
            "parameter 'types': unknown event type 'treaty'",
        ),
        (("render", "-p", "articles=no/such/folder"), "no/such/folder: no such file or folder"),
    ],
)
def test_errors_are_one_line_and_non_zero(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode != 0
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_params_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [unclosed\n")
    result = run("render", "--params", str(bad))
    assert result.returncode != 0 and "bad.yaml: line 2: not valid YAML" in result.stderr
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("title: 42\n")
    result = run("render", "--params", str(wrong))
    assert result.returncode != 0 and "parameter 'title' must be text" in result.stderr


def test_events_as_timelinejs() -> None:
    result = run("events", str(SEED), "--format", "timelinejs", "--as-of", "2026-11-25")
    assert result.returncode == 0, result.stderr
    slides = json.loads(result.stdout)["events"]
    assert {"year": "2025", "month": "6", "day": "20"} in [s["start_date"] for s in slides]
    assert all(s["text"]["headline"] and s["group"] for s in slides)
