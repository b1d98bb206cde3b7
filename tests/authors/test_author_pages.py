import datetime
import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.factories.authors import AuthorFactory, BookFactory, ImageFactory
from tests.factories.blog import BlogPostPageFactory, make_blog

pytestmark = pytest.mark.search_index  # searches, or renders what search finds

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


@pytest.fixture
def author(db):
    author = AuthorFactory(
        name="Rosa Delgado",
        slug="rosa-delgado",
        role="guest",
        location="Tucson, Arizona",
        website="https://rosa.example.org/",
        bio="<p>Rosa is a mother of three who writes about <b>hope</b>.</p>",
        photo=ImageFactory(title="Rosa"),
    )
    BookFactory(
        author=author,
        title="Porch Light",
        subtitle="A mother's year of learning to listen",
        year=2022,
        link="https://books.example.org/porch-light",
        cover=ImageFactory(title="Porch Light cover"),
    )
    return author


def author_page(client, author, **params):
    response = client.get(author.get_absolute_url(), params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_author_page_shows_profile_and_books(client, blog, author):
    html = author_page(client, author)

    assert "<h1" in html and "Rosa Delgado" in html
    assert "Guest blogger" in html
    assert "Based in Tucson, Arizona" in html
    assert 'href="https://rosa.example.org/"' in html
    assert "writes about <b>hope</b>" in html
    assert '<a href="https://books.example.org/porch-light">Porch Light</a>' in html
    assert "A mother&#x27;s year of learning to listen" in html
    assert "Published in 2022" in html
    assert html.count("<img") == 2  # the photo and the book cover
    assert '<link rel="canonical" href="http://testserver/authors/rosa-delgado/">' in html


@pytest.mark.django_db
def test_author_page_lists_only_their_visible_posts_newest_first(client, blog, author):
    day = datetime.date(2026, 3, 1)
    BlogPostPageFactory(parent=blog, authors=[author], title="Older post", date=day)
    BlogPostPageFactory(parent=blog, authors=[author], title="Newer post", date=day + datetime.timedelta(days=9))
    BlogPostPageFactory(parent=blog, authors=[author, AuthorFactory()], title="Shared post", date=day)
    BlogPostPageFactory(parent=blog, authors=[AuthorFactory()], title="Someone else's post")
    BlogPostPageFactory(parent=blog, authors=[author], title="Draft post", live=False)
    BlogPostPageFactory(
        parent=blog, authors=[author], title="Expired post", expire_at=timezone.now() - datetime.timedelta(days=1)
    )
    private = BlogPostPageFactory(parent=blog, authors=[author], title="Private post")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    html = author_page(client, author)

    assert html.index("Newer post") < html.index("Older post")
    assert "Shared post" in html
    for hidden in ("Someone else&#x27;s post", "Draft post", "Expired post", "Private post"):
        assert hidden not in html


@pytest.mark.django_db
def test_posts_under_a_private_section_are_hidden(client, blog, author):
    BlogPostPageFactory(parent=blog, authors=[author], title="Members only post")
    PageViewRestriction.objects.create(page=blog, restriction_type=PageViewRestriction.LOGIN)

    html = author_page(client, author)
    assert "Members only post" not in html
    assert "No published articles yet." in html


@pytest.mark.django_db
def test_author_posts_are_paginated_twelve_per_page(client, blog, author):
    for number in range(14):
        BlogPostPageFactory(
            parent=blog, authors=[author], title=f"Post {number:02d}", date=datetime.date(2026, 1, 1 + number)
        )

    first = author_page(client, author)
    assert first.count('class="card post-card"') == 12
    assert "Post 13" in first and "Post 01" not in first
    assert "Page 1 of 2" in first and 'href="?page=2"' in first

    second = author_page(client, author, page=2)
    assert second.count('class="card post-card"') == 2
    assert "Post 01" in second and "Post 00" in second
    # Bad page numbers show the nearest valid page instead of failing.
    assert "Page 2 of 2" in author_page(client, author, page=99)
    assert "Page 1 of 2" in author_page(client, author, page="abc")


@pytest.mark.django_db
def test_unknown_author_is_404(client, home_page):
    assert client.get("/authors/nobody-here/").status_code == 404


@pytest.mark.django_db
def test_author_page_json_ld_has_person_and_books(client, blog, author):
    html = author_page(client, author)
    data = json.loads(JSON_LD.search(html).group(1))

    person, book = data["@graph"]
    assert data["@context"] == "https://schema.org"
    assert person["@type"] == "Person"
    assert person["name"] == "Rosa Delgado"
    assert person["url"] == "http://testserver/authors/rosa-delgado/"
    assert person["jobTitle"] == "Guest blogger"
    assert person["description"] == "Rosa is a mother of three who writes about hope."
    assert person["image"].startswith("http://testserver/")
    assert person["sameAs"] == ["https://rosa.example.org/"]
    assert book == {
        "@type": "Book",
        "name": "Porch Light",
        "author": {"@id": person["@id"]},
        "alternativeHeadline": "A mother's year of learning to listen",
        "datePublished": "2022",
        "url": "https://books.example.org/porch-light",
        "image": book["image"],
    }


@pytest.mark.django_db
def test_json_ld_cannot_break_out_of_its_script_element(client, home_page):
    author = AuthorFactory(name="</script><script>alert(1)</script>", slug="tricky", bio="")
    html = author_page(client, author)
    data = json.loads(JSON_LD.search(html).group(1))
    assert data["@graph"][0]["name"] == "</script><script>alert(1)</script>"
    assert "<script>alert(1)" not in html


@pytest.mark.django_db
def test_author_index_lists_authors_with_their_visible_post_counts(client, blog, author):
    BlogPostPageFactory.create_batch(2, parent=blog, authors=[author])
    BlogPostPageFactory(parent=blog, authors=[author], live=False)
    reviewer = AuthorFactory(name="Dr. Ken Ito", slug="ken-ito", role="clinical_reviewer")

    response = client.get("/authors/")
    html = response.content.decode()

    assert response.status_code == 200
    assert '<a href="/authors/rosa-delgado/">Rosa Delgado</a>' in html
    assert "2 articles" in html
    assert f'<a href="/authors/{reviewer.slug}/">Dr. Ken Ito</a>' in html
    assert "Clinical reviewer" in html
    assert "0 articles" in html


def queries_for(client, url):
    """Queries of a warm request (the first request creates image renditions)."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache_off")
def test_author_page_query_count_does_not_grow_with_posts(client, blog, author):
    BlogPostPageFactory.create_batch(5, parent=blog, authors=[author])
    with_5 = queries_for(client, author.get_absolute_url())

    BlogPostPageFactory.create_batch(45, parent=blog, authors=[author])
    with_50 = queries_for(client, author.get_absolute_url())

    assert with_5 == with_50
    # author, photo, books, covers (each with renditions), restrictions, posts, their authors and photos, site chrome
    assert with_50 <= 16


@pytest.mark.django_db
@pytest.mark.usefixtures("page_cache_off")
def test_author_index_query_count_does_not_grow_with_authors(client, blog, author):
    BlogPostPageFactory.create_batch(2, parent=blog, authors=[author])
    with_1 = queries_for(client, "/authors/")

    for _ in range(10):
        BlogPostPageFactory(parent=blog, authors=[AuthorFactory(photo=ImageFactory())])
    with_11 = queries_for(client, "/authors/")

    assert with_1 == with_11
