"""A parent on a phone finds the trust pages in the footer and writes to the team through the contact form."""

from pathlib import Path

import pytest

from wagtail.contrib.forms.models import FormSubmission

from tests.browser.conftest import PHONE
from tests.factories.contact import make_contact_page
from tests.factories.home import StandardPageFactory, link_in_footer

VAR = Path(__file__).resolve().parents[2] / "var" / "screenshots"

pytestmark = pytest.mark.django_db(transaction=True)


def shot(page, name):
    VAR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(VAR / f"{name}.png"), full_page=True)


@pytest.fixture
def trust_pages(home_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contact": (5, 600)}
    about = StandardPageFactory(parent=home_page, title="About us", slug="about")
    privacy = StandardPageFactory(
        parent=home_page,
        title="Privacy",
        slug="privacy",
        introduction="What we collect, why, how long we keep it, and how to have it erased.",
        body=[("paragraph", "<p>We delete search words after <b>90 days</b> and messages after 12 months.</p>")],
    )
    contact = make_contact_page(home_page)
    link_in_footer(home_page, about, contact, privacy)
    return contact


def test_parent_on_a_phone_finds_contact_in_the_footer_and_sends_a_message(live_server, trust_pages, page, axe_check):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    footer = page.locator("footer").get_by_role("navigation", name="About this site")
    assert footer.get_by_role("link").all_inner_texts() == ["About us", "Contact us", "Privacy"]
    assert page.locator('link[rel="manifest"]').count() == 1
    assert page.locator('link[rel="apple-touch-icon"]').count() == 1

    footer.get_by_role("link", name="Privacy").click()
    page.wait_for_url("**/privacy/")
    axe_check(page)
    shot(page, "privacy-phone")

    page.locator("footer").get_by_role("link", name="Contact us").click()
    page.wait_for_url("**/contact/")
    axe_check(page)
    page.get_by_label("Your name").fill("Jo Parent")
    page.get_by_label("Your email address").fill("jo@example.com")
    page.get_by_label("Your message").fill("Where do I start with my son?")
    shot(page, "contact-phone")
    page.get_by_role("button", name="Send message").click()
    page.get_by_role("heading", name="Thank you: your message was sent").wait_for()
    axe_check(page)
    shot(page, "contact-sent-phone")
    assert FormSubmission.objects.get().form_data["your_name"] == "Jo Parent"


def test_the_icons_and_manifest_are_served(live_server, trust_pages, page):
    for path in ("/favicon.ico", "/static/site.webmanifest", "/static/icons/apple-touch-icon.png"):
        response = page.request.get(live_server.url + path)
        assert response.status == 200, path
    manifest = page.request.get(live_server.url + "/static/site.webmanifest").json()
    assert manifest["theme_color"] == "#1d5c63" and len(manifest["icons"]) == 3
