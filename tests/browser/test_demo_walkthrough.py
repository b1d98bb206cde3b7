"""The demo site as a family meets it on a phone (issues 13 and 14 Done-when): Quick exit is on screen and the first
tab stop on every kind of page at every scroll position; a card is printed from a post in under a minute; a
podcast episode's recording is as long as the episode says and can be sought (HTTP byte ranges)."""

import io
import time

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Collection

from editorial import roles
from tests.browser.conftest import PHONE
from tests.factories.home import put_back_wagtail_welcome_page

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.long]

PAGES = [
    "/",
    "/blog/",
    "/blog/making-a-safety-plan/",
    "/blog/podcast-starting-craft-at-the-kitchen-table/",
    "/blog/category/podcast/",
    "/learning/",
    "/learning/a-different-way-to-help/",
    "/learning/sample/",
    "/learning/sponsored-seat/",
    "/resources/",
    "/resources/card/",
    "/authors/",
    "/help/",
    "/about/",
    "/contact/",
    "/privacy/",
    "/search/?q=sleep",
    "/accounts/login/",
    "/accounts/join/",
    "/accounts/password-reset/",
    "/no-such-page/",
]


@pytest.fixture
def demo(db):
    """The demo site; the groups its accounts join are put back first (a flushed database lost the migrations')."""
    put_back_wagtail_welcome_page()
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    roles.apply_roles()
    for name in ("Member managers", "Contact responders"):
        Group.objects.get_or_create(name=name)
    with override_settings(DEBUG=True):
        call_command("seed_demo", password="demo-walkthrough-2026")


def test_the_demo_site_on_a_phone(live_server, demo, browser, screenshot):
    """One test for the three walks, so that the demo is seeded once: each walk has a phone tab of its own."""
    for walk in (
        quick_exit_is_on_screen_and_first_on_every_page_at_every_scroll_position,
        a_family_prints_a_card_from_a_demo_post_in_under_a_minute,
        the_demo_episode_plays_as_long_as_it_says_and_seeks,
    ):
        context = browser.new_context(viewport=PHONE)
        try:
            walk(live_server, context.new_page(), screenshot)
        finally:
            context.close()


def quick_exit_is_on_screen_and_first_on_every_page_at_every_scroll_position(live_server, page, screenshot):
    for path in PAGES:
        for fraction in (0, 0.5, 1):
            # A reader opens the page, scrolls (without tapping a link), then presses Tab.
            page.goto(live_server.url + path)
            page.evaluate(f"window.scrollTo(0, document.body.scrollHeight * {fraction})")
            page.wait_for_timeout(50)
            box = page.get_by_role("link", name="Quick exit").bounding_box()
            assert box and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"], (path, fraction)
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (path, fraction)
            page.keyboard.press("Tab")
            assert page.evaluate("'quickExit' in document.activeElement.dataset"), (path, fraction)
        screenshot(page, "walkthrough-" + (path.strip("/").replace("/", "-").replace("?q=", "-") or "home"))


def a_family_prints_a_card_from_a_demo_post_in_under_a_minute(live_server, page, screenshot):
    started = time.monotonic()
    page.goto(live_server.url + "/blog/making-a-safety-plan/")
    page.get_by_role("link", name="Add these to my card").first.click()
    page.locator("#id_own_1_name").fill("Aunt May")
    page.locator("#id_own_1_phone").fill("(937) 555-0123")
    page.locator("#id_personal_line").fill("We love you. Call any time.")
    page.get_by_role("button", name="Show the card to print").click()
    expect(page.get_by_role("heading", name="Your card is ready")).to_be_visible()
    expect(page.locator(".resource-card").first).to_contain_text("Aunt May")
    elapsed = time.monotonic() - started
    assert elapsed < 60
    screenshot(page, "walkthrough-card-ready-phone")
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))  # what the phone's Print makes
    text = "\n".join(sheet.extract_text() for sheet in pdf.pages)
    for expected in ("Aunt May", "Call (937) 555-0123", "We love you. Call any time.", "988"):
        assert expected in text
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 816, "height": 1056})  # the printed sheet (Letter at 96 px per inch)
    screenshot(page, "walkthrough-card-printed")


def the_demo_episode_plays_as_long_as_it_says_and_seeks(live_server, page, screenshot):
    page.goto(live_server.url + "/blog/podcast-starting-craft-at-the-kitchen-table/")
    expect(page.get_by_text("24 min listen")).to_be_visible()
    audio = page.locator("audio")
    duration = audio.evaluate(
        """audio => new Promise(resolve => {
            audio.addEventListener("loadedmetadata", () => resolve(audio.duration), {once: true});
            audio.preload = "metadata"; audio.load();
        })"""
    )
    assert duration == pytest.approx(24 * 60, abs=2)
    seeked = audio.evaluate(
        """audio => new Promise(resolve => {
            audio.addEventListener("seeked", () => resolve(audio.currentTime), {once: true});
            audio.currentTime = 1200;
        })"""
    )
    assert seeked == pytest.approx(1200, abs=2)
    assert audio.evaluate("audio => audio.seekable.length > 0 && audio.seekable.end(0) > 1400")
