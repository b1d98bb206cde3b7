"""Date archives: /blog/<yyyy>/ and /blog/<yyyy>/<mm>/ list that period's visible posts; bad dates are a 404."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from blog.models import BlogPostPage
from tests.blog.conftest import HIDDEN
from tests.factories.blog import BlogPostPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def posts(blog):
    return [
        BlogPostPageFactory(parent=blog, title=title, date=date)
        for title, date in (
            ("March one", datetime.date(2026, 3, 2)),
            ("March two", datetime.date(2026, 3, 20)),
            ("April one", datetime.date(2026, 4, 1)),
            ("Last year", datetime.date(2025, 12, 31)),
        )
    ]


def titles(response):
    return [post.title for post in response.context["posts"]]


def test_year_archive(client, posts):
    response = client.get("/blog/2026/")
    assert response.status_code == 200
    assert titles(response) == ["April one", "March two", "March one"]
    assert "<h1>Posts from 2026</h1>" in response.content.decode()


def test_month_archive(client, posts):
    response = client.get("/blog/2026/03/")
    assert titles(response) == ["March two", "March one"]
    assert "<h1>Posts from March 2026</h1>" in response.content.decode()
    assert titles(client.get("/blog/2025/12/")) == ["Last year"]


def test_blog_index_links_every_month_with_posts(client, posts):
    html = client.get("/blog/").content.decode()
    for path, label in (
        ("/blog/2026/04/", "April 2026"),
        ("/blog/2026/03/", "March 2026"),
        ("/blog/2025/12/", "December 2025"),
    ):
        assert f'href="{path}"' in html and label in html
    assert html.index("April 2026") < html.index("March 2026") < html.index("December 2025")


def test_the_month_links_mark_the_month_shown_and_follow_a_new_post(client, posts, blog):
    """The month links are rendered once per content generation and month archive (blog_tags.month_links_nav)."""
    current = 'href="/blog/2026/03/" aria-current="page"'
    assert current in client.get("/blog/2026/03/").content.decode()
    assert current not in client.get("/blog/").content.decode()
    assert current not in client.get("/blog/2026/04/").content.decode()

    BlogPostPageFactory(parent=blog, title="A new month", date=datetime.date(2026, 6, 5))
    for path in ("/blog/", "/blog/2026/03/"):
        assert 'href="/blog/2026/06/"' in client.get(path).content.decode()


@pytest.mark.parametrize("path", ["/blog/2024/", "/blog/2026/13/", "/blog/2026/00/", "/blog/0/", "/blog/99999/"])
def test_bad_or_empty_dates_are_not_found(client, posts, path):
    assert client.get(path).status_code == 404


def test_hidden_posts_never_show_in_date_archives(client, hidden_posts):
    for path in ("/blog/2026/", "/blog/2026/01/"):
        html = client.get(path).content.decode()
        assert HIDDEN not in html
    assert client.get("/blog/2026/02/").status_code == 404


def test_a_post_slug_of_digits_is_refused(blog):
    post = BlogPostPage(slug="2026", title="Numbers", intro="x")
    with pytest.raises(ValidationError, match="taken by the blog"):
        post.clean()


def test_a_post_knows_which_addresses_it_changes(client, posts, blog, author, category):
    post = BlogPostPageFactory(
        parent=blog,
        slug="tagged",
        date=datetime.date(2026, 3, 5),
        authors=[author],
        categories=[category],
        tags=["relapse"],
    )
    paths = post.affected_paths()
    for expected in (
        "/",
        "/blog/",
        "/blog/tagged/",
        "/blog/2026/",
        "/blog/2026/03/",
        "/blog/category/craft/",
        "/blog/tag/relapse/",
        "/blog/feed/",
        "/authors/maria-lopez/",
        "/sitemap.xml",
        "/sitemap-pages.xml",
    ):
        assert expected in paths
    for path in paths:
        if "sitemap" not in path:
            assert client.get(path).status_code == 200, path
