import re

import pytest

from tests.browser.conftest import DESKTOP
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogPostPageFactory, make_blog

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def corpus(home_page):
    blog = make_blog(home_page)
    for n in range(12):
        BlogPostPageFactory(parent=blog, title=f"Hope after a hard week {n}", intro="Small steps of hope.")
    AuthorFactory(name="Hope Marlow", slug="hope-marlow")
    return blog


def test_reader_searches_from_the_header(live_server, corpus, page, screenshot, axe_check):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/")
    box = page.get_by_role("combobox", name="Search the site")
    box.press_sequentially("Hope after a hard week 1", delay=20)
    page.wait_for_function("document.querySelectorAll('#header-search-suggestions option').length > 0")
    suggestion = page.eval_on_selector("#header-search-suggestions option", "option => option.value")
    box.fill(suggestion)
    box.dispatch_event("input")
    page.wait_for_url(re.compile(r"/blog/post-\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == suggestion

    page.goto(live_server.url + "/")
    box = page.get_by_role("combobox", name="Search the site")
    box.fill("hope")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=hope"))
    assert page.get_by_text("13 results, page 1 of 2").is_visible()
    screenshot(page, "search-results")
    axe_check(page)

    page.get_by_role("link", name=re.compile(r"^Blog posts")).click()
    assert page.get_by_text("12 results, page 1 of 2").is_visible()
    page.get_by_role("link", name="Next").click()
    assert page.get_by_text("12 results, page 2 of 2").is_visible()
    assert page.locator(".search-result").count() == 2

    page.goto(live_server.url + "/search/?q=hope&type=authors")
    assert page.get_by_role("link", name="Hope Marlow").is_visible()
