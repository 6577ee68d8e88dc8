"""A data lead signs in, uploads a return with three mistakes, is told where each one is,
fixes them, uploads again and sees the new appointment figure on the organisation's page."""

from __future__ import annotations

import re

from selenium.webdriver.common.by import By

from support import DATA_LEAD, click_and_wait, fill_sign_in, response_status, url

ORGANISATION = "DA1"
# The demo region's latest year is 2026; 2027 (this year + 1) is still accepted, and is
# a year with no demo figures, so the page can only show what this test uploaded.
YEAR = 2027
HEADER = "organisation,year,standard,indicator,measure,group,count"

# White 90 of 360 shortlisted appointed (25%), BME 48 of 320 (15%).
SHORTLISTED = {"white": 360, "bme": 320, "unknown": 40}
APPOINTED = {"white": 90, "bme": 48, "unknown": 10}
EXPECTED_RL = (90 / 360) / (48 / 320)  # White ÷ BME = 1.6667 (DOMAIN.md, WRES indicator 2)


def _rows(appointed: dict[str, str], extra: list[str] = ()) -> list[str]:
    lines = [HEADER]
    lines += [f"{ORGANISATION},{YEAR},WRES,2,shortlisted,{group},{count}" for group, count in SHORTLISTED.items()]
    lines += [f"{ORGANISATION},{YEAR},WRES,2,appointed,{group},{count}" for group, count in appointed.items()]
    return lines + list(extra)


def _write(folder, name: str, lines: list[str]):
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _upload(driver, path) -> None:
    driver.find_element(By.ID, "file").send_keys(str(path))
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Check and import']"))


def test_upload_fix_and_read(driver, tmp_path):
    # Three mistakes, on file rows 6, 7 and 8 (row 1 is the header):
    #   6 a negative count; 7 more Unknown applicants appointed (60) than shortlisted (40);
    #   8 a group that does not exist.
    bad = _write(
        tmp_path,
        "da1-2027-bad.csv",
        _rows(
            {"white": "90", "bme": "-3", "unknown": "60"},
            extra=[f"{ORGANISATION},{YEAR},WRES,2,appointed,purple,5"],
        ),
    )
    expected_problems = {6: "count", 7: "count", 8: "group"}
    assert [line.split(",")[-2:] for line in bad.read_text().splitlines()[5:8]] == [
        ["bme", "-3"], ["unknown", "60"], ["purple", "5"]
    ]

    driver.get(url("/"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Returns upload"))
    # Uploading needs an account: the site asks for one, then comes back.
    assert driver.find_element(By.TAG_NAME, "h1").text == "Sign in"
    fill_sign_in(driver, DATA_LEAD)
    assert driver.current_url == url("/returns/upload")
    assert driver.find_element(By.TAG_NAME, "h1").text == "Upload a WRES return"
    _upload(driver, bad)

    assert response_status(driver) == 422
    summary = driver.find_element(By.CSS_SELECTOR, ".p-error-summary")
    assert "nothing was saved" in summary.find_element(By.TAG_NAME, "h2").text
    links = summary.find_elements(By.CSS_SELECTOR, ".p-error-summary__list a")
    assert len(links) == 3, [link.text for link in links]
    named = {}
    for link in links:
        href = link.get_attribute("href")
        row = int(re.search(r"#row-(\d+)$", href).group(1))
        assert row in expected_problems, f"unexpected problem: {link.text!r} ({href})"
        assert re.search(rf"\b{row}\b", link.text), f"{link.text!r} does not name row {row}"
        assert re.search(rf"\b{expected_problems[row]}\b", link.text), (
            f"{link.text!r} does not name column {expected_problems[row]!r}"
        )
        named[row] = link.text
    assert set(named) == set(expected_problems), named
    assert "purple" in named[8] and "-3" in named[6] and "60" in named[7]

    # The first link takes the reader to that row of the "Rows with problems" table.
    first_row = int(re.search(r"#row-(\d+)$", links[0].get_attribute("href")).group(1))
    links[0].click()
    assert driver.current_url.endswith(f"#row-{first_row}"), driver.current_url
    target = driver.execute_script("const t = document.querySelector(':target'); return t && t.id")
    assert target == f"row-{first_row}"
    row = driver.find_element(By.ID, f"row-{first_row}")
    assert row.find_element(By.TAG_NAME, "td").text == str(first_row)
    in_view = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight",
        row,
    )
    assert in_view, "the row with the problem is not scrolled into view"

    # The corrected file is accepted.
    good = _write(tmp_path, "da1-2027.csv", _rows({g: str(n) for g, n in APPOINTED.items()}))
    _upload(driver, good)
    refused = driver.find_elements(By.CSS_SELECTOR, ".p-error-summary")
    assert not refused, f"the corrected file was refused:\n{refused[0].text}"
    assert response_status(driver) == 200
    panel = driver.find_element(By.CSS_SELECTOR, ".p-panel--confirmation")
    assert panel.find_element(By.TAG_NAME, "h1").text == "Return imported"
    assert "da1-2027.csv" in panel.text

    receipt = driver.find_element(By.XPATH, "//table[caption[contains(., 'Returns saved')]]")
    cells = [cell.text for cell in receipt.find_elements(By.CSS_SELECTOR, "tbody tr:first-child td")]
    assert cells[0] == ORGANISATION and cells[1] == "WRES" and cells[2] == str(YEAR), cells
    assert cells[4] == str(len(SHORTLISTED) + len(APPOINTED)), cells
    click_and_wait(driver, receipt.find_element(By.LINK_TEXT, ORGANISATION))

    assert driver.current_url == url(f"/organisations/{ORGANISATION}?year={YEAR}")
    assert driver.find_element(By.TAG_NAME, "h1").text.endswith(f"in {YEAR}")
    appointment = driver.find_element(By.ID, "indicator-2")
    shown = f"{EXPECTED_RL:.2f}"
    assert shown == "1.67"
    reading = appointment.find_element(By.CSS_SELECTOR, ".p-reading").text
    assert f"were {shown} times as likely" in reading, reading
    ratio = appointment.find_element(
        By.XPATH, ".//dt[normalize-space()='Relative likelihood']/following-sibling::dd"
    ).text
    assert ratio == shown
    counts = {
        row.find_element(By.TAG_NAME, "th").text: [cell.text for cell in row.find_elements(By.TAG_NAME, "td")][:2]
        for row in appointment.find_elements(
            By.XPATH, ".//table[caption[contains(., 'counts this figure')]]/tbody/tr"
        )
    }
    assert counts.get("White") == ["90", "360"], counts
    assert counts.get("BME") == ["48", "320"], counts
