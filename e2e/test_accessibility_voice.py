"""Staff voice's pages read well to axe, fit a 375 px phone and are saved as screenshots:
the anonymous side (the network's share form, its check page, the receipt, pulse surveys),
the public figures (what staff say, you said, we did) and the pages of the people who
moderate and read it. The share form can be filled in and sent from the keyboard alone, and
its error summary takes the reader to each field to fix."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from support import (
    NETWORK_LEAD,
    PANEL_MEMBER,
    SYSTEM_LEAD,
    assert_keyboard_usable,
    check_current_page,
    check_page,
    click_and_wait,
    focus_indicator,
    has_left_document,
    response_status,
    sign_in,
    url,
)

PUBLIC_PAGES = [
    ("/what-staff-say", "what-staff-say"),
    ("/systems/D01/what-staff-say", "system-what-staff-say"),
    ("/organisations/DA1/what-staff-say", "organisation-what-staff-say"),
    ("/systems/D01/you-said-we-did", "you-said-we-did"),
    ("/systems/D01/pulse", "pulse-list"),
    ("/receipt", "receipt"),
]
# (account, path, screenshot name): the pages of those who moderate and read staff voice.
SIGNED_IN_PAGES = [
    (NETWORK_LEAD, "/systems/D01/voice", "voice-moderation"),
    (SYSTEM_LEAD, "/systems/D01/voice", "voice-moderation-system-lead"),
    (SYSTEM_LEAD, "/systems/D01/pulse", "pulse-list-system-lead"),
    (SYSTEM_LEAD, "/systems/D01/what-staff-say", "system-what-staff-say-system-lead"),
    (PANEL_MEMBER, "/voice", "voice-panel"),
]
EXPERIENCE = (
    "On night shifts I am always given the heaviest allocation, and when I raised it at "
    "handover I was told to stop complaining."
)
# More tab stops than the share form has before its "Continue" button.
MAX_TABS = 60


def _share_link(driver) -> str:
    """The network's share link, read by D01's network lead from the staff voice page; the
    browser is then emptied of cookies, as if a member of staff opened it on their phone."""
    sign_in(driver, NETWORK_LEAD)
    driver.get(url("/systems/D01/voice"))
    link = driver.find_element(By.XPATH, "//h2[@id='link']/following-sibling::p/a").get_attribute("href")
    driver.delete_all_cookies()
    return link


def _survey_row(driver, state: str):
    """The first row of the pulse survey list whose State column reads `state`."""
    driver.get(url("/systems/D01/pulse"))
    rows = driver.find_elements(By.XPATH, f"//table//tbody/tr[td[2][normalize-space()='{state}']]")
    assert rows, f"D01 has no {state.lower()} pulse survey"
    return rows[0]


def _button(driver, text: str):
    return driver.find_element(By.XPATH, f"//main//button[normalize-space()='{text}']")


def _tab(driver):
    ActionChains(driver).send_keys(Keys.TAB).perform()
    return driver.switch_to.active_element


def _describe(driver, element) -> str:
    return driver.execute_script("const e = arguments[0]; return e.outerHTML.slice(0, 120)", element)


@pytest.mark.parametrize(("path", "name"), PUBLIC_PAGES, ids=[name for _, name in PUBLIC_PAGES])
def test_public_voice_page_is_accessible(driver, path, name):
    check_page(driver, path, name)


@pytest.mark.parametrize(
    ("account", "path", "name"), SIGNED_IN_PAGES, ids=[name for _, _, name in SIGNED_IN_PAGES]
)
def test_signed_in_voice_page_is_accessible(driver, account, path, name):
    sign_in(driver, account)
    check_page(driver, path, name)
    assert_keyboard_usable(driver)


def test_share_form_is_accessible(driver):
    driver.get(_share_link(driver))
    check_current_page(driver, "voice-share")
    assert_keyboard_usable(driver)


def test_share_check_page_is_accessible(driver):
    driver.get(_share_link(driver))
    driver.find_element(By.ID, "text").send_keys(EXPERIENCE + " Call me on 07700 900123.")
    driver.find_element(By.XPATH, "//label[normalize-space()='Harassment from colleagues']").click()
    driver.find_element(By.XPATH, "//label[normalize-space()='May be quoted anonymously in reports']").click()
    click_and_wait(driver, _button(driver, "Continue"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Check what will be sent"
    assert driver.find_element(By.CSS_SELECTOR, ".p-warning__heading").text == "We removed 1 phone number"
    check_current_page(driver, "voice-check")
    assert_keyboard_usable(driver)


def test_receipt_errors_page_is_accessible(driver):
    driver.get(url("/receipt"))
    click_and_wait(driver, _button(driver, "Check"))
    links = driver.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")
    assert [link.get_attribute("href").split("#")[-1] for link in links] == ["code"], (
        [(link.text, link.get_attribute("href")) for link in links]
    )
    assert driver.title.startswith("Error: "), driver.title
    check_current_page(driver, "receipt-errors", expected_status=422)


def test_open_pulse_survey_is_accessible(driver):
    # The answer link is for the network to share, not published (issue 19): its lead copies
    # it, and a member of staff opens it without an account.
    sign_in(driver, NETWORK_LEAD)
    row = _survey_row(driver, "Open")
    link = row.find_element(By.CSS_SELECTOR, "td a").get_attribute("href")
    driver.delete_all_cookies()
    driver.get(link)
    assert "/pulse/" in driver.current_url, driver.current_url
    assert _button(driver, "Send my answers")
    check_current_page(driver, "pulse-answer")
    assert_keyboard_usable(driver)


def test_closed_pulse_survey_is_accessible(driver):
    row = _survey_row(driver, "Closed")
    click_and_wait(driver, row.find_element(By.CSS_SELECTOR, "td a"))
    assert not driver.find_elements(By.CSS_SELECTOR, "main form"), "a closed survey still takes answers"
    check_current_page(driver, "pulse-closed")


def test_pulse_results_page_is_accessible(driver):
    row = _survey_row(driver, "Closed")
    click_and_wait(driver, row.find_element(By.PARTIAL_LINK_TEXT, "Results"))
    assert driver.current_url.endswith("/results"), driver.current_url
    check_current_page(driver, "pulse-results")


def test_share_form_errors_link_to_their_fields(driver):
    driver.get(_share_link(driver))
    click_and_wait(driver, _button(driver, "Continue"))
    assert response_status(driver) == 422
    assert driver.title.startswith("Error: "), driver.title
    summary = driver.find_element(By.CSS_SELECTOR, ".p-error-summary")
    assert summary.get_attribute("role") == "alert", "the error summary is not announced"
    assert summary.find_element(By.TAG_NAME, "h2").text == "There is a problem"
    check_current_page(driver, "voice-share-errors", expected_status=422)

    links = summary.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")
    targets = [link.get_attribute("href").split("#")[-1] for link in links]
    assert targets == ["text", "themes", "consent"], [(link.text, link.get_attribute("href")) for link in links]
    for target in targets:
        # Each field says what is wrong beside it, and its description includes that message.
        message = driver.find_element(By.ID, f"{target}-error")
        assert message.text.startswith("Error:"), message.text
        described = driver.find_element(By.ID, target)
        if described.tag_name != "textarea":
            described = described.find_element(By.XPATH, "ancestor::fieldset[1]")
        assert f"{target}-error" in (described.get_attribute("aria-describedby") or "").split(), (
            f"#{target} is not described by its error message: {_describe(driver, described)}"
        )
    for index, target in enumerate(targets):
        link = driver.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")[index]
        link.click()
        focused = driver.switch_to.active_element
        assert focused.get_attribute("id") == target, (
            f"the summary's link to #{target} put focus on {_describe(driver, focused)}"
        )


def test_share_form_by_keyboard(driver):
    driver.get(_share_link(driver))
    skip = _tab(driver)
    assert skip.get_attribute("class") == "p-skip-link", _describe(driver, skip)

    done, unmarked = [], []
    for _ in range(MAX_TABS):
        element = _tab(driver)
        if not focus_indicator(driver, element):
            unmarked.append(_describe(driver, element))
        if element.get_attribute("id") == "text" and "text" not in done:
            element.send_keys(EXPERIENCE)
            done.append("text")
        elif element.get_attribute("id") == "themes" and "themes" not in done:
            element.send_keys(Keys.SPACE)
            done.append("themes")
        elif element.get_attribute("name") == "consent" and "consent" not in done:
            element.send_keys(Keys.SPACE)
            done.append("consent")
        elif element.tag_name == "button" and element.text == "Continue":
            done.append("continue")
            break
    assert done == ["text", "themes", "consent", "continue"], (
        f"tabbing reached {done} in {MAX_TABS} stops, not the text, a theme, a consent and the button"
    )
    assert not unmarked, "focused with no visible outline or box-shadow:\n  " + "\n  ".join(unmarked)
    assert driver.find_element(By.ID, "themes").is_selected(), "Space did not tick the first theme"
    assert driver.find_element(By.ID, "consent").is_selected(), "Space did not choose the first consent"

    old_page = driver.find_element(By.TAG_NAME, "html")
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    WebDriverWait(driver, 30).until(lambda _: has_left_document(old_page))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.readyState") == "complete")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Check what will be sent", (
        driver.find_element(By.TAG_NAME, "main").text[:300]
    )
    assert driver.find_element(By.CSS_SELECTOR, "main .p-voice-text").text == EXPERIENCE

    # On the check page, the keyboard reaches "Send it" first.
    for _ in range(MAX_TABS):
        element = _tab(driver)
        if element.tag_name == "button":
            assert element.text == "Send it", f"the first button reached is {element.text!r}"
            assert focus_indicator(driver, element), "the Send it button shows no focus"
            break
    else:
        raise AssertionError(f"no button reached in {MAX_TABS} tab stops on the check page")
