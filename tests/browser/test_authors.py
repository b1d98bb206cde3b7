import datetime

import pytest
from playwright.sync_api import expect

from wagtail.models import Collection

from authors.models import Author
from tests.browser.conftest import DESKTOP, PHONE
from tests.factories.authors import AuthorFactory, BookFactory
from tests.factories.blog import BlogPostPageFactory, make_blog
from tests.factories.images import picture


def demo_author(home_page):
    """An author with a photo, a memoir with a cover, and three posts with pictures."""
    if Collection.get_first_root_node() is None:  # a transactional test flushed Wagtail's migration data
        Collection.add_root(name="Root")
    author = AuthorFactory(
        name="Marcus Ellery",
        slug="marcus-ellery",
        role=Author.Role.GUEST,
        location="Dayton, Ohio",
        website="https://example.com/marcus-ellery",
        bio="<p>Marcus is a father of two and a music teacher. He writes about the years before his son's "
        "recovery, and what he wishes he had known sooner.</p>",
        photo=picture("Portrait", "portrait", 800, 800),
    )
    BookFactory(
        author=author,
        title="Porch Light",
        subtitle="A Father's Memoir of Addiction, Hope and Learning to Listen",
        year=2022,
        link="https://example.com/books/porch-light",
        cover=picture("Cover", "cover", 600, 900),
    )
    blog = make_blog(home_page)
    for number, (title, time_of_day) in enumerate(
        [("The night I stopped waiting up", "night"), ("What my memoir left out", "dawn"), ("Sleep again", "dusk")]
    ):
        BlogPostPageFactory(
            parent=blog,
            title=title,
            date=datetime.date(2026, 3, 1) + datetime.timedelta(days=number),
            intro="A father's story about waiting up, letting go and making breakfast instead.",
            featured_image=picture(title, time_of_day),
            authors=[author],
        )
    return author


@pytest.mark.django_db(transaction=True)
def test_author_page_in_chromium(live_server, home_page, page, screenshot, axe_check):
    author = demo_author(home_page)
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + author.get_absolute_url())

    expect(page.get_by_role("heading", level=1)).to_have_text("Marcus Ellery")
    assert page.get_by_role("link", name="Porch Light").get_attribute("href") == "https://example.com/books/porch-light"
    expect(page.get_by_role("link", name="What my memoir left out")).to_be_visible()
    screenshot(page, "author-page")
    axe_check(page)


@pytest.mark.django_db(transaction=True)
def test_author_index_in_chromium(live_server, home_page, page, axe_check):
    demo_author(home_page)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/authors/")

    page.get_by_role("link", name="Marcus Ellery").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Marcus Ellery")
    page.go_back()
    axe_check(page)
