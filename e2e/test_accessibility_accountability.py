"""The governance and accountability pages read well to axe, fit a 375 px phone and are
saved as screenshots, for the public and for the people who run them; every form on them
can be filled in from the keyboard."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from support import (
    ADMIN,
    SYSTEM_LEAD,
    assert_keyboard_usable,
    check_current_page,
    check_page,
    click_and_wait,
    sign_in,
    url,
)

PUBLIC_PAGES = [
    ("/governance", "governance"),
    ("/systems/D01/governance", "system-governance"),
    ("/accountability", "accountability"),
    ("/accountability/escalations", "escalations"),
    ("/systems/D01/commitments", "system-commitments"),
]
SYSTEM_LEAD_PAGES = [
    ("/account", "account"),
    ("/my-attention", "my-attention"),
]
ADMIN_PAGES = [
    ("/admin/users", "users"),
    ("/admin/mail", "mail-outbox"),
    ("/audit", "audit"),
    ("/admin/invitations/new", "invitation-new"),
]
D01 = "Northmere City"


def _first_body_link(driver):
    """The first body in the page's "Bodies" table."""
    return driver.find_element(
        By.XPATH, "//h2[normalize-space()='Bodies']/following::table[1]//tbody//th//a"
    )


def _commitment_link(driver, system_name: str | None = None):
    """A cell of the accountability matrix: the first one, or the first in `system_name`'s column."""
    if system_name is None:
        return driver.find_element(By.CSS_SELECTOR, "table.p-table tbody td a")
    headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.p-table thead th")]
    assert system_name in headers, headers
    column = headers.index(system_name)  # the row header takes the first position
    return driver.find_element(By.XPATH, f"//table[contains(@class,'p-table')]/tbody/tr/td[{column}]/a")


@pytest.mark.parametrize(("path", "name"), PUBLIC_PAGES, ids=[name for _, name in PUBLIC_PAGES])
def test_public_governance_page_is_accessible(driver, path, name):
    check_page(driver, path, name)


def test_body_page_is_accessible(driver):
    driver.get(url("/governance"))
    click_and_wait(driver, _first_body_link(driver))
    assert "/bodies/" in driver.current_url, driver.current_url
    check_current_page(driver, "body")


def test_commitment_page_is_accessible(driver):
    driver.get(url("/accountability"))
    click_and_wait(driver, _commitment_link(driver))
    assert "/commitments/" in driver.current_url, driver.current_url
    check_current_page(driver, "commitment")


@pytest.mark.parametrize(("path", "name"), SYSTEM_LEAD_PAGES, ids=[name for _, name in SYSTEM_LEAD_PAGES])
def test_system_lead_page_is_accessible(driver, path, name):
    sign_in(driver, SYSTEM_LEAD)
    check_page(driver, path, name)
    assert_keyboard_usable(driver)


@pytest.mark.parametrize(("path", "name"), ADMIN_PAGES, ids=[name for _, name in ADMIN_PAGES])
def test_admin_page_is_accessible(driver, path, name):
    sign_in(driver, ADMIN)
    check_page(driver, path, name)
    assert_keyboard_usable(driver)


def test_body_page_with_forms_is_accessible(driver):
    sign_in(driver, SYSTEM_LEAD)
    driver.get(url("/systems/D01/governance"))
    click_and_wait(driver, _first_body_link(driver))
    assert driver.find_elements(By.XPATH, "//h2[normalize-space()='Add a member']"), (
        "the system lead sees no 'Add a member' form on their own system's body"
    )
    check_current_page(driver, "body-system-lead")
    assert_keyboard_usable(driver)


def test_commitment_page_with_forms_is_accessible(driver):
    sign_in(driver, SYSTEM_LEAD)
    driver.get(url("/accountability"))
    click_and_wait(driver, _commitment_link(driver, D01))
    assert driver.find_elements(By.ID, "update-text"), (
        "the system lead sees no progress update form on their own system's commitment"
    )
    check_current_page(driver, "commitment-system-lead")
    assert_keyboard_usable(driver)
