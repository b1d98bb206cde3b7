"""Query budgets: each blog page costs as many queries with 50 posts as with 5 (no query per post)."""

import datetime

import pytest

from django.core.cache import cache

from tests.factories.authors import BookFactory, ImageFactory
from tests.factories.blog import BlogPostPageFactory, episode_recording

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


@pytest.fixture
def add_episodes(blog, author, category):
    """Adds podcast episodes of January 2026 with their recordings: the date archives and the podcast grow."""

    def add(count):
        for _ in range(count):
            BlogPostPageFactory(
                parent=blog,
                date=datetime.date(2026, 1, 15),
                authors=[author],
                categories=[category],
                tags=["podcast"],
                episode_audio=episode_recording(),
                episode_duration=datetime.timedelta(minutes=20),
            )

    return add


# Every page below the home page also reads its ancestors once for its BreadcrumbList; listings read the months
# that have posts (the "Posts by month" links); feeds read the editors' feed settings.
def test_blog_index(client, add_posts, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/", add_posts, django_assert_max_num_queries) == 22


def test_category_archive(client, add_posts, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/category/craft/", add_posts, django_assert_max_num_queries) == 23


def test_author_page(client, add_posts, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/authors/maria-lopez/", add_posts, django_assert_max_num_queries) == 15


def test_post_page(client, blog, author, category, add_posts, django_assert_max_num_queries):
    post = BlogPostPageFactory(parent=blog, authors=[author], categories=[category], tags=["boundaries"])
    assert queries_with_5_and_50_posts(client, post.url, add_posts, django_assert_max_num_queries) == 32


def test_month_archive(client, add_episodes, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/2026/01/", add_episodes, django_assert_max_num_queries) == 24


def test_year_archive(client, add_episodes, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/2026/", add_episodes, django_assert_max_num_queries) == 24


def test_podcast_feed(client, add_episodes, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/podcast/feed/", add_episodes, django_assert_max_num_queries) == 15


def test_feed(client, add_posts, django_assert_max_num_queries):
    assert queries_with_5_and_50_posts(client, "/blog/feed/", add_posts, django_assert_max_num_queries) == 15


def test_home_page(client, add_posts, django_assert_max_num_queries):
    # 16 for the page and its newest posts; 2 finding the public learning programme for the module list; 3 for the
    # newest podcast episode and the (empty) "Start here" choices. tests/home/test_home_sections.py counts a full one.
    assert queries_with_5_and_50_posts(client, "/", add_posts, django_assert_max_num_queries) == 21
