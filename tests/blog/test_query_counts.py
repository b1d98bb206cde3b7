"""Query budgets: each blog page costs as many queries with 50 posts as with 5 (no query per post).

The posts are built once for the module (5 posts and 3 podcast episodes, every page measured; 45 posts and 12
episodes more, every page measured again); each test checks one page's two counts.
"""

import datetime

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.factories.authors import AuthorFactory, BookFactory, ImageFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, episode_recording, make_blog
from tests.factories.home import make_site_with_home

pytestmark = pytest.mark.django_db

BUDGET = 40  # a ceiling while measuring; each test pins its exact count below
POST_PAGE = "/blog/measured-post/"
URLS = [
    "/blog/",
    "/blog/category/craft/",
    "/authors/maria-lopez/",
    POST_PAGE,
    "/blog/feed/",
    "/",
    "/blog/2026/01/",
    "/blog/2026/",
    "/blog/podcast/feed/",
]


def queries_of(client, url):
    """The queries one anonymous GET of `url` takes. A warm-up GET first makes the image renditions, as on a
    running site; the cache is then emptied so that no cached rendition hides a query per post."""
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    assert len(captured) <= BUDGET, f"{url}: {len(captured)} queries"
    return len(captured)


@pytest.fixture(scope="module")
def counts(module_db):
    """{url: (queries with 5 posts, queries with 50)}, with posts by one author, in one category, sharing tags:
    every listing and archive grows with them; podcast episodes of January 2026 with their recordings: the date
    archives and the podcast grow."""
    blog = make_blog(make_site_with_home())
    author = AuthorFactory(name="Maria Lopez", slug="maria-lopez", photo=ImageFactory())
    category = BlogCategoryFactory(name="CRAFT", slug="craft")
    BookFactory(author=author, cover=ImageFactory())
    BookFactory(author=author, cover=ImageFactory())
    BlogPostPageFactory(parent=blog, slug="measured-post", authors=[author], categories=[category], tags=["boundaries"])
    client = Client()
    measured = {}
    for new_posts, new_episodes in ((5, 3), (45, 12)):
        for _ in range(new_posts):
            BlogPostPageFactory(parent=blog, authors=[author], categories=[category], tags=["boundaries", "family"])
        for _ in range(new_episodes):
            BlogPostPageFactory(
                parent=blog,
                date=datetime.date(2026, 1, 15),
                authors=[author],
                categories=[category],
                tags=["podcast"],
                episode_audio=episode_recording(),
                episode_duration=datetime.timedelta(minutes=20),
            )
        for url in URLS:
            measured.setdefault(url, []).append(queries_of(client, url))
    return measured


def queries_with_5_and_50_posts(counts, url):
    small, large = counts[url]
    assert small == large, f"{url}: {small} queries with 5 posts but {large} with 50"
    return small


# Every page below the home page also reads its ancestors once for its BreadcrumbList; listings read the months
# that have posts (the "Posts by month" links); feeds read the editors' feed settings. Which pages carry a view
# restriction is read once per request (`home.visibility.restricted_paths`), not by each listing.
def test_blog_index(counts):
    assert queries_with_5_and_50_posts(counts, "/blog/") == 21


def test_category_archive(counts):
    assert queries_with_5_and_50_posts(counts, "/blog/category/craft/") == 22


def test_author_page(counts):
    assert queries_with_5_and_50_posts(counts, "/authors/maria-lopez/") == 15


def test_post_page(counts):
    assert queries_with_5_and_50_posts(counts, POST_PAGE) == 32


def test_month_archive(counts):
    assert queries_with_5_and_50_posts(counts, "/blog/2026/01/") == 22


def test_year_archive(counts):
    assert queries_with_5_and_50_posts(counts, "/blog/2026/") == 22


def test_podcast_feed(counts):
    assert queries_with_5_and_50_posts(counts, "/blog/podcast/feed/") == 15


def test_feed(counts):
    assert queries_with_5_and_50_posts(counts, "/blog/feed/") == 15


def test_home_page(counts):
    # The page and its newest posts, the public learning programme for the module list, the newest podcast episode
    # (here with its recording, authors and tags) and the (empty) "Start here" choices.
    # tests/home/test_home_sections.py counts a full one.
    assert queries_with_5_and_50_posts(counts, "/") == 23
