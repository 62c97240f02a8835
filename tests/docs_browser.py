"""The built docs site in a real browser (``make docs-browser``; README "The docs site").

Serves ``build/docs/html`` on 127.0.0.1 and loads it in headless Chromium (Debian's
``chromium``, installed with apt-get if missing): every page Sphinx built, and every
page an internal link leads to, in the browser; each internal link must resolve (the
page was served, not a 404, and a ``#fragment`` names an element of it) and nothing a
page loaded (style sheets, scripts, the search index) may be missing. Then it searches
for a command by name on Sphinx's search page, which is JavaScript and needs the real
browser, and saves a screenshot of that command's page.

Chromium is driven through its own headless switches: ``--dump-dom`` prints the DOM
once the page's scripts have run (``--virtual-time-budget`` lets the search finish),
``--screenshot`` writes a PNG. No driver package (chromedriver, Playwright) is needed,
so nothing can fall out of step with the browser's version.
"""

from __future__ import annotations

import argparse
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

ROOT = Path(__file__).resolve().parent.parent
# The switches Chromium needs here (no sandbox as root, no GPU, no network of its own).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
TIMEOUT = 120  # seconds for one page in the browser


def chromium() -> str:
    """Chromium's path; installed from the system's packages when it is missing."""
    found = shutil.which("chromium")
    if found:
        return found
    print("docs-browser: chromium missing; apt-get install -y chromium", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env)
    found = shutil.which("chromium")
    if not found:
        raise SystemExit("docs-browser: apt-get installed no chromium")
    return found


class _Handler(http.server.SimpleHTTPRequestHandler):
    """The site's files; every request and its status is recorded."""

    log: list[tuple[str, int]]

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self.log.append((self.path, int(code) if str(code).isdigit() else 0))

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        # Chromium closes a connection it no longer needs mid-answer: not a failure.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


@contextmanager
def serve(site: Path) -> Iterator[tuple[str, list[tuple[str, int]]]]:
    log: list[tuple[str, int]] = []
    handler = type("Handler", (_Handler,), {"log": log})
    server = _Server(("127.0.0.1", 0), partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", log
    finally:
        server.shutdown()
        server.server_close()


class _Page(HTMLParser):
    """The links and element ids of a DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")


class Browser:
    def __init__(self, binary: str, profile_root: Path) -> None:
        self.binary = binary
        self.profile_root = profile_root
        self.launches = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        # A fresh profile per launch: launches run side by side.
        profile = tempfile.mkdtemp(dir=self.profile_root)
        self.launches += 1
        return subprocess.run(
            [self.binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )

    def dom(self, url: str, budget_ms: int = 0) -> str:
        args = [f"--virtual-time-budget={budget_ms}"] if budget_ms else []
        result = self._run(*args, "--dump-dom", url)
        if result.returncode != 0 or "<html" not in result.stdout:
            raise RuntimeError(f"chromium could not load {url}: {result.stderr[-500:]}")
        return result.stdout

    def screenshot(self, url: str, out: Path) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        self._run("--hide-scrollbars", "--window-size=1280,1400", f"--screenshot={out}", url)
        if not out.is_file() or out.stat().st_size == 0:
            raise RuntimeError(f"chromium wrote no screenshot of {url}")


def _internal(base: str, page: str, href: str) -> str | None:
    """The absolute URL of an internal link of ``page``, or None for one elsewhere."""
    url = urljoin(page, href)
    return url if url.startswith(base) else None


def crawl(
    browser: Browser, base: str, site: Path, jobs: int
) -> tuple[dict[str, _Page], list[str], int]:
    """Every page of the site, each loaded in the browser; the internal links that do
    not resolve; the number of links checked."""
    pages: dict[str, _Page] = {}
    links: list[tuple[str, str]] = []  # (page, absolute URL with any fragment)
    # Every page Sphinx built, whether or not a link leads to it, then any page a link
    # leads to that was not built (loaded too, so a 404 shows).
    todo = sorted(base + p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    seen = set(todo)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        while todo:
            doms = list(pool.map(browser.dom, todo))
            following: list[str] = []
            for url, dom in zip(todo, doms, strict=True):
                parsed = _Page()
                parsed.feed(dom)
                pages[url] = parsed
                for href in parsed.links:
                    target = _internal(base, url, href)
                    if target is None:
                        continue
                    links.append((url, target))
                    page_url = urldefrag(target).url.split("?")[0]
                    if page_url.endswith("/"):
                        page_url += "index.html"
                    if page_url not in seen and page_url.endswith(".html"):
                        seen.add(page_url)
                        following.append(page_url)
            todo = sorted(following)
    broken = []
    for source, target in links:
        page_url, fragment = urldefrag(target)
        page_url = page_url.split("?")[0]
        if page_url.endswith("/"):
            page_url += "index.html"
        page = pages.get(page_url)
        if page is None:
            # Not a page (a source file, an image): it must be served.
            if not (site / urlsplit(page_url).path.lstrip("/")).is_file():
                broken.append(f"{source}: {target} (no such file)")
        elif fragment and fragment not in page.ids:
            broken.append(f"{source}: {target} (no element #{fragment})")
    return pages, broken, len(links)


SITE = ROOT / "build" / "docs" / "html"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=SITE, help="the built HTML")
    parser.add_argument("--command", default="resume-session", help="searched for by name")
    parser.add_argument("--screenshot", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=3, help="browsers side by side")
    args = parser.parse_args(argv)
    site = args.site.resolve()
    if not (site / "index.html").is_file() or not (site / "search.html").is_file():
        print(f"docs-browser: no built site in {site} (run make docs first)", file=sys.stderr)
        return 2
    screenshot = args.screenshot or site.parent / f"screenshot-{args.command}.png"
    start = time.monotonic()
    failures: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="docs-browser-") as profiles,
        serve(site) as (
            base,
            log,
        ),
    ):
        browser = Browser(chromium(), Path(profiles))
        pages, broken, checked = crawl(browser, base, site, args.jobs)
        failures += broken
        commands = sorted(u for u in pages if u.endswith(f"/docs/{args.command}.html"))
        if not commands:
            failures.append(f"no page of the command {args.command} among {len(pages)} pages")
        # Sphinx's search runs in the page's JavaScript over searchindex.js.
        found = browser.dom(f"{base}search.html?q={args.command}", budget_ms=15000)
        results = _Page()
        results.feed(found.split('<ul class="search">', 1)[-1] if "search" in found else "")
        hits = [h for h in results.links if h.split("#")[0].endswith(f"/{args.command}.html")]
        if '<ul class="search">' not in found or not hits:
            failures.append(f"search.html?q={args.command} does not list its page")
        if commands:
            browser.screenshot(commands[0], screenshot)
        # The browser asks for /favicon.ico on its own; no page links to it.
        missing = sorted({p for p, status in log if status >= 400 and p != "/favicon.ico"})
        failures += [f"the browser asked for {path}: not found" for path in missing]
    took = time.monotonic() - start
    print(
        f"docs-browser: {len(pages)} pages loaded in Chromium, {checked} internal links "
        f"checked ({len(broken)} broken), {len(log)} requests served "
        f"({len(missing)} not found), search for {args.command!r}: "
        f"{len(hits)} hit(s), {browser.launches} browser launches, {took:.0f} s"
    )
    if commands:
        print(f"docs-browser: screenshot of {commands[0][len(base) :]} in {screenshot}")
    for failure in failures:
        print(f"FAIL {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
