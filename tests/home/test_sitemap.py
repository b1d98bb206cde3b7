"""The sitemap: an index of sections, every listed address answers 200 to an anonymous reader, with the date its
content last changed and its pictures; nothing hidden is listed; long sections are paginated; responses are cached
until something is published or unpublished."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage

from home.sitemaps import PageSitemap
from tests.blog.conftest import HIDDEN
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog
from tests.factories.home import StandardPageFactory
from tests.factories.images import ImageFactory
from tests.factories.learning import make_learning

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
IMAGE = "{http://www.google.com/schemas/sitemap-image/1.1}"


@pytest.fixture
def site(home_page):
    cache.clear()
    blog = make_blog(home_page)
    author = AuthorFactory(name="Maria Lopez", slug="maria-lopez", photo=ImageFactory())
    AuthorFactory(name="Sam Ortiz", slug="sam-ortiz")
    craft = BlogCategoryFactory(name="CRAFT", slug="craft")
    posts = [
        BlogPostPageFactory(
            parent=blog,
            slug="first",
            date=datetime.date(2026, 1, 10),
            authors=[author],
            categories=[craft],
            tags=["boundaries"],
            featured_image=ImageFactory(),
        ),
        BlogPostPageFactory(
            parent=blog,
            slug="second",
            date=datetime.date(2026, 3, 2),
            updated=datetime.date(2026, 4, 5),
            authors=[author],
            tags=["relapse"],
        ),
    ]
    hidden = BlogPostPageFactory(parent=blog, slug="hidden", title=HIDDEN, date=datetime.date(2025, 6, 1), live=False)
    StandardPageFactory(parent=home_page, slug="about")
    make_learning(home_page, modules=2)
    return blog, posts, hidden


def get_xml(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return response, ET.fromstring(response.content)  # noqa: S314 (our own response)


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def all_entries(client):
    """{path: <url> element} of every section listed in the index, following each section's pages."""
    _, index = get_xml(client, "/sitemap.xml")
    entries = {}
    for loc in index.iter(f"{NS}loc"):
        _, urlset = get_xml(client, path_of(loc.text))
        for url in urlset.findall(f"{NS}url"):
            entries[path_of(url.findtext(f"{NS}loc"))] = url
    return entries


def test_every_listed_address_answers_200(client, site):
    entries = all_entries(client)
    for path in entries:
        assert client.get(path).status_code == 200, path
    for expected in (
        "/",
        "/about/",
        "/blog/",
        "/blog/first/",
        "/blog/second/",
        "/blog/category/craft/",
        "/blog/tag/boundaries/",
        "/blog/2026/",
        "/blog/2026/01/",
        "/blog/2026/03/",
        "/authors/",
        "/authors/maria-lopez/",
        "/authors/sam-ortiz/",
        "/learning/",
        "/learning/module-1/",
        "/resources/",
        "/learning/sample/",
    ):
        assert expected in entries, expected


def test_nothing_hidden_is_listed(client, site):
    entries = all_entries(client)
    assert not [path for path in entries if path.startswith(("/accounts/", "/search/", "/admin/"))]  # robots.txt
    assert "/blog/hidden/" not in entries
    assert "/blog/2025/" not in entries and "/blog/2025/06/" not in entries


def test_dates_are_when_the_content_last_changed(client, site):
    entries = all_entries(client)

    def lastmod(path):
        return entries[path].findtext(f"{NS}lastmod")[:10]

    assert lastmod("/blog/first/") == "2026-01-10"
    assert lastmod("/blog/second/") == "2026-04-05"  # its update
    assert lastmod("/blog/") == "2026-04-05"
    assert lastmod("/blog/2026/01/") == "2026-01-10"
    assert lastmod("/blog/category/craft/") == "2026-01-10"
    assert lastmod("/blog/tag/relapse/") == "2026-04-05"
    assert lastmod("/authors/maria-lopez/") == "2026-04-05"
    assert entries["/authors/sam-ortiz/"].find(f"{NS}lastmod") is None  # no posts: no date rather than a made-up one


def test_pictures_are_listed_and_answer(client, site):
    entries = all_entries(client)
    for path in ("/blog/first/", "/authors/maria-lopez/"):
        [image] = entries[path].findall(f"{IMAGE}image")
        media_path = path_of(image.findtext(f"{IMAGE}loc")).removeprefix(settings.MEDIA_URL)
        assert default_storage.exists(media_path)  # the web server serves /media/ (tests have none in front)
    assert entries["/learning/module-1/"].findall(f"{IMAGE}image") == []  # module pictures may be locked


def test_long_sections_are_paginated(client, site, monkeypatch):
    monkeypatch.setattr(PageSitemap, "limit", 3)
    cache.clear()
    _, index = get_xml(client, "/sitemap.xml")
    locations = [path_of(loc.text) for loc in index.iter(f"{NS}loc")]
    assert "/sitemap-pages.xml" in locations and "/sitemap-pages.xml?p=2" in locations
    entries = all_entries(client)
    assert "/blog/first/" in entries and "/learning/module-2/" in entries
    assert client.get("/sitemap-pages.xml?p=99").status_code == 404
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_cached_until_something_is_published(client, site, django_assert_num_queries):
    blog, _, hidden = site
    client.get("/sitemap-pages.xml")
    with django_assert_num_queries(0):
        assert client.get("/sitemap-pages.xml").status_code == 200
    with django_assert_num_queries(0):  # other query strings share the cached answer
        assert client.get("/sitemap-pages.xml?p=1&utm=x").status_code == 200
    assert client.get("/sitemap-pages.xml?p=x").status_code == 404
    hidden.save_revision().publish()
    assert "/blog/hidden/" in all_entries(client)
    hidden.refresh_from_db()
    hidden.unpublish()
    assert "/blog/hidden/" not in all_entries(client)


def test_query_count_does_not_grow_with_pages(client, site, django_assert_max_num_queries):
    blog, _, _ = site
    counts = []
    for extra in (2, 20):
        for _ in range(extra):
            BlogPostPageFactory(parent=blog, featured_image=ImageFactory(), tags=["boundaries"])
        client.get("/sitemap-pages.xml")  # renditions made once, as on a running site
        cache.clear()
        with django_assert_max_num_queries(40) as captured:
            client.get("/sitemap-pages.xml")
        counts.append(len(captured))
    assert counts[0] == counts[1], counts
