"""The page cache for anonymous readers (home/page_cache.py): what it stores, who bypasses it, and that every change
readers may see is visible on the very next request.

The cache is on in every test (settings/base.py) and emptied before each one (tests/conftest.py); `X-Page-Cache`
says whether an answer came from it (hit), was stored (miss) or neither (skip).
"""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.http import HttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction, Site

from home import content_generation
from home.models import CrisisSupportSettings, SiteChromeSettings
from home.page_cache import PageCacheMiddleware
from learning import access
from learning.models import SampleRequest
from tests.factories.accounts import UserFactory
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog
from tests.factories.contact import make_contact_page
from tests.factories.home import StandardPageFactory
from tests.factories.learning import LOCKED_WORDS, make_learning, member_user

pytestmark = pytest.mark.django_db


def status(response):
    return response["X-Page-Cache"]


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_no_locked_words(html):
    for where, word in LOCKED_WORDS.items():
        assert word not in html, f"locked {where} text served"


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


@pytest.fixture
def author():
    return AuthorFactory(name="Maria Lopez", slug="maria-lopez")


@pytest.fixture
def post(blog, author):
    return BlogPostPageFactory(
        parent=blog, title="Talking at the kitchen table", slug="kitchen-table", authors=[author]
    )


def warm(client, *urls):
    """Store each page, and check it is served from the cache from then on."""
    for url in urls:
        first = client.get(url)
        assert first.status_code == 200, url
        assert status(first) == "miss", url
        assert status(client.get(url)) == "hit", url


class TestWhatIsStored:
    def test_an_anonymous_page_is_stored_and_served_without_a_query(self, client, post):
        first = client.get(post.url)
        assert status(first) == "miss"
        with CaptureQueriesContext(connection) as queries:
            second = client.get(post.url)
        assert status(second) == "hit"
        assert len(queries) == 0
        assert second.content == first.content

    def test_a_cached_page_keeps_the_security_headers(self, client, post):
        client.get(post.url)
        hit = client.get(post.url)
        assert status(hit) == "hit"
        assert "frame-ancestors" in hit["Content-Security-Policy"]
        assert hit["X-Frame-Options"] == "SAMEORIGIN"
        assert hit["Cross-Origin-Opener-Policy"] == "same-origin"

    def test_public_pages_say_public_with_short_lifetimes_and_vary_on_cookie(self, client, post, settings):
        settings.PAGE_MAX_AGE, settings.CDN_MAX_AGE = 60, 120
        for response in (client.get(post.url), client.get(post.url)):
            assert cache_control(response) == {"public", "max-age=60", "s-maxage=120"}
            assert "Cookie" in response["Vary"]

    def test_by_default_browsers_keep_nothing_and_a_cdn_two_minutes(self, client, post):
        """No purge reaches a reader's browser: they must see a changed crisis bar on their next page (the browser
        test of the crisis bar failed with max-age=60, the reader's browser showing its own copy)."""
        client.get(post.url)
        hit = client.get(post.url)
        assert status(hit) == "hit"
        assert cache_control(hit) == {"public", "max-age=0", "s-maxage=120"}

    def test_tracking_parameters_share_the_plain_addresses_entry(self, client, post):
        client.get(post.url)
        assert status(client.get(post.url + "?fbclid=IwAR0abc&utm_source=facebook")) == "hit"
        assert status(client.get(post.url + "?utm_campaign=december")) == "hit"

    def test_other_query_strings_are_pages_of_their_own(self, client, blog):
        for n in range(13):
            BlogPostPageFactory(parent=blog, title=f"Listed post {n}")
        warm(client, blog.url, blog.url + "?page=2")
        assert "Listed post 0" in client.get(blog.url + "?page=2").content.decode()
        assert "Listed post 0" not in client.get(blog.url).content.decode()

    def test_a_not_found_page_is_public_for_a_cdn_but_not_stored(self, client, home_page):
        for _ in range(2):
            response = client.get("/no-such-page/")
            assert response.status_code == 404
            assert status(response) == "skip"
            assert "public" in cache_control(response)

    def test_a_head_request_gets_the_public_headers_but_is_not_stored(self, client, post):
        response = client.head(post.url)
        assert status(response) == "skip"
        assert "public" in cache_control(response)
        assert status(client.get(post.url)) == "miss"

    def test_the_cache_can_be_turned_off(self, client, post, settings):
        settings.PAGE_CACHE_SECONDS = 0
        client.get(post.url)
        response = client.get(post.url)
        assert status(response) == "skip"
        assert "public" in cache_control(response)  # the headers do not depend on our own cache


class TestWhoBypassesIt:
    def test_logged_in_readers_get_their_own_page_never_the_cached_one(self, client, post):
        warm(client, post.url)
        reader = Client()
        reader.force_login(UserFactory())
        response = reader.get(post.url)
        assert status(response) == "skip"
        assert "My account" in response.content.decode()
        assert {"private", "no-cache"} <= cache_control(response)
        assert "Cookie" in response["Vary"]
        assert "My account" not in client.get(post.url).content.decode()  # nor is theirs stored for others

    def test_a_stale_session_cookie_bypasses_too(self, client, post):
        warm(client, post.url)
        client.cookies["sessionid"] = "not-a-session"
        assert status(client.get(post.url)) == "skip"

    def test_unknown_cookies_bypass_but_the_csrf_cookie_alone_does_not(self, client, post):
        warm(client, post.url)
        client.cookies["csrftoken"] = "x" * 32
        assert status(client.get(post.url)) == "hit"
        client.cookies["something-new"] = "1"
        assert status(client.get(post.url)) == "skip"

    def test_a_page_with_a_csrf_token_is_never_stored(self, client, home_page):
        contact = make_contact_page(home_page)
        responses = [client.get(contact.url), Client().get(contact.url)]
        for response in responses:
            assert response.status_code == 200
            assert status(response) == "skip"
            assert {"private", "no-cache"} <= cache_control(response)
        tokens = [response.cookies["csrftoken"].value for response in responses]
        assert tokens[0] != tokens[1]

    def test_a_reader_coming_from_cached_pages_can_send_the_contact_form(self, home_page, post):
        """The CSRF check is enforced, as in a browser: the token comes with the uncached form page."""
        contact = make_contact_page(home_page)
        reader = Client(enforce_csrf_checks=True)
        warm(reader, post.url)
        form = reader.get(contact.url)
        token = form.cookies["csrftoken"].value
        assert status(reader.get(post.url)) == "hit"  # the CSRF cookie alone keeps the cache
        message = {"your_name": "Jo", "your_email_address": "jo@example.com", "your_message": "Where do I start?"}
        sent = reader.post(contact.url, {**message, "csrfmiddlewaretoken": token})
        assert sent.status_code == 200
        assert "your message was sent" in sent.text

    def test_search_is_never_stored(self, client, post):
        for _ in range(2):
            response = client.get("/search/?q=kitchen")
            assert status(response) == "skip"
            assert "private" in cache_control(response)

    def test_the_admin_is_never_cached(self, client, home_page):
        response = client.get("/admin/login/")
        assert status(response) == "skip"
        assert {"private", "no-cache", "no-store"} <= cache_control(response)

    def test_a_redirect_to_log_in_is_private(self, client, post):
        PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
        response = client.get(post.url)
        assert response.status_code == 302
        assert {"private", "no-cache"} <= cache_control(response)


class TestNoLockedTextFromTheCache:
    @pytest.fixture
    def modules(self, home_page):
        return make_learning(home_page, modules=2, sample_number=2)[1]

    def test_a_members_module_is_never_stored_or_served_to_anonymous_readers(self, client, modules):
        member = Client()
        member.force_login(member_user())
        seen = member.get(modules[0].url)
        assert LOCKED_WORDS["body"] in seen.content.decode()
        assert status(seen) == "skip"
        assert {"private", "no-store"} <= cache_control(seen)
        for _ in range(2):
            anonymous = client.get(modules[0].url)
            assert_no_locked_words(anonymous.content.decode())
        assert status(anonymous) == "hit"

    def test_a_member_never_gets_the_anonymous_teaser_from_the_cache(self, client, modules):
        warm(client, modules[0].url)
        member = Client()
        member.force_login(member_user())
        response = member.get(modules[0].url)
        assert status(response) == "skip"
        assert LOCKED_WORDS["body"] in response.content.decode()

    def test_the_free_sample_holder_bypasses_and_their_lesson_is_not_stored(self, client, modules):
        sample = modules[1]
        warm(client, sample.url)
        holder = Client()
        grant = access.make_sample_grant(SampleRequest.objects.create(email="family@example.com"))
        holder.cookies[access.SAMPLE_GRANT_COOKIE] = grant
        response = holder.get(sample.url)
        assert status(response) == "skip"
        assert LOCKED_WORDS["body"] in response.content.decode()
        assert {"private", "no-store"} <= cache_control(response)
        assert_no_locked_words(client.get(sample.url).content.decode())

    def test_the_emailed_sample_link_is_not_stored(self, client, modules):
        grant = access.make_sample_grant(SampleRequest.objects.create(email="family@example.com"))
        response = client.get(f"/learning/sample/access/{grant}/")
        assert response.status_code == 302
        assert status(response) == "skip"
        assert "private" in cache_control(response)


def publish_change(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


class TestEveryChangeShowsOnTheNextRequest:
    def test_publishing_a_change(self, client, post, blog):
        warm(client, post.url, blog.url, "/")
        publish_change(post, title="Talking on a walk")
        for url in (post.url, blog.url, "/"):
            response = client.get(url)
            assert status(response) == "miss"
            assert "Talking on a walk" in response.content.decode(), url

    def test_publishing_a_new_post(self, client, blog, post):
        warm(client, blog.url, "/blog/feed/")
        new = BlogPostPageFactory(parent=blog, title="A brand new post", live=False)
        new.save_revision().publish()
        assert "A brand new post" in client.get(blog.url).content.decode()
        assert "A brand new post" in client.get("/blog/feed/").content.decode()

    def test_unpublishing(self, client, post, blog):
        warm(client, post.url, blog.url)
        post.unpublish()
        assert client.get(post.url).status_code == 404
        assert "Talking at the kitchen table" not in client.get(blog.url).content.decode()

    def test_a_scheduled_publication_firing(self, client, post, blog):
        warm(client, post.url, blog.url)
        post.title = "Published by the scheduler"
        revision = post.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
        assert revision.approved_go_live_at is not None
        assert "Published by the scheduler" not in client.get(post.url).content.decode()
        call_command("publish_scheduled")
        assert "Published by the scheduler" in client.get(post.url).content.decode()
        assert "Published by the scheduler" in client.get(blog.url).content.decode()

    def test_a_scheduled_expiry_firing(self, client, post, blog):
        warm(client, post.url, blog.url)
        type(post).objects.filter(pk=post.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
        call_command("publish_scheduled")
        assert client.get(post.url).status_code == 404
        assert "Talking at the kitchen table" not in client.get(blog.url).content.decode()

    def test_moving_a_page(self, client, home_page):
        section = StandardPageFactory(parent=home_page, title="Section", slug="section")
        page = StandardPageFactory(parent=home_page, title="Moving page", slug="moving")
        warm(client, "/moving/", section.url)
        page.move(section, pos="last-child")
        old_address = client.get("/moving/")
        assert old_address.status_code == 301  # Wagtail's automatic redirect, not the stored page
        assert old_address["Location"] == "/section/moving/"
        assert client.get("/section/moving/").status_code == 200

    def test_deleting_a_page(self, client, post, blog):
        warm(client, post.url, blog.url)
        url = post.url
        post.delete()
        assert client.get(url).status_code == 404
        assert "Talking at the kitchen table" not in client.get(blog.url).content.decode()

    def test_making_a_page_private_and_public_again(self, client, post, blog):
        warm(client, post.url, blog.url)
        restriction = PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
        assert client.get(post.url).status_code == 302
        assert "Talking at the kitchen table" not in client.get(blog.url).content.decode()
        restriction.delete()
        assert client.get(post.url).status_code == 200

    def test_changing_a_restrictions_groups(self, post):
        restriction = PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.GROUPS)
        before = content_generation.current()
        restriction.groups.add(Group.objects.create(name="Readers"))
        assert content_generation.current() != before

    def test_renaming_an_author(self, client, post, author):
        warm(client, post.url, author.get_absolute_url())
        author.name = "Maria López-Reyes"
        author.save()
        assert "Maria López-Reyes" in client.get(post.url).content.decode()
        assert "Maria López-Reyes" in client.get(author.get_absolute_url()).content.decode()

    def test_renaming_a_category(self, client, blog, author):
        category = BlogCategoryFactory(name="Coping", slug="coping")
        listed = BlogPostPageFactory(parent=blog, categories=[category], authors=[author])
        warm(client, listed.url, blog.url)
        category.name = "Coping day to day"
        category.save()
        assert "Coping day to day" in client.get(listed.url).content.decode()
        assert "Coping day to day" in client.get(blog.url).content.decode()

    def test_publishing_the_crisis_bar(self, client, post):
        warm(client, post.url, "/")
        crisis = CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))
        crisis.message = "Worried right now? Call or text 988."
        crisis.save_revision().publish()
        for url in (post.url, "/"):
            assert "Worried right now? Call or text 988." in client.get(url).content.decode()

    def test_saving_the_footer(self, client, post, home_page):
        about = StandardPageFactory(parent=home_page, title="About the charity", slug="about")
        warm(client, post.url)
        chrome = SiteChromeSettings.for_site(Site.objects.get(is_default_site=True))
        chrome.footer_links = [("link", {"page": about, "label": "Who we are"})]
        chrome.save()
        assert "Who we are" in client.get(post.url).content.decode()

    def test_changing_a_pictures_alt_text(self, client, post):
        warm(client, post.url)
        image = post.featured_image
        post.featured_image_alt = ""
        post.save_revision().publish()
        client.get(post.url)
        image.description = "Two people talking on a porch"
        image.save()
        assert "Two people talking on a porch" in client.get(post.url).content.decode()

    def test_a_change_inside_a_transaction_starts_another_generation_at_commit(
        self, post, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            publish_change(post, title="Committed")
            during = content_generation.current()
        assert content_generation.current() != during


def test_a_response_written_in_pieces_leaves_as_one(rf):
    """A feed is written item by item; gunicorn sent each piece with its own system call (cached feeds served at a
    tenth of other cached pages' rate). The middleware joins them."""

    def view(request):
        response = HttpResponse(content_type="application/rss+xml")
        for n in range(100):
            response.write(f"<item>{n}</item>")
        return response

    response = PageCacheMiddleware(view)(rf.get("/blog/feed/"))
    assert list(response) == [b"".join(f"<item>{n}</item>".encode() for n in range(100))]
