"""Prisoner exchanges as data: figures per side, who claimed them, stages, disagreements."""

import json
import subprocess
from pathlib import Path

import pytest
from conftest import write
from test_cli import PARLEY

from parley.events.exchanges import both_sides_in, figures_in, mediators, totals
from parley.report.sections import build_report


@pytest.mark.parametrize(
    ("sentence", "claimed_by", "expected"),
    [
        (
            "Russia and Ukraine exchanged 84 prisoners each on Friday.",
            None,
            {("ukraine", 84), ("russia", 84)},
        ),
        ("The sides completed a 1,000-for-1,000 exchange.", None, {("ukraine", 1000), ("russia", 1000)}),
        (
            "On Friday, 390 Ukrainians came home in return for 390 Russians.",
            None,
            {("ukraine", 390), ("russia", 390)},
        ),
        ("Another 307 defenders came home, Zelensky said.", "Zelensky", {("ukraine", 307)}),
        ("Russia returned 150 Ukrainian servicemen.", None, {("ukraine", 150)}),
        ("Ukraine handed over 150 Russian soldiers.", None, {("russia", 150)}),
        (
            "The bodies of 1,212 fallen soldiers were returned to Ukraine; in return, Russia received 27.",
            None,
            {("ukraine", 1212), ("russia", 27)},
        ),
        (
            "The UAE-brokered deal freed 103 prisoners from each side.",
            None,
            {("ukraine", 103), ("russia", 103)},
        ),
        # Not counts of people returned: tolls, people still held, running totals, parts, ages, years, ordinals.
        ("In 2022, 1,000 soldiers were killed near Bakhmut.", None, set()),
        ("More than 8,000 Ukrainians remain in Russian captivity.", None, set()),
        ("In total, 5,857 Ukrainians have been returned home since 2022.", None, set()),
        ("27 Mariupol defenders were among those released.", None, set()),
        ("Among those freed were 22 soldiers under the age of 25.", "Zelensky", set()),
        ("It was the 57th exchange since the start of the full-scale invasion.", None, set()),
        ("The front line runs 1,200 km from Kharkiv to Kherson.", None, set()),
        (
            "A Ukrainian soldier, one of nearly 300 people involved in the swap, makes his way home.",
            None,
            set(),
        ),
        # A number with no side is not assigned to one.
        ("The exchange involved 300 people.", None, set()),
        # Held in one side's captivity, they go home to the other; the parts add up.
        (
            "Ukraine has brought back home 185 soldiers and 20 civilians held in Russian captivity.",
            "Zelensky",
            {("ukraine", 205)},
        ),
        (
            "In return, Russia received 246 of its service members, while 15 severely wounded Russian "
            "soldiers were transferred from Ukraine.",
            None,
            {("russia", 261)},
        ),
        (
            "Zelenskyy confirmed that 300 Ukrainian servicemen were heading home, accompanied by two "
            "Ukrainian civilians also freed on Friday.",
            "Zelenskyy",
            {("ukraine", 302)},
        ),
        ("Then, each side returned 50 prisoners home.", None, {("ukraine", 50), ("russia", 50)}),
        ("Each side then exchanged 90 military men.", None, {("ukraine", 90), ("russia", 90)}),
        ("Both sides then released 246 prisoners.", None, {("ukraine", 246), ("russia", 246)}),
        # a transcript's pause; the claimant's authorities, who brought people back from captivity
        (
            "Russia and Ukraine each exchanged... 307 of their service personnel on Saturday.",
            None,
            {("ukraine", 307), ("russia", 307)},
        ),
        (
            "According to Zelensky, the authorities were able to return 207 people from captivity.",
            "Zelensky",
            {("ukraine", 207)},
        ),
        (
            "Russia and Ukraine each exchanged… 307 of their service personnel on Saturday.",
            None,
            {("ukraine", 307), ("russia", 307)},
        ),
        # (not returned: escaped, or not brought back)
        (
            "Zelensky said 12 soldiers had escaped from captivity, days after a prisoner exchange.",
            "Zelensky",
            set(),
        ),
        (
            "Zelensky said Ukraine wasn't able to return 150 soldiers in the exchange as planned.",
            "Zelensky",
            set(),
        ),
        ("Zelensky said Ukraine hasn't been able to return 150 soldiers in the exchange.", "Zelensky", set()),
        ("Zelensky said Ukraine never managed to bring back 150 soldiers.", "Zelensky", set()),
        # (a length of time after "for" is no other count)
        (
            "Ukraine returned 84 soldiers, some held for 3 years, from Russian captivity.",
            None,
            {("ukraine", 84)},
        ),
        # Hundreds in words are one count, never their last word alone.
        ("Ukraine got back one hundred and eight Ukrainian women.", None, {("ukraine", 108)}),
        # Two nouns for one group; parts listed after "including" or "of whom"; sides counted; a total.
        (
            "The Coordination Headquarters reported that 33 military personnel and 51 Ukrainian civilians "
            "have been released today.",
            "Coordination Headquarters",
            {("ukraine", 84)},
        ),
        (
            "Released were soldiers, including 19 defenders of Zmiiniy island, 14 captured at the "
            "Chornobyl plant, and 10 defenders of Mariupol.",
            None,
            set(),
        ),
        (
            "Ukraine got home 144 Ukrainian service members, 95 of whom are defenders of Azovstal.",
            None,
            {("ukraine", 144)},
        ),
        ("The two sides exchanged the bodies of fallen soldiers.", None, set()),
        ("The swap completed a total release of 500 prisoners, Medinsky said.", "Medinsky", set()),
        # A breakdown of those freed is no count of its own.
        (
            "Yermak clarified that of them, 35 defenders are from the Armed Forces of Ukraine.",
            "Yermak",
            set(),
        ),
        # Both sides claiming a figure speak for neither side.
        (
            "Russia and Ukraine said they had freed more than 200 captured soldiers.",
            "Russia and Ukraine",
            set(),
        ),
        # "under the 205 for 205 formula" names the exchange itself, not a deal it is part of.
        (
            "The ministry announced the exchange of prisoners under the 205 for 205 formula.",
            None,
            {("ukraine", 205), ("russia", 205)},
        ),
        # Captured once, returned now: a count of people freed; "to the Russian side" is Russia.
        (
            "45 servicemen who had been captured during hostilities were returned to the Russian side.",
            None,
            {("russia", 45)},
        ),
        ("Some 8,000 Ukrainians who had been captured remain in Russian prisons.", None, set()),
        # "the return of 563 bodies" reported by one side is its own; "Ukraine retrieved the bodies".
        (
            "The Coordination Headquarters reported the return of 563 bodies.",
            "Coordination Headquarters",
            {("ukraine", 563)},
        ),
        ("On March 28, Ukraine retrieved the bodies of 909 fallen servicemen.", None, {("ukraine", 909)}),
        ("Ukraine said that Russia had sent home the bodies of 77 soldiers.", None, {("ukraine", 77)}),
        # People taken or killed are no count of a return; the sides counted are not people.
        ("The Russians have taken 14 Ukrainian officials prisoner.", None, set()),
        ("The crash killed all 74 people onboard, including three Russian servicemen.", None, set()),
        ("Ukraine has taken back 90 soldiers from Russian captivity.", None, {("ukraine", 90)}),
        (
            "Before the latest swap, the two countries each exchanged 95 prisoners of war in July.",
            None,
            {("ukraine", 95), ("russia", 95)},
        ),
        ("The two exchanges together would return a total of 500 prisoners to each country.", None, set()),
        # What has "already" been returned by then is a running total.
        (
            "Intelligence clarified that they had already managed to obtain the return of the bodies of 210 "
            "Ukrainian soldiers.",
            None,
            set(),
        ),
        # Months of swaps summed are a running total.
        ("Between mid-March and November, Ukraine returned more than 1,130 prisoners of war.", None, set()),
        # Foreigners who fought for Ukraine come home with its soldiers, a parenthesis between.
        (
            "Russia released 215 Ukrainian POWs (including members of the Azov Regiment and defenders of "
            "the Azovstal iron and steel works), plus 10 foreign combatants captured while fighting for Ukraine.",
            None,
            {("ukraine", 225)},
        ),
        # Still held, or held by a side, is no return; sentenced and freed is one.
        (
            "Ukraine got back 95 soldiers; more than 1,000 foreign fighters captured while fighting for "
            "Ukraine remain in Russian captivity.",
            None,
            {("ukraine", 95)},
        ),
        ("Russia holds more than 1,000 foreign combatants who fought on the side of Ukraine.", None, set()),
        (
            "The swap also freed 15 foreign fighters who fought for Ukraine and were sentenced by Russian courts.",
            None,
            {("ukraine", 15)},
        ),
        # Who takes them in, and where they are reunited, is where they go.
        (
            "Under the deal, Moscow will take in 19 children and send 29 home to Ukraine, she said.",
            None,
            {("russia", 19)},
        ),
        (
            "Artyom, who is nine, and Mikhail, who is seven, have returned to Russia while a group of seven "
            "children aged from six to 16 have reunited with their relatives in Ukraine.",
            None,
            {("ukraine", 7)},
        ),
        (
            "Two children would return to Russia and five children would be reunited with their families "
            "in Ukraine, she added.",
            None,
            {("russia", 2), ("ukraine", 5)},
        ),
        # (a second count naming no side takes the first's; a place Russia took is no side)
        (
            "Russia returned 50 soldiers to Ukraine and 10 civilians were also freed.",
            None,
            {("ukraine", 50), ("ukraine", 10)},
        ),
        ("Ukraine brought home 90 marines that Russia took in Mariupol in 2022.", None, {("ukraine", 90)}),
        # (each side's own outlets, as actors.yaml lists them)
        ("108 women were released from captivity.", "Fakty (ICTV)", {("ukraine", 108)}),
        ("82 servicemen were released from captivity.", "Lugansk Information Center (LIC)", {("russia", 82)}),
        ("84 servicemen came home from captivity.", "Argumenty i Fakty (AiF)", set()),
        # (one count of two nouns, one verb)
        (
            "Ukraine returned 50 soldiers and 10 civilians were also freed from Russian captivity.",
            None,
            {("ukraine", 60)},
        ),
    ],
)
def test_figures_per_side_and_what_is_never_a_figure(
    sentence: str, claimed_by: str | None, expected: set[tuple[str, int]]
) -> None:
    assert {(side, value) for side, value, *_ in figures_in(sentence, claimed_by)} == expected


def test_bodies_promised_and_kinds() -> None:
    (bodies,) = figures_in("Ukraine received the bodies of 909 fallen defenders.", None)
    assert bodies[:3] == ("ukraine", 909, "bodies")
    (remains,) = figures_in("The Russian side received the remains of 38 killed Russian soldiers.", None)
    assert remains[:3] == ("russia", 38, "bodies")
    (promised,) = figures_in("23 wounded were promised, 22 arrived.", "Coordination Headquarters")
    assert promised[:2] == ("ukraine", 23) and promised[3] is True


def test_mediators_come_from_the_gazetteer() -> None:
    assert mediators(["The swap was brokered by Türkiye and Saudi Arabia."]) == ["Türkiye", "Saudi Arabia"]
    assert mediators(["It took place with the mediation of the United Arab Emirates."]) == ["UAE"]
    assert mediators(["The Qatari-mediated return of four children"]) == ["Qatar"]
    assert mediators(["Talks in Istanbul, where the UAE has an embassy."]) == []


ARTICLES = {
    "ua-0523.md": (
        "2025-05-23",
        "Ukraine's Coordination Headquarters said 390 Ukrainians came home on Friday in return for 390 Russians, "
        "the first stage of the exchange. "
        "The 1,000-for-1,000 exchange was agreed at the Istanbul talks on May 16.",
    ),
    "ru-0524.md": ("2025-05-24", "On Saturday, Russia and Ukraine exchanged 307 prisoners each."),
    "wire-0525.md": (
        "2025-05-25",
        "Russia and Ukraine swapped 303 for 303 on Sunday with the mediation of the United Arab Emirates.",
    ),
    "ua-0131.md": ("2024-01-31", "Zelensky said 207 Ukrainians returned home on Wednesday."),
    "ru-0131.md": (
        "2024-01-31",
        "The Russian Defence Ministry said 195 Russian servicemen were freed on Wednesday, "
        "and that 195 Ukrainian prisoners were handed over.",
    ),
}


@pytest.fixture
def exchanges_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (published, text) in ARTICLES.items():
        write(folder, name, f"---\ntitle: {name}\npublished: {published}\noutlet: Example\n---\n{text}\n")
    return folder


def test_a_staged_swap_is_one_exchange_with_its_stages_and_what_was_promised(exchanges_corpus: Path) -> None:
    report = build_report(articles=str(exchanges_corpus), as_of="2026-11-25", corrections=None)
    staged = next(x for x in report.exchanges if x.date == "2025-05-23")
    assert (staged.end_date, staged.status) == ("2025-05-25", "done")
    assert [(s.date, s.to_ukraine, s.to_russia) for s in staged.stages] == [
        ("2025-05-23", 390, 390),
        ("2025-05-24", 307, 307),
        ("2025-05-25", 303, 303),
    ]
    assert (staged.to_ukraine, staged.to_russia) == (1000, 1000)
    assert (staged.promised_to_ukraine, staged.promised_to_russia) == (1000, 1000)
    assert staged.mediators == ["UAE"] and staged.conflicts == []
    for f in staged.figures:  # every figure rests on a verbatim sentence of its article
        body = (exchanges_corpus / f"{f.article}.md").read_text(encoding="utf-8")
        assert f.sentence in body and str(f.value) in f.sentence.replace(",", "")


def test_figures_that_disagree_are_all_kept_flagged_and_never_averaged(exchanges_corpus: Path) -> None:
    report = build_report(articles=str(exchanges_corpus), as_of="2026-11-25", corrections=None)
    disputed = next(x for x in report.exchanges if x.date == "2024-01-31")
    assert disputed.to_ukraine is None and disputed.to_russia == 195
    (conflict,) = disputed.conflicts
    assert "195 (Russian Defence Ministry, ru-0131)" in conflict and "207 (Zelensky, ua-0131)" in conflict
    assert totals(report.exchanges)["ukraine"] == (1195, 1207, 0)
    summary = report.summary()
    assert "People returned: 1,195–1,207 to Ukraine; 1,195 to Russia." in summary
    section = report.exchanges_section()
    assert "Sources disagree" in section and "Figure 2. People returned per exchange" in section


def test_cli_exchanges_json(exchanges_corpus: Path) -> None:
    result = subprocess.run(
        [
            PARLEY,
            "exchanges",
            str(exchanges_corpus),
            "--format",
            "json",
            "--as-of",
            "2026-11-25",
            "--corrections",
            "",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    exchanges = json.loads(result.stdout)
    keys = {"id", "date", "end_date", "precision", "status", "to_ukraine", "to_russia", "kind", "categories"}
    keys |= {"mediators", "agreement", "sources", "conflicts"}
    assert all(keys <= x.keys() for x in exchanges)
    assert {"article", "sentence", "start", "end", "claimed_by"} <= exchanges[0]["sources"][0].keys()
    assert [x["id"] for x in exchanges] == ["exchange-2024-01-31", "exchange-2025-05-23"]


def exchanges_of(folder: Path) -> list[dict]:
    """What `parley exchanges --format json` finds in the articles of `folder`."""
    result = subprocess.run(
        [PARLEY, "exchanges", str(folder), "--format", "json", "--corrections", ""],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def only_exchange(folder: Path, body: str, published: str) -> dict:
    """The one exchange `parley exchanges --format json` finds in an article of `body`."""
    write(folder, "a.md", f"---\npublished: {published}\n---\nSwap\n\n{body}")
    (exchange,) = exchanges_of(folder)
    return exchange


def test_a_return_announced_on_a_day_is_that_day_s_exchange_and_the_other_side_comes_from_below(
    tmp_path: Path,
) -> None:
    exchange = only_exchange(
        tmp_path,
        "Ukraine brought back 150 service members from Russian captivity, Zelensky announced on Feb. 5.\n\n"
        "They fought on different sectors of the front.\n\n"
        "Russia announced the return of 150 Russian prisoners of war from Ukrainian captivity.",
        "2025-02-05",
    )
    assert (exchange["date"], exchange["to_ukraine"], exchange["to_russia"]) == ("2025-02-05", 150, 150)


def test_a_return_that_carries_out_an_agreement_is_an_exchange(tmp_path: Path) -> None:
    exchange = only_exchange(
        tmp_path,
        "Russia has handed over another 1,000 bodies of Ukrainian soldiers to Ukraine as part of the "
        "Istanbul agreements, Medinsky said on Thursday.\n\nIn return, Russia received 19 bodies of dead soldiers.",
        "2025-07-17",
    )
    assert (exchange["date"], exchange["kind"], exchange["to_ukraine"], exchange["to_russia"]) == (
        "2025-07-17",
        "bodies",
        1000,
        19,
    )


def test_a_figure_the_next_sentence_adds_is_added_citing_both(tmp_path: Path) -> None:
    exchange = only_exchange(
        tmp_path,
        "Russia and Ukraine have exchanged 175 prisoners of war each, both sides said on Wednesday.\n\n"
        "Russia handed over an additional 22 heavily wounded Ukrainian prisoners, both sides confirmed.",
        "2025-03-19",
    )
    assert (exchange["to_ukraine"], exchange["to_russia"]) == (197, 175)
    (source,) = [f for f in exchange["figures"] if f["value"] == 197]
    assert source["parts"] == [175, 22] and "additional 22" in source["sentence"]


def test_an_article_of_several_swaps_tells_each_one_s_story_up_to_the_next_date(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2022-12-01\n---\nSwap\n\n"
        "Yermak said on Dec. 1 that Russia had released 50 Ukrainian prisoners of war.\n\n"
        "He added that some soldiers were injured.\n\n"
        "Russian Defense Ministry said in a statement that it also received 50 people back.\n\n"
        "The previous prisoner exchange took place on Nov. 26, when 12 Ukrainians were released.\n\n"
        "Russia said it received 9 of its soldiers back.",
    )
    by_day = {x["date"]: (x["to_ukraine"], x["to_russia"]) for x in exchanges_of(tmp_path)}
    assert by_day["2022-12-01"] == (50, 50)
    assert by_day["2022-11-26"][0] == 12


def test_one_article_s_repatriation_does_not_keep_two_reports_of_a_swap_apart(tmp_path: Path) -> None:
    swap = "Russia said Friday that it had swapped 95 Ukrainian soldiers held captive for an equal number of Russian troops."
    write(
        tmp_path,
        "a.md",
        f"---\npublished: 2024-10-19\n---\nSwap\n\n{swap}\n\n"
        "Earlier Friday, Kyiv said it had received the bodies of 501 soldiers.",
    )
    write(tmp_path, "b.md", f"---\npublished: 2024-10-19\n---\nSwap\n\n{swap}")
    rows = [(x["date"], x["kind"], x["to_ukraine"], x["to_russia"]) for x in exchanges_of(tmp_path)]
    assert sorted(rows, key=str) == sorted(
        [("2024-10-18", "pows", 95, 95), ("2024-10-18", "bodies", 501, None)], key=str
    )


def test_an_offer_is_promised_not_delivered() -> None:
    ((side, value, _, promised, *_),) = figures_in(
        "Moscow had earlier offered to return over 6,000 Ukrainian bodies."
    )
    assert (side, value, promised) == ("ukraine", 6000, True)


def test_the_other_side_s_count_after_for_names_only_its_own_side() -> None:
    # ("exchanged 160 bodies of fallen soldiers for 160 bodies of Russian soldiers": "Russian" is
    # the second count's; the first is left without a side rather than given Russia's.)
    found = figures_in(
        "On June 4, Ukraine exchanged 160 bodies of fallen soldiers for 160 bodies of Russian soldiers."
    )
    assert [(side, value) for side, value, *_ in found] == [("russia", 160)]


def test_two_releases_each_with_its_verb_and_month_are_two_swaps(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2022-08-01\n---\nSwap\n\n"
        "In March, 10 Russian soldiers were exchanged for 10 Ukrainian soldiers, and 41 Ukrainians were "
        "released in early May, according to Russian figures.",
    )
    rows = [(x["date"], x["to_ukraine"], x["to_russia"]) for x in exchanges_of(tmp_path)]
    assert rows == [("2022-03", 10, 10), ("2022-05", 41, None)]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday 10 soldiers, 5 civilians and 3 children were returned to Ukraine.",
        # (a passive earlier in the sentence is not the counts' own verb)
        "More prisoners were freed on Saturday: 10 soldiers and 8 civilians were returned to Ukraine.",
    ],
)
def test_counts_of_one_release_are_still_added(text: str) -> None:
    assert [(side, value) for side, value, *_ in figures_in(text)] == [("ukraine", 18)]


def test_a_month_record_keeps_the_counts_its_own_month_tells(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2022-08-01\n---\nSwap\n\nIn July, following talks in June, Ukraine and Russia exchanged "
        "50 prisoners each.\n\nIn June, Russia returned 144 Ukrainian soldiers captured in May at Azovstal.",
    )
    rows = {x["date"]: (x["to_ukraine"], x["to_russia"]) for x in exchanges_of(tmp_path)}
    assert rows["2022-07"] == (50, 50) and rows["2022-06"][0] == 144


def test_a_transfer_of_bodies_is_a_handover(tmp_path: Path) -> None:
    exchange = only_exchange(
        tmp_path, "The final transfer, involving 1,245 bodies, took place June 16.", "2025-06-24"
    )
    assert (exchange["date"], exchange["kind"]) == ("2025-06-16", "bodies")
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-06-24\n---\nSwap\n\nThe Azov commander was transferred to Moscow on Friday, where "
        "he remains in custody.",
    )
    assert exchanges_of(tmp_path) == []


def test_a_span_s_figure_is_its_whole_not_its_first_day_s(tmp_path: Path) -> None:
    exchange = only_exchange(
        tmp_path,
        "On June 11, Ukraine received 1,212 bodies of fallen soldiers.\n\nOn June 16, Russia handed over 1,245 "
        "more bodies.\n\nFrom June 11 to 16, Ukraine conducted five phases of repatriation, recovering a total of "
        "6,057 Ukrainian troops' bodies.",
        "2025-06-24",
    )
    # (the first day's stage keeps its own 1,212; the 6,057 is the whole's, kept among the figures)
    stages = [(s["date"], s["to_ukraine"]) for s in exchange["stages"]]
    assert stages == [("2025-06-11", 1212), ("2025-06-16", 1245)]
    assert any(f["value"] == 6057 and f["stage"] is None for f in exchange["figures"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one person named and that many others
        ("On October 17, Victoria and 107 other women returned to Ukraine in a prisoner exchange.", 108),
        ("Oleg Pylypenko, the head of the community, and 4 other civilians returned to Ukraine.", 5),
        # (not a country, a group or a unit and others)
        ("In Kyiv, Ukraine and 4 other civilians returned to Ukraine.", 4),
        ("Russia freed Crimean Tatars and 7 other civilians.", 7),
        ("Russia released the commanders of Azov and 50 other soldiers in the exchange.", 50),
        # a count and one person named by what they are
        (
            "Ukraine released 55 Russians and Pro-Kremlin Ukrainian opposition politician Viktor Medvedchuk"
            " in exchange for the soldiers.",
            56,
        ),
        # (not one only thanked)
        ("Ukraine got back 150 soldiers and thanked activist Oleksandra Matviichuk.", 150),
    ],
)
def test_one_named_and_that_many_others(sentence: str, expected: int) -> None:
    assert [value for _, value, *_ in figures_in(sentence, None)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # foreigners listed after a side's count are no count of that side
        (
            "He was freed on Wednesday along with 215 Ukrainian soldiers, five Britons, two Americans and"
            " nationals of Sweden and Croatia.",
            [215],
        ),
        # (one more, told with "and")
        ("64 Ukrainian servicemen and 1 American civilian were released from Russian captivity today.", [65]),
    ],
)
def test_foreigners_listed_after_a_count(sentence: str, expected: list[int]) -> None:
    assert [value for _, value, *_ in figures_in(sentence, None)] == expected


def test_bodies_that_arrived_in_ukraine_were_returned(tmp_path: Path) -> None:
    exchange = only_exchange(
        tmp_path,
        '"On October 11, 62 bodies arrived in Ukraine and they say that among them there are more.',
        "2023-04-05",
    )
    assert (exchange["date"], exchange["to_ukraine"], exchange["kind"]) == ("2022-10-11", 62, "bodies")


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # not done: "have not done an exchange"
        (
            "Lubinets said Russia and Ukraine have not done an exchange in weeks, and 31 wounded Ukrainians"
            " are waiting.",
            "2025-04-19",
            [None],
        ),
        # the day a deal was reached is not the release it carries out
        (
            "Under the agreements reached in Istanbul on June 2, 1,000 prisoners were exchanged for 1,000.",
            "2025-06-20",
            [],
        ),
        # only the date after "most recently on" is one swap of the series
        (
            "Russia and Ukraine held several exchanges in January, most recently on Feb. 5.",
            "2025-03-06",
            ["2025-02-05"],
        ),
    ],
)
def test_no_swap_of_a_negation_a_deal_s_day_or_a_series(
    tmp_path: Path, body: str, published: str, expected: list[str | None]
) -> None:
    write(tmp_path, "a.md", f"---\npublished: {published}\n---\nSwap\n\n{body}")
    assert [x["date"] for x in exchanges_of(tmp_path)] == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        # a release told after "under the terms of the deal" carries the deal out
        (
            "Under the terms of the deal, which Turkey helped to broker, 215 Ukrainians — most captured after"
            " the fall of the port city — were released on Wednesday. In exchange, Ukraine sent back 55"
            " Russians and pro-moscow Ukrainians.",
            "2022-09-23",
            ("2022-09-21", 215, 55),
        ),
        # the last of a series of swaps, dated, is one swap
        (
            "Russia and Ukraine have conducted multiple swaps throughout the full-scale war, most recently on"
            " Feb. 5, when Ukraine secured the return of 150 POWs.",
            "2025-03-06",
            ("2025-02-05", 150, None),
        ),
        # an exchange announced, with the count it returned
        (
            "On 25 June, in the evening, President Volodymyr Zelenskyy announced another prisoner exchange"
            " with Russia facilitated by the UAE, as a result of which 90 more Ukrainians returned home.",
            "2024-06-26",
            ("2024-06-25", 90, None),
        ),
        # a day opening a clause, then a count straight after it (two stages, 200 and 302); "almost
        # 300 people" is both sides'
        (
            "During the prisoner exchange on March 5, 200 Ukrainians were freed from captivity, and on March 6"
            " 300 Ukrainian defenders and two civilians were returned.",
            "2026-03-07",
            ("2026-03-05", 502, None),
        ),
        (
            "Russia and Ukraine carried out an unexpected prisoner swap on Wednesday, involving almost 300"
            " people, including 10 foreigners and the Azov commanders who led a Ukrainian defence of Mariupol.",
            "2022-09-22",
            ("2022-09-21", None, None),
        ),
        # "since the announcement of" is a time, not an announcement; "have done an exchange" is the
        # day's news
        (
            "Since the announcement of an “Easter truce”, Russia’s Ministry of Defence says they have done an"
            " exchange of prisoners of war. 31 wounded Ukrainians were also exchanged for 15 wounded Russians.",
            "2025-04-19",
            ("2025-04-19", 31, 15),
        ),
    ],
)
def test_a_release_told_around_a_deal_a_series_or_an_announcement(
    tmp_path: Path, body: str, published: str, expected: tuple
) -> None:
    exchange = only_exchange(tmp_path, body, published)
    assert (exchange["date"], exchange["to_ukraine"], exchange["to_russia"]) == expected


def test_a_running_total_in_total_since_is_no_swap_s_both_sides() -> None:
    assert both_sides_in("Both sides exchanged 390 prisoners in total.") == ((390, True),)
    text = "The ombudsman has managed to bring back 869 bodies of killed defenders in total since he was appointed."
    assert both_sides_in(text) == ()


def test_the_day_s_swap_told_undated_beside_its_stages_ahead_is_still_the_day_s(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-05-23\n---\nSwap\n\n"
        'Quote: "Today we have 390 people. We expect the exchange to continue on Saturday and Sunday."\n\n'
        "Details: Earlier, the Russian Ministry of Defence reported that 270 service members and 120 "
        "civilians have been returned to Russia as part of the exchange.",
    )
    assert [(x["date"], x["status"], x["to_russia"]) for x in exchanges_of(tmp_path)] == [
        ("2025-05-23", "done", 390),
        ("2025-05-24", "planned", None),
    ]


def test_a_day_then_a_count_is_no_count_with_a_space_in_it() -> None:
    for day in ("March 6", "Dec. 6"):
        text = f"On {day} 300 Ukrainian defenders were returned."
        assert [(side, value) for side, value, *_ in figures_in(text)] == [("ukraine", 300)]
    assert [value for _, value, *_ in figures_in("Ukraine received 1 000 prisoners.")] == [1000]
    assert figures_in("Thank you to everyone who works 24/7 to ensure that Ukrainians return home.") == ()


def test_a_background_swap_beside_one_planned_is_no_swap_of_the_day(tmp_path: Path) -> None:
    write(
        tmp_path,
        "a.md",
        "---\npublished: 2025-05-22\n---\nSwap\n\nRussia and Ukraine will exchange 1,000 prisoners each on "
        "Saturday, Zelensky said.\n\nThe two countries have exchanged prisoners despite the lack of progress in "
        "peace talks.",
    )
    assert [(x["date"], x["status"]) for x in exchanges_of(tmp_path)] == [("2025-05-24", "planned")]


def test_a_birth_year_dates_no_swap(tmp_path: Path) -> None:
    body = (
        "The mayor of Melitopol, Ivan Fedorov, was released from captivity in exchange for nine servicemen "
        "of the Russian Federation born in 2002."
    )
    exchange = only_exchange(tmp_path, body, "2022-03-17")
    assert (exchange["date"], exchange["to_russia"]) == (None, 9)


def test_a_sentence_opening_on_one_side_gives_that_side_its_count() -> None:
    text = "On the Russian side, the defense ministry said that 63 of its troops had been returned."
    assert [(side, value) for side, value, *_ in figures_in(text)] == [("russia", 63)]


def test_a_total_in_this_swap_is_no_running_total() -> None:
    text = "On the Russian side, 63 troops had been returned, meaning 179 prisoners freed in total during the swap."
    assert [(side, value) for side, value, *_ in figures_in(text)] == [("russia", 63)]
    # (a running total still is one)
    assert figures_in("In total, 5,857 Ukrainians have been returned from captivity.") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the Ukrainian side, 90 prisoners were handed over to Russia.", [("russia", 90)]),
        (
            "On the Russian side, the ministry said 84 servicemen had been handed over to Ukraine.",
            [("ukraine", 84)],
        ),
        ("On the Russian side, 84 prisoners were transferred to Kyiv.", []),
        ("Ukraine brought home 390 people in total during the three-day exchange.", [("ukraine", 390)]),
        ("On February 4, Ukraine brought home 116 people in total during the exchange.", [("ukraine", 116)]),
        ("On the Russian side, on February 4, 63 troops had been returned.", [("russia", 63)]),
    ],
)
def test_where_a_sentence_says_they_went_beats_the_side_it_opens_with(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(side, value) for side, value, *_ in figures_in(text)] == expected


def test_who_was_aboard_a_plane_that_fell_is_no_one_returned() -> None:
    text = (
        "The exchange took place seven days after the crash of a Russian plane, on board which 65 Ukrainian "
        "prisoners of war were allegedly transported."
    )
    assert figures_in(text) == ()
    assert (
        figures_in("Six Russian crew members were also on board, adding that there were no survivors.") == ()
    )
    # (nor does a downing told beside a swap take its count)
    text = "Despite the downing of the plane, 195 Ukrainian prisoners were returned on January 31."
    assert [(side, value) for side, value, *_ in figures_in(text)] == [("ukraine", 195)]


def test_a_count_captured_by_one_side_goes_home_to_the_other() -> None:
    text = "Ukrainian officials stated that 116 of their soldiers captured by Russian troops were released."
    assert [(side, value) for side, value, *_ in figures_in(text)] == [("ukraine", 116)]


def test_the_format_of_an_exchange_that_began_is_the_deal_not_the_day() -> None:
    text = (
        "On May 23, Ukraine and Russia began the largest exchange of prisoners of war since the start of "
        "the full-scale war in the “1000 for 1000” format."
    )
    assert {(side, value, promised) for side, value, _, promised, *_ in figures_in(text)} == {
        ("ukraine", 1000, True),
        ("russia", 1000, True),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Later, the Russian Defense Ministry reported that 270 military personnel had returned to Russia, "
            "as well as 120 civilians, including civilians captured by the Armed Forces of Ukraine (AFU) in "
            "the Kursk region.",
            [("russia", 390, (270, 120))],
        ),
        (
            "In return, 175 Ukrainian prisoners of war were handed over, as well as, as a gesture of goodwill, "
            "22 severely wounded prisoners of war in need of urgent medical care.",
            [("ukraine", 197, (175, 22))],
        ),
    ],
)
def test_a_count_returned_as_well_as_another_is_their_sum(
    text: str, expected: list[tuple[str, int, tuple[int, ...]]]
) -> None:
    assert [(side, value, parts) for side, value, _, _, _, _, parts in figures_in(text)] == expected


def test_what_a_later_sentence_also_returned_adds_to_the_figure_just_before(tmp_path: Path) -> None:
    exchange = only_exchange(
        tmp_path,
        "Witkoff said the delegations had agreed to an exchange of 314 prisoners of war, which took place on "
        "Thursday.\n\nZelenskiy said the next round of talks would be held soon.\n\n"
        "Russia and Ukraine have exchanged 157 prisoners of war each, the Russian Defense Ministry said. "
        "Three civilians from the Kursk region were also returned to Russia.",
        "2026-02-05",
    )
    assert (exchange["to_ukraine"], exchange["to_russia"]) == (157, 160)
    (source,) = [f for f in exchange["figures"] if f["value"] == 160]
    assert source["parts"] == [157, 3]


def test_a_part_told_again_by_the_other_side_adds_nothing(tmp_path: Path) -> None:
    exchange = only_exchange(
        tmp_path,
        "Ukraine has brought back home 185 soldiers and 20 civilians held in Russian captivity in its latest "
        "exchange with Moscow, President Volodymyr Zelensky announced on Oct. 2.\n\n"
        "Russia's Defense Ministry also reported releasing 185 Ukrainian prisoners of war (POWs) in exchange "
        'for 185 Russian soldiers, adding that "20 civilians were also released."',
        "2025-10-02",
    )
    assert (exchange["to_ukraine"], exchange["to_russia"]) == (205, 185)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (an exchange that "started" with its figure is done; only a format named is the deal)
        ("Russia and Ukraine started a prisoner exchange on Friday, swapping 84 for 84.", [False, False]),
        # (the other side's count after "while, in exchange," is its own)
        (
            "Russia freed 84 Ukrainian soldiers, while, in exchange, 84 soldiers were returned.",
            [False, False],
        ),
    ],
)
def test_what_the_second_read_found_keeps_each_side_its_figure(text: str, expected: list[bool]) -> None:
    found = figures_in(text)
    assert sorted((side, value) for side, value, *_ in found) == [("russia", 84), ("ukraine", 84)]
    assert [promised for _, _, _, promised, *_ in found] == expected


def test_people_captured_by_a_side_and_not_released_are_no_count() -> None:
    text = "They protect the rights of the two Georgian citizens captured by Russia that time."
    assert figures_in(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ("also released" in the next sentence of a total: no addition told, no sum)
        (
            "On Wednesday, 197 defenders were returned to Ukraine, including 31 defenders of Mariupol. "
            "22 seriously wounded soldiers were also released.",
            (197, None),
        ),
        # (what another time returned is not added)
        (
            "On Friday, Ukraine brought home 150 soldiers, Zelensky said. In earlier exchanges, 1,358 "
            "Ukrainian defenders were also freed from Russian captivity.",
            (150, None),
        ),
        # (an additional count as large as a part is more people)
        (
            "Ukraine brought home 185 soldiers and 20 civilians on Thursday, Zelensky said. An additional "
            "20 seriously wounded Ukrainian soldiers were also returned to Ukraine.",
            (225, None),
        ),
    ],
)
def test_an_addition_is_only_what_the_text_adds(
    tmp_path: Path, text: str, expected: tuple[int | None, int | None]
) -> None:
    exchange = only_exchange(tmp_path, text, "2025-06-14")
    assert (exchange["to_ukraine"], exchange["to_russia"]) == expected


def test_a_sentence_that_adds_to_one_side_keeps_its_figure_for_the_other(tmp_path: Path) -> None:
    exchange = only_exchange(
        tmp_path,
        "Witkoff said the delegations had agreed to an exchange of 314 prisoners of war, which took place on "
        "Thursday.\n\nZelenskiy said the next round of talks would be held soon.\n\n"
        "Ukraine brought home 157 prisoners of war, the General Staff said. Russia received 157 servicemen, "
        "and three civilians were also returned to Ukraine.",
        "2026-02-05",
    )
    assert (exchange["to_ukraine"], exchange["to_russia"]) == (160, 157)
