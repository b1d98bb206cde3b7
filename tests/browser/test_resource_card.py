"""A parent on a phone builds a resource card from a post and prints it; the directory and builder pass axe."""

import io
import time

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from resources.models import Kind
from tests.browser.conftest import PHONE, SCREENSHOTS
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.resources import ResourceFactory

pytestmark = pytest.mark.django_db(transaction=True)
OUT = SCREENSHOTS  # var/screenshots/, or docs/screenshots/ under `make screenshots`


@pytest.fixture
def post_with_resources(home_page):
    lifeline = ResourceFactory(
        name="988 Suicide & Crisis Lifeline", region="national", phone="988", text_number="988", kind=Kind.HELPLINE
    )
    detox = ResourceFactory(name="Lakeshore Recovery Center", phone="216-555-0142", hours="Admissions 24 hours")
    body = [("resources", {"heading": "Who to call", "resources": [lifeline, detox]})]
    return BlogPostPageFactory(parent=make_blog(home_page), title="When they refuse treatment", body=body)


def test_parent_on_a_phone_builds_and_prints_a_card(live_server, post_with_resources, page):
    started = time.monotonic()
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + post_with_resources.url)
    page.get_by_role("link", name="Add these to my card").click()

    assert page.get_by_role("checkbox", name="988 Suicide & Crisis Lifeline").is_checked()
    assert page.get_by_role("checkbox", name="Lakeshore Recovery Center").is_checked()
    expect(page.get_by_text("nothing you type here is saved")).to_be_visible()
    page.locator("#id_own_1_name").fill("Dr. Ruiz (counsellor)")
    page.locator("#id_own_1_phone").fill("(216) 555-0199")
    page.locator("#id_personal_line").fill("We love you. Call any time.")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scrolling
    page.get_by_role("button", name="Show the card to print").click()

    page.get_by_role("heading", name="Your card is ready").wait_for()
    cards = page.locator(".resource-card")
    expect(cards).to_have_count(2)
    expect(cards.first).to_contain_text("Dr. Ruiz (counsellor)")
    assert time.monotonic() - started < 60

    page.emulate_media(media="print")
    page.set_viewport_size({"width": 816, "height": 1056})  # a Letter sheet at 96 px per inch, for the screenshot
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / "resource-card-printed.png"), full_page=True)
    expect(page.locator(".crisis-bar")).not_to_be_visible()  # the print stylesheet shows only the cards
    pdf = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    text = "\n".join(sheet.extract_text() for sheet in pdf.pages)
    assert len(pdf.pages) == 1
    assert float(pdf.pages[0].mediabox.width) == pytest.approx(612, abs=1)  # US Letter, 8.5 in
    for expected in ("988 Suicide & Crisis Lifeline", "Lakeshore Recovery Center", "Dr. Ruiz (counsellor)",
                     "Call (216) 555-0199", "We love you. Call any time."):  # fmt: skip
        assert text.count(expected) == 2, expected


def test_card_builder_core_path_without_javascript(live_server, post_with_resources, browser):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/resources/")
    page.get_by_role("checkbox", name="Put on my card").first.check()
    page.get_by_role("button", name="Make a card with the ones I ticked").click()
    page.locator("#id_own_1_name").fill("Aunt Jo")
    page.get_by_role("radio", name="Wallet size (3.5 × 2 in), four to a page").check()
    page.get_by_role("button", name="Show the card to print").click()
    expect(page.locator(".resource-card--wallet")).to_have_count(4)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download a PDF").click()
    path = download.value.path()
    assert "Aunt Jo" in PdfReader(path).pages[0].extract_text()
    context.close()


@pytest.mark.parametrize("url", ["/resources/", "/resources/card/"])
def test_directory_and_builder_pass_axe_on_a_phone(live_server, post_with_resources, page, axe_check, url):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + url)
    axe_check(page)
    page.screenshot(path=str(OUT / f"resources-{url.strip('/').replace('/', '-')}-phone.png"), full_page=True)
