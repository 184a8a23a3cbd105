"""The report's own selection of what it shows."""

from parley.report import build_report


def test_report_shows_only_the_chosen_types() -> None:
    report = build_report(as_of="2026-11-25", types="prisoner_exchange,negotiation_round")
    assert {e.type for e in report.events} == {"prisoner_exchange", "negotiation_round"}
    assert [r.round for r in report.rounds] == [1, 2]
