"""The panel's pages read well to axe, fit a 375 px phone and are saved as screenshots, for
the public and for the people who use them: challenges (the list and raise form, a challenge
as the panel and as the board's owner), a People Board's decisions with the staff network,
My attention, the good practice library and its case studies, and meeting packs (issued
through the form). Every form on them can be reached from the keyboard, and the raise
form's error summary takes the reader to each field to fix."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (
    DATA_LEAD,
    NETWORK_LEAD,
    PANEL_MEMBER,
    SYSTEM_LEAD,
    assert_keyboard_usable,
    base_url,
    check_current_page,
    check_page,
    click_and_wait,
    response_status,
    sign_in,
    url,
)

BOARD = "Northmere City People Board"  # D01's People Board, led by the demo system lead
# (account, path, screenshot name, a form's button the page must offer that account)
SIGNED_IN_PAGES = [
    (PANEL_MEMBER, "/challenges", "challenges-panel", "Raise the challenge"),
    (SYSTEM_LEAD, "/challenges", "challenges-system-lead", None),
    (PANEL_MEMBER, "/my-attention", "my-attention-panel", None),
    (DATA_LEAD, "/good-practice", "good-practice-data-lead", "Submit the case study"),
    (PANEL_MEMBER, "/good-practice", "good-practice-panel", "Add the resource"),
    (PANEL_MEMBER, "/packs", "packs-panel", "Issue the pack"),
]
CHALLENGE = "Applicants from the BME staff network say feedback after interviews is rarely given. How will the board check?"


def _button(driver, text: str):
    return driver.find_element(By.XPATH, f"//main//button[normalize-space()=\"{text}\"]")


def _sign_out(driver) -> None:
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Sign out']"))


def _challenge_row(driver, status: str):
    """The first row of the challenge list whose Status column reads `status`."""
    driver.get(url("/challenges"))
    rows = driver.find_elements(By.XPATH, f"//table//tbody/tr[td[last()][normalize-space()='{status}']]")
    assert rows, f"no challenge is {status!r}"
    return rows[0]


def _raise_challenge(driver) -> str:
    """As the panel member, raises a challenge to Northmere City's People Board through the
    form; returns its address and leaves the browser signed out."""
    sign_in(driver, PANEL_MEMBER)
    driver.get(url("/challenges"))
    Select(driver.find_element(By.ID, "body")).select_by_visible_text(BOARD)
    Select(driver.find_element(By.ID, "subject")).select_by_visible_text("Staff voice: Recruitment")
    driver.find_element(By.ID, "text").send_keys(CHALLENGE)
    click_and_wait(driver, _button(driver, "Raise the challenge"))
    assert response_status(driver) == 200 and "/challenges/" in driver.current_url, driver.current_url
    address = driver.current_url
    _sign_out(driver)
    return address


def _case_study_link(driver, celebrated: bool):
    """The list's first case study that is (or is not) celebrated by the panel."""
    driver.get(url("/good-practice"))
    tagged = "" if celebrated else "not"
    cards = driver.find_elements(
        By.XPATH, f"//div[contains(@class,'p-card')][{tagged}(.//strong[normalize-space()='Celebrated by the panel'])]"
    )
    assert cards, f"no case study is {'' if celebrated else 'not '}celebrated"
    return cards[0].find_element(By.CSS_SELECTOR, "h2 a")


def _body_page(driver) -> None:
    driver.get(url("/systems/D01/governance"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, BOARD))
    assert driver.find_element(By.TAG_NAME, "h1").text == BOARD


@pytest.mark.parametrize(
    ("account", "path", "name", "button"), SIGNED_IN_PAGES, ids=[name for _, _, name, _ in SIGNED_IN_PAGES]
)
def test_signed_in_panel_page_is_accessible(driver, account, path, name, button):
    sign_in(driver, account)
    check_page(driver, path, name)
    if button:
        assert _button(driver, button), f"{account} is offered no {button!r} form on {path}"
    assert_keyboard_usable(driver)


def test_good_practice_signed_out_is_accessible(driver):
    check_page(driver, "/good-practice", "good-practice")
    assert not driver.find_elements(By.CSS_SELECTOR, "main form[method=post]"), "an anonymous visitor is offered a form"
    # The filters are a form too, and work from the keyboard.
    assert_keyboard_usable(driver)


def test_good_practice_filtered_is_accessible(driver):
    driver.get(url("/good-practice"))
    Select(driver.find_element(By.ID, "indicator")).select_by_value("3")
    click_and_wait(driver, _button(driver, "Show"))
    assert "indicator=3" in driver.current_url, driver.current_url
    check_current_page(driver, "good-practice-filtered")


def test_challenges_signed_out_asks_to_sign_in(driver):
    driver.get(url("/challenges"))
    assert "/sign-in" in driver.current_url, driver.current_url
    check_current_page(driver, "challenges-signed-out")


def test_challenge_raise_errors_link_to_their_fields(driver):
    sign_in(driver, PANEL_MEMBER)
    driver.get(url("/challenges"))
    click_and_wait(driver, _button(driver, "Raise the challenge"))
    assert response_status(driver) == 422
    assert driver.title.startswith("Error: "), driver.title
    check_current_page(driver, "challenges-errors", expected_status=422)
    _assert_summary_links(driver, ["body", "text"])


def test_case_study_errors_link_to_their_fields(driver):
    sign_in(driver, DATA_LEAD)
    driver.get(url("/good-practice"))
    click_and_wait(driver, _button(driver, "Submit the case study"))
    assert response_status(driver) == 422
    assert driver.title.startswith("Error: "), driver.title
    check_current_page(driver, "good-practice-errors", expected_status=422)
    fields = ["scope", "title", "problem", "action", "result", "indicators", "startedOn", "contact"]
    links = driver.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")
    targets = [link.get_attribute("href").split("#")[-1] for link in links]
    # The summary should follow the page's order; it lists the contact before the indicators.
    assert sorted(targets) == sorted(fields), targets
    for index, target in enumerate(targets):
        driver.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")[index].click()
        focused = driver.switch_to.active_element
        assert focused.get_attribute("id") == target, f"the summary's link to #{target} focused {_describe(driver, focused)}"


def _describe(driver, element) -> str:
    return driver.execute_script("const e = arguments[0]; return e.outerHTML.slice(0, 120)", element)


def _assert_summary_links(driver, expected: list[str]) -> None:
    """The error summary links to exactly `expected`, in order; each link puts focus on its
    field, and each field is described by the message beside it."""
    summary = driver.find_element(By.CSS_SELECTOR, ".p-error-summary")
    assert summary.get_attribute("role") == "alert", "the error summary is not announced"
    links = summary.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")
    targets = [link.get_attribute("href").split("#")[-1] for link in links]
    assert targets == expected, [(link.text, link.get_attribute("href")) for link in links]
    for index, target in enumerate(targets):
        message = driver.find_element(By.ID, f"{target}-error")
        assert message.text.startswith("Error:"), message.text
        described = driver.find_element(By.ID, target)
        if described.get_attribute("type") == "radio":
            described = described.find_element(By.XPATH, "ancestor::fieldset[1]")
        assert f"{target}-error" in (described.get_attribute("aria-describedby") or "").split(), (
            f"#{target} is not described by its error message: {_describe(driver, described)}"
        )
        driver.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")[index].click()
        focused = driver.switch_to.active_element
        assert focused.get_attribute("id") == target, f"the summary's link to #{target} focused {_describe(driver, focused)}"


def test_challenge_page_for_the_panel_is_accessible(driver):
    sign_in(driver, PANEL_MEMBER)
    click_and_wait(driver, _challenge_row(driver, "Responded").find_element(By.CSS_SELECTOR, "th a"))
    assert _button(driver, "Rate and close"), "a responded challenge offers the panel no rating"
    assert _button(driver, "Escalate")
    assert driver.find_element(By.ID, "panel-notes").find_elements(By.TAG_NAME, "li"), "no panel-only note is shown"
    check_current_page(driver, "challenge-panel")
    assert_keyboard_usable(driver)

    # Rated with no choice made, the page says so beside the question.
    click_and_wait(driver, _button(driver, "Rate and close"))
    assert response_status(driver) == 422
    check_current_page(driver, "challenge-panel-errors", expected_status=422)
    _assert_summary_links(driver, ["rating"])


def test_closed_challenge_page_is_accessible(driver):
    sign_in(driver, PANEL_MEMBER)
    click_and_wait(driver, _challenge_row(driver, "Closed").find_element(By.CSS_SELECTOR, "th a"))
    assert driver.find_element(By.ID, "rating").text, "a closed challenge shows no rating"
    check_current_page(driver, "challenge-closed")


def test_challenge_page_for_the_board_is_accessible(driver):
    challenge = _raise_challenge(driver)
    sign_in(driver, SYSTEM_LEAD)
    driver.get(challenge)
    assert driver.find_element(By.ID, "response"), "the board's owner is offered no response form"
    assert not driver.find_elements(By.ID, "panel-notes"), "the board's owner sees the panel-only notes"
    check_current_page(driver, "challenge-system-lead")
    assert_keyboard_usable(driver)

    # Sent empty, the response is refused; the summary leads to the box, which says why.
    click_and_wait(driver, _button(driver, "Send the response"))
    assert response_status(driver) == 422
    assert driver.title.startswith("Error: "), driver.title
    check_current_page(driver, "challenge-system-lead-errors", expected_status=422)
    _assert_summary_links(driver, ["response"])


def test_body_decisions_for_the_system_lead_are_accessible(driver):
    sign_in(driver, SYSTEM_LEAD)
    _body_page(driver)
    assert driver.find_element(By.ID, "decisions")
    assert _button(driver, "Record the decision"), "the system lead is offered no decision form"
    check_current_page(driver, "body-decisions-system-lead")
    assert_keyboard_usable(driver)


def test_body_decisions_for_the_network_lead_are_accessible(driver):
    sign_in(driver, NETWORK_LEAD)
    _body_page(driver)
    accounts = driver.find_elements(By.XPATH, "//main//button[starts-with(normalize-space(), \"Save the network's account\")]")
    assert accounts, "the network lead is offered no form for the network's own account"
    check_current_page(driver, "body-decisions-network-lead")
    assert_keyboard_usable(driver)


def test_body_page_for_the_panel_is_accessible(driver):
    sign_in(driver, PANEL_MEMBER)
    _body_page(driver)
    assert driver.find_element(By.LINK_TEXT, "Raise a challenge to this body")
    check_current_page(driver, "body-panel")


@pytest.mark.parametrize("celebrated", [True, False], ids=["celebrated", "not-celebrated"])
def test_case_study_signed_out_is_accessible(driver, celebrated):
    click_and_wait(driver, _case_study_link(driver, celebrated))
    assert driver.find_elements(By.CSS_SELECTOR, "main table tbody tr"), "no evidence from the returns"
    check_current_page(driver, f"case-study{'' if celebrated else '-not-celebrated'}")


def test_case_study_signed_in_is_accessible(driver):
    sign_in(driver, SYSTEM_LEAD)
    click_and_wait(driver, _case_study_link(driver, celebrated=True))
    assert _button(driver, "I'd like to learn from this")
    check_current_page(driver, "case-study-signed-in")
    assert_keyboard_usable(driver)


def test_case_study_for_the_panel_is_accessible(driver):
    sign_in(driver, PANEL_MEMBER)
    click_and_wait(driver, _case_study_link(driver, celebrated=False))
    assert _button(driver, "Endorse and celebrate this case study")
    check_current_page(driver, "case-study-panel")
    assert_keyboard_usable(driver)


def test_issued_pack_is_accessible(driver):
    sign_in(driver, PANEL_MEMBER)
    driver.get(url("/packs"))
    driver.find_element(By.XPATH, "//main//label[normalize-space()='Race Equality & Inclusion Panel']").click()
    click_and_wait(driver, _button(driver, "Issue the pack"))
    assert response_status(driver) == 200, driver.find_element(By.TAG_NAME, "main").text[:300]
    assert "/packs/" in driver.current_url, driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text.startswith("Race Equality & Inclusion Panel: pack of ")
    assert driver.find_elements(By.CSS_SELECTOR, "section.p-pack-section h2"), "the pack has no sections"
    check_current_page(driver, "pack")
    # It is listed, and reads the same when opened again.
    shown = driver.find_element(By.TAG_NAME, "main").text
    pack = driver.current_url.removeprefix(base_url())
    driver.get(url("/packs"))
    click_and_wait(driver, driver.find_element(By.XPATH, f"//main//a[@href='{pack}']"))
    assert driver.find_element(By.TAG_NAME, "main").text == shown
