"""What a person would notice on a page, as assertions for Parity's browser tests.

`check_page(driver, path, name)` is the one to reach for: it loads a page, checks it
(HTTP 200 HTML, a title, no serious or critical axe violation, no sideways scrolling on a
375 px phone) and saves full-height screenshots at 1280 and 375 px in e2e/screenshots/.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

from axe_selenium_python import Axe

SCREENSHOT_DIR = Path(__file__).resolve().parent / "screenshots"
DESKTOP_WIDTH = 1280
PHONE_WIDTH = 375
WINDOW_HEIGHT = 1000
# Chromium refuses very tall windows; a page this long is a problem of its own.
MAX_SCREENSHOT_HEIGHT = 16_000
BLOCKING_IMPACTS = ("serious", "critical")

_base_url: str | None = None


def set_base_url(url: str) -> None:
    """Called once by conftest.py when the server answers."""
    global _base_url
    _base_url = url.rstrip("/")


def base_url() -> str:
    """The server under test, e.g. http://127.0.0.1:40123 (no trailing slash)."""
    if _base_url is None:
        raise RuntimeError("no server yet: use the `driver` or `base_url` fixture")
    return _base_url


def url(path: str) -> str:
    """The absolute URL of a site path such as "/" or "/returns"."""
    if not path.startswith("/"):
        raise ValueError(f"site paths start with '/': {path!r}")
    return base_url() + path


def http_get(path: str) -> tuple[int, str, str]:
    """(status, content type, body) of a plain GET, without a browser."""
    try:
        with urllib.request.urlopen(url(path), timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode(errors="replace")


def set_width(driver, width: int, height: int = WINDOW_HEIGHT) -> None:
    """Resizes the window so the page's viewport is `width` CSS px wide."""
    driver.set_window_size(width, height)


def _page_height(driver) -> int:
    return driver.execute_script(
        "return Math.max(document.body ? document.body.scrollHeight : 0,"
        " document.documentElement.scrollHeight)"
    )


def screenshot(driver, name: str) -> list[Path]:
    """Saves the whole page at 1280 and 375 px wide as screenshots/NAME-1280.png and
    NAME-375.png, and puts the window back to 1280 x 1000. Returns the two paths."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise ValueError(f"screenshot names are file names: {name!r}")
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    paths = []
    try:
        for width in (DESKTOP_WIDTH, PHONE_WIDTH):
            set_width(driver, width)
            # The headless window keeps some height for browser chrome; add it back so the
            # viewport, which is what gets captured, holds the whole page.
            chrome = driver.execute_script("return window.outerHeight - window.innerHeight")
            height = min(_page_height(driver) + chrome, MAX_SCREENSHOT_HEIGHT)
            set_width(driver, width, max(height, WINDOW_HEIGHT))
            path = SCREENSHOT_DIR / f"{name}-{width}.png"
            if not driver.save_screenshot(str(path)):
                raise AssertionError(f"could not save {path}")
            paths.append(path)
    finally:
        set_width(driver, DESKTOP_WIDTH)
    return paths


def horizontal_scroll_problem(driver) -> str | None:
    """Why the page scrolls sideways on a 375 px phone, or None when it does not."""
    set_width(driver, PHONE_WIDTH)
    try:
        found = driver.execute_script(
            """
            const view = window.innerWidth;
            const width = document.documentElement.scrollWidth;
            if (width <= view) return null;
            const describe = el => el.tagName.toLowerCase()
                + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className.trim()
                   ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const wide = [...document.body.querySelectorAll('*')]
                .filter(el => el.getBoundingClientRect().right > view + 1)
                .filter(el => !el.parentElement
                        || el.parentElement.getBoundingClientRect().right <= view + 1)
                .slice(0, 10)
                .map(el => describe(el) + ' (right edge at '
                     + Math.round(el.getBoundingClientRect().right) + ' px)');
            return {view, width, wide};
            """
        )
    finally:
        set_width(driver, DESKTOP_WIDTH)
    if found is None:
        return None
    culprits = "; ".join(found["wide"]) or "no single element found"
    return (
        f"page is {found['width']} px wide in a {found['view']} px viewport "
        f"(scrolls sideways on a phone); widest culprits: {culprits}"
    )


def assert_no_horizontal_scroll(driver) -> None:
    """Fails when document.documentElement.scrollWidth > window.innerWidth at 375 px."""
    problem = horizontal_scroll_problem(driver)
    assert problem is None, problem


def accessibility_problems(driver) -> list[str]:
    """One line per axe violation of impact serious or critical on the current page;
    lesser violations are printed, not returned."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    problems = []
    for violation in results["violations"]:
        targets = ", ".join(" ".join(map(str, node["target"])) for node in violation["nodes"])
        line = f"{violation['id']} [{violation['impact']}] {violation['help']} -> {targets}"
        if violation["impact"] in BLOCKING_IMPACTS:
            problems.append(line)
        else:
            print(f"axe (not blocking): {line}")
    return problems


def assert_accessible(driver) -> None:
    """Fails on any axe violation of impact serious or critical, listing each one's id,
    impact, help text and target nodes."""
    problems = accessibility_problems(driver)
    for line in problems:
        print(f"axe: {line}")
    assert not problems, "accessibility violations:\n  " + "\n  ".join(problems)


def check_page(driver, path: str, name: str) -> None:
    """Loads `path` and checks it as a person would meet it: HTTP 200 HTML with a title,
    no serious/critical axe violation, no sideways scroll at 375 px. Screenshots are saved
    first (as NAME-1280.png and NAME-375.png), so a failing page can be looked at; every
    problem found is reported together."""
    status, content_type, _ = http_get(path)
    driver.get(url(path))
    screenshot(driver, name)
    problems = []
    if status != 200:
        problems.append(f"GET {path} answered {status}")
    if "text/html" not in content_type:
        problems.append(f"GET {path} is {content_type!r}, not HTML")
    if not driver.title.strip():
        problems.append("the page has no <title>")
    problems += accessibility_problems(driver)
    scroll = horizontal_scroll_problem(driver)
    if scroll:
        problems.append(scroll)
    assert not problems, f"{path} ({name}):\n  " + "\n  ".join(problems)
