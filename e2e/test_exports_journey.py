"""Exports and imports people use (issue 9): a table downloaded from the region page as CSV
and as a workbook; the return workbook downloaded from the upload page, filled in, refused
with its mistake named by sheet and cell, then imported; the open data and API pages."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from support import check_page, click_and_wait, sign_in, url, wait_for_download

PAGES = [
    ("/open-data", "open-data"),
    ("/open-data/dictionary", "open-data-dictionary"),
    ("/api/docs", "api-docs"),
]


@pytest.mark.parametrize(("path", "name"), PAGES, ids=[name for _, name in PAGES])
def test_export_page_is_accessible(driver, path, name):
    check_page(driver, path, name)


def test_the_scorecard_downloads_as_csv_and_as_a_workbook(download_driver, download_dir):
    driver = download_driver
    driver.get(url("/"))
    links = driver.find_elements(By.CSS_SELECTOR, ".p-table-download a")
    assert links, "no download links under the tables"
    links[0].click()  # the scorecard's CSV
    csv = wait_for_download(download_dir, "region-table-1.csv")
    data = csv.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "the CSV has no byte order mark"
    assert data.decode("utf-8-sig").splitlines()[0].startswith("Name,")
    links[1].click()  # the scorecard's workbook
    workbook = wait_for_download(download_dir, "region-table-1.xlsx")
    with zipfile.ZipFile(workbook) as archive:
        assert "xl/worksheets/sheet1.xml" in archive.namelist()
        assert "Latest figures for each system" in archive.read("xl/worksheets/sheet1.xml").decode()


def _fill(template: Path, target: Path, appointed: int) -> None:
    """The WRES workbook for DA1 in 2019: 40 White applicants shortlisted and `appointed`
    appointed, typed into Indicator 2 (the third sheet) as a spreadsheet would save them."""
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            data = source.read(item.filename).decode()
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(">R0A<", ">DA1<")
                data = re.sub(r'(<c r="B4" s="3"><v>)\d+(</v>)', r"\g<1>2019\g<2>", data)
            if item.filename == "xl/worksheets/sheet3.xml":
                data = data.replace('<c r="C5" s="3"/>', '<c r="C5" s="3"><v>40</v></c>')
                data = data.replace('<c r="C6" s="3"/>', f'<c r="C6" s="3"><v>{appointed}</v></c>')
            copy.writestr(item, data)


def test_a_data_lead_fills_in_the_workbook_and_imports_it(download_driver, download_dir, tmp_path):
    driver = download_driver
    sign_in(driver)
    driver.get(url("/returns/upload"))
    driver.find_element(By.LINK_TEXT, "WRES workbook (Excel)").click()
    template = wait_for_download(download_dir, "wres-return-template.xlsx")
    # A mistake: more appointed than shortlisted.
    wrong = tmp_path / "da1-2019.xlsx"
    _fill(template, wrong, appointed=41)
    driver.find_element(By.ID, "file").send_keys(str(wrong))
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Check and import']"))
    summary = driver.find_element(By.CSS_SELECTOR, ".p-error-summary").text
    assert "Indicator 2!C6" in summary and "Indicator 2!C5" in summary, summary
    # Corrected, it imports.
    right = tmp_path / "da1-2019-fixed.xlsx"
    _fill(template, right, appointed=12)
    driver.find_element(By.ID, "file").send_keys(str(right))
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Check and import']"))
    assert "da1-2019-fixed.xlsx" in driver.find_element(By.TAG_NAME, "main").text
    assert "2019" in driver.find_element(By.TAG_NAME, "main").text
