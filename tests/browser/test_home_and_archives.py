"""On a phone (390×844): the home page for a parent in crisis, a newcomer and a returning member; a month archive;
a podcast episode. Each passes axe (no serious or critical problem) and is screenshotted to var/screenshots/."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from home.models import HomeStartHereLink
from learning.models import ModuleProgress
from tests.browser.conftest import PHONE, SCREENSHOTS
from tests.factories.blog import BlogPostPageFactory, episode_recording, make_blog
from tests.factories.home import StandardPageFactory
from tests.factories.learning import make_learning, member_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(home_page):
    blog = make_blog(home_page)
    posts = [
        BlogPostPageFactory(
            parent=blog,
            title=f"What helped us in week {n}",
            slug=f"week-{n}",
            date=datetime.date(2026, 3, n),
        )
        for n in range(1, 7)
    ]
    episode = BlogPostPageFactory(
        parent=blog,
        title="Podcast, episode 1: starting at the kitchen table",
        slug="podcast-1",
        date=datetime.date(2026, 3, 10),
        episode_audio=episode_recording(),
        episode_duration=datetime.timedelta(minutes=24, seconds=10),
    )
    _, modules = make_learning(home_page, modules=3, sample_number=1)
    home_page.help_now_page = StandardPageFactory(parent=home_page, title="Get help now", slug="help")
    home_page.free_module = modules[0]
    home_page.start_here_links = [HomeStartHereLink(page=post, sort_order=n) for n, post in enumerate(posts[:3])]
    home_page.save_revision().publish()
    return posts, episode, modules


def top_of(page, selector):
    return page.locator(selector).first.bounding_box()["y"]


def test_home_page_for_a_parent_in_crisis_and_a_newcomer(live_server, site, page, screenshot, axe_check):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    help_now = page.get_by_role("region", name=re.compile("safety right now"))
    assert top_of(page, ".help-now") < PHONE["height"], "help now must start in the first screen"
    assert help_now.get_by_role("link", name=re.compile("^Call 988")).get_attribute("href") == "tel:988"
    start = page.get_by_role("region", name="New here? Start with these")
    assert start.locator(".card__title").all_inner_texts()[:3] == [f"What helped us in week {n}" for n in (1, 2, 3)]
    expect(start.get_by_role("link", name="Get this module free")).to_be_visible()
    expect(page.get_by_role("region", name="From the podcast").get_by_text("Listen: 24 minutes")).to_be_visible()
    assert not page.get_by_role("region", name="Your next step").count()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "home-first-screen-phone.png"))  # the first screen only
    screenshot(page, "home-three-readers-phone")
    axe_check(page)


def test_home_page_for_a_returning_member(live_server, site, page, screenshot, axe_check):
    _, _, modules = site
    user = member_user()
    ModuleProgress.mark_complete(user, modules[0])
    ModuleProgress.record_section(user, modules[1], "watch")
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email address or username").fill(user.username)
    page.get_by_label(re.compile(r"^Password:?$")).fill("correct-horse-battery")
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + "/")
    step = page.get_by_role("region", name="Your next step")
    expect(step.get_by_text("1 of 3 modules done.")).to_be_visible()
    assert not page.get_by_role("link", name="Become a member").count()
    screenshot(page, "home-member-phone")
    axe_check(page)
    step.get_by_role("link", name=re.compile("Continue where you left off")).click()
    page.wait_for_url(f"**{modules[1].url}#watch")


def test_month_archive_and_podcast_episode(live_server, site, page, screenshot, axe_check):
    _, episode, _ = site
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/blog/")
    page.get_by_role("navigation", name="Posts by month").get_by_role("link", name=re.compile("March 2026")).click()
    page.wait_for_url("**/blog/2026/03/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Posts from March 2026")
    assert top_of(page, "main .card-list > li") < PHONE["height"] - 60
    screenshot(page, "blog-month-archive-phone")
    axe_check(page)

    page.goto(live_server.url + episode.url)
    expect(page.get_by_text("24 min listen")).to_be_visible()
    expect(page.get_by_text("min read")).to_have_count(0)
    player = page.locator("audio.post__audio")
    expect(player).to_be_visible()
    expect(player).to_have_attribute("src", episode.episode_audio.url)
    screenshot(page, "podcast-episode-phone")
    axe_check(page)
