"""Browser flows of the learning platform: the free sample by email, and a family joining with a code."""

import re

import pytest
from playwright.sync_api import expect

from django.core import mail

from tests.browser.conftest import DESKTOP, PHONE
from tests.factories.learning import LOCKED_WORDS, AccessCodeFactory, make_learning, member_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def learning(home_page):
    return make_learning(home_page, modules=3, sample_number=2)


def test_visitor_gets_the_free_sample_by_email(live_server, learning, page, screenshot, axe_check):
    _, modules = learning
    mail.outbox.clear()
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + modules[1].url)
    assert LOCKED_WORDS["body"] not in page.content()
    page.get_by_role("link", name="Get it free").click()

    page.get_by_label("Your first name").fill("Robin")
    page.get_by_label("Your email address").fill("robin@example.com")
    page.get_by_label("Who are you worried about?").select_option("child")
    page.get_by_label("Also send me occasional news").check()
    screenshot(page, "sample-request")
    axe_check(page)
    page.get_by_role("button", name="Email me the free module").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()

    link = re.search(r"http://[^/\s]+(/learning/sample/access/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(live_server.url + link)
    assert page.url.endswith(modules[1].url)
    assert LOCKED_WORDS["body"] in page.content()
    page.goto(live_server.url + modules[0].url)
    assert LOCKED_WORDS["body"] not in page.content()


def test_family_joins_with_a_code_completes_a_module_and_sees_progress(live_server, learning, page, screenshot):
    index, modules = learning
    AccessCodeFactory(code="DEMO-SPONSOR", seats=25)
    mail.outbox.clear()
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/accounts/join/")
    page.get_by_label("Email address").fill("family@example.com")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-long-family-passphrase")
    page.get_by_label("Type the password again").fill("a-long-family-passphrase")
    page.get_by_label(re.compile("^Access code")).fill("demo-sponsor")
    page.get_by_role("button", name="Join").click()

    link = re.search(r"http://[^/\s]+(/accounts/verify/\S+/)", mail.outbox[-1].body).group(1)
    page.goto(live_server.url + link)
    page.get_by_role("button", name="Confirm my email address").click()
    expect(page.get_by_text("your email address is confirmed")).to_be_visible()
    page.get_by_label("Email address or username").fill("family@example.com")
    page.get_by_label(re.compile(r"^Password:?$")).fill("a-long-family-passphrase")
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + modules[0].url)
    assert LOCKED_WORDS["body"] in page.content()
    page.get_by_role("button", name="Mark as done").click()
    page.goto(live_server.url + index.url)
    expect(page.get_by_text("1 of 3 done")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Continue where you left off"))).to_be_visible()
    screenshot(page, "learning-progress")


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_learning_pages_pass_axe(live_server, learning, page, screenshot, axe_check, who):
    index, modules = learning
    if who == "member":
        user = member_user()
        page.goto(live_server.url + "/accounts/login/")
        page.get_by_label("Email address or username").fill(user.username)
        page.get_by_label(re.compile(r"^Password:?$")).fill("correct-horse-battery")
        page.get_by_role("button", name="Log in").click()
    for url, name in ((index.url, "learning-index"), (modules[0].url, "module")):
        page.goto(live_server.url + url)
        screenshot(page, f"{name}-{who}")
        axe_check(page)
