"""A member of the public reads the region's figures: picks a year, a system, an
organisation, reads the appointment finding and its trend chart, and takes the figures as JSON.
Also: the return template downloads from the upload page as a real file."""

from __future__ import annotations

import json
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import DATA_LEAD, click_and_wait, fill_sign_in, url, wait_for_download

DEMO_BANNER = "Demo region — synthetic data"
TEMPLATE_HEADER = "organisation,year,standard,indicator,measure,group,count"
# "White applicants were 1.13 times as likely as BME applicants to be appointed from
# shortlisting (95% CI 1.02–1.25): non-adverse."
APPOINTMENT_READING = re.compile(
    r"^White applicants were (?P<rl>\d+\.\d{2}) times as likely as BME applicants"
    r" .*\(95% CI (?P<low>\d+\.\d{2})–(?P<high>\d+\.\d{2})\b"
)


def _link(driver, text: str):
    return driver.find_element(By.LINK_TEXT, text)


def test_public_reads_an_organisation(driver):
    driver.get(url("/"))
    assert driver.title.endswith("– Parity"), driver.title
    banner = driver.find_element(By.CSS_SELECTOR, ".p-demo-banner")
    assert banner.text.strip() == DEMO_BANNER
    assert banner.is_displayed()

    # An earlier year than the one shown: the option after the selected one.
    selector = Select(driver.find_element(By.ID, "year"))
    years = [option.get_attribute("value") for option in selector.options]
    shown = selector.first_selected_option.get_attribute("value")
    assert years == sorted(years, reverse=True), f"years are not newest first: {years}"
    assert years.index(shown) + 1 < len(years), f"no year earlier than {shown} in {years}"
    earlier = years[years.index(shown) + 1]
    selector.select_by_visible_text(earlier)
    click_and_wait(driver, driver.find_element(By.XPATH, "//form[contains(@class,'p-year-selector')]//button"))
    assert driver.current_url.endswith(f"/?year={earlier}"), driver.current_url
    heading = driver.find_element(By.TAG_NAME, "h1").text
    assert heading.endswith(f"in {earlier}"), heading
    assert Select(driver.find_element(By.ID, "year")).first_selected_option.text == earlier

    # The scorecard's first system, then that system's first organisation.
    system = driver.find_element(By.CSS_SELECTOR, "table.p-scorecard tbody th a")
    system_name = system.text
    click_and_wait(driver, system)
    assert "/systems/D" in driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == f"{system_name} in {earlier}"

    organisation = driver.find_element(By.CSS_SELECTOR, "table.p-scorecard tbody th a")
    organisation_name = organisation.text
    click_and_wait(driver, organisation)
    code = re.search(r"/organisations/([A-Z0-9]+)\?year=", driver.current_url)
    assert code, driver.current_url
    code = code.group(1)
    assert driver.find_element(By.TAG_NAME, "h1").text == f"{organisation_name} in {earlier}"

    # Indicator 2 in plain English, with its interval around the figure.
    appointment = driver.find_element(By.ID, "indicator-2")
    reading = appointment.find_element(By.CSS_SELECTOR, ".p-reading").text
    found = APPOINTMENT_READING.search(reading)
    assert found, f"indicator 2 does not read as 'N times as likely … (95% CI L–H)': {reading!r}"
    rl, low, high = (float(found[key]) for key in ("rl", "low", "high"))
    assert low <= rl <= high, reading

    # Its trend: a chart labelled by its own title, with the year being read in the table beside it.
    trend = appointment.find_element(By.CSS_SELECTOR, "figure#trend-2")
    chart = trend.find_element(By.CSS_SELECTOR, "svg[role='img']")
    assert chart.get_attribute("aria-labelledby") == "trend-2-title trend-2-desc"
    trend_table = trend.find_element(By.CSS_SELECTOR, "table")
    assert trend_table.is_displayed()
    trend_years = [cell.text for cell in trend_table.find_elements(By.CSS_SELECTOR, "tbody th")]
    assert earlier in trend_years, trend_years

    # The same figures for machines.
    click_and_wait(driver, _link(driver, "These figures as JSON"))
    assert driver.current_url.endswith(f"/api/v1/organisations/{code}/wres/{earlier}"), driver.current_url
    raw = driver.execute_script(
        "const pre = document.querySelector('pre'); return (pre || document.body).textContent"
    )
    figures = json.loads(raw)
    assert figures["code"] == code
    assert str(figures["year"]) == earlier
    assert sorted(figures["indicators"], key=int) == [str(n) for n in range(1, 10)]
    assert round(figures["indicators"]["2"]["relative_likelihood"], 2) == rl


def test_template_downloads_from_the_upload_page(download_driver, download_dir):
    driver = download_driver
    driver.get(url("/"))
    click_and_wait(driver, _link(driver, "Returns upload"))
    fill_sign_in(driver, DATA_LEAD)  # the upload page is for signed-in data leads
    assert driver.current_url == url("/returns/upload")
    _link(driver, "WRES CSV file").click()
    template = wait_for_download(download_dir, "wres-return-template.csv")
    lines = template.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == TEMPLATE_HEADER
    assert len(lines) > 1, "the template has no rows"
    assert all(line.endswith(",") for line in lines[1:]), "template counts should be blank"
