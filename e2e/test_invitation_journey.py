"""Journey 6: the regional admin invites a new organisation data lead for DA1 from their
account page, sees the invitation's link, and the invited person opens it in their own
browser, is told their first password is too weak, picks a good one and arrives at their
account with the role they were given."""

from __future__ import annotations

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import ADMIN, check_current_page, click_and_wait, response_status, sign_in, url

INVITEE = "new.person@example.invalid"
NAME = "Nova Person"
ROLE = "Organisation data lead"
ORGANISATION = "DA1"
WEAK_PASSWORD = "password1234"  # 12 characters, but one of the commonest passwords
GOOD_PASSWORD = "copper kettle under lantern 47"


def _fill_password(driver, password: str) -> None:
    for field in ("password", "confirm"):
        box = driver.find_element(By.ID, field)
        box.clear()
        box.send_keys(password)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Save password and sign in']"))


def test_admin_invites_a_data_lead_who_sets_a_password(driver):
    sign_in(driver, ADMIN)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, ".p-header__account-link"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Your account"
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Invite someone"))
    assert driver.current_url == url("/admin/invitations/new")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Invite someone"

    driver.find_element(By.ID, "email").send_keys(INVITEE)
    Select(driver.find_element(By.ID, "role")).select_by_visible_text(ROLE)
    scope = Select(driver.find_element(By.ID, "scope"))
    choices = [option.text for option in scope.options if option.text.endswith(f"({ORGANISATION})")]
    assert len(choices) == 1 and choices[0].startswith("Organisation: "), (
        f"no single 'Organisation: … ({ORGANISATION})' scope: {[option.text for option in scope.options]}"
    )
    scope.select_by_visible_text(choices[0])
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Send invitation']"))

    assert response_status(driver) == 200
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-error-summary"), (
        driver.find_element(By.CSS_SELECTOR, ".p-error-summary").text
    )
    panel = driver.find_element(By.CSS_SELECTOR, ".p-panel--confirmation")
    assert panel.find_element(By.TAG_NAME, "h1").text == "Invitation sent"
    assert INVITEE in panel.text and ROLE in panel.text and ORGANISATION in panel.text, panel.text
    link = driver.find_element(By.CSS_SELECTOR, ".p-invitation-link").text.strip()
    assert re.match(r"^https?://\S+$", link), f"the invitation link is not a URL: {link!r}"
    check_current_page(driver, "invitation-sent")

    # The invited person, in a browser that has never signed in here.
    driver.delete_all_cookies()
    driver.get(link)
    assert response_status(driver) == 200, f"{link} answered {response_status(driver)}"
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-header__account-name"), "the admin is still signed in"
    assert driver.find_element(By.TAG_NAME, "h1").text == "Accept your invitation"
    lead = driver.find_element(By.CSS_SELECTOR, ".p-lead").text
    assert ROLE in lead and INVITEE in lead, lead
    check_current_page(driver, "invitation-accept")

    driver.find_element(By.ID, "name").send_keys(NAME)
    _fill_password(driver, WEAK_PASSWORD)
    assert response_status(driver) == 422
    summary = driver.find_element(By.CSS_SELECTOR, ".p-error-summary")
    assert summary.find_element(By.TAG_NAME, "h2").text == "There is a problem"
    problems = summary.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")
    assert problems and all(p.get_attribute("href").endswith("#password") for p in problems), (
        [(p.text, p.get_attribute("href")) for p in problems]
    )
    assert driver.find_element(By.ID, "name").get_attribute("value") == NAME, "the name was not kept"
    check_current_page(driver, "invitation-weak-password", expected_status=422)
    # The summary's link takes the reader to the field to fix.
    problems[0].click()
    assert driver.switch_to.active_element.get_attribute("id") == "password"

    _fill_password(driver, GOOD_PASSWORD)
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-error-summary"), (
        driver.find_element(By.CSS_SELECTOR, ".p-error-summary").text
    )
    assert driver.current_url == url("/account"), driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == "Your account"
    assert driver.find_element(By.CSS_SELECTOR, ".p-header__account-name").text, "not signed in"
    roles = driver.find_element(By.XPATH, "//dt[normalize-space()='Roles']/following-sibling::dd").text
    assert ROLE in roles and f"Organisation {ORGANISATION}" in roles, roles
    email = driver.find_element(By.XPATH, "//dt[normalize-space()='Email']/following-sibling::dd").text
    assert email == INVITEE, email

    # The link works once.
    driver.delete_all_cookies()
    driver.get(link)
    assert response_status(driver) != 200 or not driver.find_elements(By.ID, "password"), (
        "the invitation link still offers a password form after it was used"
    )
