"""Query budgets: each blog page costs as many queries with 50 posts as with 5 (no query per post)."""

import pytest

from django.core.cache import cache

from tests.factories.authors import BookFactory, ImageFactory
from tests.factories.blog import BlogPostPageFactory

pytestmark = pytest.mark.django_db

BUDGET = 40  # a ceiling while measuring; each test pins its exact count below


def queries_with_5_and_50_posts(client, url, add_posts, django_assert_max_num_queries):
    """The queries one anonymous GET of `url` takes with 5 posts and then with 50, asserted equal.

    A warm-up GET first makes the image renditions, as on a running site; the cache is then emptied so that no
    cached rendition hides a query per post.
    """
    counts = []
    for new_posts in (5, 45):
        add_posts(new_posts)
        assert client.get(url).status_code == 200
        cache.clear()
        with django_assert_max_num_queries(BUDGET) as captured:
            client.get(url)
        counts.append(len(captured))
    small, large = counts
    assert small == large, f"{url}: {small} queries with 5 posts but {large} with 50"
    return small


@pytest.fixture
def add_posts(blog, author, category):
    """Adds posts by one author, in one category, sharing tags: every listing and archive grows with them."""
    author.photo = ImageFactory()
    author.save()
    BookFactory(author=author, cover=ImageFactory())
    BookFactory(author=author, cover=ImageFactory())

    def add(count):
        for _ in range(count):
            BlogPostPageFactory(parent=blog, authors=[author], categories=[category], tags=["boundaries", "family"])

    return add


def test_blog_index(client, add_posts, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/", add_posts, django_assert_max_num_queries) == 20


def test_category_archive(client, add_posts, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/category/craft/", add_posts, django_assert_max_num_queries) == 21


def test_author_page(client, add_posts, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/authors/maria-lopez/", add_posts, django_assert_max_num_queries) == 15


def test_post_page(client, blog, author, category, add_posts, django_assert_max_num_queries):
    post = BlogPostPageFactory(parent=blog, authors=[author], categories=[category], tags=["boundaries"])
    assert queries_with_5_and_50_posts(client, post.url, add_posts, django_assert_max_num_queries) == 31


def test_feed(client, add_posts, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/feed/", add_posts, django_assert_max_num_queries) == 14


def test_home_page(client, add_posts, django_assert_max_num_queries):
    # 16 for the page and its newest posts; 2 more finding the public learning programme for the module list.
    assert queries_with_5_and_50_posts(client, "/", add_posts, django_assert_max_num_queries) == 18
