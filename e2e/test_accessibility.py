"""Every kind of page reads well to axe, fits a 375 px phone, and is saved as screenshots;
the upload form can be reached and used from the keyboard with a visible focus."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from support import check_current_page, check_page, click_and_wait, focus_indicator, sign_in, url

PUBLIC_PAGES = [
    ("/", "region", 200),
    ("/systems/D01", "system", 200),
    ("/organisations/DA1", "organisation", 200),
    ("/style-guide", "style-guide", 200),
    ("/sign-in", "sign-in", 200),
    ("/organisations/NOPE", "not-found", 404),
    ("/organisations/DA1/history", "forbidden", 403),  # unsuppressed: signed-in users only
]
# Pages for the demo data lead of DA1.
DATA_LEAD_PAGES = [
    ("/organisations/DA1/history", "organisation-history", 200),
    ("/returns/upload", "upload", 200),
]
# More tab stops than the upload page has before its submit button, so a focus trap or a
# missing control fails instead of looping.
MAX_TABS = 40


@pytest.mark.parametrize(("path", "name", "status"), PUBLIC_PAGES, ids=[name for _, name, _ in PUBLIC_PAGES])
def test_public_page_is_accessible(driver, path, name, status):
    check_page(driver, path, name, expected_status=status)


@pytest.mark.parametrize(("path", "name", "status"), DATA_LEAD_PAGES, ids=[name for _, name, _ in DATA_LEAD_PAGES])
def test_data_lead_page_is_accessible(driver, path, name, status):
    sign_in(driver)
    check_page(driver, path, name, expected_status=status)


def test_upload_errors_page_is_accessible(driver, tmp_path):
    bad = tmp_path / "unknown-group.csv"
    bad.write_text(
        "organisation,year,standard,indicator,measure,group,count\n"
        "DA1,2027,WRES,2,shortlisted,purple,50\n"
        "DA1,2027,WRES,2,appointed,bme,-3\n",
        encoding="utf-8",
    )
    sign_in(driver)
    driver.get(url("/returns/upload"))
    driver.find_element(By.ID, "file").send_keys(str(bad))
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Check and import']"))
    assert driver.find_elements(By.CSS_SELECTOR, ".p-error-summary"), "no error summary"
    check_current_page(driver, "upload-errors", expected_status=422)


def _tab(driver):
    ActionChains(driver).send_keys(Keys.TAB).perform()
    return driver.switch_to.active_element


def _describe(driver, element) -> str:
    return driver.execute_script(
        "const e = arguments[0]; return e.outerHTML.slice(0, 120)", element
    )


def test_upload_form_by_keyboard(driver):
    sign_in(driver)
    driver.get(url("/returns/upload"))

    skip = _tab(driver)
    assert skip.get_attribute("class") == "p-skip-link", (
        f"the first tab stop is not the skip link: {_describe(driver, skip)}"
    )
    assert skip.text == "Skip to main content"
    assert skip.size["height"] > 10 and skip.size["width"] > 50, "the focused skip link is not visible"
    assert focus_indicator(driver, skip), "the skip link shows no focus"

    reached = {}
    unmarked = []
    for _ in range(MAX_TABS):
        element = _tab(driver)
        if not focus_indicator(driver, element):
            unmarked.append(_describe(driver, element))
        if element.get_attribute("id") == "file":
            reached["file"] = len(reached)
        if element.tag_name == "button" and element.text == "Check and import":
            reached["submit"] = len(reached)
            break
    assert list(reached) == ["file", "submit"], (
        f"tabbing reached {list(reached)} in {MAX_TABS} stops, not the file input then the submit button"
    )
    assert not unmarked, "focused with no visible outline or box-shadow:\n  " + "\n  ".join(unmarked)


def test_skip_link_moves_focus_to_main(driver):
    sign_in(driver)
    driver.get(url("/returns/upload"))
    skip = _tab(driver)
    assert skip.get_attribute("class") == "p-skip-link"
    skip.send_keys(Keys.ENTER)
    assert driver.current_url.endswith("#main-content")
    focused = driver.switch_to.active_element
    assert focused.get_attribute("id") == "main-content", _describe(driver, focused)
    # The next tab stop is inside the main content, not back in the header.
    after = _tab(driver)
    inside = driver.execute_script(
        "return document.getElementById('main-content').contains(arguments[0])", after
    )
    assert inside, f"after the skip link, tab went to {_describe(driver, after)}"
