"""Paginated listings (the blog index, a category archive, an author's page): any page number in the address,
valid or not, shows the nearest real page; links and canonical addresses name the page.

The thirteen posts are built once for the module: the tests only read them.
"""

import pytest

from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog
from tests.factories.home import make_site_with_home

pytestmark = pytest.mark.django_db


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture(scope="module")
def thirteen_posts(module_db):
    """One post more than fits on a page: page 2 holds only the oldest."""
    blog = make_blog(make_site_with_home())
    author = AuthorFactory(name="Maria Lopez", slug="maria-lopez")
    category = BlogCategoryFactory(name="CRAFT", slug="craft")
    return [
        BlogPostPageFactory(parent=blog, title=f"Paged post {number:02}", authors=[author], categories=[category])
        for number in range(13)
    ]


@pytest.mark.parametrize(
    ("query", "page_number"),
    [
        ("", 1),
        ("?page=1", 1),
        ("?page=2", 2),
        ("?page=0", 1),
        ("?page=-1", 1),
        ("?page=999", 2),
        ("?page=abc", 1),
        ("?page=", 1),
        ("?page=1.5", 1),
        ("?page=99999999999999999999999", 2),
    ],
)
@pytest.mark.parametrize("listing", ["/blog/", "/blog/category/craft/", "/authors/maria-lopez/"])
def test_bad_page_numbers_show_the_nearest_page(client, thirteen_posts, listing, query, page_number):
    html = html_of(client, listing + query)
    assert f"Page {page_number} of 2" in html
    assert html.count('class="card post-card"') == (12 if page_number == 1 else 1)
    assert ("Paged post 00" in html) == (page_number == 2)  # the oldest post is alone on page 2


def test_pagination_links_and_canonical_address(client, thirteen_posts):
    first = html_of(client, "/blog/")
    assert 'href="?page=2" rel="next"' in first
    assert '<link rel="canonical" href="http://localhost/blog/">' in first
    second = html_of(client, "/blog/?page=2")
    assert 'href="./" rel="prev"' in second
    assert '<link rel="canonical" href="http://localhost/blog/?page=2">' in second
    assert "<title>Blog · Page 2 · Steady Ground</title>" in second


@pytest.mark.usefixtures("page_cache_off")
class TestKeptCounts:
    """Listings keep their number of posts with the content generation: every change readers see shows at once."""

    @pytest.fixture
    def blog(self, home_page):
        blog = make_blog(home_page)
        author = AuthorFactory(name="Ana Ruiz", slug="ana-ruiz")
        for number in range(12):
            BlogPostPageFactory(parent=blog, title=f"Kept post {number:02}", authors=[author])
        return blog, author

    def counts(self, client):
        return [client.get(url).context[key].paginator.count for url, key in (("/blog/", "posts"), AUTHOR_PAGE)]

    def test_publishing_unpublishing_and_moving_away_change_the_counts_on_the_next_request(self, client, blog):
        blog, author = blog
        assert self.counts(client) == [12, 12]
        post = BlogPostPageFactory(parent=blog, title="Thirteenth", authors=[author])
        assert self.counts(client) == [13, 13]
        assert "Thirteenth" in html_of(client, "/blog/") and "Kept post 00" in html_of(client, "/blog/?page=2")
        post.unpublish()
        assert self.counts(client) == [12, 12]
        assert "Kept post 00" in html_of(client, "/blog/") and "page=2" not in html_of(client, "/blog/")
        elsewhere = make_blog(blog.get_parent(), title="Another blog", slug="another-blog")
        blog.get_children().live().first().move(elsewhere, pos="last-child")
        assert self.counts(client)[0] == 11


AUTHOR_PAGE = ("/authors/ana-ruiz/", "post_links")
