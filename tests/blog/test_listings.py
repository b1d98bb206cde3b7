"""The blog index, its archives and the home page's newest posts: what they list, in which order, and what they
must never list (drafts, expired and private posts)."""

import pytest

from tests.blog.conftest import HIDDEN
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory

pytestmark = pytest.mark.django_db

PAGES_SHOWING_POSTS = [
    "/",
    "/blog/",
    "/blog/category/craft/",
    "/blog/tag/boundaries/",
    "/authors/maria-lopez/",
    "/blog/visible-1/",
    "/blog/visible-5/",
    "/blog/feed/",
    "/blog/feed/atom/",
    "/blog/category/craft/feed/",
    "/blog/category/craft/feed/atom/",
    "/blog/tag/boundaries/feed/",
    "/blog/tag/boundaries/feed/atom/",
]


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("url", PAGES_SHOWING_POSTS)
def test_drafts_expired_and_private_posts_are_never_listed(client, hidden_posts, url):
    html = html_of(client, url)
    assert "Visible post" in html
    assert HIDDEN not in html
    assert "/blog/hidden-" not in html  # not even a link
    assert "secret-tag" not in html  # a tag used only by hidden posts


def test_the_private_and_expired_posts_themselves_are_not_served_to_readers(client, hidden_posts):
    draft, expired, private = hidden_posts
    assert client.get(draft.url).status_code == 404
    assert client.get(private.url).status_code == 302  # to the login page
    # An expired post is still live until the scheduler runs, but no listing links to it (tested above).
    assert expired.live


def test_a_tag_used_only_by_hidden_posts_has_no_archive(client, hidden_posts):
    assert client.get("/blog/tag/secret-tag/").status_code == 404
    assert client.get("/blog/tag/secret-tag/feed/").status_code == 404


def test_the_index_lists_posts_newest_first_with_filter_links(client, visible_posts):
    html = html_of(client, "/blog/")
    assert html.index("Visible post 5") < html.index("Visible post 1")
    assert 'href="/blog/category/craft/"' in html
    assert 'href="/blog/tag/boundaries/"' in html
    assert 'type="application/rss+xml"' in html
    assert 'href="/blog/feed/"' in html


def test_same_day_posts_keep_a_stable_order(blog, visible_posts):
    first = BlogPostPageFactory(parent=blog, title="Same day A", date=visible_posts[1].date)
    second = BlogPostPageFactory(parent=blog, title="Same day B", date=visible_posts[1].date)
    assert list(blog.posts()[:3]) == [second, first, visible_posts[1]]


def test_category_archive_lists_only_that_category(client, blog, visible_posts):
    BlogPostPageFactory(parent=blog, title="Podcast post", categories=[BlogCategoryFactory(slug="podcast")])
    html = html_of(client, "/blog/category/craft/")
    assert "<h1>CRAFT</h1>" in html
    assert "Community Reinforcement and Family Training." in html
    assert "Visible post 1" in html
    assert "Podcast post" not in html
    assert 'aria-current="page">CRAFT</a>' in html
    assert 'href="/blog/category/craft/feed/"' in html
    assert '<link rel="canonical" href="http://localhost/blog/category/craft/">' in html


def test_tag_archive_lists_only_that_tag(client, blog, visible_posts):
    BlogPostPageFactory(parent=blog, title="Untagged post")
    html = html_of(client, "/blog/tag/boundaries/")
    assert "Posts tagged “boundaries”" in html
    assert "Visible post 5" in html
    assert "Untagged post" not in html
    assert 'href="/blog/tag/boundaries/feed/"' in html


def test_author_page_lists_only_that_author_and_links_to_their_page(client, blog, visible_posts):
    BlogPostPageFactory(parent=blog, title="Someone else's post")
    html = html_of(client, "/authors/maria-lopez/")
    assert "Posts by Maria Lopez" in html
    assert "Visible post 1" in html
    assert "Someone else" not in html
    assert 'href="/authors/maria-lopez/"' in html


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/blog/author/maria-lopez/", "/authors/maria-lopez/"),
        ("/blog/author/maria-lopez/?page=2", "/authors/maria-lopez/?page=2"),
    ],
)
def test_the_old_author_archive_redirects_permanently_to_the_author_page(client, visible_posts, old, new):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == new


def test_a_category_without_posts_shows_an_empty_archive(client, blog):
    BlogCategoryFactory(name="Podcast", slug="podcast")
    assert "No posts here yet" in html_of(client, "/blog/category/podcast/")


@pytest.mark.parametrize(
    "url",
    [
        "/blog/category/no-such-category/",
        "/blog/tag/no-such-tag/",
        "/blog/author/no-such-author/",
        "/blog/category/no-such-category/feed/",
        "/blog/category/no-such-category/feed/atom/",
        "/blog/tag/no-such-tag/feed/",
        "/blog/tag/no-such-tag/feed/atom/",
        "/blog/no-such-post/",
        "/blog/author/",
    ],
)
def test_unknown_addresses_are_404(client, visible_posts, url):
    assert client.get(url).status_code == 404


def test_the_home_page_shows_the_three_newest_posts(client, home_page, blog, visible_posts):
    newer = [BlogPostPageFactory(parent=blog, title=f"Newest {day}", date=f"2026-02-0{day}") for day in (1, 2, 3)]
    html = html_of(client, "/")
    assert home_page.featured_heading in html
    assert html.index(newer[2].title) < html.index(newer[1].title) < html.index(newer[0].title)
    assert "Visible post 5" not in html
    assert 'href="/blog/"' in html


def test_the_home_page_without_a_blog_shows_no_posts_section(client, home_page):
    html = html_of(client, "/")
    assert 'class="newest-posts"' not in html
