"""Organisation action plans: the region's and a system's overviews, a plan and an action page
read well to axe, fit 375 px and are saved as screenshots; the system lead rates a plan, is
told beside the field that reasons are needed, and then sees the rating on the plan."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import (
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


def _button(driver, text: str):
    return driver.find_element(By.XPATH, f"//main//button[normalize-space()=\"{text}\"]")


def test_the_overviews_and_a_plan_are_accessible(driver):
    check_page(driver, "/action-plans", "action-plans-region")
    check_page(driver, "/systems/D01/action-plans", "action-plans-system")
    driver.get(url("/systems/D01/action-plans"))
    links = driver.find_elements(By.CSS_SELECTOR, "main table tbody th a")
    assert links, "the system overview lists no organisation"
    click_and_wait(driver, links[0])
    check_current_page(driver, "action-plan")
    actions = driver.find_elements(By.CSS_SELECTOR, "main table tbody td a, main table tbody th a")
    if actions:
        click_and_wait(driver, actions[0])
        check_current_page(driver, "action-plan-action")


def test_a_data_lead_sees_the_forms_of_their_own_plan(driver):
    sign_in(driver, DATA_LEAD)
    check_page(driver, "/organisations/DA1/action-plan", "action-plan-data-lead")
    assert driver.find_elements(By.CSS_SELECTOR, "main form[method=post]"), "the data lead is offered no form"
    assert_keyboard_usable(driver)


def test_the_system_lead_rates_a_plan_with_reasons(driver):
    sign_in(driver, SYSTEM_LEAD)
    driver.get(url("/organisations/DA1/action-plan"))
    Select(driver.find_element(By.ID, "rating")).select_by_visible_text("Needs work")
    click_and_wait(driver, _button(driver, "Rate the plan"))
    assert response_status(driver) == 422
    check_current_page(driver, "action-plan-rating-errors", expected_status=422)
    link = driver.find_element(By.CSS_SELECTOR, ".p-error-summary__list a")
    assert link.get_attribute("href").endswith("#rating-reason")
    link.click()
    assert driver.switch_to.active_element.get_attribute("id") == "rating-reason"
    assert "rating-reason-error" in (driver.find_element(By.ID, "rating-reason").get_attribute("aria-describedby") or "")

    reason = "Two adverse indicators have no owned action with a date."
    driver.find_element(By.ID, "rating-reason").send_keys(reason)
    click_and_wait(driver, _button(driver, "Rate the plan"))
    assert response_status(driver) == 200, driver.current_url
    assert reason in driver.find_element(By.TAG_NAME, "main").text
