"""`parley fetch`, `parley add URL` and `parley update` against a local HTTP server started by the
tests (pytest-httpserver): feeds and article pages served from tests/fixtures/fetch/, and every
failure a real server gives. Nothing here reaches the internet."""

import fcntl
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEED, write
from pytest_httpserver import HTTPServer
from test_cli import run
from werkzeug import Request, Response

from parley.articles.fetch import STATE_FILE, canonical_url, fetch, load_feeds, load_state
from parley.articles.load import load_article, load_corpus
from parley.config import PAGES_SUBDIR
from parley.errors import ParleyError

FIXTURES = Path(__file__).parent / "fixtures" / "fetch"
SWAP = "2025-06-03-prisoner-swap-follows-istanbul-talks"
THIRD = "2025-07-17-third-round-of-talks-set-for-istanbul"
HTML = "text/html; charset=utf-8"


def base(server: HTTPServer) -> str:
    return server.url_for("").rstrip("/")


def fixture(server: HTTPServer, name: str) -> bytes:
    """A fixture file as the server sends it: its links point at this server."""
    return (FIXTURES / name).read_bytes().replace(b"{base}", base(server).encode())


def serve(server: HTTPServer, path: str, name: str, content_type: str = HTML) -> None:
    server.expect_request(path).respond_with_data(fixture(server, name), content_type=content_type)


def serve_news(server: HTTPServer) -> None:
    """The world feed (with an ETag, answering 304 when it matches) and its article pages."""

    def world_feed(request: Request) -> Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304)
        return Response(
            fixture(server, "world.rss"), content_type="application/rss+xml", headers={"ETag": '"v1"'}
        )

    server.expect_request("/world/rss.xml").respond_with_handler(world_feed)
    serve(server, "/world/prisoner-swap-istanbul", "prisoner-swap-istanbul.html")
    serve(server, "/world/third-round", "third-round.html")
    serve(server, "/sport/cup-final", "cup-final.html")
    serve(server, "/partner/atom.xml", "partners.atom", "application/atom+xml")
    serve(server, "/partner/2025/06/03/pow-exchange", "pow-exchange.html", "text/html")


def feeds_file(folder: Path, feeds: list[dict], urls: list[str] = (), **settings: object) -> Path:
    path = folder / "feeds.yaml"
    path.write_text(
        json.dumps({"feeds": feeds, "urls": list(urls), **settings}), encoding="utf-8"
    )  # JSON is YAML
    return path


def requested(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers: every request to it times out."""
    with socket.create_server(("127.0.0.1", 0)) as listener:
        yield listener.getsockname()[1]


def test_canonical_url_strips_tracking_fragments_and_default_ports() -> None:
    assert (
        canonical_url("HTTPS://Example.org:443/world/a?id=7&utm_source=rss&fbclid=x#top")
        == "https://example.org/world/a?id=7"
    )
    assert canonical_url("http://example.org") == "http://example.org/"
    assert canonical_url("http://example.org:8080/a") == "http://example.org:8080/a"


def test_a_feed_of_article_pages_is_added_once(httpserver: HTTPServer, corpus: Path, tmp_path: Path) -> None:
    serve_news(httpserver)
    url = base(httpserver)
    feeds = feeds_file(
        tmp_path,
        [
            {"url": f"{url}/world/rss.xml", "keywords": ["prisoner", "talks"]},
            {"url": f"{url}/partner/atom.xml"},
        ],
    )
    result = fetch(feeds, corpus, backoff=0)
    assert result.warnings == []
    assert [a.article.name for a in result.added] == [f"{SWAP}.md", f"{THIRD}.md"]
    # The football item mentions no keyword: never downloaded.
    assert "/sport/cup-final" not in requested(httpserver)

    articles = {a.id: a for a in load_corpus([corpus])}
    assert set(articles) == {SEED.stem, SWAP, THIRD}
    swap = articles[SWAP]
    text = swap.path.read_text(encoding="utf-8")
    assert text.startswith(
        "---\ntitle: Prisoner swap follows Istanbul talks\npublished: 2025-06-03\noutlet: Example Wire\n"
        f"url: {url}/world/prisoner-swap-istanbul\nlanguage: en\n---\n"
    )  # the canonical URL: the feed's tracking parameters are gone
    assert swap.body.startswith("Russia and Ukraine exchanged prisoners of war on Sunday")
    assert "Subscribe" not in swap.body
    assert articles[THIRD].published.isoformat() == "2025-07-17"
    # Every page is kept as received, beside the articles.
    page = corpus / PAGES_SUBDIR / f"{SWAP}.html"
    assert page.read_bytes() == fixture(httpserver, "prisoner-swap-istanbul.html")

    # The partner site carries the same wire story: recorded as another address, not a new article.
    state = load_state(corpus / STATE_FILE)
    story = next(s for s in state.stories if s.article == f"{SWAP}.md")
    assert story.urls == [f"{url}/world/prisoner-swap-istanbul", f"{url}/partner/2025/06/03/pow-exchange"]
    assert story.fetched is not None
    assert state.feeds[f"{url}/world/rss.xml"].etag == '"v1"'

    # A second run adds nothing, asks the feed only for what changed, and downloads no page again.
    httpserver.clear_log()
    again = fetch(feeds, corpus, backoff=0)
    assert (again.added, again.warnings) == ([], [])
    assert requested(httpserver) == ["/world/rss.xml", "/partner/atom.xml"]
    assert httpserver.log[0][1].status_code == 304
    assert sorted(p.name for p in corpus.glob("*.md")) == [f"{SWAP}.md", f"{THIRD}.md"]


def test_every_failure_is_a_one_line_warning_and_the_rest_is_fetched(
    httpserver: HTTPServer, corpus: Path, tmp_path: Path, silent_port: int
) -> None:
    url = base(httpserver)
    serve_news(httpserver)
    httpserver.expect_request("/gone.rss").respond_with_data("Not found", status=404)
    httpserver.expect_request("/down.rss").respond_with_data("Server error", status=500)
    serve(httpserver, "/broken.rss", "broken.rss", "application/rss+xml")
    httpserver.expect_request("/page-as-feed.rss").respond_with_data(
        "<html><body>Sorry</body></html>", content_type=HTML
    )
    httpserver.expect_request("/loop.rss").respond_with_data(
        "", status=302, headers={"Location": "/loop.rss"}
    )
    # A feed whose items fail in their own ways, beside one that works.
    items = "".join(
        f"<item><title>Prisoner story {n}</title><link>{url}{path}</link></item>"
        for n, path in enumerate(["/huge", "/report.pdf", "/moved", "/empty"])
    )
    httpserver.expect_request("/mixed.rss").respond_with_data(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Mixed</title>{items}</channel></rss>',
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/huge").respond_with_data(
        "<html><body>" + "x" * 300_000 + "</body></html>", content_type=HTML
    )
    httpserver.expect_request("/report.pdf").respond_with_data(b"%PDF-1.7", content_type="application/pdf")
    httpserver.expect_request("/moved").respond_with_data(
        "", status=301, headers={"Location": "/world/third-round?utm_campaign=x"}
    )
    httpserver.expect_request("/empty").respond_with_data(
        "<html><head><title>Nothing</title></head><body></body></html>", content_type=HTML
    )
    # A page in another encoding, declared by the server only.
    serve(httpserver, "/ru/obmen-plennymi.html", "obmen-plennymi.html", "text/html; charset=windows-1251")

    broken = [f"{url}/gone.rss", f"{url}/down.rss", f"{url}/broken.rss", f"{url}/page-as-feed.rss",
              f"{url}/loop.rss", f"http://127.0.0.1:{silent_port}/slow.rss"]  # fmt: skip
    feeds = feeds_file(
        tmp_path,
        [{"url": u} for u in broken]
        + [{"url": f"{url}/mixed.rss"}, {"url": f"{url}/world/rss.xml", "keywords": ["talks"]}],
        urls=[f"{url}/ru/obmen-plennymi.html"],
        timeout=0.5,
        retries=1,
        max_bytes=100_000,
    )
    result = fetch(feeds, corpus, backoff=0)

    warnings = {w.split(": ", 1)[0]: w for w in result.warnings}
    assert all("\n" not in w for w in result.warnings)
    assert "HTTP 404" in warnings[f"{url}/gone.rss"]
    assert "HTTP 500" in warnings[f"{url}/down.rss"]
    assert requested(httpserver).count("/down.rss") == 2  # retried once
    assert "not well-formed" in warnings[f"{url}/broken.rss"]
    assert "unexpected content type 'text/html'" in warnings[f"{url}/page-as-feed.rss"]
    assert "more than 5 redirects" in warnings[f"{url}/loop.rss"]
    assert "timed out" in warnings[f"http://127.0.0.1:{silent_port}/slow.rss"]
    assert "too large" in warnings[f"{url}/huge"]
    assert "unexpected content type 'application/pdf'" in warnings[f"{url}/report.pdf"]
    assert "no article text" in warnings[f"{url}/empty"]
    assert len(result.warnings) == 9

    # The redirect was followed to a story the world feed also lists: added once.
    names = sorted(a.article.stem for a in result.added)
    assert names == [SWAP, "2025-06-20-obmen-plennymi", THIRD]
    russian = load_article(corpus / "2025-06-20-obmen-plennymi.md")
    assert russian.title == "Россия и Украина провели обмен пленными"
    assert russian.language == "ru"
    assert "обмен военнопленными" in russian.body
    # The state says which feeds failed, and is valid JSON however the run went.
    state = json.loads((corpus / STATE_FILE).read_text())
    assert state["feeds"][f"{url}/gone.rss"]["error"].startswith("HTTP 404")
    assert state["feeds"][f"{url}/world/rss.xml"]["error"] is None


def test_an_item_that_failed_is_fetched_on_the_next_run(
    httpserver: HTTPServer, corpus: Path, tmp_path: Path
) -> None:
    serve_news(httpserver)
    httpserver.expect_oneshot_request("/world/third-round").respond_with_data("busy", status=503)
    feeds = feeds_file(
        tmp_path, [{"url": f"{base(httpserver)}/world/rss.xml", "keywords": ["istanbul"]}], retries=0
    )
    first = fetch(feeds, corpus, backoff=0)
    assert [a.article.stem for a in first.added] == [SWAP]
    assert len(first.warnings) == 1 and "/world/third-round: HTTP 503" in first.warnings[0]
    # The feed's ETag was not kept, so the next run reads the whole feed again (no 304 hiding the item).
    second = fetch(feeds, corpus, backoff=0)
    assert ([a.article.stem for a in second.added], second.warnings) == ([THIRD], [])


def test_a_transient_failure_is_retried(httpserver: HTTPServer, corpus: Path, tmp_path: Path) -> None:
    httpserver.expect_ordered_request("/world/third-round").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/world/third-round").respond_with_data(
        fixture(httpserver, "third-round.html"), content_type=HTML
    )
    feeds = feeds_file(tmp_path, [], urls=[f"{base(httpserver)}/world/third-round"], retries=1)
    result = fetch(feeds, corpus, backoff=0)
    assert ([a.article.stem for a in result.added], result.warnings) == ([THIRD], [])


def test_articles_already_in_the_folder_are_not_added_again(
    httpserver: HTTPServer, corpus: Path, tmp_path: Path
) -> None:
    serve_news(httpserver)
    url = base(httpserver)
    # Added by hand earlier: one names the page's URL, the other has the same text under another name.
    write(
        corpus,
        "by-hand.md",
        f"---\nurl: {url}/world/third-round?utm_source=mail\n---\nThird round\n\nText.\n",
    )
    swap = load_article(fetch_one(httpserver, tmp_path / "elsewhere", f"{url}/world/prisoner-swap-istanbul"))
    write(corpus, "same-text.md", f"---\ntitle: {swap.title}\n---\n{swap.body}\n")
    feeds = feeds_file(tmp_path, [{"url": f"{url}/world/rss.xml", "keywords": ["istanbul"]}])
    httpserver.clear_log()
    result = fetch(feeds, corpus, backoff=0)
    assert (result.added, result.warnings, result.known) == ([], [], 2)
    assert "/world/third-round" not in requested(httpserver)


def fetch_one(server: HTTPServer, folder: Path, url: str) -> Path:
    folder.mkdir()
    result = fetch(feeds_file(folder, [], urls=[url]), folder, backoff=0)
    assert result.warnings == []
    return result.added[0].article


def test_broken_feeds_and_state_files_are_errors_naming_the_file(corpus: Path, tmp_path: Path) -> None:
    with pytest.raises(ParleyError, match=r"feeds\.yaml: 'feeds\.0\.keyword': Extra inputs"):
        load_feeds(
            write(tmp_path, "feeds.yaml", "feeds:\n  - url: https://example.org/rss\n    keyword: [x]\n")
        )
    with pytest.raises(
        ParleyError, match=r"feeds\.yaml: 'urls\.0': 'ftp://example\.org/a' is not an http\(s\) URL"
    ):
        load_feeds(write(tmp_path, "feeds.yaml", "urls: [ftp://example.org/a]\n"))
    with pytest.raises(ParleyError, match=r"no-such\.yaml: no such file or folder"):
        fetch(tmp_path / "no-such.yaml", corpus)
    write(corpus, STATE_FILE, "{not json")
    with pytest.raises(ParleyError, match=rf"{STATE_FILE}: cannot read the fetch state .* remove it"):
        fetch(write(tmp_path, "empty.yaml", ""), corpus)


def test_one_fetch_into_a_folder_at_a_time(corpus: Path, tmp_path: Path) -> None:
    with open(corpus / f"{STATE_FILE}.lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(ParleyError, match="another fetch into this folder is running"):
            fetch(write(tmp_path, "feeds.yaml", ""), corpus)


def test_cli_fetch_warns_about_a_broken_feed_and_keeps_the_good_one(
    httpserver: HTTPServer, corpus: Path, tmp_path: Path
) -> None:
    serve_news(httpserver)
    httpserver.expect_request("/down.rss").respond_with_data("Server error", status=500)
    url = base(httpserver)
    feeds = feeds_file(
        tmp_path,
        [{"url": f"{url}/down.rss"}, {"url": f"{url}/world/rss.xml", "keywords": ["talks"]}],
        retries=0,
    )
    result = run("fetch", "--feeds", str(feeds), "--to", str(corpus))
    assert result.returncode == 1
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert warnings == [f"parley: warning: {url}/down.rss: HTTP 500 INTERNAL SERVER ERROR"]
    assert result.stdout.split() == [
        str(corpus / f"{SWAP}.md"),
        str(corpus / PAGES_SUBDIR / f"{SWAP}.html"),
        str(corpus / f"{THIRD}.md"),
        str(corpus / PAGES_SUBDIR / f"{THIRD}.html"),
    ]
    httpserver.clear()
    serve_news(httpserver)
    quiet = run(
        "fetch",
        "-q",
        "--feeds",
        str(feeds_file(tmp_path, [{"url": f"{url}/world/rss.xml"}])),
        "--to",
        str(corpus),
    )
    assert (quiet.returncode, quiet.stdout, quiet.stderr) == (0, "", "")


def test_cli_add_takes_several_files_and_urls(httpserver: HTTPServer, corpus: Path, tmp_path: Path) -> None:
    serve_news(httpserver)
    url = base(httpserver)
    note = write(tmp_path, "wire-note.txt", "Talks resume\n\nTalks resumed in Istanbul on 2 June 2025.\n")
    page = FIXTURES / "third-round.html"
    result = run(
        "add", str(note), f"{url}/world/prisoner-swap-istanbul?utm_source=x", str(page), "--to", str(corpus)
    )
    assert result.returncode == 0, result.stderr
    assert [Path(p).name for p in result.stdout.split()] == [
        "wire-note.txt", f"{SWAP}.md", f"{SWAP}.html", f"{THIRD}.md", f"{THIRD}.html"
    ]  # fmt: skip
    # The same story again (another address), a missing file and a good URL: one error a failure.
    again = run("add", f"{url}/partner/2025/06/03/pow-exchange", str(tmp_path / "missing.md"), f"{url}/sport/cup-final",
                "--to", str(corpus))  # fmt: skip
    assert again.returncode == 1
    assert again.stderr.splitlines() == [
        f"parley: error: {url}/partner/2025/06/03/pow-exchange: already in the corpus as {corpus / (SWAP + '.md')};"
        " not added again",
        f"parley: error: {tmp_path / 'missing.md'}: no such file or folder",
    ]
    assert again.stdout.split()[0].endswith("cup-final-goes-to-extra-time.md")


@pytest.mark.render
def test_update_renders_only_when_something_new_arrived(
    httpserver: HTTPServer, corpus: Path, tmp_path: Path
) -> None:
    serve_news(httpserver)
    feeds = feeds_file(tmp_path, [{"url": f"{base(httpserver)}/world/rss.xml", "keywords": ["talks"]}])
    out = tmp_path / "reports"
    corrections = write(tmp_path, "corrections.yaml", "[]\n")  # not the user's data/ folder
    update = ["update", "--feeds", str(feeds), "--articles", str(corpus), "-p", f"articles={corpus}",
              "-p", f"corrections={corrections}", "-p", "as_of=2026-11-25", "--to", "html", "--out", str(out)]  # fmt: skip
    first = run(*update, "-q")
    assert (first.returncode, first.stdout, first.stderr) == (0, "", "")
    html = out / "report.html"
    assert "Third round of talks set for Istanbul" in html.read_text(encoding="utf-8")
    before = html.stat().st_mtime_ns
    assert load_state(corpus / STATE_FILE).render_pending is False

    second = run(*update)
    assert second.returncode == 0, second.stderr
    assert "unchanged: no new articles; nothing rendered" in second.stdout
    assert html.stat().st_mtime_ns == before

    # A story arrives (a link added to the feeds file): rendered again.
    feeds_file(tmp_path, [{"url": f"{base(httpserver)}/world/rss.xml", "keywords": ["talks"]}],
               urls=[f"{base(httpserver)}/sport/cup-final"])  # fmt: skip
    third = run(*update, "-q")
    assert (third.returncode, third.stdout, third.stderr) == (0, "", "")
    assert html.stat().st_mtime_ns != before
    assert "Cup final goes to extra time" in html.read_text(encoding="utf-8")
