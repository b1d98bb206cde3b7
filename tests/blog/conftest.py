import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogCategoryFactory, BlogPostPageFactory, make_blog

HIDDEN = "Zzhidden"  # in every hidden post's title, intro and body, so a leak is easy to spot


@pytest.fixture
def blog(home_page):
    return make_blog(home_page)


@pytest.fixture
def author(db):
    return AuthorFactory(name="Maria Lopez", slug="maria-lopez")


@pytest.fixture
def category(db):
    return BlogCategoryFactory(name="CRAFT", slug="craft", description="Community Reinforcement and Family Training.")


@pytest.fixture
def visible_posts(blog, author, category):
    """Two listed posts, January 1 and January 5, sharing a category, a tag and an author."""
    return [
        BlogPostPageFactory(
            parent=blog,
            title=f"Visible post {day}",
            slug=f"visible-{day}",
            date=datetime.date(2026, 1, day),
            authors=[author],
            categories=[category],
            tags=["boundaries"],
        )
        for day in (1, 5)
    ]


def make_hidden_post(blog, author, category, kind, day, **fields):
    return BlogPostPageFactory(
        parent=blog,
        title=f"{HIDDEN} {kind} post",
        slug=f"hidden-{kind}",
        date=datetime.date(2026, 1, day),
        intro=f"{HIDDEN} intro of the {kind} post.",
        body=[("paragraph", f"<p>{HIDDEN} body of the {kind} post.</p>")],
        authors=[author],
        categories=[category],
        tags=["boundaries", "secret-tag"],
        **fields,
    )


@pytest.fixture
def hidden_posts(blog, author, category, visible_posts):
    """A draft, an expired (but still live) and a private post, dated between the visible ones and sharing
    their category, tag and author: wherever a listing forgets a filter, one of them shows up."""
    draft = make_hidden_post(blog, author, category, "draft", 2, live=False)
    expired = make_hidden_post(
        blog, author, category, "expired", 3, expire_at=timezone.now() - datetime.timedelta(hours=1)
    )
    private = make_hidden_post(blog, author, category, "private", 4)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return [draft, expired, private]
