"""NHS sign-in (issue 21): Parity set up with an OpenID provider (oidc-provider-mock on
loopback, standing in for NHSmail's Microsoft Entra ID) and password sign-in switched off.
A demo account holder presses "Sign in with NHS account", signs in at the provider and lands
on their account; someone the provider knows but Parity does not is told to ask their
administrator for an invitation, and is not signed in."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from conftest import REPO_ROOT, _chromium, _free_port, _health_status, _stop
from support import ADMIN, assert_accessible, click_and_wait

MOCK = REPO_ROOT / "e2e/.venv/bin/oidc-provider-mock"


def _wait_for(url: str, process: subprocess.Popen, what: str, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while _health_status(url) is None:
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"{what} did not start (exit {process.poll()})")
        time.sleep(0.25)


@pytest.fixture(scope="module")
def nhs_parity(tmp_path_factory):
    """A Parity with NHS sign-in only, and its provider; both stopped afterwards."""
    if not os.access(MOCK, os.X_OK):
        pytest.skip("oidc-provider-mock is not installed: run `bash e2e/venv.sh`")
    workdir = tmp_path_factory.mktemp("parity-nhs")
    provider_port, port = _free_port(), _free_port()
    issuer, base = f"http://127.0.0.1:{provider_port}", f"http://127.0.0.1:{port}"
    provider = subprocess.Popen([str(MOCK), "-p", str(provider_port)], stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, DATABASE_URL=f"sqlite:{workdir / 'nhs.sqlite'}", LOG_LEVEL="warning", PARITY_BASE_URL=base,
               PARITY_OIDC_ISSUER=issuer, PARITY_OIDC_CLIENT_ID="parity-e2e", PARITY_OIDC_CLIENT_SECRET="e2e-secret",
               PARITY_PASSWORD_SIGN_IN="off")
    binary = Path(os.environ.get("PARITY_BIN", REPO_ROOT / ".build/debug/parity"))
    with open(workdir / "server.log", "wb") as log:
        server = subprocess.Popen([str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                                  env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_for(issuer, provider, "oidc-provider-mock")
        _wait_for(base, server, "parity serve")
        yield base
    finally:
        _stop(server)
        _stop(provider)


@pytest.fixture
def browser(nhs_parity):
    driver = _chromium()
    try:
        yield driver
    finally:
        driver.quit()


def _sign_in_at_provider(driver, base: str, email: str) -> None:
    driver.get(f"{base}/sign-in")
    assert not driver.find_elements(By.ID, "password"), "password sign-in is switched off, yet its form is shown"
    assert_accessible(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Sign in with NHS account"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Authorize Client"
    driver.find_element(By.NAME, "sub").send_keys(email)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[normalize-space()='Authorize']"))


def test_an_invited_person_signs_in_with_their_nhs_account(browser, nhs_parity):
    _sign_in_at_provider(browser, nhs_parity, ADMIN)
    assert browser.current_url == f"{nhs_parity}/account"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Your account"
    assert ADMIN in browser.find_element(By.TAG_NAME, "main").text


def test_an_unknown_person_is_asked_to_get_an_invitation(browser, nhs_parity):
    _sign_in_at_provider(browser, nhs_parity, "not.invited@nhs.example")
    summary = browser.find_element(By.CSS_SELECTOR, ".p-error-summary").text
    assert "Ask your administrator for an invitation." in summary
    assert_accessible(browser)
    browser.get(f"{nhs_parity}/account")
    assert browser.current_url.startswith(f"{nhs_parity}/sign-in"), "an unknown person must not be signed in"
