"""Every way the admin changes who may see a page shows at once in what anonymous readers are shown (listings,
archives, feeds, the sitemap, search, the author page), though which pages are restricted is kept per content
generation (home.visibility.restricted_paths) and pages are stored by the page cache."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

from blog.models import BlogPostPage
from tests.factories.authors import AuthorFactory
from tests.factories.blog import BlogPostPageFactory, make_blog

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]

SECRET = "Quokka evenings at home"


@pytest.fixture
def site(home_page):
    blog = make_blog(home_page)
    author = AuthorFactory(name="Robin Example", slug="robin-example")
    posts = [BlogPostPageFactory(parent=blog, title=f"Ordinary post {n}", authors=[author]) for n in range(3)]
    secret = BlogPostPageFactory(parent=blog, title=SECRET, slug="quokka-evenings", authors=[author])
    for page in [*posts, secret]:
        page.save_revision().publish()  # as the admin does: indexed with its authors
    return blog, secret


@pytest.fixture
def admin():
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("admin", password="pass-123456"))  # noqa: S106
    return client


def shown_anywhere():
    """Where anonymous readers would see the secret post's title."""
    places = ["/", "/blog/", "/blog/feed/", "/authors/robin-example/", "/search/?q=quokka"]
    index = Client().get("/sitemap.xml").content.decode()
    places += [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", index)]
    found = []
    for url in places:
        response = Client().get(url)
        if response.status_code == 302 and response["Location"].startswith("/accounts/login/"):
            continue  # the page itself is restricted
        assert response.status_code == 200, url
        text = response.content.decode()
        if SECRET in text or "quokka-evenings" in text:
            found.append(url)
    return found


def restrict(admin, page, **data):
    response = admin.post(reverse("wagtailadmin_pages:set_privacy", args=[page.pk]), data)
    assert response.status_code == 200
    return response


def test_the_privacy_modal_hides_and_shows_again_at_once(site, admin):
    _, secret = site
    assert {"/blog/", "/blog/feed/", "/authors/robin-example/", "/search/?q=quokka"} <= set(shown_anywhere())
    restrict(admin, secret, restriction_type="login")
    assert PageViewRestriction.objects.filter(page=secret).exists()
    assert shown_anywhere() == []
    restrict(admin, secret, restriction_type="none")
    assert "/blog/" in shown_anywhere()
    restrict(admin, secret, restriction_type="password", password="a-password-123")  # turned off for this site
    assert not PageViewRestriction.objects.filter(page=secret).exists()
    group = Group.objects.create(name="Volunteers")
    restrict(admin, secret, restriction_type="groups", groups=[group.pk])
    assert shown_anywhere() == []


def test_a_copy_of_a_restricted_post_is_restricted_and_not_listed(site, admin):
    blog, secret = site
    restrict(admin, secret, restriction_type="login")
    shown_anywhere()  # listings stored with the restriction known
    response = admin.post(
        reverse("wagtailadmin_pages:copy", args=[secret.pk]),
        {"new_title": SECRET, "new_slug": "quokka-evenings-copy", "new_parent_page": blog.pk, "publish_copies": "on"},
    )
    assert response.status_code == 302
    copy = BlogPostPage.objects.get(slug="quokka-evenings-copy")
    assert copy.live and PageViewRestriction.objects.filter(page=copy).exists()
    assert shown_anywhere() == []


def test_an_alias_of_a_restricted_post_is_restricted_and_not_listed(site, admin):
    blog, secret = site
    restrict(admin, secret, restriction_type="login")
    shown_anywhere()
    response = admin.post(
        reverse("wagtailadmin_pages:copy", args=[secret.pk]),
        {"new_title": SECRET, "new_slug": "quokka-evenings-alias", "new_parent_page": blog.pk, "alias": "on"},
    )
    assert response.status_code == 302
    assert shown_anywhere() == []


def test_reordering_siblings_of_a_restricted_post_keeps_it_hidden(site, admin):
    blog, secret = site
    restrict(admin, secret, restriction_type="login")
    shown_anywhere()
    first = blog.get_children().first()
    paths_before = dict(Page.objects.child_of(blog).values_list("pk", "path"))
    response = admin.post(reverse("wagtailadmin_pages:set_page_position", args=[secret.pk]) + "?position=0")
    assert response.status_code == 200
    assert dict(Page.objects.child_of(blog).values_list("pk", "path")) != paths_before  # paths really moved
    assert Page.objects.child_of(blog).first().pk == secret.pk != first.pk
    assert shown_anywhere() == []


def test_deleting_the_restriction_by_deleting_and_restoring_nothing_else(site, admin):
    """Unpublishing, publishing again and deleting through the admin: the restricted post never shows."""
    blog, secret = site
    restrict(admin, secret, restriction_type="login")
    shown_anywhere()
    assert admin.post(reverse("wagtailadmin_pages:unpublish", args=[secret.pk])).status_code == 302
    assert shown_anywhere() == []
    secret.refresh_from_db()
    secret.save_revision().publish()
    assert shown_anywhere() == []
    assert admin.post(reverse("wagtailadmin_pages:delete", args=[secret.pk])).status_code == 302
    assert shown_anywhere() == []


def test_a_post_published_into_a_restricted_blog_is_not_listed(site, admin):
    blog, _ = site
    restrict(admin, blog, restriction_type="login")
    new = BlogPostPageFactory(parent=blog, title="Quokka evenings, a second look", slug="quokka-again", live=False)
    new.save_revision().publish()
    assert shown_anywhere() == []
