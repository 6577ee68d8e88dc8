"""What a person would notice on a page, as assertions for Parity's browser tests.

`check_page(driver, path, name)` is the one to reach for: it loads a page, checks it
(HTTP 200 HTML, a title, no serious or critical axe violation, no sideways scrolling on a
375 px phone) and saves full-height screenshots at 1280 and 375 px in e2e/screenshots/.
`check_page(..., expected_status=404)` checks an error page; `check_current_page(driver, name)`
checks what the browser shows now, such as the answer to a form.
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from pathlib import Path

from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from selenium_axe_python import Axe

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


def http_get(path: str, accept: str = "text/html") -> tuple[int, str, str]:
    """(status, content type, body) of a plain GET, without a browser. Asks for HTML by
    default, as a browser does: error pages answer JSON to clients that do not."""
    request = urllib.request.Request(url(path), headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode(errors="replace")


def wait_for_download(folder: Path, name: str, timeout_s: float = 30) -> Path:
    """The file `name` in `folder` once the browser has finished writing it (no partial
    .crdownload left); fails after `timeout_s` seconds, listing what the folder holds."""
    target = folder / name
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if target.exists() and not list(folder.glob("*.crdownload")):
            return target
        time.sleep(0.1)
    raise AssertionError(f"{name} was not downloaded in {timeout_s} s; {folder} holds "
                         f"{sorted(p.name for p in folder.iterdir())}")


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


def has_left_document(element) -> bool:
    """True once the element's page has been replaced. Chromium reports a replaced node
    either as stale or, while the new document is being attached, as an inspector error
    ("Node with given id does not belong to the document"); both mean the page changed."""
    try:
        element.is_enabled()
    except (StaleElementReferenceException, WebDriverException):
        return True
    return False


def click_and_wait(driver, element, timeout_s: float = 30) -> None:
    """Clicks a link or a form's button and returns once the page it leads to has loaded,
    so what is read next (status, headings) is the new page's, not the old one's."""
    old_page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, timeout_s).until(lambda _: has_left_document(old_page))
    WebDriverWait(driver, timeout_s).until(
        lambda d: d.execute_script("return document.readyState") == "complete"
    )


def response_status(driver) -> int | None:
    """The HTTP status of the document the browser shows now, whether it came from a link,
    a GET or a form's POST; None when the browser does not say (Navigation Timing)."""
    status = driver.execute_script(
        "const nav = performance.getEntriesByType('navigation')[0];"
        " return nav && nav.responseStatus ? nav.responseStatus : null;"
    )
    return int(status) if status else None


def check_current_page(driver, name: str, expected_status: int = 200) -> None:
    """Checks the page the browser shows now, as `check_page` does: the expected HTTP status,
    HTML with a title, no serious/critical axe violation, no sideways scroll at 375 px.
    Use it for pages reached by a form (an upload's answer), which a fresh GET cannot show."""
    where = driver.current_url
    status = response_status(driver)
    content_type = driver.execute_script("return document.contentType")
    screenshot(driver, name)
    problems = []
    if status != expected_status:
        shown = driver.execute_script(
            "return location.href + ': ' + (document.body ? document.body.innerText : '').slice(0, 300)"
        )
        problems.append(f"{where} answered {status}, not {expected_status}; the browser shows {shown!r}")
    if content_type != "text/html":
        problems.append(f"{where} is {content_type!r}, not HTML")
    if not driver.title.strip():
        problems.append("the page has no <title>")
    problems += accessibility_problems(driver)
    scroll = horizontal_scroll_problem(driver)
    if scroll:
        problems.append(scroll)
    assert not problems, f"{where} ({name}):\n  " + "\n  ".join(problems)


def check_page(driver, path: str, name: str, expected_status: int = 200) -> None:
    """Loads `path` and checks it as a person would meet it: the expected HTTP status (200
    unless told, e.g. 404 for a missing organisation), HTML with a title, no serious/critical
    axe violation, no sideways scroll at 375 px. Screenshots are saved first (as
    NAME-1280.png and NAME-375.png), so a failing page can be looked at; every problem found
    is reported together."""
    driver.get(url(path))
    check_current_page(driver, name, expected_status)


def focus_indicator(driver, element) -> str | None:
    """How `element` shows that it has focus (a visible outline, or a box-shadow), as the
    browser computes it; None when it shows nothing. Call it while the element has focus."""
    return driver.execute_script(
        r"""
        const style = getComputedStyle(arguments[0]);
        const transparent = c => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
        if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
                && !transparent(style.outlineColor))
            return 'outline ' + style.outlineWidth + ' ' + style.outlineStyle + ' ' + style.outlineColor;
        if (style.boxShadow && style.boxShadow !== 'none') return 'box-shadow ' + style.boxShadow;
        return null;
        """,
        element,
    )


# The demo region's organisation data lead for DA1. In demo mode the sign-in page lists
# every demo account, with the one password they share.
DATA_LEAD = "data-lead@demo.parity.invalid"
# The demo region's regional admin, and the system lead of D01 ("Northmere City").
ADMIN = "admin@demo.parity.invalid"
SYSTEM_LEAD = "system-lead@demo.parity.invalid"
# D01's staff network lead, who moderates D01's staff voice, and the region's panel member,
# who reads what was published.
NETWORK_LEAD = "network-lead@demo.parity.invalid"
PANEL_MEMBER = "panel@demo.parity.invalid"


def fill_sign_in(driver, email: str) -> None:
    """On the sign-in page the browser shows, signs in as the demo account `email` with the
    password the page publishes for demo accounts, as a person trying the demo would.
    Fails when the page does not list the account or the sign-in is refused."""
    listed = [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, ".p-inset tbody td:first-child")]
    assert email in listed, f"the sign-in page does not list the demo account {email}: {listed}"
    password = driver.find_element(By.CSS_SELECTOR, ".p-inset p code").text
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//button[normalize-space()='Sign in']"))
    signed_in = driver.find_elements(By.CSS_SELECTOR, ".p-header__account-name")
    assert signed_in, f"signing in as {email} failed: {driver.current_url} answered {response_status(driver)}"


def sign_in(driver, email: str = DATA_LEAD) -> None:
    """Opens the region page, follows the header's "Sign in" link and signs in as `email`
    (see `fill_sign_in`); the browser is then wherever signing in leads."""
    driver.get(url("/"))
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, ".p-header__account-link"))
    fill_sign_in(driver, email)


# Form controls a person fills in or presses; hidden inputs carry no one's input.
_FORM_CONTROLS = (
    "main form input:not([type=hidden]), main form select, main form textarea, main form button"
)


def keyboard_problems(driver, max_tabs: int = 400) -> list[str]:
    """Tabs through the page from the top, as a keyboard user would, and returns one line for
    each form control in <main> that no tab stop reached (a radio group counts as reached
    when any of its radios is, as browsers stop on one radio per group) and for each stop
    that showed no visible focus. Fails fast on a focus trap: `max_tabs` bounds the walk."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    describe = "const e = arguments[0]; return e.outerHTML.slice(0, 120)"
    controls = [c for c in driver.find_elements(By.CSS_SELECTOR, _FORM_CONTROLS) if c.is_displayed()]
    # Start where a keyboard user starts: the skip link, the page's first tab stop.
    previous = driver.find_element(By.CSS_SELECTOR, ".p-skip-link")
    driver.execute_script("arguments[0].focus()", previous)
    reached, radio_groups, unmarked = {previous.id}, set(), []
    for _ in range(max_tabs):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        element = driver.switch_to.active_element
        if element == previous:
            continue  # a date input stops on its day, month and year in turn
        if element.tag_name == "body" or element.id in reached:
            break  # left the page, or wrapped round to its start
        previous = element
        reached.add(element.id)
        if element.get_attribute("type") == "radio":
            radio_groups.add(element.get_attribute("name"))
        if not focus_indicator(driver, element):
            unmarked.append("no visible focus: " + driver.execute_script(describe, element))
    problems = []
    for control in controls:
        if control.id in reached:
            continue
        if control.get_attribute("type") == "radio" and control.get_attribute("name") in radio_groups:
            continue
        problems.append("not reached by tabbing: " + driver.execute_script(describe, control))
    return problems + unmarked


def assert_keyboard_usable(driver, max_tabs: int = 400) -> None:
    """Fails when a form control in <main> cannot be reached with the Tab key, or a tab
    stop shows no visible focus (see `keyboard_problems`)."""
    problems = keyboard_problems(driver, max_tabs)
    assert not problems, f"{driver.current_url}:\n  " + "\n  ".join(problems)
