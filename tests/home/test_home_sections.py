"""The home page for three readers: help now (a parent in crisis), start here (three chosen posts and the free
module, for a newcomer), and for a returning reader the newest posts, the podcast and a member's next step.
Anonymous readers all get the same, cacheable page; anyone logged in gets a private one."""

import datetime
import json
import re

import pytest

from django.test import Client

from home.models import HomeStartHereLink
from learning.models import ModuleProgress
from tests.blog.conftest import HIDDEN
from tests.factories.accounts import UserFactory
from tests.factories.blog import BlogPostPageFactory, episode_recording, make_blog
from tests.factories.home import StandardPageFactory, make_site_with_home
from tests.factories.learning import make_learning, member_user

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]


@pytest.fixture(scope="module")
def home(module_db):
    """Built once for the module; each test's own changes are rolled back after it."""
    home_page = make_site_with_home()
    blog = make_blog(home_page)
    posts = [
        BlogPostPageFactory(parent=blog, title=f"Post {n}", slug=f"post-{n}", date=datetime.date(2026, 1, n))
        for n in range(1, 6)
    ]
    _, modules = make_learning(home_page, modules=3, sample_number=2)
    help_page = StandardPageFactory(parent=home_page, title="Get help now", slug="help")
    home_page.help_now_page = help_page
    home_page.free_module = modules[1]
    home_page.start_here_links = [
        HomeStartHereLink(page=posts[3], sort_order=0),
        HomeStartHereLink(page=posts[0], sort_order=1),
        HomeStartHereLink(page=help_page, sort_order=2),
    ]
    home_page.save_revision().publish()
    return home_page, blog, posts, modules


def section(html, heading_id):
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


def test_help_now_comes_first_with_the_crisis_lines(client, home):
    html = client.get("/").content.decode()
    help_now = section(html, "help-now-heading")
    assert "Worried about someone&#x27;s safety right now?" in help_now
    assert 'href="tel:988"' in help_now and 'href="sms:988"' in help_now and 'href="tel:18006624357"' in help_now
    assert 'href="/help/">More ways to get help now' in help_now
    assert html.index('id="help-now-heading"') < html.index('id="start-here-heading"')


def test_start_here_shows_the_chosen_pages_in_order_and_the_free_module(client, home):
    _, _, posts, modules = home
    start = section(client.get("/").content.decode(), "start-here-heading")
    assert re.findall(r'card__title"><a href="([^"]+)"', start) == ["/blog/post-4/", "/blog/post-1/", "/help/"] + [
        modules[1].url
    ]
    assert "Get this module free" in start


def test_start_here_leaves_out_what_readers_may_not_see(client, home):
    home_page, blog, posts, _ = home
    hidden = BlogPostPageFactory(parent=blog, title=HIDDEN, slug="hidden")
    hidden.unpublish()
    HomeStartHereLink.objects.filter(page=posts[0]).update(page=hidden)
    html = client.get("/").content.decode()
    assert HIDDEN not in html


def test_returning_readers_see_the_newest_posts_and_the_podcast(client, home):
    _, blog, _, _ = home
    episode = BlogPostPageFactory(
        parent=blog,
        title="Podcast, episode 1",
        date=datetime.date(2025, 12, 1),
        episode_audio=episode_recording(),
        episode_duration=datetime.timedelta(minutes=24),
    )
    html = client.get("/").content.decode()
    assert "Post 5" in section(html, "newest-posts-heading")
    podcast = section(html, "latest-episode-heading")
    assert episode.title in podcast and "Listen: 24 minutes" in podcast and 'href="/blog/podcast/feed/"' in podcast


def test_a_member_sees_their_next_step_and_anonymous_readers_never_do(client, home):
    _, _, _, modules = home
    assert 'id="next-step-heading"' not in client.get("/").content.decode()
    user = member_user()
    member = Client()
    member.force_login(user)
    ModuleProgress.mark_complete(user, modules[0])
    ModuleProgress.record_section(user, modules[1], "watch")
    response = member.get("/")
    step = section(response.content.decode(), "next-step-heading")
    assert "1 of 3 modules done." in step
    assert f'href="{modules[1].url}#watch">Continue where you left off: module 2' in step
    assert "private" in response["Cache-Control"]


def test_anonymous_responses_are_public_and_logged_in_ones_private(client, home):
    assert "private" not in client.get("/").get("Cache-Control", "")
    non_member = Client()
    non_member.force_login(UserFactory())
    response = non_member.get("/")
    assert "private" in response["Cache-Control"]
    assert 'id="next-step-heading"' not in response.content.decode()


def test_the_home_page_describes_the_organization_and_its_search(client, home):
    html = client.get("/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.+?)</script>', html).group(1))
    organization, website = data["@graph"]
    assert organization["@type"] == "Organization" and organization["logo"]["url"].endswith("/icon-512.png")
    assert website["potentialAction"]["target"]["urlTemplate"] == "http://localhost/search/?q={search_term_string}"


def test_every_page_advertises_the_feeds(client, home):
    for path in ("/", "/help/", "/learning/"):
        html = client.get(path).content.decode()
        assert (
            '<link rel="alternate" type="application/rss+xml" title="Blog · Steady Ground (RSS)" href="/blog/feed/">'
            in html
        )
        assert 'href="/blog/podcast/feed/"' in html


def test_pages_below_home_carry_a_breadcrumb_list(client, home):
    _, _, posts, _ = home
    html = client.get(posts[0].url).content.decode()
    scripts = [json.loads(found) for found in re.findall(r'<script type="application/ld\+json">(.+?)</script>', html)]
    [crumbs] = [data for data in scripts if data["@type"] == "BreadcrumbList"]
    assert [(item["position"], item["name"]) for item in crumbs["itemListElement"]] == [
        (1, "Home"),
        (2, "Blog"),
        (3, "Post 1"),
    ]
    archive = client.get("/blog/2026/01/").content.decode()
    assert '"name": "Posts from January 2026", "item": "http://localhost/blog/2026/01/"' in archive


@pytest.mark.usefixtures("page_cache_off")
def test_query_count_does_not_grow_with_posts(client, home, django_assert_max_num_queries):
    from django.core.cache import cache

    _, blog, _, _ = home
    counts = []
    for extra in (2, 20):
        for _ in range(extra):
            BlogPostPageFactory(parent=blog, episode_audio=episode_recording(), episode_duration=datetime.timedelta(1))
        client.get("/")  # what each process keeps once (content types, site root paths)
        cache.clear()  # the lists below "Start here" are rendered once per content generation: count them too
        with django_assert_max_num_queries(60) as rendering:
            client.get("/")
        with django_assert_max_num_queries(40) as shared:
            client.get("/")
        counts.append((len(rendering), len(shared)))
    # Site, page, chrome settings; each list (chosen pages by type, newest posts, episode, modules) asks the
    # readers' rule once (a page query; which pages are view-restricted is read once per request) and
    # prefetches its authors and pictures. The newest posts, the episode and the modules are the same for every
    # reader: rendered once (the first count, which also reads the settings the cache keeps), then read from the
    # cache.
    assert counts[0] == counts[1] == (32, 16), counts
