import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("size_name", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_home_page_in_chromium(live_server, home_page, page, screenshot, axe_check, size_name, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/")

    expect(page.get_by_role("heading", level=1)).to_have_text(home_page.hero_heading)
    expect(page.get_by_role("complementary", name="Crisis support")).to_be_visible()
    expect(page.get_by_role("link", name="Quick exit")).to_be_visible()
    screenshot(page, f"home-{size_name}")
    axe_check(page)


@pytest.mark.django_db(transaction=True)
def test_skip_link_moves_focus_to_main_content(live_server, home_page, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")  # Quick exit comes first (tests/browser/test_quick_exit.py)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
