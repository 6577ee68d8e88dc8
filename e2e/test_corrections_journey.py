"""Journey: a correction after publication goes through the region (issue 20). DA1's data
lead corrects its published 2025 WRES return; the correction stays private while the public
reads the published figures with a note that a revision is under review; signing off asks a
reason for each data-quality warning and checks the answers first; the regional admin reads
the reasons and accepts; the public page then says "Revised on" with what changed and why."""

from __future__ import annotations

import json

from selenium.webdriver.common.by import By

from support import (
    ADMIN,
    DATA_LEAD,
    check_current_page,
    click_and_wait,
    http_get,
    response_status,
    sign_in,
    url,
)

ORGANISATION = "DA1"
YEAR = 2025  # last year's cycle: published in the demo, and read by fewer other tests than 2026
SUBMISSION = f"/cycles/WRES/{YEAR}/{ORGANISATION}"
PUBLIC_PAGE = f"/organisations/{ORGANISATION}?year={YEAR}"
REASON = "Appointments were counted twice for two recruitment campaigns."
# Indicator 2: White 120 of 400 shortlisted appointed (30%), BME 20 of 400 (5%): RL 6.00.
# Indicator 1: a third of the workforce with unknown ethnicity, which the checks warn about.
ROWS = [
    "organisation,year,standard,indicator,measure,group,count",
    f"{ORGANISATION},{YEAR},WRES,1,headcount:clinical:band-5,white,100",
    f"{ORGANISATION},{YEAR},WRES,1,headcount:clinical:band-5,bme,50",
    f"{ORGANISATION},{YEAR},WRES,1,headcount:clinical:band-5,unknown,75",
    f"{ORGANISATION},{YEAR},WRES,2,shortlisted,white,400",
    f"{ORGANISATION},{YEAR},WRES,2,shortlisted,bme,400",
    f"{ORGANISATION},{YEAR},WRES,2,appointed,white,120",
    f"{ORGANISATION},{YEAR},WRES,2,appointed,bme,20",
]
CORRECTED_RL = "6.00"


def _button(driver, text: str):
    return driver.find_element(By.XPATH, f"//main//button[normalize-space()=\"{text}\"]")


def _public_page() -> str:
    status, _, body = http_get(PUBLIC_PAGE)
    assert status == 200, status
    return body


def test_a_correction_is_reviewed_by_the_region_before_the_public_reads_it(driver, tmp_path):
    before = _public_page()
    assert "Revised on" not in before

    # The data lead imports the correction, giving the reason.
    sign_in(driver, DATA_LEAD)
    correction = tmp_path / "da1-2025-corrected.csv"
    correction.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    driver.get(url("/returns/upload"))
    driver.find_element(By.ID, "file").send_keys(str(correction))
    driver.find_element(By.ID, "reason").send_keys(REASON)
    click_and_wait(driver, _button(driver, "Check and import"))
    assert response_status(driver) == 200, driver.find_element(By.TAG_NAME, "main").text

    # Sign-off: every warning needs a reason, and the answers are checked before the final step.
    driver.get(url(SUBMISSION))
    warnings = driver.find_elements(By.CSS_SELECTOR, "textarea[name^=acknowledgements]")
    assert warnings, "the unknown-ethnicity warning asks for no reason"
    driver.find_element(By.ID, "name").send_keys("Dana Able")
    driver.find_element(By.ID, "job-title").send_keys("Chief People Officer")
    click_and_wait(driver, _button(driver, "Continue"))
    assert response_status(driver) == 422, "signed off a warning without a reason"
    targets = [link.get_attribute("href").split("#")[-1] for link in driver.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")]
    assert targets and all(target.startswith("acknowledgement-") for target in targets), targets
    for textarea in driver.find_elements(By.CSS_SELECTOR, "textarea[name^=acknowledgements]"):
        textarea.send_keys("Ethnicity was not recorded for staff who joined from the merged trust.")
    click_and_wait(driver, _button(driver, "Continue"))
    assert response_status(driver) == 200
    assert driver.find_element(By.TAG_NAME, "h1").text == "Check your answers before signing off"
    assert "merged trust" in driver.find_element(By.ID, "acknowledged").text
    check_current_page(driver, "correction-check-answers")
    click_and_wait(driver, _button(driver, "Confirm and sign off"))
    assert response_status(driver) == 200
    assert driver.find_element(By.ID, "revision-waiting").text == "Waiting for the region's review."
    assert REASON in driver.find_element(By.ID, "revision-reason").text

    # The public still reads the published figures, told that a revision is under review.
    pending = _public_page()
    assert "A revision of this return is under review" in pending
    assert "Revised on" not in pending
    status, _, document = http_get(f"/api/v1/organisations/{ORGANISATION}/wres/{YEAR}", accept="application/json")
    assert status == 200 and json.loads(document)["revision_under_review"] is True

    # The regional admin reads the reasons and accepts.
    driver.delete_all_cookies()
    sign_in(driver, ADMIN)
    driver.get(url(SUBMISSION))
    assert "merged trust" in driver.find_element(By.ID, "acknowledgements").text
    changes = driver.find_element(By.ID, "revision-changes").text
    assert f"→ {CORRECTED_RL}" in changes, changes
    check_current_page(driver, "correction-review")
    driver.find_element(By.ID, "decision").click()
    driver.find_element(By.ID, "review-reason").send_keys("Checked against the recruitment system.")
    click_and_wait(driver, _button(driver, "Record decision"))
    assert response_status(driver) == 200
    assert "Revision accepted" in driver.find_element(By.ID, "history").text

    # The public page now carries the revision: when, what changed and why.
    driver.delete_all_cookies()
    driver.get(url(PUBLIC_PAGE))
    note = driver.find_element(By.ID, "revisions").text
    assert "Revised on" in note and REASON in note, note
    assert f"Indicator 2: " in note and f"→ {CORRECTED_RL}" in note, note
    assert not driver.find_elements(By.ID, "revision-under-review")
    check_current_page(driver, "correction-revised-public")
