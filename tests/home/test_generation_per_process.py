"""Without REDIS_URL every app server process keeps its own memory cache, so its own content generation: a privacy
change made through one process must still show at once in the others (the Procfile runs three workers)."""

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from tests.factories.blog import BlogPostPageFactory, make_blog

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]


def in_process(settings, name):
    """Requests from here on are answered by the process `name` (locmem keeps each LOCATION's data)."""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}}


def found(query):
    return [result.title for result in Client().get("/search/", {"q": query}).context["results"]]


def test_a_restriction_saved_through_one_worker_hides_the_page_in_another(home_page, settings):
    blog = make_blog(home_page)
    post = BlogPostPageFactory(parent=blog, title="Quokka evenings at home")
    in_process(settings, "worker-b")
    assert found("quokka") == ["Quokka evenings at home"]
    in_process(settings, "worker-a")
    PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
    assert found("quokka") == []
    in_process(settings, "worker-b")
    assert found("quokka") == []
