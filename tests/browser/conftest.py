"""Browser tests: Playwright driving Debian's Chromium headless shell (Playwright's own browser download is not
available here). The shell is the build Playwright itself runs headless; the full browser in headless mode renders
the same pages with about twice the CPU."""

import os
from pathlib import Path
from unittest import mock

import pytest
from playwright.sync_api import expect

CHROMIUM = "/usr/bin/chromium-headless-shell"
ROOT = Path(__file__).resolve().parents[2]
# Screenshots go under var/ (look at them there); only `make screenshots` points this at docs/screenshots/, the ones
# the guides show, so a test run never rewrites committed files.
SCREENSHOTS = ROOT / os.environ.get("SCREENSHOTS_DIR", "var/screenshots")
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
# expect() waits up to 5 s by default: on a loaded CI machine a page can take longer to answer.
expect.set_options(timeout=15_000)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
    }


@pytest.fixture(autouse=True)
def close_contexts(browser):
    """Close the browser contexts a test opened itself once it ends (pytest-playwright closes those of its `page`
    fixture before this runs): an admin page left open keeps polling and drawing, and the session's one browser
    would otherwise spend its CPU on the pages of every earlier test."""
    yield
    for context in browser.contexts:
        context.close()


@pytest.fixture(autouse=True)
def renditions_made_on_demand():
    """Saving a picture in a browser test does not make all its files at once (about 0.4 s of CPU a picture, most
    of these tests' own CPU): the pages make the ones they show, as on a site whose task worker has not reached the
    picture yet. tests/home/test_pictures.py tests the making on save."""
    with mock.patch("home.rendition_tasks.make_renditions"):  # the task every saving path enqueues
        yield


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under SCREENSHOTS (var/screenshots/, or docs/screenshots/ by `make screenshots`)."""

    def take(page, name):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take


@pytest.fixture
def axe_check():
    """Run axe-core in the page and fail on any serious or critical violation."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page):
        results = axe.run(page)
        bad = [
            f"{violation['id']} ({violation['impact']}): {violation['help']} "
            f"— {[node['target'] for node in violation['nodes']][:3]}"
            for violation in results.response["violations"]
            if violation["impact"] in {"serious", "critical"}
        ]
        assert not bad, "axe found serious or critical problems:\n" + "\n".join(bad)

    return check
