"""Charts, the comparison and the board reports (issue 9): every page reads well to axe and
fits a 375 px phone; each chart is an image labelled by its own title and description with
its data in a table; the comparison form works without JavaScript and gives a shareable
address. Saves the region scorecard as screenshots/region-scorecard.png (docs/figures.md shows it)."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from support import SCREENSHOT_DIR, check_page, click_and_wait, url

CHART_PAGES = [
    ("/?year=2026", "charts-region", 200),
    ("/systems/D01?year=2026", "charts-system", 200),
    ("/organisations/DA1?year=2026", "charts-organisation", 200),
    ("/organisations/DA1/wdes?year=2026", "charts-wdes", 200),
    ("/compare", "compare-form", 200),
    ("/compare?scope=DA1&scope=DA2&scope=D02&year=2026", "compare", 200),
    ("/compare?scope=DA1&scope=NOPE", "compare-unknown", 404),
    ("/report?year=2026", "report-region", 200),
    ("/systems/D01/report?year=2026", "report-system", 200),
    ("/organisations/DA1/report?year=2026", "report-organisation", 200),
]


@pytest.mark.parametrize(("path", "name", "status"), CHART_PAGES, ids=[name for _, name, _ in CHART_PAGES])
def test_chart_page_is_accessible(driver, path, name, status):
    check_page(driver, path, name, expected_status=status)


def test_every_chart_is_labelled_and_has_its_data(driver):
    driver.get(url("/?year=2026"))
    figures = driver.find_elements(By.CSS_SELECTOR, "figure.p-chart")
    assert len(figures) >= 1 + 3 + 9 + 1, "the scorecard, three funnels, nine trends and the bands"
    for figure in figures:
        name = figure.get_attribute("id")
        svg = figure.find_element(By.CSS_SELECTOR, "svg[role='img']")
        title_id, desc_id = svg.get_attribute("aria-labelledby").split()
        assert driver.find_element(By.ID, title_id).get_attribute("textContent").strip(), name
        assert driver.find_element(By.ID, desc_id).get_attribute("textContent").strip(), name
        assert figure.find_element(By.CSS_SELECTOR, "figcaption").text.strip(), name
        assert figure.find_element(By.CSS_SELECTOR, ".p-chart__summary").text.strip(), name
        if name != "region-scorecard":  # its data is the scorecard table right below it
            assert figure.find_elements(By.CSS_SELECTOR, "table"), f"{name} has no data table"
    scorecard = driver.find_element(By.ID, "region-scorecard")
    assert scorecard.find_elements(By.CSS_SELECTOR, "rect[fill^='url(#region-scorecard-hatch)']"), "adverse cells are not hatched"
    following = scorecard.find_element(By.XPATH, "following-sibling::div[1]//table")
    assert "p-scorecard" in following.get_attribute("class")
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    driver.execute_script("arguments[0].scrollIntoView()", scorecard)
    assert scorecard.screenshot(str(SCREENSHOT_DIR / "region-scorecard.png"))


def test_compare_by_ticking_boxes_without_javascript(driver):
    driver.get(url("/compare"))
    for code in ("DA1", "D02"):
        driver.find_element(By.CSS_SELECTOR, f"label[for='scope-{code}']").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Compare']"))
    assert "scope=DA1" in driver.current_url and "scope=D02" in driver.current_url, driver.current_url
    lead = driver.find_element(By.CSS_SELECTOR, "main .p-lead").text
    assert lead.endswith("side by side."), lead
    share = driver.find_element(By.XPATH, "//p[starts-with(normalize-space(), 'Share this comparison')]/a")
    click_and_wait(driver, share)
    assert driver.find_element(By.ID, "compare-scorecard")
    assert driver.find_element(By.ID, "scope-DA1").is_selected()


def test_more_than_six_is_refused_by_name(driver):
    codes = ["DA1", "DA2", "DA3", "D01", "D02", "D03", "D04"]
    driver.get(url("/compare?" + "&".join(f"scope={code}" for code in codes)))
    summary = driver.find_element(By.CSS_SELECTOR, ".p-error-summary").text
    assert "Choose at most 6 organisations or systems to compare: you chose 7." in summary
