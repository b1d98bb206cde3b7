import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE
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
    page.wait_for_selector("#header-search-suggestions option", state="attached")  # no eval: the CSP forbids it
    suggestion = page.eval_on_selector("#header-search-suggestions option", "option => option.value")
    box.fill(suggestion)
    box.dispatch_event("input")
    page.wait_for_url(re.compile(r"/blog/post-\d+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(suggestion)

    page.goto(live_server.url + "/")
    box = page.get_by_role("combobox", name="Search the site")
    box.fill("hope")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=hope"))
    expect(page.get_by_text("13 results, page 1 of 2")).to_be_visible()
    screenshot(page, "search-results")
    axe_check(page)

    page.get_by_role("link", name=re.compile(r"^Blog posts")).click()
    expect(page.get_by_text("12 results, page 1 of 2")).to_be_visible()
    page.get_by_role("link", name="Next").click()
    expect(page.get_by_text("12 results, page 2 of 2")).to_be_visible()
    expect(page.locator(".search-result")).to_have_count(2)

    page.goto(live_server.url + "/search/?q=hope&type=authors")
    expect(page.get_by_role("link", name="Hope Marlow")).to_be_visible()


def test_parent_types_a_misspelt_question_and_reads_the_best_sentence(live_server, home_page, page, axe_check):
    blog = make_blog(home_page)
    BlogPostPageFactory(
        parent=blog,
        title="Relapse is often part of recovery",
        intro="A relapse feels like the end. For most people it is a step on a longer road.",
        body=[("paragraph", "<p>We had dinner. Talk about what led up to the relapse, without blame.</p>")],
        featured_image=None,
    )
    BlogPostPageFactory(parent=blog, title="Rewarding sober time", featured_image=None)
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/search/")
    box = page.get_by_role("searchbox", name="Search the site")
    box.fill("what do i say after a relapce")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q="))
    expect(page.get_by_text("Did you mean")).to_be_visible()
    first = page.locator(".search-result").first
    expect(first.get_by_role("link")).to_have_text("Relapse is often part of recovery")
    assert first.locator("mark").first.inner_text().lower() == "relapse"
    page.screenshot(path="var/search-corrected-question.png", full_page=True)
    axe_check(page)
