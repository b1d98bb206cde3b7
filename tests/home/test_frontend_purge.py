"""CDN purging (home/frontend_purge.py): each change sends the addresses it touches to Wagtail's frontend cache
backends once its transaction commits. A recording backend stands in for the CDN."""

import datetime

import pytest

from django.contrib.auth.models import Group

from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import PageViewRestriction, Site

from home.models import CrisisSupportSettings
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db
ROOT = "http://localhost"


class RecordingBackend(BaseBackend):
    """Remembers every address it is asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@pytest.fixture
def purged(settings):
    settings.WAGTAILFRONTENDCACHE = {"recording": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RecordingBackend.purged = []
    return RecordingBackend.purged


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


@pytest.fixture
def author():
    return AuthorFactory(name="Maria Lopez", slug="maria-lopez")


@pytest.fixture
def post(blog, author):
    category = BlogCategoryFactory(name="Craft", slug="craft")
    return BlogPostPageFactory(
        parent=blog,
        slug="kitchen-table",
        date=datetime.date(2026, 3, 5),
        authors=[author],
        categories=[category],
        tags=["boundaries"],
    )


def urls(*paths):
    return {ROOT + path for path in paths}


def test_nothing_is_sent_without_a_configured_cdn(settings, post, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    RecordingBackend.purged = []
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
        crisis = CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))
        crisis.save()
    assert RecordingBackend.purged == []


def test_publishing_a_post_purges_it_its_listings_archives_feeds_author_home_and_sitemap(
    purged, post, blog, django_capture_on_commit_callbacks
):
    for _ in range(12):
        BlogPostPageFactory(parent=blog)
    with django_capture_on_commit_callbacks(execute=True):
        post.save_revision().publish()
    assert urls(
        "/",
        "/blog/kitchen-table/",
        "/blog/",
        "/blog/?page=2",
        "/blog/feed/",
        "/blog/feed/atom/",
        "/blog/2026/",
        "/blog/2026/03/",
        "/blog/category/craft/",
        "/blog/category/craft/feed/",
        "/blog/tag/boundaries/",
        "/blog/tag/boundaries/feed/",
        "/authors/maria-lopez/",
        "/authors/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
    ) <= set(purged)


def test_nothing_is_sent_before_the_transaction_commits(purged, post, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post.save_revision().publish()
    assert purged == []
    assert callbacks


def test_unpublishing_purges_the_same_addresses(purged, post, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post.unpublish()
    assert urls("/blog/kitchen-table/", "/blog/", "/blog/tag/boundaries/", "/authors/maria-lopez/") <= set(purged)


def test_another_page_purges_itself_its_parent_home_and_sitemap(purged, home_page, django_capture_on_commit_callbacks):
    section = StandardPageFactory(parent=home_page, slug="about")
    page = StandardPageFactory(parent=section, slug="team")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert urls("/about/team/", "/about/", "/", "/sitemap.xml") <= set(purged)


def test_moving_a_page_purges_its_old_and_new_addresses_and_those_below_it(
    purged, home_page, django_capture_on_commit_callbacks
):
    section = StandardPageFactory(parent=home_page, slug="section")
    page = StandardPageFactory(parent=home_page, slug="moving")
    StandardPageFactory(parent=page, slug="below")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(section, pos="last-child")
    assert urls("/moving/", "/moving/below/", "/section/moving/", "/section/") <= set(purged)


def test_deleting_a_post_purges_the_addresses_it_was_on(purged, post, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post.delete()
    assert urls("/blog/kitchen-table/", "/blog/category/craft/", "/authors/maria-lopez/") <= set(purged)


def test_a_privacy_change_purges_the_page_and_everything_below_it(
    purged, post, blog, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(page=blog, restriction_type=PageViewRestriction.GROUPS)
    assert urls("/blog/", "/blog/kitchen-table/", "/") <= set(purged)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.groups.add(Group.objects.create(name="Readers"))
    assert ROOT + "/blog/" in purged
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert urls("/blog/", "/blog/kitchen-table/") <= set(purged)


def test_a_snippet_or_setting_purges_every_public_address(purged, post, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        crisis = CrisisSupportSettings.for_site(Site.objects.get(is_default_site=True))
    assert purged == []  # the row made by the first page that reads it changes nothing shown
    with django_capture_on_commit_callbacks(execute=True):
        crisis.message = "Worried right now? Call or text 988."
        crisis.save_revision().publish()
    assert urls(
        "/",
        "/blog/",
        "/blog/kitchen-table/",
        "/blog/feed/",
        "/blog/category/craft/",
        "/blog/tag/boundaries/",
        "/blog/2026/03/",
        "/authors/maria-lopez/",
        "/sitemap.xml",
    ) <= set(purged)


def test_renaming_an_author_purges_their_page_and_posts(purged, post, author, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        author.name = "Maria López-Reyes"
        author.save()
    assert urls("/authors/maria-lopez/", "/blog/kitchen-table/") <= set(purged)
