"""The front page opens, reads well to axe, fits a phone, and has a heading."""

from selenium.webdriver.common.by import By

from support import check_page


def test_home_page(driver):
    check_page(driver, "/", "home")
    assert driver.find_elements(By.TAG_NAME, "h1"), "the home page has no <h1>"
