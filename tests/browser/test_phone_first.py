"""Phone first (390×844): a compact header whose Menu opens without JavaScript, and on every listing the first
post (or the page's main content) starts in the first screen."""

import datetime
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PHONE
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog
from tests.factories.learning import make_learning

pytestmark = pytest.mark.django_db(transaction=True)
VAR = Path(__file__).resolve().parents[2] / "var" / "screenshots"
# The home page's first item is its "help now" box (for a parent in crisis), before any card.
FIRST_ITEM = ".help-now, .card-list > li, .module-list > li, .author-list > li, .search-result"
TAGS = [f"topic {n}" for n in range(20)]


def shot(page, name):
    VAR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(VAR / f"{name}.png"))  # the first screen only: that is what this test is about


@pytest.fixture
def listings(home_page):
    blog = make_blog(
        home_page,
        intro="<p>Stories, ideas and practical steps for families who love someone who drinks too much or uses "
        "drugs. New here? Start with <i>Why confrontation backfires</i>.</p>",
    )
    categories = [
        BlogCategoryFactory(name=name, slug=name.lower().replace(" ", "-"))
        for name in ["CRAFT", "Guest Bloggers", "Family Stories", "Podcast", "Self-care"]
    ]
    author = AuthorFactory(name="Dana Whitfield", slug="dana-whitfield")
    for number in range(14):
        BlogPostPageFactory(
            parent=blog,
            title=f"A post for families, number {number}",
            date=datetime.date(2026, 3, 1) + datetime.timedelta(days=number),
            categories=[categories[number % 5]],
            tags=TAGS[number % 20 : number % 20 + 6],
            authors=[author],
        )
    make_learning(home_page, modules=4)
    return [
        "/",
        "/blog/",
        "/blog/category/craft/",
        "/blog/tag/topic-3/",
        "/blog/2026/",
        "/blog/2026/03/",
        "/authors/",
        "/authors/dana-whitfield/",
        "/learning/",
        "/search/?q=families",
    ]


def test_every_listing_shows_its_first_item_in_the_first_phone_screen(live_server, listings, page, axe_check):
    page.set_viewport_size(PHONE)
    for path in listings:
        page.goto(live_server.url + path)
        first = page.locator(f"main :is({FIRST_ITEM})").first
        target = first if first.count() else page.locator("main h1")
        top = target.bounding_box()["y"]
        assert top < PHONE["height"] - 60, f"{path}: the first item starts at y={top:.0f}"
        header = page.locator(".site-header").bounding_box()
        assert header["height"] <= 120, f"{path}: the header is {header['height']:.0f}px tall"
    page.goto(live_server.url + "/blog/")
    axe_check(page)
    shot(page, "blog-first-screen-phone")


def test_the_menu_opens_and_closes_without_javascript(live_server, listings, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    menu = page.get_by_role("navigation", name="Main")
    expect(page.get_by_role("link", name="Learning").first).not_to_be_visible()
    page.get_by_text("Menu", exact=True).click()
    expect(menu.get_by_role("link", name="Learning")).to_be_visible()
    expect(menu.get_by_role("link", name="Become a member")).to_be_visible()
    shot(page, "menu-open-phone")
    menu.get_by_role("link", name="Learning").click()
    page.wait_for_url("**/learning/")
    expect(page.get_by_role("link", name="Blog").first).not_to_be_visible()  # a new page: the menu is closed again
    context.close()


def test_all_topics_opens_the_rest_of_the_tags(live_server, listings, page):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/blog/")
    filters = page.get_by_role("navigation", name="Browse posts")
    expect(filters.locator(".chip--tag:visible")).to_have_count(4)
    filters.get_by_text("All topics").click()
    assert filters.locator(".chip--tag:visible").count() == filters.locator(".chip--tag").count() == 19
