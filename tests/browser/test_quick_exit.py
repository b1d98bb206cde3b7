"""Quick exit in Chromium: first tab stop, always on screen, Escape twice, and no way Back into the site."""

import pytest
from playwright.sync_api import expect

from wagtail.models import Site

from home.models import CrisisSupportSettings
from tests.browser.conftest import PHONE
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def neutral(live_server, home_page):
    """A stand-in for the neutral site, on another origin (127.0.0.1 instead of localhost) like the real one."""
    url = live_server.url.replace("localhost", "127.0.0.1") + "/robots.txt"
    crisis = CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))
    crisis.quick_exit_url = url
    crisis.save()
    return url


@pytest.fixture
def long_post(home_page):
    paragraphs = [("paragraph", f"<p>Paragraph {n}. " + "Families can learn new ways to talk. " * 30 + "</p>")
                  for n in range(25)]  # fmt: skip
    return BlogPostPageFactory(parent=make_blog(home_page), title="A long read", body=paragraphs)


def test_quick_exit_is_the_first_tab_stop(live_server, neutral, long_post, page):
    page.goto(live_server.url + long_post.url)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.quickExit") == ""
    assert page.evaluate("document.activeElement.textContent").startswith("Quick exit")


@pytest.mark.parametrize("fraction", [0, 0.5, 1])
def test_bar_stays_on_screen_and_compact_on_a_phone(live_server, neutral, long_post, page, fraction):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + long_post.url)
    page.evaluate(f"window.scrollTo(0, document.body.scrollHeight * {fraction})")
    page.wait_for_timeout(100)
    bar = page.locator(".crisis-bar").bounding_box()
    exit_box = page.get_by_role("link", name="Quick exit").bounding_box()
    assert bar["y"] == 0 and bar["height"] <= 60
    assert exit_box["y"] >= 0 and exit_box["y"] + exit_box["height"] <= PHONE["height"]
    assert exit_box["x"] + exit_box["width"] <= PHONE["width"]
    expect(page.get_by_role("link", name="call 988")).to_be_visible()
    page.screenshot(path=f"var/screenshots/quick-exit-phone-{int(fraction * 100)}.png")


def test_escape_twice_leaves_and_once_does_not(live_server, neutral, home_page, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Escape")
    page.wait_for_timeout(1200)
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url.startswith(live_server.url)  # two presses a second apart: nothing happens
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(neutral)


def test_back_after_quick_exit_never_shows_the_site(live_server, neutral, long_post, page):
    page.goto(live_server.url + "/")
    page.goto(live_server.url + long_post.url)
    page.get_by_role("link", name="Quick exit").click()
    page.wait_for_url(neutral)
    # Back lands on the site's earlier page for an instant, which hands over to the neutral site again at once;
    # the next Back leaves for whatever the tab showed before the site (here Playwright's blank start page).
    page.go_back()
    page.wait_for_url(neutral)
    page.go_back()
    page.wait_for_timeout(300)
    assert not page.url.startswith(live_server.url)
    assert "A long read" not in page.content()
    # Coming back on purpose (typing the address) works as usual.
    page.goto(live_server.url + long_post.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("A long read")


def test_quick_exit_works_without_javascript(live_server, neutral, home_page, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    link = page.get_by_role("link", name="Quick exit")
    assert link.get_attribute("href") == neutral
    link.click()
    page.wait_for_url(neutral)
    context.close()


def test_crisis_bar_links_to_the_directory_and_the_help_page(live_server, neutral, home_page, page):
    help_page = StandardPageFactory(parent=home_page, title="Help", slug="help")
    crisis = CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))
    crisis.more_help_page = help_page  # chosen by editors (Settings → Crisis bar)
    crisis.save()
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    assert page.get_by_role("link", name="Find help").get_attribute("href") == "/resources/"
    page.set_viewport_size({"width": 1280, "height": 900})
    more = page.get_by_role("link", name="More ways to get help")
    expect(more).to_be_visible()
    expect(more).to_have_attribute("href", help_page.url)
