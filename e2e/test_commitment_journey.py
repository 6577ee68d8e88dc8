"""Issue 11, journey 3: the system lead of Northmere City (D01) signs in, finds one of the
system's overdue commitments on the accountability matrix, posts a progress update that
declares it done, and sees the matrix show it is no longer overdue. Anyone else reading
the commitment sees its new status, and no update form."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import SYSTEM_LEAD, check_current_page, click_and_wait, response_status, sign_in, url

SYSTEM = "Northmere City"  # D01, the demo system lead's system
OVERDUE = "Overdue"
UPDATE = "The independent panel met for the first time on 3 November; its terms of reference are agreed."
EVIDENCE = "https://example.invalid/northmere/irep-terms-of-reference"


def _matrix_column(driver, system_name: str) -> int:
    """The 1-based position of `system_name`'s cells among a matrix row's <td>s."""
    headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.p-table thead th")]
    assert system_name in headers, f"the matrix has no column for {system_name}: {headers}"
    return headers.index(system_name)  # headers[0] is the recommendation column


def _matrix_cells(driver, system_name: str) -> dict[str, tuple[str, object]]:
    """Recommendation title -> (status shown, the cell's link or None) for `system_name`'s column."""
    column = _matrix_column(driver, system_name)
    cells = {}
    for row in driver.find_elements(By.CSS_SELECTOR, "table.p-table tbody tr"):
        title = row.find_element(By.TAG_NAME, "th").text.splitlines()[0]
        cell = row.find_elements(By.TAG_NAME, "td")[column - 1]
        links = cell.find_elements(By.TAG_NAME, "a")
        status = cell.find_elements(By.TAG_NAME, "strong")
        cells[title] = (status[0].text if status else cell.text, links[0] if links else None)
    return cells


def _shown_status(driver) -> str:
    """The status a commitment page states under its lead paragraph."""
    return driver.find_element(By.CSS_SELECTOR, "main p > strong.p-flag").text


def test_system_lead_declares_an_overdue_commitment_done(driver):
    sign_in(driver, SYSTEM_LEAD)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Accountability"))
    assert driver.current_url == url("/accountability"), driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == "Accountability"

    before = _matrix_cells(driver, SYSTEM)
    before_statuses = {t: status for t, (status, _) in before.items()}
    overdue = [title for title, (status, href) in before.items() if status == OVERDUE and href]
    if overdue:
        title = overdue[0]
        click_and_wait(driver, before[title][1])
    else:
        # None of the system's cells is overdue today: the system lead's own list has them.
        driver.get(url("/my-attention"))
        row = driver.find_element(By.XPATH, f"//tbody/tr[td[1]='{SYSTEM}'][.//strong[normalize-space()='{OVERDUE}']]")
        link = row.find_element(By.CSS_SELECTOR, "td a")
        title = link.text
        click_and_wait(driver, link)
    commitment = driver.current_url
    assert "/commitments/" in commitment, commitment
    assert driver.find_elements(By.CSS_SELECTOR, "a[href='/accountability/escalations']"), (
        "an overdue commitment does not point to the escalation list"
    )
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert SYSTEM in driver.find_element(By.CSS_SELECTOR, ".p-caption-l").text
    assert _shown_status(driver) == OVERDUE

    # The update form, as its labels name its fields.
    driver.find_element(By.XPATH, "//label[normalize-space()='What has happened since the last update']").click()
    driver.switch_to.active_element.send_keys(UPDATE)
    driver.find_element(By.ID, "update-evidence").send_keys(EVIDENCE)
    state = Select(driver.find_element(By.ID, "update-state"))
    assert "Done" in [option.text for option in state.options], [option.text for option in state.options]
    state.select_by_visible_text("Done")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Post update']"))

    assert response_status(driver) == 200, driver.current_url
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-error-summary"), (
        driver.find_element(By.CSS_SELECTOR, ".p-error-summary").text
    )
    assert driver.current_url.split("#")[0] == commitment, driver.current_url
    now = _shown_status(driver)
    assert now != OVERDUE, "the commitment is still overdue after it was declared done"
    declared = driver.find_element(
        By.XPATH, "//dt[normalize-space()='Declared by the system']/following-sibling::dd"
    ).text
    assert declared == "Done", declared
    timeline = driver.find_element(By.XPATH, "//h2[normalize-space()='Timeline']/following-sibling::ol[1]")
    assert UPDATE in timeline.text and "status set to Done" in timeline.text, timeline.text
    assert timeline.find_element(By.LINK_TEXT, EVIDENCE)
    check_current_page(driver, "commitment-updated")

    # The matrix shows the cell's new status; every other cell of the system is unchanged.
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Accountability"))
    after = {t: status for t, (status, _) in _matrix_cells(driver, SYSTEM).items()}
    assert after[title] == now, f"the matrix shows {after[title]!r} for {title!r}, the page {now!r}"
    assert {t: s for t, s in after.items() if t != title} == {t: s for t, s in before_statuses.items() if t != title}

    # Done, it is no longer escalated to the People Board.
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Escalations to the People Board"))
    escalated = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main table a")]
    assert commitment not in escalated, "a commitment declared done is still on the escalation list"

    # A member of the public reads the same status, and has no form to change it.
    driver.delete_all_cookies()
    driver.get(commitment)
    assert response_status(driver) == 200
    assert not driver.find_elements(By.CSS_SELECTOR, ".p-header__account-name"), "still signed in"
    assert _shown_status(driver) == now
    assert not driver.find_elements(By.CSS_SELECTOR, "main form"), "an anonymous visitor is offered a form"
    assert not driver.find_elements(By.ID, "update-text")
    assert "Post a progress update" not in driver.find_element(By.TAG_NAME, "main").text
