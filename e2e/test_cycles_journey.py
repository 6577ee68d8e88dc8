"""Journey 7: the annual cycle. The public sees who has submitted and who is late; a system
lead sees their own system's organisations; the regional admin signs off an overdue draft,
is asked why it is late and why each data-quality warning stands first, checks the answers,
and sees it move to "Late"; a data lead reads their own
submission with its data-quality checks. Every page passes axe, fits 375 px and is saved as
a screenshot; the sign-off form works from the keyboard and its errors link to their fields."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (
    ADMIN,
    DATA_LEAD,
    SYSTEM_LEAD,
    assert_keyboard_usable,
    check_current_page,
    check_page,
    click_and_wait,
    response_status,
    sign_in,
    url,
)

OVERDUE_DRAFT = "DC3"  # the demo's Kestrel Vale Community Health Services: a draft, never signed off


def _button(driver, text: str):
    return driver.find_element(By.XPATH, f"//main//button[normalize-space()=\"{text}\"]")


def _tracker(driver) -> str:
    """Opens the newest WRES cycle's tracker from the cycles page; returns its address."""
    driver.get(url("/cycles"))
    links = driver.find_elements(By.CSS_SELECTOR, "#cycles tbody th a")
    wres = [link for link in links if link.text.startswith("WRES")]
    assert wres, [link.text for link in links]
    click_and_wait(driver, wres[0])
    return driver.current_url.split("?")[0]


def _states(driver) -> dict[str, str]:
    """Organisation code → the state tag of its row in the tracker the browser shows."""
    rows = driver.find_elements(By.CSS_SELECTOR, "#submissions tbody tr")
    return {
        row.find_element(By.CSS_SELECTOR, "th .p-body-s").text: row.find_element(By.CSS_SELECTOR, "td .p-tag").text
        for row in rows
    }


def test_the_public_tracker_shows_every_state_and_filters(driver):
    check_page(driver, "/cycles", "cycles")
    tracker = _tracker(driver)
    check_current_page(driver, "cycle-tracker")
    states = set(_states(driver).values())
    assert {"Not started", "Draft imported", "Submitted", "Late", "Published"} <= states, states
    assert not driver.find_elements(By.CSS_SELECTOR, "main form[method=post]"), "the public is offered a form"

    Select(driver.find_element(By.ID, "state")).select_by_value("late-or-overdue")
    click_and_wait(driver, _button(driver, "Filter"))
    assert "state=late-or-overdue" in driver.current_url
    overdue = driver.find_elements(By.CSS_SELECTOR, "#submissions tbody tr")
    assert overdue and all(row.get_attribute("data-late") == "true" for row in overdue)
    check_current_page(driver, "cycle-tracker-late")
    assert driver.find_element(By.PARTIAL_LINK_TEXT, "CSV").get_attribute("href").startswith(tracker + ".csv?")
    assert_keyboard_usable(driver)


def test_a_system_lead_sees_their_own_system(driver):
    sign_in(driver, SYSTEM_LEAD)
    driver.get(url("/systems/D01"))
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Return submissions"))
    assert "system=D01" in driver.current_url, driver.current_url
    systems = {cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "#submissions tbody td:nth-of-type(1)")}
    assert systems == {"Northmere City"}, systems
    check_current_page(driver, "cycle-tracker-system")


def test_the_admin_signs_off_an_overdue_draft_giving_the_reason(driver):
    sign_in(driver, ADMIN)
    tracker = _tracker(driver)
    assert _states(driver)[OVERDUE_DRAFT] == "Draft imported"
    driver.get(f"{tracker}/{OVERDUE_DRAFT}")
    assert driver.find_element(By.ID, "warnings"), "the data-quality checks are not shown to the admin"
    check_current_page(driver, "cycle-submission-admin")
    assert_keyboard_usable(driver)

    # Nothing filled in: each problem, the late reason and each warning's reason among them, is
    # listed and links to its field.
    warnings = [area.get_attribute("id") for area in driver.find_elements(By.CSS_SELECTOR, "textarea[name^=acknowledgements]")]
    click_and_wait(driver, _button(driver, "Continue"))
    assert response_status(driver) == 422
    assert driver.title.startswith("Error: "), driver.title
    check_current_page(driver, "cycle-submission-errors", expected_status=422)
    links = driver.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")
    targets = [link.get_attribute("href").split("#")[-1] for link in links]
    assert targets == ["name", "job-title", "late-reason"] + warnings, targets
    for index, target in enumerate(targets):
        driver.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")[index].click()
        assert driver.switch_to.active_element.get_attribute("id") == target

    driver.find_element(By.ID, "name").send_keys("Morgan Ellery")
    driver.find_element(By.ID, "job-title").send_keys("Chief People Officer")
    for warning in warnings:
        driver.find_element(By.ID, warning).send_keys("Checked against the staff record.")
    click_and_wait(driver, _button(driver, "Continue"))
    assert response_status(driver) == 422, "signed off after the deadline without a reason"
    assert "late-reason" in driver.find_element(By.CSS_SELECTOR, ".p-error-summary__list a").get_attribute("href")

    driver.find_element(By.ID, "late-reason").send_keys("The community services data was migrated to a new staff record.")
    click_and_wait(driver, _button(driver, "Continue"))
    assert response_status(driver) == 200
    assert "migrated to a new staff record" in driver.find_element(By.ID, "answers").text
    check_current_page(driver, "cycle-submission-check-answers")
    click_and_wait(driver, _button(driver, "Confirm and sign off"))
    assert response_status(driver) == 200
    assert driver.find_element(By.ID, "state").text.startswith("Late"), driver.find_element(By.ID, "state").text
    assert "Morgan Ellery" in driver.find_element(By.ID, "signed-off-by").text
    assert "migrated to a new staff record" in driver.find_element(By.ID, "late-reason-given").text
    check_current_page(driver, "cycle-submission-late")


def test_a_data_lead_reads_their_own_submission(driver):
    sign_in(driver, DATA_LEAD)
    driver.get(url("/organisations/DA1"))
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "current reporting cycle"))
    assert driver.current_url.endswith("/DA1"), driver.current_url
    assert driver.find_element(By.ID, "state").text.startswith("Published")
    assert driver.find_element(By.ID, "history").find_elements(By.CSS_SELECTOR, "tbody tr")
    check_current_page(driver, "cycle-submission-data-lead")
