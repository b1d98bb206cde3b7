"""A deleted page leaves nothing an engine still counts or ranks: its entry goes (the page's foreign key cascades)
and so must its stems."""

import pytest

from django.test import Client

from search.models import SearchEntry
from tests.factories.blog import BlogPostPageFactory, make_blog

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]


def test_deleted_pages_are_neither_counted_nor_take_a_place_on_the_page(home_page):
    blog = make_blog(home_page)
    posts = [BlogPostPageFactory(parent=blog, title=f"Naloxone guide {n}") for n in range(20)]
    for post in posts[-8:]:  # the newest: the first places in a tie of scores
        post.delete()
    assert not SearchEntry.objects.filter(page_id__in=[post.pk for post in posts[-8:]]).exists()
    response = Client().get("/search/", {"q": "naloxone"})
    assert len(response.context["results"]) == 10  # twelve visible matches fill the first page
    assert response.context["total"] == 12
