"""Issue 11, journey 5: the region's panel member signs in, opens Challenges from the header
and raises a challenge to Northmere City's People Board about an indicator; it opens waiting
for a response, due 28 days later, and the panel keeps a note of its own beside it. Northmere
City's system lead finds the challenge in My attention and responds, and never sees the
panel's note. The panel member comes back, rates the response "Partly satisfied" and the
challenge is closed with that rating. A second, shorter journey: a signed-in data lead opens
a case study the panel celebrates from the region page, asks to learn from it and is given
the contact."""

from __future__ import annotations


from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (
    DATA_LEAD,
    PANEL_MEMBER,
    SYSTEM_LEAD,
    base_url,
    check_current_page,
    click_and_wait,
    response_status,
    sign_in,
    url,
)

BOARD = "Northmere City People Board"  # D01's People Board, led by the demo system lead
SUBJECT = "WRES indicator 2: Appointment from shortlisting"
CHALLENGE = (
    "Shortlisted BME applicants in Northmere City are still less likely to be appointed than "
    "white applicants. Which trusts have changed how their interview panels are formed, and when?"
)
NOTE = "Panel only: the chair of the system's BME network thinks the board has not discussed this yet."
RESPONSE = (
    "Two of our trusts now put a trained member from the BME staff network on every panel for "
    "band 8a and above; the other three will by April. The board will review the figures in May."
)
EVIDENCE = "Board paper PB-2026-41, item 6"
REASON = "A clear start; the panel would like the three remaining trusts' dates in writing."
OPEN = "Waiting for a response"
RESPONDED = "Responded"
CLOSED = "Closed"
RATING = "Partly satisfied"


def _nav_link(driver, text: str):
    """The header's navigation link that reads `text`."""
    return driver.find_element(By.XPATH, f"//nav[@aria-label='Main']//a[normalize-space()='{text}']")


def _button(driver, text: str):
    return driver.find_element(By.XPATH, f"//main//button[normalize-space()='{text}']")


def _label(driver, text: str):
    """The form's label that reads `text`; clicking it works its control, as a person would."""
    return driver.find_element(By.XPATH, f"//main//label[normalize-space()='{text}']")


def _summary(driver, key: str) -> str:
    """The value beside `key` in the challenge's summary list."""
    return driver.find_element(By.XPATH, f"//dt[normalize-space()='{key}']/following-sibling::dd").text


def _sign_out(driver) -> None:
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Sign out']"))
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-header__account-name"), "still signed in"


def _attention_link(driver, why: str):
    """From the header, My attention's link to this journey's challenge, whose line says `why`."""
    click_and_wait(driver, _nav_link(driver, "My attention"))
    assert driver.current_url == url("/my-attention"), driver.current_url
    items = driver.find_elements(
        By.XPATH,
        "//h2[normalize-space()='Challenges']/following-sibling::ul[1]/li"
        f"[a[normalize-space()='{BOARD}: {SUBJECT}']]",
    )
    listed = [item.text for item in driver.find_elements(By.XPATH, "//h2[normalize-space()='Challenges']/following-sibling::*[1]")]
    assert len(items) == 1, f"My attention lists {len(items)} such challenges: {listed}"
    assert why in items[0].text, items[0].text
    return items[0].find_element(By.TAG_NAME, "a")


def test_panel_challenges_a_board_which_responds_and_is_rated(driver):
    # The panel member raises the challenge from the Challenges page.
    sign_in(driver, PANEL_MEMBER)
    click_and_wait(driver, _nav_link(driver, "Challenges"))
    assert driver.current_url == url("/challenges"), driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == "Challenges"
    raise_form = driver.find_element(By.XPATH, "//h2[normalize-space()='Raise a challenge']/following-sibling::form[1]")
    Select(raise_form.find_element(By.ID, "body")).select_by_visible_text(BOARD)
    Select(raise_form.find_element(By.ID, "subject")).select_by_visible_text(SUBJECT)
    _label(driver, "The challenge").click()
    driver.switch_to.active_element.send_keys(CHALLENGE)
    hint = driver.find_element(By.ID, "due-hint").text
    assert hint.startswith("Leave blank for 28 days: "), hint
    due = hint.removeprefix("Leave blank for 28 days: ").rstrip(".")
    click_and_wait(driver, _button(driver, "Raise the challenge"))

    # It opens, waiting for the board, due in 28 days.
    assert response_status(driver) == 200, driver.find_element(By.TAG_NAME, "main").text[:300]
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-error-summary"), (
        driver.find_element(By.CSS_SELECTOR, ".p-error-summary").text
    )
    challenge = driver.current_url
    assert challenge.startswith(url("/challenges/")), challenge
    path = challenge.removeprefix(base_url())
    assert driver.find_element(By.CSS_SELECTOR, ".p-caption-l").text == f"Challenge to {BOARD}"
    assert driver.find_element(By.TAG_NAME, "h1").text == SUBJECT
    assert driver.find_element(By.ID, "status").text == OPEN
    assert _summary(driver, "Response due") == due
    assert PANEL_MEMBER in _summary(driver, "Raised")
    assert driver.find_element(By.XPATH, "//h2[normalize-space()='The challenge']/following-sibling::div[1]").text == CHALLENGE
    assert "No response yet." in driver.find_element(By.TAG_NAME, "main").text
    assert not driver.find_elements(By.ID, "rating"), "an open challenge already offers a rating"

    # The panel's own note, kept apart and said to be so.
    notes = driver.find_element(By.ID, "panel-notes")
    assert "The board does not." in notes.text, notes.text
    _label(driver, "Add a panel-only note").click()
    driver.switch_to.active_element.send_keys(NOTE)
    click_and_wait(driver, _button(driver, "Add the note"))
    assert response_status(driver) == 200
    assert driver.current_url.split("#")[0] == challenge, driver.current_url
    assert NOTE in driver.find_element(By.ID, "panel-notes").text, driver.find_element(By.ID, "panel-notes").text
    check_current_page(driver, "panel-journey-raised")
    _sign_out(driver)

    # The system lead finds it waiting for their board's response.
    sign_in(driver, SYSTEM_LEAD)
    click_and_wait(driver, _attention_link(driver, f"Response due {due}."))
    assert driver.current_url == challenge, driver.current_url
    assert driver.find_element(By.ID, "status").text == OPEN
    assert NOTE not in driver.page_source, "the panel-only note reaches the board's owner"
    assert not driver.find_elements(By.ID, "panel-notes"), "the board's owner sees the panel-only notes section"
    assert not driver.find_elements(By.ID, "note"), "the board's owner is offered the panel's note form"
    assert not driver.find_elements(By.XPATH, "//button[normalize-space()='Rate and close']")
    _label(driver, "Your response").click()
    driver.switch_to.active_element.send_keys(RESPONSE)
    _label(driver, "Evidence (optional)").click()
    driver.switch_to.active_element.send_keys(EVIDENCE)
    click_and_wait(driver, _button(driver, "Send the response"))

    assert response_status(driver) == 200, driver.find_element(By.TAG_NAME, "main").text[:300]
    assert driver.current_url == challenge, driver.current_url
    assert driver.find_element(By.ID, "status").text == RESPONDED
    assert driver.find_element(By.ID, "board-response").text == RESPONSE
    assert EVIDENCE in driver.find_element(By.XPATH, "//h2[normalize-space()=\"The board's response\"]/following-sibling::div[1]").text
    assert NOTE not in driver.page_source, "the panel-only note reaches the board's owner"
    check_current_page(driver, "panel-journey-responded")

    # The board's page lists the challenge, responded; still no note.
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, ".p-caption-l a"))
    assert driver.find_element(By.TAG_NAME, "h1").text == BOARD
    listed = driver.find_element(By.XPATH, "//h2[@id='challenges']/following-sibling::ul[1]")
    line = listed.find_element(By.XPATH, f"./li[a[@href='{path}']]")
    assert line.text.endswith(RESPONDED), line.text
    assert NOTE not in driver.page_source
    _sign_out(driver)

    # The panel member rates the response, which closes the challenge.
    sign_in(driver, PANEL_MEMBER)
    click_and_wait(driver, _attention_link(driver, "Responded: waiting for the panel's rating."))
    assert driver.current_url == challenge, driver.current_url
    assert driver.find_element(By.ID, "board-response").text == RESPONSE
    assert NOTE in driver.find_element(By.ID, "panel-notes").text
    _label(driver, RATING).click()
    _label(driver, "Why (the board sees this)").click()
    driver.switch_to.active_element.send_keys(REASON)
    click_and_wait(driver, _button(driver, "Rate and close"))

    assert response_status(driver) == 200, driver.find_element(By.TAG_NAME, "main").text[:300]
    assert driver.current_url == challenge, driver.current_url
    assert driver.find_element(By.ID, "status").text == CLOSED
    assert driver.find_element(By.ID, "rating").text == f"{RATING} — {REASON}"
    assert not driver.find_elements(By.XPATH, "//button[normalize-space()='Rate and close']"), "a closed challenge can be rated again"
    assert not driver.find_elements(By.XPATH, "//button[normalize-space()='Escalate']"), "a closed challenge can be escalated"
    check_current_page(driver, "panel-journey-closed")

    # The list says so too, and the challenge no longer needs the panel's attention.
    click_and_wait(driver, _nav_link(driver, "Challenges"))
    row = driver.find_element(By.XPATH, f"//table//tbody/tr[th/a[@href='{path}']]")
    assert row.find_element(By.XPATH, "./td[last()]").text == CLOSED, row.text
    click_and_wait(driver, _nav_link(driver, "My attention"))
    assert not driver.find_elements(By.XPATH, f"//main//a[normalize-space()='{BOARD}: {SUBJECT}']"), (
        "a closed challenge still needs the panel's attention"
    )


def test_signed_in_person_asks_to_learn_from_celebrated_practice(driver):
    sign_in(driver, DATA_LEAD)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, ".p-header__service"))
    celebrated = driver.find_elements(By.XPATH, "//h2[@id='celebrated']/following-sibling::ul[1]/li/a")
    assert celebrated, "the region page celebrates no good practice"
    title = celebrated[0].text
    click_and_wait(driver, celebrated[0])

    assert response_status(driver) == 200
    assert driver.current_url.startswith(url("/good-practice/")), driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert driver.find_element(By.CSS_SELECTOR, "main .p-tag--green").text.startswith("Celebrated by the panel")
    evidence = driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")
    assert evidence, "the case study shows no evidence from the returns"
    learn = driver.find_element(By.ID, "contact")
    asked = driver.find_element(By.XPATH, "//h2[@id='contact']/following-sibling::p[1]").text
    before = int(asked.split()[0])
    assert "Contact:" not in driver.find_element(By.TAG_NAME, "main").text, "the contact shows before asking"
    assert learn.text == "Learn from it"
    click_and_wait(driver, driver.find_element(By.XPATH, "//main//button[normalize-space()=\"I'd like to learn from this\"]"))

    assert response_status(driver) == 200, driver.find_element(By.TAG_NAME, "main").text[:300]
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert driver.current_url.endswith("#contact"), driver.current_url
    asked = driver.find_element(By.XPATH, "//h2[@id='contact']/following-sibling::p[1]").text
    assert int(asked.split()[0]) == before + 1, asked
    contact = driver.find_element(By.XPATH, "//h2[@id='contact']/following-sibling::p[2]")
    assert contact.text.startswith("Contact: "), contact.text
    assert "@" in contact.find_element(By.TAG_NAME, "strong").text, contact.text
    assert not driver.find_elements(By.XPATH, "//button[normalize-space()=\"I'd like to learn from this\"]"), (
        "the button is still offered after asking"
    )
    check_current_page(driver, "panel-journey-learn")
