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
