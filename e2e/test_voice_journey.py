"""Issue 11, journey 4: Northmere City's staff network lead signs in and reads the network's
link; a member of staff, with no account, opens the link, writes an experience with an email
address in it, sees the address removed before sending, sends it and keeps the receipt code.
Later they check the code and read that it waits for moderation; the network lead publishes
it from the queue, and the same code then says it was shared. No page of the anonymous side
leaves a cookie in the person's browser."""

from __future__ import annotations

import re

from selenium.webdriver.common.by import By

from support import NETWORK_LEAD, check_current_page, click_and_wait, response_status, sign_in, url

SYSTEM = "Northmere City"  # D01, the demo network lead's system
EMAIL = "r.okafor@northmere-city.nhs.example"
EXPERIENCE = (
    "I applied for the band 7 charge nurse post twice and was not shortlisted either time, "
    f"while colleagues I trained were. When I asked why, my manager told me to write to {EMAIL} "
    "and nobody ever replied."
)
MARKER = "[email address removed]"
REDACTED = EXPERIENCE.replace(EMAIL, MARKER)
THEME = "Progression and promotion"
CONSENT = "Seen by the panel only"
REPLY = "Thank you for telling us. The panel will read this beside the appointment figures."
PENDING = "Waiting for moderation"
PUBLISHED = "Shared with the panel and the system"
RECEIPT_CODE = re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")


def _label(driver, text: str):
    """The form's label that reads `text`; clicking it works its control, as a person would."""
    return driver.find_element(By.XPATH, f"//main//label[normalize-space()='{text}']")


def _button(driver, text: str):
    return driver.find_element(By.XPATH, f"//main//button[normalize-space()='{text}']")


def _open_staff_voice(driver) -> None:
    """From the region page, the network lead's way to their system's staff voice page."""
    driver.get(url("/"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, SYSTEM))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Staff voice: the network's link and moderation"))
    assert driver.current_url == url("/systems/D01/voice"), driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == "Staff voice"


def _pending_card(driver):
    """The queue's card holding the experience this journey shared, or None."""
    cards = driver.find_elements(
        By.XPATH,
        "//h2[starts-with(normalize-space(), 'Waiting for moderation')]/following-sibling::div"
        "[contains(@class,'p-card')][.//p[contains(@class,'p-voice-text')]"
        f"[contains(., 'charge nurse post twice')]]",
    )
    assert len(cards) <= 1, f"{len(cards)} cards hold the experience"
    return cards[0] if cards else None


def _check_receipt(driver, code: str) -> str:
    """Opens /receipt as a person who kept the code would, and returns the status it shows."""
    driver.get(url("/receipt"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Check an experience you shared"
    driver.find_element(By.ID, "code").send_keys(code)
    click_and_wait(driver, _button(driver, "Check"))
    assert response_status(driver) == 200, driver.find_element(By.TAG_NAME, "main").text[:300]
    assert driver.find_element(By.TAG_NAME, "h1").text == "What happened to your experience"
    return driver.find_element(By.ID, "status").text


def _assert_no_cookie(driver, where: str) -> None:
    cookies = driver.get_cookies()
    assert cookies == [], f"{where} left cookies in an anonymous browser: {[c['name'] for c in cookies]}"


def test_staff_member_shares_an_experience_and_follows_it(driver):
    # The network lead reads the link to hand out.
    sign_in(driver, NETWORK_LEAD)
    _open_staff_voice(driver)
    link = driver.find_element(By.XPATH, "//h2[@id='link']/following-sibling::p/a")
    share_url = link.text.strip()
    assert share_url == link.get_attribute("href"), f"{share_url!r} is not where the link goes"
    assert re.fullmatch(re.escape(url("/voice/")) + r"[A-Za-z0-9_-]+", share_url), share_url
    qr = driver.find_element(By.CSS_SELECTOR, "img.p-qr")
    assert share_url in qr.get_attribute("alt"), qr.get_attribute("alt")
    assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", qr), (
        "the QR code image did not load"
    )
    assert _pending_card(driver) is None
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Sign out']"))

    # A member of staff opens the link in a browser that has never been here.
    driver.delete_all_cookies()
    driver.get(share_url)
    assert response_status(driver) == 200, f"{share_url} answered {response_status(driver)}"
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-header__account-name"), "still signed in"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Share your experience"
    assert SYSTEM in driver.find_element(By.CSS_SELECTOR, ".p-caption-l").text
    _label(driver, "Your experience").click()
    driver.switch_to.active_element.send_keys(EXPERIENCE)
    _label(driver, THEME).click()
    _label(driver, CONSENT).click()
    click_and_wait(driver, _button(driver, "Continue"))

    # Before anything is stored, the page says what was removed and shows the text as it will be kept.
    assert response_status(driver) == 200
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-error-summary"), (
        driver.find_element(By.CSS_SELECTOR, ".p-error-summary").text
    )
    assert driver.find_element(By.TAG_NAME, "h1").text == "Check what will be sent"
    warning = driver.find_element(By.CSS_SELECTOR, ".p-warning__heading").text
    assert warning == "We removed 1 email address", warning
    shown = driver.find_element(By.CSS_SELECTOR, "main .p-voice-text").text
    assert shown == REDACTED, shown
    assert EMAIL not in driver.page_source, "the email address is still in the page, and would be sent"
    themes = driver.find_element(By.XPATH, "//dt[normalize-space()='Themes']/following-sibling::dd").text
    assert themes == THEME, themes
    check_current_page(driver, "voice-journey-confirm")
    click_and_wait(driver, _button(driver, "Send it"))

    # The receipt.
    assert response_status(driver) == 201, driver.find_element(By.TAG_NAME, "main").text[:300]
    panel = driver.find_element(By.CSS_SELECTOR, ".p-panel--confirmation")
    assert panel.find_element(By.TAG_NAME, "h1").text == "Your experience has been shared"
    code = driver.find_element(By.ID, "receipt-code").text.strip()
    assert RECEIPT_CODE.match(code), f"the receipt code is not like ABCD-1234-EFGH: {code!r}"
    check_current_page(driver, "voice-journey-receipt", expected_status=201)
    _assert_no_cookie(driver, "sharing an experience")

    # Later, the code says it is waiting; the text is as confirmed.
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Check your experience with the receipt code"))
    assert driver.current_url == url("/receipt"), driver.current_url
    assert _check_receipt(driver, code) == PENDING
    stored = driver.find_element(By.XPATH, "//h2[normalize-space()='What you shared']/following-sibling::div[1]").text
    assert stored == REDACTED, stored
    check_current_page(driver, "voice-journey-status-waiting")
    _assert_no_cookie(driver, "checking a receipt code")

    # The network lead publishes it from the queue, with a reply.
    sign_in(driver, NETWORK_LEAD)
    _open_staff_voice(driver)
    card = _pending_card(driver)
    assert card is not None, "the experience is not in the moderation queue"
    assert MARKER in card.text and EMAIL not in card.text, card.text
    assert THEME in card.find_element(By.CSS_SELECTOR, ".p-card__meta").text
    assert CONSENT in card.text, card.text
    card.find_element(By.XPATH, ".//label[normalize-space()='Publish to the panel and the system']").click()
    card.find_element(By.XPATH, ".//label[starts-with(normalize-space(), 'Reply to the person')]").click()
    driver.switch_to.active_element.send_keys(REPLY)
    click_and_wait(driver, card.find_element(By.XPATH, ".//button[normalize-space()='Save decision']"))
    assert response_status(driver) == 200
    assert driver.current_url == url("/systems/D01/voice"), driver.current_url
    assert _pending_card(driver) is None, "the experience is still waiting after it was published"
    published = driver.find_element(By.XPATH, "//summary[starts-with(normalize-space(), 'Published')]/..")
    published.find_element(By.TAG_NAME, "summary").click()
    assert REDACTED in published.text and REPLY in published.text, published.text[:500]
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Sign out']"))

    # The person checks again, from their own browser: shared, with the network's reply.
    driver.delete_all_cookies()
    assert _check_receipt(driver, code) == PUBLISHED
    reply = driver.find_element(
        By.XPATH, "//h2[normalize-space()='Reply from the staff network']/following-sibling::div[1]"
    ).text
    assert reply == REPLY, reply
    check_current_page(driver, "voice-journey-status-shared")
    _assert_no_cookie(driver, "checking a receipt code")


def test_receipt_says_what_was_removed(driver):
    sign_in(driver, NETWORK_LEAD)
    _open_staff_voice(driver)
    share_url = driver.find_element(By.XPATH, "//h2[@id='link']/following-sibling::p/a").get_attribute("href")
    driver.delete_all_cookies()
    driver.get(share_url)
    _label(driver, "Your experience").click()
    driver.switch_to.active_element.send_keys(f"My ward manager asked me to email {EMAIL} about my shifts and then ignored me.")
    _label(driver, "Other").click()
    _label(driver, CONSENT).click()
    click_and_wait(driver, _button(driver, "Continue"))
    click_and_wait(driver, _button(driver, "Send it"))
    code = driver.find_element(By.ID, "receipt-code").text.strip()
    assert _check_receipt(driver, code) == PENDING
    removed = driver.find_elements(
        By.XPATH, "//dt[normalize-space()='Removed before storing']/following-sibling::dd"
    )
    assert removed and removed[0].text == "1 email address", "the receipt does not say what was removed"
