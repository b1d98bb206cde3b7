"""The listings' kept counts (home.pagination.KeptCountPaginator): one per listing, never shared between the index,
its archives and the author pages, the same for every reader, and harmless when an expiry makes one stale."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from wagtail.models import Page

from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog

pytestmark = pytest.mark.django_db


@pytest.fixture
def posts(home_page, page_cache_off):
    blog = make_blog(home_page)
    author = AuthorFactory(name="Maria Lopez", slug="maria-lopez")
    category = BlogCategoryFactory(name="CRAFT", slug="craft")
    made = [
        BlogPostPageFactory(parent=blog, title=f"Paged post {n:02}", authors=[author], categories=[category])
        for n in range(13)
    ]
    BlogPostPageFactory(parent=blog, title="Tagged one", tags=["boundaries"])
    return made


def page_count(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    page = response.context.get("post_links") if "/authors/" in url else response.context["posts"]
    return page.paginator.num_pages, page.paginator.count


def test_each_listing_keeps_its_own_count_for_every_reader(posts):
    member = Client()
    member.force_login(get_user_model().objects.create_user("reader", password="pass-123456"))  # noqa: S106
    expected = {
        "/blog/": (2, 14),
        "/blog/tag/boundaries/": (1, 1),
        "/blog/category/craft/": (2, 13),
        "/authors/maria-lopez/": (None, 13),  # its own page size
    }
    for _ in range(2):  # counted, then read back
        for client in (Client(), member):
            for url, (pages, count) in expected.items():
                found_pages, found_count = page_count(client, url)
                assert found_count == count, url
                assert pages is None or found_pages == pages, url


def test_a_post_expiring_while_its_count_is_kept_leaves_a_working_last_page(posts):
    assert page_count(Client(), "/blog/?page=2") == (2, 14)
    Page.objects.filter(pk=posts[-1].pk).update(expire_at=timezone.now() - datetime.timedelta(seconds=1))
    response = Client().get("/blog/?page=2")  # the kept count (14) lasts up to FRAGMENT_SECONDS
    assert response.status_code == 200
    assert "Paged post 12" not in response.content.decode()
