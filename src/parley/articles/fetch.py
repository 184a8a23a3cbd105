"""`parley fetch`: new articles from the feeds and links listed in data/feeds.yaml.

Each story is added once, across runs: a URL already known (canonical form, tracking parameters
stripped) is not downloaded again, and a page whose text is already in the corpus (a content
hash: the same wire story on several sites) only adds its address to that story. A failure — an
unreachable or broken feed, an HTTP error, a timeout, a page too large or of the wrong type — is
a one-line warning naming the URL; everything else is still fetched. What was fetched when, and
each feed's validators for conditional requests, are kept in a state file beside the articles,
written atomically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
import httpx
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from parley import __version__
from parley.articles.ingest import Added, Page, page_to_article, save_page_article
from parley.articles.load import FrontMatter, load_article
from parley.config import ARTICLE_SUFFIXES, MAX_YAML_BYTES
from parley.errors import ParleyError
from parley.inputs import read_yaml
from parley.render.run import exclusive

STATE_FILE = ".fetch-state.json"  # hidden, and not .md/.txt: never read as an article (nor its .lock)
USER_AGENT = f"parley/{__version__} (news corpus fetcher)"
FEED_TYPES = ("xml", "rss", "atom", "text/plain")  # servers label feeds loosely; HTML is an error page
PAGE_TYPES = ("text/html", "application/xhtml+xml")
# Query parameters that track the reader, not name the article.
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_hs\w+|ocid|cmpid|smid|ref|ref_src|taid)$",
    re.I,
)


def _http_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"'{url}' is not an http(s) URL")
    return url


HttpUrl = Annotated[str, AfterValidator(_http_url)]


class FeedSource(BaseModel):
    """One RSS or Atom feed; with keywords, only items that mention one of them are fetched."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    url: HttpUrl
    keywords: list[str] = []


class FeedsFile(BaseModel):
    """data/feeds.yaml: the feeds, the article URLs, and how patient to be with servers."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    feeds: list[FeedSource] = []
    urls: list[HttpUrl] = []
    timeout: float = Field(20.0, gt=0)  # seconds to connect, and between bytes received
    retries: int = Field(2, ge=0, le=10)  # after a timeout, a dropped connection, a 429 or a 5xx
    max_bytes: int = Field(5_000_000, gt=0)  # a larger page or feed is refused
    max_redirects: int = Field(5, ge=0)


class FeedState(BaseModel):
    checked: dt.datetime
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None  # the last check's problem; validators are kept only after a clean one


class Story(BaseModel):
    article: str  # the article's file name in the folder
    hash: str  # of its words: the same text at another address is the same story
    urls: list[str] = []  # every canonical address it was found at
    fetched: dt.datetime | None = None  # None: it was in the folder before any fetch found it


class FetchState(BaseModel):
    feeds: dict[str, FeedState] = {}
    stories: list[Story] = []
    render_pending: bool = False  # articles arrived that `parley update` has not rendered yet


@dataclass
class Fetched:
    """What a fetch did: the articles it wrote, how many items were already known, the warnings."""

    added: list[Added] = field(default_factory=list)
    known: int = 0
    warnings: list[str] = field(default_factory=list)


class FetchError(Exception):
    """Why one URL could not be fetched, in a few words (the URL is added by the caller)."""


class _Transient(FetchError):
    """A failure worth retrying: a timeout, a dropped connection, a 429 or a 5xx."""


def canonical_url(url: str) -> str:
    """The address a story is known by: lower-case scheme and host, no default port, no
    fragment, no tracking parameters."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    netloc = host if parts.port in (None, default) else f"{host}:{parts.port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    )
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))


def content_hash(text: str) -> str:
    """A digest of the words alone, so spacing, case and punctuation don't make a new story."""
    return hashlib.sha256(" ".join(re.findall(r"\w+", text.lower())).encode()).hexdigest()


def load_feeds(path: Path) -> FeedsFile:
    data = read_yaml(path, "feeds file", MAX_YAML_BYTES)[1]
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParleyError(f"{path}: feeds file must hold 'feeds:' and 'urls:' lists")
    try:
        return FeedsFile.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        message = str(first.get("ctx", {}).get("error") or first["msg"]).removeprefix("Value error, ")
        raise ParleyError(f"{path}: '{where}': {message}") from None


def load_state(path: Path) -> FetchState:
    if not path.exists():
        return FetchState()
    try:
        return FetchState.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as err:
        reason = err.strerror if isinstance(err, OSError) else err.errors()[0]["msg"]
        raise ParleyError(
            f"{path}: cannot read the fetch state ({reason}); remove it to start afresh"
            " (the articles in the folder are still recognised)"
        ) from None


def save_state(path: Path, state: FetchState) -> None:
    """Write the state atomically: a reader, or a run killed halfway, sees the old or the new file."""
    tmp: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", dir=path.parent, prefix=path.name, suffix=".tmp", delete=False
        ) as handle:
            tmp = Path(handle.name)
            handle.write(state.model_dump_json(indent=2))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as err:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise ParleyError(f"{path}: cannot write the fetch state ({err.strerror or err})") from None


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    content: bytes
    content_type: str
    encoding: str | None
    etag: str | None
    last_modified: str | None


class Http:
    """GET with timeouts, retries with exponential backoff, a size limit, a content-type check
    and a bounded number of redirects. `backoff` is the first pause, in seconds."""

    def __init__(self, settings: FeedsFile, backoff: float = 1.0) -> None:
        self.settings = settings
        self.backoff = backoff
        self.client = httpx.Client(
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            headers={"User-Agent": USER_AGENT},
        )

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def get(
        self, url: str, accept: tuple[str, ...], headers: dict[str, str] | None = None
    ) -> Response | None:
        """The response, or None when the server says it has not changed (304)."""
        attempt = 0
        while True:
            try:
                return self._once(url, accept, headers or {})
            except _Transient:
                if attempt == self.settings.retries:
                    raise
                time.sleep(self.backoff * 2**attempt)
                attempt += 1

    def _once(self, url: str, accept: tuple[str, ...], headers: dict[str, str]) -> Response | None:
        limit = self.settings.max_bytes
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code == 304:
                    return None
                status = f"HTTP {r.status_code} {r.reason_phrase}".strip()
                if r.status_code == 429 or r.status_code >= 500:
                    raise _Transient(status)
                if r.status_code >= 400:
                    raise FetchError(status)
                content_type = r.headers.get("content-type", "").split(";")[0].strip().lower()
                if content_type and not any(a in content_type for a in accept):
                    raise FetchError(f"unexpected content type '{content_type}'")
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"too large ({int(declared):,} bytes; max_bytes is {limit:,})")
                body = bytearray()
                for chunk in r.iter_bytes():  # decompressed: a small gzip of a huge page is caught too
                    body += chunk
                    if len(body) > limit:
                        raise FetchError(f"too large (over max_bytes, {limit:,} bytes)")
                return Response(
                    str(r.url),
                    bytes(body),
                    content_type,
                    r.charset_encoding,
                    r.headers.get("etag"),
                    r.headers.get("last-modified"),
                )
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {self.settings.max_redirects} redirects") from None
        except httpx.TimeoutException:
            raise _Transient(f"timed out after {self.settings.timeout:g} s") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as err:
            raise FetchError(f"cannot fetch this address ({err})") from None
        except httpx.TransportError as err:
            raise _Transient(f"connection failed ({err or type(err).__name__})") from None


def _matches(entry: Any, keywords: list[str]) -> bool:
    parts = [entry.get("title", ""), entry.get("summary", "")]
    parts += [c.get("value", "") for c in entry.get("content", [])]
    parts += [t.get("term", "") for t in entry.get("tags", [])]
    text = " ".join(p for p in parts if p).lower()
    # A keyword matches at the start of a word: 'exchange' also finds 'exchanges'.
    return any(re.search(rf"\b{re.escape(k.lower())}", text) for k in keywords)


def _validators(state: FeedState | None) -> dict[str, str | None]:
    return state.model_dump(include={"etag", "last_modified"}) if state else {}


def _entry_hints(entry: Any, feed: Any) -> FrontMatter:
    """What the feed says about an item, used where its page says nothing."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    language = re.match(r"[A-Za-z]{2,3}", feed.get("language", "")) or None
    return FrontMatter(
        title=entry.get("title") or None,
        published=dt.date(*parsed[:3]) if parsed else None,
        outlet=feed.get("title") or None,
        language=language.group(0).lower() if language else "en",
    )


class _Run:
    """One fetch into one folder: the state, the addresses and texts already known, the results."""

    def __init__(self, folder: Path, http: Http) -> None:
        self.folder = folder
        self.http = http
        self.state_path = folder / STATE_FILE
        self.state = load_state(self.state_path)
        self.result = Fetched()
        self._recognise_folder()
        self.by_url = {u: s for s in self.state.stories for u in s.urls}
        self.by_hash = {s.hash: s for s in self.state.stories}

    def _recognise_folder(self) -> None:
        # Articles added by hand (or before the state existed) are stories too: fetching the same
        # URL or text again must not add them twice.
        recorded = {s.article for s in self.state.stories}
        for path in sorted(self.folder.iterdir()):
            if path.suffix not in ARTICLE_SUFFIXES or path.name in recorded:
                continue
            try:
                article = load_article(path)
            except ParleyError:
                continue  # a broken article is reported where it is read; it names no story here
            urls = [canonical_url(article.url)] if article.url else []
            self.state.stories.append(Story(article=path.name, hash=content_hash(article.body), urls=urls))

    def warn(self, message: str) -> None:
        self.result.warnings.append(message)

    def save(self) -> None:
        save_state(self.state_path, self.state)

    def feed(self, source: FeedSource) -> None:
        now = dt.datetime.now(dt.UTC)
        before = self.state.feeds.get(source.url)
        headers = {}
        if before and before.etag:
            headers["If-None-Match"] = before.etag
        if before and before.last_modified:
            headers["If-Modified-Since"] = before.last_modified
        try:
            response = self.http.get(source.url, FEED_TYPES, headers)
        except FetchError as err:
            self._feed_failed(source.url, before, now, str(err))
            return
        if response is None:  # not modified since the last clean check
            self.state.feeds[source.url] = FeedState(checked=now, **_validators(before))
            return
        parsed = feedparser.parse(
            response.content,
            response_headers={"content-type": response.content_type, "content-location": response.url},
        )
        problems: list[str] = []
        if parsed.bozo and not parsed.entries:
            self._feed_failed(source.url, before, now, f"not a readable feed ({parsed.bozo_exception})")
            return
        if parsed.bozo and not isinstance(parsed.bozo_exception, feedparser.CharacterEncodingOverride):
            problems.append(f"malformed feed, read what could be ({parsed.bozo_exception})")
            self.warn(f"{source.url}: {problems[-1]}")
        for entry in parsed.entries:
            link = entry.get("link")
            if not link or (source.keywords and not _matches(entry, source.keywords)):
                continue
            if not self.page(urljoin(response.url, link), _entry_hints(entry, parsed.feed)):
                problems.append("some items failed")
        if problems:
            # Keep the old validators: a 304 next time would hide the items that failed now.
            self._feed_failed(source.url, before, now, "; ".join(problems), warn=False)
        else:
            self.state.feeds[source.url] = FeedState(
                checked=now, etag=response.etag, last_modified=response.last_modified
            )

    def _feed_failed(
        self, url: str, before: FeedState | None, now: dt.datetime, reason: str, warn: bool = True
    ) -> None:
        if warn:
            self.warn(f"{url}: {reason}")
        self.state.feeds[url] = FeedState(checked=now, error=reason, **_validators(before))

    def page(self, url: str, hints: FrontMatter | None = None) -> bool:
        """Add the article at `url` unless it is known; False (and a warning) if it failed."""
        try:
            self.add(url, hints)
        except (FetchError, ParleyError) as err:
            self.warn(f"{url}: {err}" if isinstance(err, FetchError) else str(err))
            return False
        return True

    def add(self, url: str, hints: FrontMatter | None = None) -> Added | Story:
        """The article written for `url`, or the story it was already known as."""
        addresses = [canonical_url(url)]
        if story := self._known(addresses):
            self.result.known += 1
            return story
        response = self.http.get(url, PAGE_TYPES)
        if response is None:  # a 304 to a request without validators: nothing to add
            raise FetchError("HTTP 304 to an unconditional request")
        addresses.append(canonical_url(response.url))
        page = Page(response.content, url, ".html", response.encoding, response.url, hints or FrontMatter())
        meta, body = page_to_article(page)
        if meta.url:
            addresses.append(canonical_url(meta.url))  # the page's own canonical link
        digest = content_hash(body)
        story = self._known(addresses) or self.by_hash.get(digest)
        if story:
            self._remember(story, addresses)  # another address of a story we have
            self.result.known += 1
            return story
        added = save_page_article(page, meta, body, self.folder, renumber=True)
        story = Story(article=added.article.name, hash=digest, fetched=dt.datetime.now(dt.UTC))
        self.state.stories.append(story)
        self.by_hash[digest] = story
        self._remember(story, addresses)
        self.state.render_pending = True
        self.result.added.append(added)
        self.save()  # an article on disk is recorded at once, even if the run is killed next
        return added

    def _known(self, addresses: list[str]) -> Story | None:
        return next((self.by_url[a] for a in addresses if a in self.by_url), None)

    def _remember(self, story: Story, addresses: list[str]) -> None:
        for address in addresses:
            if address not in story.urls:
                story.urls.append(address)
            self.by_url[address] = story


@contextmanager
def _run(folder: Path, settings: FeedsFile, backoff: float) -> Iterator[_Run]:
    if not folder.is_dir():
        raise ParleyError(f"{folder}: no such folder")
    # Two fetches into one folder at once would both add the same new stories.
    busy = f"{folder}: another fetch into this folder is running; try again when it ends"
    with exclusive(folder / f"{STATE_FILE}.lock", busy), Http(settings, backoff) as http:
        run = _Run(folder, http)
        try:
            yield run
        finally:
            run.save()


def fetch(feeds_file: Path, folder: Path, backoff: float = 1.0) -> Fetched:
    """Fetch every feed and URL in `feeds_file` into `folder`; failures are warnings."""
    settings = load_feeds(feeds_file)
    with _run(folder, settings, backoff) as run:
        for source in settings.feeds:
            run.feed(source)
            run.save()
        for url in settings.urls:
            run.page(url)
    return run.result


def add_url(url: str, folder: Path) -> Added:
    """`parley add URL`: download one article; an error if it is already in the corpus."""
    try:
        _http_url(url)
    except ValueError as err:
        raise ParleyError(str(err)) from None
    with _run(folder, FeedsFile(), backoff=1.0) as run:
        try:
            done = run.add(url)
        except FetchError as err:
            raise ParleyError(f"{url}: {err}") from None
    if isinstance(done, Story):
        raise ParleyError(f"{url}: already in the corpus as {folder / done.article}; not added again")
    return done


def render_pending(folder: Path) -> bool:
    """Whether articles arrived that were not rendered yet (`parley update`)."""
    return load_state(folder / STATE_FILE).render_pending


def rendered(folder: Path) -> None:
    """Record that the articles fetched so far are in the reports."""
    path = folder / STATE_FILE
    state = load_state(path)
    if state.render_pending:
        state.render_pending = False
        save_state(path, state)
